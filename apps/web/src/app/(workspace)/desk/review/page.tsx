"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorAlert } from "~/components/error-alert";
import { formatDateTime } from "~/components/format";
import { RatingBadge } from "~/components/rating-badge";
import { useTRPC } from "~/trpc/react";

export default function ReviewPage() {
  const trpc = useTRPC();
  const queue = useQuery(trpc.verdict.reviewQueue.queryOptions());
  return (
    <>
      <h1>Verdicts to review</h1>
      <ErrorAlert error={queue.error} />
      {queue.isPending ? <p aria-busy="true">Loading…</p> : null}
      {queue.data?.length === 0 ? <p className="empty">No verdicts are waiting for review.</p> : null}
      <ul className="verdict-list">
        {queue.data?.map((item) => (
          <li key={item.claimId} className="card">
            <RatingBadge label={item.rating} />
            <h2>
              <Link href={`/desk/claims/${item.claimId}`}>{item.claimText}</Link>
            </h2>
            <p>{item.summary}</p>
            <p className="muted small">
              By {item.authorName} · submitted {formatDateTime(item.submittedAt)} · {item.articleTitle}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
