"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

/** Live progress of a batch: a bar, counts per state, each item's outcome, and retrying failures. */
export function BatchProgress({ batchId }: { batchId: string }) {
  const trpc = useTRPC();
  const progress = useQuery({
    ...trpc.ingest.progress.queryOptions({ batchId }),
    // Poll while work remains; stop once everything is done or failed.
    refetchInterval: (query) => {
      const counts = query.state.data?.counts;
      return !counts || counts.queued + counts.running > 0 ? 1000 : false;
    },
  });
  const retry = useMutation(trpc.ingest.retryFailed.mutationOptions({ onSuccess: () => progress.refetch() }));
  if (progress.error) return <ErrorAlert error={progress.error} />;
  if (!progress.data) return <p aria-busy="true">Loading…</p>;
  const { batch, counts, total, items } = progress.data;
  const finished = counts.done + counts.failed;
  return (
    <div className="stack">
      <h1>{batch.label}</h1>
      <div>
        <label htmlFor="batch-progress" className="small">
          {finished} of {total} processed
        </label>
        <progress id="batch-progress" className="batch-progress" max={total} value={finished} />
        <p className="meta" data-testid="batch-counts">
          <span>done: {counts.done}</span>
          <span>failed: {counts.failed}</span>
          <span>queued: {counts.queued}</span>
          <span>running: {counts.running}</span>
        </p>
      </div>
      <ErrorAlert error={retry.error} />
      {counts.failed > 0 ? (
        <div>
          <button
            type="button"
            className="secondary"
            disabled={retry.isPending}
            onClick={() => retry.mutate({ batchId })}
          >
            Retry {counts.failed} failed
          </button>
        </div>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Article</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>{item.position + 1}</td>
              <td className="small">
                {item.articleId ? (
                  <Link href={`/desk/articles/${item.articleId}`}>
                    {item.articleTitle ?? item.title ?? item.url}
                  </Link>
                ) : (
                  (item.title ?? item.url)
                )}
                {item.error && item.status === "failed" ? (
                  <div className="field-error">{item.error}</div>
                ) : null}
              </td>
              <td>
                <span className={`status status--${item.status}`}>
                  {item.status}
                  {item.duplicate ? " (already in the newsroom)" : ""}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
