"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "~/components/error-alert";
import { useTRPC } from "~/trpc/react";

/**
 * Pre-publish ClaimReview check for a claim's current verdict draft: what search engines will read
 * and what is missing or wrong. Self-contained; mount it in the claim workspace with
 * `<ClaimReviewLint claimId={claim.id} />` (it refetches when the draft is saved, via its query key
 * `trpc.publishing.lintClaimReview`).
 */
export function ClaimReviewLint({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const lint = useQuery(trpc.publishing.lintClaimReview.queryOptions({ claimId }, { staleTime: 0 }));
  if (lint.error) return <ErrorAlert error={lint.error} />;
  if (!lint.data) return null;
  const { issues, claimReview } = lint.data;
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return (
    <section className="card stack" aria-labelledby="lint-heading" data-testid="claimreview-lint">
      <h2 id="lint-heading">Search-engine markup (ClaimReview)</h2>
      {issues.length === 0 ? (
        <p className="alert alert--ok">The ClaimReview follows Google’s rules.</p>
      ) : (
        <>
          <p>
            {errors > 0
              ? `${errors} problem${errors === 1 ? "" : "s"} to fix before publishing`
              : "Ready to publish"}
            {issues.length - errors > 0
              ? `; ${issues.length - errors} suggestion${issues.length - errors === 1 ? "" : "s"}`
              : ""}
            .
          </p>
          <ul className="lint-list">
            {issues.map((issue) => (
              <li key={`${issue.field}:${issue.message}`} className={`lint--${issue.severity}`}>
                <strong>{issue.severity === "error" ? "Fix" : "Check"}</strong> <code>{issue.field}</code>:{" "}
                {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {claimReview ? (
        <details>
          <summary>Show the JSON-LD</summary>
          <pre className="small">{JSON.stringify(claimReview, null, 2)}</pre>
        </details>
      ) : null}
    </section>
  );
}
