"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { formatDate } from "~/components/format";
import { useTRPC } from "~/trpc/react";

export default function WorkloadPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const workload = useQuery(trpc.claim.workload.queryOptions());
  const overdue = useQuery(trpc.claim.overdue.queryOptions());
  const [targets, setTargets] = useState<Record<string, string>>({});
  const reassign = useMutation(
    trpc.claim.assign.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.claim.workload.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.claim.overdue.queryKey() }),
        ]),
    }),
  );
  const checkers = workload.data?.filter((member) => member.role === "fact_checker") ?? [];

  return (
    <>
      <h1>Workload</h1>
      <ErrorAlert error={workload.error ?? overdue.error ?? reassign.error} />
      <table>
        <caption className="visually-hidden">Open, due and overdue claims per member</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Expertise</th>
            <th scope="col">Open</th>
            <th scope="col">Due in 48 h</th>
            <th scope="col">Overdue</th>
          </tr>
        </thead>
        <tbody>
          {workload.data?.map((member) => (
            <tr key={member.userId}>
              <td>
                {member.name} <span className="muted small">{member.role.replace("_", "-")}</span>
              </td>
              <td>{member.expertise.join(", ") || <span className="muted">—</span>}</td>
              <td>{member.open}</td>
              <td>{member.dueSoon}</td>
              <td className={member.overdue > 0 ? "field-error" : undefined}>{member.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Overdue claims</h2>
      {overdue.data?.length === 0 ? <p className="empty">Nothing is overdue.</p> : null}
      {overdue.data && overdue.data.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Due</th>
              <th scope="col">With</th>
              <th scope="col">Reassign</th>
            </tr>
          </thead>
          <tbody>
            {overdue.data.map((item) => (
              <tr key={item.claimId}>
                <td>
                  <Link href={`/desk/claims/${item.claimId}`}>{item.text}</Link>
                  <div className="muted small">{item.articleTitle}</div>
                </td>
                <td className="field-error">{formatDate(item.dueAt)}</td>
                <td>{item.assigneeName}</td>
                <td>
                  <form
                    className="inline-form"
                    onSubmit={(event) => {
                      event.preventDefault();
                      const assigneeId = targets[item.claimId];
                      if (assigneeId) reassign.mutate({ claimIds: [item.claimId], assigneeId, dueAt: null });
                    }}
                  >
                    <label htmlFor={`reassign-${item.claimId}`} className="visually-hidden">
                      Reassign to
                    </label>
                    <select
                      id={`reassign-${item.claimId}`}
                      value={targets[item.claimId] ?? ""}
                      onChange={(event) => setTargets({ ...targets, [item.claimId]: event.target.value })}
                    >
                      <option value="">Choose…</option>
                      {checkers
                        .filter((checker) => checker.userId !== item.assigneeId)
                        .map((checker) => (
                          <option key={checker.userId} value={checker.userId}>
                            {checker.name} ({checker.open} open)
                          </option>
                        ))}
                    </select>
                    <button
                      type="submit"
                      className="small"
                      disabled={!targets[item.claimId] || reassign.isPending}
                    >
                      Reassign
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
