"use client";

import type { AppRouter } from "@claimdesk/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useMemo, useState } from "react";
import { ErrorAlert } from "~/components/error-alert";
import { formatDate } from "~/components/format";
import { claimHighlights, type Segment, segmentText } from "~/components/segments";
import { useTRPC } from "~/trpc/react";
import { AssignControl } from "./assign-control";
import { ClaimEditor } from "./claim-editor";

type ArticleClaim = inferRouterOutputs<AppRouter>["article"]["get"]["claims"][number];

/** Claims decomposed from one sentence share a parent key and are shown together. */
function groupByParent(claims: ArticleClaim[]): ArticleClaim[][] {
  const groups = new Map<string, ArticleClaim[]>();
  for (const claim of claims) {
    const key = claim.parentKey ?? claim.id;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups.values()];
}

export function ArticleDetail({
  articleId,
  duplicate,
  changed,
}: {
  articleId: string;
  duplicate: boolean;
  changed: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.article.get.queryOptions({ articleId }));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ articleId }) });
  const resplit = useMutation(
    trpc.article.resplit.mutationOptions({
      async onSuccess(result) {
        setNotice(
          `Re-split: ${result.added} claims from the engine, ${result.kept} kept because they have work on them, ${result.replaced} untouched ones replaced.`,
        );
        await refresh();
      },
    }),
  );
  const refreshFromUrl = useMutation(
    trpc.article.refreshFromUrl.mutationOptions({
      async onSuccess(result) {
        setNotice(
          result.status === "unchanged"
            ? "The page has not changed since it was imported."
            : `Updated to version ${result.version}: ${result.kept} claims with work kept${result.detached ? `, ${result.detached} whose quote is gone marked as detached` : ""}, ${result.added} new claims.`,
        );
        await refresh();
      },
    }),
  );
  const merge = useMutation(
    trpc.claim.merge.mutationOptions({
      async onSuccess() {
        setSelected(new Set());
        setNotice("Claims merged.");
        await refresh();
      },
    }),
  );
  const setStatus = useMutation(
    trpc.claim.setStatus.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ articleId }) }),
    }),
  );
  const me = useQuery(trpc.session.me.queryOptions());
  const canEdit = me.data?.permissions.includes("claim.edit") ?? false;

  const claims = query.data?.claims ?? [];
  const visible = useMemo(
    () =>
      claims.filter(
        (claim) =>
          showAll || claim.detachedAt !== null || (claim.checkworthy && claim.status !== "dismissed"),
      ),
    [claims, showAll],
  );
  // A detached claim's span points into an older text, so it isn't highlighted.
  const attached = useMemo(() => visible.filter((claim) => claim.detachedAt === null), [visible]);
  const segments = useMemo(
    () => segmentText(query.data?.article.body ?? "", claimHighlights(attached, "body")),
    [query.data?.article.body, attached],
  );
  const titleSegments = useMemo(
    () => segmentText(query.data?.article.title ?? "", claimHighlights(attached, "title")),
    [query.data?.article.title, attached],
  );

  if (query.isPending) return <p aria-busy="true">Loading article…</p>;
  if (query.error) return <ErrorAlert error={query.error} />;
  const { article } = query.data;

  function renderSegment(segment: Segment) {
    const claimId = segment.highlight?.id;
    if (!claimId) return <span key={segment.start}>{segment.text}</span>;
    // A link, not a button: it wraps with the text like any highlight and jumps to the claim's card.
    return (
      <a
        key={segment.start}
        href={`#claim-${claimId}`}
        className="mark"
        data-selected={focused === claimId}
        data-claim-id={claimId}
        onClick={() => setFocused(claimId)}
      >
        {segment.text}
      </a>
    );
  }

  function toggle(claimId: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(claimId)) next.delete(claimId);
      else next.add(claimId);
      return next;
    });
  }

  return (
    <>
      {changed ? (
        <p className="alert alert--info" role="status">
          This page has changed since the newsroom imported it. Update to the new version below; claims
          already being worked on are kept.
        </p>
      ) : null}
      {duplicate ? (
        <p className="alert alert--info" role="status">
          This article was already in the newsroom; here is the existing copy.
        </p>
      ) : null}
      <div className="page-head">
        <h1>{titleSegments.map(renderSegment)}</h1>
        {canEdit ? (
          <button
            type="button"
            className="secondary"
            disabled={resplit.isPending}
            onClick={() => resplit.mutate({ articleId })}
          >
            {resplit.isPending ? "Re-splitting…" : "Re-split article"}
          </button>
        ) : null}
      </div>
      {notice ? (
        <p className="alert alert--ok" role="status">
          {notice}
        </p>
      ) : null}
      <ErrorAlert error={resplit.error ?? merge.error ?? refreshFromUrl.error} />
      <p className="muted small">
        {[
          article.publisher,
          article.author && `by ${article.author}`,
          formatDate(article.publishedAt),
          article.language,
          article.version > 1 ? `version ${article.version}` : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <div className="split">
        <section aria-label="Article text" className="article-text article-text--pinned">
          {segments.map(renderSegment)}
        </section>
        <section aria-labelledby="claims-heading" className="stack">
          <div className="page-head">
            <h2 id="claims-heading">Claims ({visible.length})</h2>
            <label className="small">
              <input
                type="checkbox"
                checked={showAll}
                onChange={(event) => setShowAll(event.target.checked)}
                style={{ width: "auto", marginRight: "0.4rem" }}
              />
              Show low-priority and dismissed
            </label>
          </div>
          {canEdit && selected.size >= 2 ? (
            <button
              type="button"
              className="secondary"
              disabled={merge.isPending}
              onClick={() => merge.mutate({ claimIds: [...selected] })}
            >
              Merge {selected.size} selected claims
            </button>
          ) : null}
          <AssignControl
            articleId={articleId}
            claimIds={[...selected]}
            onAssigned={() => setSelected(new Set())}
          />
          <ErrorAlert error={setStatus.error} />
          {visible.length === 0 ? <p className="empty">No check-worthy claims were found.</p> : null}
          {groupByParent(visible).map((group) => (
            <div
              key={group[0]?.parentKey ?? group[0]?.id}
              className={group.length > 1 ? "claim-group" : undefined}
            >
              {group.map((claim) => (
                <div
                  key={claim.id}
                  id={`claim-${claim.id}`}
                  className="claim-item"
                  data-selected={focused === claim.id}
                  data-testid="claim-item"
                >
                  <input
                    type="checkbox"
                    aria-label={`Select claim: ${claim.text}`}
                    checked={selected.has(claim.id)}
                    onChange={() => toggle(claim.id)}
                    style={{ width: "auto", marginTop: "0.35rem" }}
                  />
                  <div>
                    <p>
                      <Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link>
                    </p>
                    <div className="meta">
                      <span className={`status status--${claim.status}`}>
                        {claim.status.replaceAll("_", " ")}
                      </span>
                      <span className="score" title="Check-worthiness">
                        score {claim.score.toFixed(2)}
                      </span>
                      {claim.speaker ? <span>speaker: {claim.speaker}</span> : null}
                      {claim.reportedBy ? <span>reported by: {claim.reportedBy}</span> : null}
                      {claim.assigneeName ? (
                        <span>
                          → {claim.assigneeName}
                          {claim.dueAt ? `, due ${formatDate(claim.dueAt)}` : ""}
                        </span>
                      ) : null}
                      {claim.publicationSlug ? (
                        <Link href={`/verdicts/${claim.publicationSlug}`}>public verdict</Link>
                      ) : null}
                      {canEdit ? (
                        <button
                          type="button"
                          className="link-button small"
                          aria-expanded={editing === claim.id}
                          onClick={() => setEditing(editing === claim.id ? null : claim.id)}
                        >
                          edit
                        </button>
                      ) : null}
                      {(["triage", "dismiss", "restore"] as const)
                        .filter((action) => claim.actions.includes(action))
                        .map((action) => (
                          <button
                            key={action}
                            type="button"
                            className="link-button small"
                            disabled={setStatus.isPending}
                            onClick={() => setStatus.mutate({ claimId: claim.id, action })}
                          >
                            {action}
                          </button>
                        ))}
                    </div>
                    {editing === claim.id ? (
                      <ClaimEditor
                        claim={claim}
                        onDone={async () => {
                          setEditing(null);
                          await refresh();
                        }}
                      />
                    ) : null}
                  </div>
                </div>
              ))}
            </div>
          ))}
        </section>
      </div>
    </>
  );
}
