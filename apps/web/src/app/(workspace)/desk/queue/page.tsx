"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorAlert } from "~/components/error-alert";
import { formatDate } from "~/components/format";
import { useTRPC } from "~/trpc/react";

export default function QueuePage() {
  const trpc = useTRPC();
  const queue = useQuery(trpc.claim.myQueue.queryOptions());
  const now = Date.now();
  return (
    <>
      <h1>My queue</h1>
      <ErrorAlert error={queue.error} />
      {queue.isPending ? <p aria-busy="true">Loading your claims…</p> : null}
      {queue.data?.length === 0 ? <p className="empty">Nothing assigned to you. Enjoy the quiet.</p> : null}
      {queue.data && queue.data.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Status</th>
              <th scope="col">Due</th>
              <th scope="col">Article</th>
            </tr>
          </thead>
          <tbody>
            {queue.data.map((item) => (
              <tr key={item.claimId}>
                <td>
                  <Link href={`/desk/claims/${item.claimId}`}>{item.text}</Link>
                  {item.speaker ? <div className="muted small">{item.speaker}</div> : null}
                  {item.status === "changes_requested" && item.reviewComment ? (
                    <div className="small">Editor: “{item.reviewComment}”</div>
                  ) : null}
                </td>
                <td>
                  <span className={`status status--${item.status}`}>{item.status.replaceAll("_", " ")}</span>
                </td>
                <td>
                  {item.dueAt ? (
                    <span className={new Date(item.dueAt).getTime() < now ? "field-error" : undefined}>
                      {formatDate(item.dueAt)}
                      {new Date(item.dueAt).getTime() < now ? " (overdue)" : ""}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>{item.articleTitle}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
