"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { AuditTable } from "~/components/audit-table";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

const PAGE = 100;

export default function AuditPage() {
  const trpc = useTRPC();
  const [actorId, setActorId] = useState("");
  const [action, setAction] = useState("");
  const [offset, setOffset] = useState(0);
  const members = useQuery(trpc.claim.assignees.queryOptions());
  const actions = useQuery(trpc.audit.actions.queryOptions());
  const events = useQuery(
    trpc.audit.list.queryOptions({ actorId: actorId || null, action: action || null, limit: PAGE, offset }),
  );
  return (
    <>
      <h1>Audit log</h1>
      <form
        className="toolbar"
        aria-label="Filter the audit log"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor="audit-actor">Who</label>
          <select
            id="audit-actor"
            value={actorId}
            onChange={(event) => {
              setActorId(event.target.value);
              setOffset(0);
            }}
          >
            <option value="">Anyone</option>
            {members.data?.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">Action</label>
          <select
            id="audit-action"
            value={action}
            onChange={(event) => {
              setAction(event.target.value);
              setOffset(0);
            }}
          >
            <option value="">Any</option>
            {actions.data?.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <ErrorAlert error={events.error} />
      {events.data ? <AuditTable events={events.data} /> : <p aria-busy="true">Loading…</p>}
      <nav className="actions" aria-label="Pages">
        {offset > 0 ? (
          <button
            type="button"
            className="secondary small"
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            Newer
          </button>
        ) : null}
        {events.data?.length === PAGE ? (
          <button type="button" className="secondary small" onClick={() => setOffset(offset + PAGE)}>
            Older
          </button>
        ) : null}
        <Link href="/desk/workload">Workload</Link>
      </nav>
    </>
  );
}
