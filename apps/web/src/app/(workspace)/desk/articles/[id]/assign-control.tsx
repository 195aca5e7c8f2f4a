"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

/** Assigns the selected claims to one member, with an optional due date. */
export function AssignControl({
  articleId,
  claimIds,
  onAssigned,
}: {
  articleId: string;
  claimIds: string[];
  onAssigned: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.claim.assignees.queryOptions());
  const [assigneeId, setAssigneeId] = useState("");
  const [dueAt, setDueAt] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const autoAssign = useMutation(
    trpc.claim.autoAssign.mutationOptions({
      async onSuccess(plan) {
        const names = [...new Set(plan.map((item) => item.assigneeName))].join(", ");
        setDone(`Assigned ${plan.length} claim${plan.length === 1 ? "" : "s"} by workload to ${names}.`);
        onAssigned();
        await queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ articleId }) });
      },
    }),
  );
  const assign = useMutation(
    trpc.claim.assign.mutationOptions({
      async onSuccess(count) {
        const name = members.data?.find((member) => member.userId === assigneeId)?.name ?? "the checker";
        setDone(`Assigned ${count} claim${count === 1 ? "" : "s"} to ${name}.`);
        onAssigned();
        await queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ articleId }) });
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    assign.mutate({ claimIds, assigneeId, dueAt: dueAt ? new Date(`${dueAt}T23:59:00`) : null });
  }

  if (members.error) return <ErrorAlert error={members.error} />;
  return (
    <form className="toolbar" onSubmit={submit} aria-label="Assign selected claims">
      <div className="field">
        <label htmlFor="assignee">Assign {claimIds.length || "selected"} to</label>
        <select
          id="assignee"
          value={assigneeId}
          onChange={(event) => setAssigneeId(event.target.value)}
          required
        >
          <option value="">Choose a fact-checker…</option>
          {members.data?.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name} ({member.role.replace("_", "-")})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="due">Due</label>
        <input id="due" type="date" value={dueAt} onChange={(event) => setDueAt(event.target.value)} />
      </div>
      <button type="submit" disabled={claimIds.length === 0 || !assigneeId || assign.isPending}>
        Assign
      </button>
      <button
        type="button"
        className="secondary"
        disabled={claimIds.length === 0 || autoAssign.isPending}
        onClick={() => {
          setDone(null);
          autoAssign.mutate({ claimIds, dueAt: dueAt ? new Date(`${dueAt}T23:59:00`) : null });
        }}
      >
        Auto-assign by workload
      </button>
      <ErrorAlert error={assign.error ?? autoAssign.error} />
      {done ? (
        <p className="alert alert--ok" role="status">
          {done}
        </p>
      ) : null}
    </form>
  );
}
