"use client";

import type { AppRouter } from "@claimdesk/api";
import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { ClaimReviewLint } from "~/components/claim-review-lint";
import { ErrorAlert } from "~/components/error-alert";
import { formatDate } from "~/components/format";
import { RatingBadge } from "~/components/rating-badge";
import { useTRPC } from "~/trpc/react";
import { ClaimAudit } from "./claim-audit";
import { CommentThread } from "./comment-thread";
import { PublicationPanel } from "./publication-panel";
import { ReviewPanel } from "./review-panel";
import { VerdictForm } from "./verdict-form";

export type Workspace = inferRouterOutputs<AppRouter>["claim"]["get"];

const EDITABLE = new Set(["assigned", "in_progress", "changes_requested"]);

/** The paragraph the claim sits in, split around the claim so it can be highlighted. */
function claimContext(body: string, start: number, end: number) {
  const paragraphStart = body.lastIndexOf("\n\n", start) + 1;
  const nextBreak = body.indexOf("\n\n", end);
  const paragraphEnd = nextBreak === -1 ? body.length : nextBreak;
  return {
    before: body.slice(paragraphStart, start).trimStart(),
    claim: body.slice(start, end),
    after: body.slice(end, paragraphEnd).trimEnd(),
  };
}

export function ClaimWorkspace({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.claim.get.queryOptions({ claimId }));
  if (query.isPending) return <p aria-busy="true">Loading claim…</p>;
  if (query.error) {
    return (
      <>
        <h1>Claim</h1>
        <ErrorAlert error={query.error} />
      </>
    );
  }
  const workspace = query.data;
  const { claim, article, assignment, verdict } = workspace;
  // A headline claim's span points into the title.
  const context = article
    ? claimContext(claim.field === "title" ? article.title : article.body, claim.spanStart, claim.spanEnd)
    : null;
  const rating = workspace.ratingLabels.find((label) => label.id === verdict?.ratingLabelId)?.label ?? null;
  const canEdit = workspace.isAssignedToMe && EDITABLE.has(claim.status);

  return (
    <div className="split">
      <section className="stack">
        <div>
          <p className="meta">
            <span className={`status status--${claim.status}`}>{claim.status.replaceAll("_", " ")}</span>
            <span className="score">check-worthiness {claim.score.toFixed(2)}</span>
            {assignment ? (
              <span>
                Assigned to {assignment.assigneeName}
                {assignment.dueAt ? `, due ${formatDate(assignment.dueAt)}` : ""}
              </span>
            ) : null}
          </p>
          <h1>{claim.text}</h1>
          <p className="muted">
            {claim.speaker ? (
              <>
                Claim by <strong>{claim.speaker}</strong>
              </>
            ) : (
              "Stated by the article"
            )}
            {claim.reportedBy ? <> · reported by {claim.reportedBy}</> : null}
          </p>
        </div>
        {context && article ? (
          <figure className="card">
            <figcaption className="muted small">
              {claim.field === "title" ? "In the headline of" : "In context"}:{" "}
              <Link href={`/desk/articles/${article.id}`}>{article.title}</Link>
            </figcaption>
            <p className="article-text">
              {context.before}
              <mark>{context.claim}</mark>
              {context.after}
            </p>
          </figure>
        ) : null}
        {workspace.externalReviews.length > 0 ? (
          <section className="card card--external" aria-label="Reviewed by other fact-checkers">
            <h2>Reviewed by other fact-checkers</h2>
            <ul>
              {workspace.externalReviews.map((review) => (
                <li key={review.id} data-testid="claim-external-review">
                  {review.publisherName} (external): <strong>{review.ratingLabel}</strong>
                  {review.reviewPublishedAt ? `, ${formatDate(review.reviewPublishedAt)}` : ""} ·{" "}
                  <a href={review.reviewUrl} rel="nofollow noopener noreferrer" target="_blank">
                    original review
                  </a>
                </li>
              ))}
            </ul>
            <p className="muted small">
              Imported from their ClaimReview. Readers see it credited to them; it is not our verdict.
            </p>
          </section>
        ) : null}
        {verdict && !canEdit ? (
          <section className="card stack" aria-label="Verdict">
            <h2>Verdict</h2>
            <p>
              <RatingBadge label={rating} /> <span className="muted small">version {verdict.version}</span>
            </p>
            <p>
              <strong>Summary:</strong> {verdict.summary || <em>none yet</em>}
            </p>
            <p style={{ whiteSpace: "pre-wrap" }}>{verdict.explanation}</p>
            <h3>Sources</h3>
            <ol className="sources">
              {verdict.sources.map((source) => (
                <li key={source.url}>
                  <a href={source.url} rel="nofollow noopener">
                    {source.title ?? source.url}
                  </a>
                  {source.publisher ? `, ${source.publisher}` : ""} · accessed {formatDate(source.accessedAt)}
                  {source.quote ? <blockquote className="muted">“{source.quote}”</blockquote> : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        <CommentThread claimId={claim.id} />
        <ClaimAudit claimId={claim.id} />
      </section>
      <aside className="stack sticky">
        {claim.status === "changes_requested" && verdict?.reviewComment ? (
          <div className="alert alert--info" role="note">
            <strong>Sent back by the editor:</strong> {verdict.reviewComment}
          </div>
        ) : null}
        {canEdit ? <VerdictForm workspace={workspace} /> : null}
        {verdict ? <ReviewPanel workspace={workspace} /> : null}
        {verdict && !workspace.publication ? <ClaimReviewLint claimId={claim.id} /> : null}
        {workspace.publication ? (
          <PublicationPanel workspace={workspace} publication={workspace.publication} />
        ) : null}
        {!canEdit && !verdict ? (
          <p className="empty">
            {assignment
              ? "The fact-checker has not started a verdict yet."
              : "Assign this claim from its article."}
          </p>
        ) : null}
      </aside>
    </div>
  );
}
