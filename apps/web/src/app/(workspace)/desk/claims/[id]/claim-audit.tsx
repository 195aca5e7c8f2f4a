"use client";

import { useQuery } from "@tanstack/react-query";
import { AuditTable } from "~/components/audit-table";
import { useTRPC } from "~/trpc/react";

/** The claim's history for editors: every change with who made it and the values before and after. */
export function ClaimAudit({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const allowed = me.data?.permissions.includes("audit.read") ?? false;
  const events = useQuery({ ...trpc.audit.list.queryOptions({ claimId }), enabled: allowed });
  if (!allowed || !events.data) return null;
  return (
    <details className="card">
      <summary>History ({events.data.length})</summary>
      <AuditTable events={events.data} />
    </details>
  );
}
