import { getAnnotatedArticle } from "@claimdesk/api/public";
import { pageFurniture } from "@claimdesk/claims/furniture";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDate } from "~/components/format";
import { RatingBadge } from "~/components/rating-badge";
import { claimHighlights, type Segment, segmentText } from "~/components/segments";
import { getDb } from "~/server/db";
import { speakerHref } from "../../_components/verdict-list";

// Served from Next's cache, revalidated when one of its verdicts changes (server/revalidate.ts).
export const revalidate = 300;
export function generateStaticParams(): { id: string }[] {
  return [];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const loadArticle = cache(async (id: string) =>
  UUID.test(id) ? getAnnotatedArticle(await getDb(), id) : null,
);

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article ? `Annotated: ${article.title}` : "Article not found" };
}

export default async function AnnotatedArticlePage({ params }: Props) {
  const article = await loadArticle((await params).id);
  if (!article) notFound();
  const byId = new Map(article.claims.map((claim) => [claim.id, claim]));
  const segments = segmentText(article.body, [
    ...claimHighlights(article.claims, "body"),
    ...pageFurniture(article.body, article.title).map((span) => ({
      id: `furniture-${span.start}`,
      ...span,
      furniture: true,
    })),
  ]);
  function renderClaimSegment(segment: Segment) {
    const claim = segment.highlight ? byId.get(segment.highlight.id) : undefined;
    if (!claim) return <span key={segment.start}>{segment.text}</span>;
    return (
      <a key={claim.id} href={`#note-${claim.id}`} className="claim-link">
        <mark className={claim.verdict ? "rated" : undefined} id={`claim-${claim.id}`}>
          {segment.text}
          <span className="badge">{claim.verdict ? claim.verdict.rating : "not yet rated"}</span>
        </mark>
      </a>
    );
  }

  return (
    <>
      <h1>{segmentText(article.title, claimHighlights(article.claims, "title")).map(renderClaimSegment)}</h1>
      <p className="muted small">
        {[article.publisher, article.author && `by ${article.author}`, formatDate(article.publishedAt)]
          .filter(Boolean)
          .join(" · ")}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} rel="nofollow noopener">
              original
            </a>
          </>
        ) : null}
      </p>
      <p className="muted small">
        Select a highlighted claim to see its verdict. Claims marked “not yet rated” have not been checked.
      </p>
      <div className="split">
        <div className="article-text">
          {segments.map((segment) => {
            if (segment.highlight?.furniture)
              return (
                <span key={segment.start} className="furniture">
                  {segment.text}
                </span>
              );
            return renderClaimSegment(segment);
          })}
        </div>
        <aside aria-label="Claims in this article">
          <h2>Claims in this article</h2>
          <ol className="verdict-list">
            {article.claims.map((claim) => (
              <li key={claim.id} id={`note-${claim.id}`} className="card">
                <RatingBadge label={claim.verdict?.rating ?? null} />
                <p>{claim.text}</p>
                {claim.speaker ? (
                  <p className="muted small">
                    Claim by <Link href={speakerHref(claim.speaker)}>{claim.speaker}</Link>
                  </p>
                ) : null}
                {claim.verdict ? (
                  <p>
                    {claim.verdict.summary}{" "}
                    <Link href={`/verdicts/${claim.verdict.slug}`}>Read the verdict</Link>
                  </p>
                ) : (
                  <p className="muted small">Our fact-checkers have not published a verdict on this claim.</p>
                )}
                <a className="small" href={`#claim-${claim.id}`}>
                  Back to the text
                </a>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </>
  );
}
