import {
  buildClaimReview,
  getCorrectionHistory,
  getPublishedVerdict,
  listOtherVerdictsFromArticle,
  siteUrl,
} from "@claimdesk/api/public";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDate, formatDateTime } from "~/components/format";
import { RatingBadge } from "~/components/rating-badge";
import { getDb } from "~/server/db";
import { Paragraphs, speakerHref } from "../../_components/verdict-list";

// Rendered on first request, then served from Next's cache until a publish, correction or
// unpublish revalidates it (server/revalidate.ts); 300 s is the fallback. Nothing is prerendered
// at build time, so the build never opens a database.
export const revalidate = 300;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const loadVerdict = cache(async (slug: string) => getPublishedVerdict(await getDb(), slug));

type Props = { params: Promise<{ slug: string }> };

const EVENT_LABEL = {
  published: "Published",
  corrected: "Corrected",
  unpublished: "Withdrawn",
  republished: "Republished",
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const verdict = await loadVerdict((await params).slug);
  if (!verdict) return { title: "Verdict not found" };
  return {
    title: `${verdict.snapshot.ratingLabel}: ${verdict.snapshot.claimText}`,
    description: verdict.snapshot.summary,
    alternates: { canonical: new URL(`/verdicts/${verdict.slug}`, siteUrl()).toString() },
  };
}

export default async function VerdictPage({ params }: Props) {
  const verdict = await loadVerdict((await params).slug);
  if (!verdict) notFound();
  const db = await getDb();
  const [history, others] = await Promise.all([
    getCorrectionHistory(db, verdict.slug),
    listOtherVerdictsFromArticle(db, verdict.article.id, verdict.slug),
  ]);
  const { snapshot, article } = verdict;
  const claimReview = buildClaimReview(verdict, siteUrl());
  const jsonLd = JSON.stringify(claimReview).replace(/</g, "\\u003c");
  const corrections = history.filter((entry) => entry.event !== "published");
  return (
    <article className="narrow">
      <script type="application/ld+json" id="claim-review">
        {jsonLd}
      </script>
      <p className="muted small">Fact check by {verdict.newsroom.name}</p>
      <div className="verdict-hero">
        <p className="muted small">
          {snapshot.speaker ? (
            <>
              Claim by{" "}
              <Link href={speakerHref(snapshot.speaker)} data-testid="speaker">
                {snapshot.speaker}
              </Link>
            </>
          ) : (
            "Claim"
          )}
          {article.publisher ? <> · in {article.publisher}</> : null}
          {article.publishedAt ? <> · {formatDate(article.publishedAt)}</> : null}
        </p>
        <blockquote data-testid="claim">{snapshot.claimText}</blockquote>
        <p>
          Our rating: <RatingBadge label={snapshot.ratingLabel} />
        </p>
      </div>
      <h1 className="visually-hidden">{snapshot.claimText}</h1>
      {corrections.length > 0 ? (
        <p className="alert alert--info" data-testid="corrected-notice">
          This verdict was corrected on {formatDate(verdict.updatedAt)}.{" "}
          <a href="#history">See what changed</a>.
        </p>
      ) : null}
      <h2>Summary</h2>
      <p data-testid="summary">{snapshot.summary}</p>
      <h2>What we found</h2>
      <Paragraphs text={snapshot.explanation} />
      <h2>Sources</h2>
      <ol className="sources">
        {snapshot.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="nofollow noopener">
              {source.title ?? source.url}
            </a>
            {source.publisher ? <>, {source.publisher}</> : null}
            <span className="muted small"> · accessed {formatDate(source.accessedAt)}</span>
            {source.quote ? <blockquote className="muted">“{source.quote}”</blockquote> : null}
          </li>
        ))}
      </ol>
      <h2>Where and when the claim was made</h2>
      <dl className="facts" data-testid="appearance">
        {snapshot.speaker ? (
          <>
            <dt>Said by</dt>
            <dd>{snapshot.speaker}</dd>
          </>
        ) : null}
        <dt>Appeared in</dt>
        <dd>
          {article.url ? (
            <a href={article.url} rel="nofollow noopener">
              {article.title}
            </a>
          ) : (
            article.title
          )}
          {article.publisher ? <>, {article.publisher}</> : null}
          {article.author ? <> (by {article.author})</> : null}
        </dd>
        {article.publishedAt ? (
          <>
            <dt>Date</dt>
            <dd>{formatDate(article.publishedAt)}</dd>
          </>
        ) : null}
        {verdict.claimQuote !== snapshot.claimText ? (
          <>
            <dt>Exact words</dt>
            <dd>“{verdict.claimQuote}”</dd>
          </>
        ) : null}
      </dl>
      <p>
        The full article, {article.title}:{" "}
        <Link href={`/articles/${article.id}`}>read it with every claim annotated</Link>
      </p>
      {verdict.tags.length > 0 ? (
        <p className="small">
          Topics:{" "}
          {verdict.tags.map((tag, index) => (
            <span key={tag}>
              {index > 0 ? ", " : ""}
              <Link href={`/search?tag=${encodeURIComponent(tag)}`}>{tag}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">Other verdicts from the same article</h2>
          <ul className="plain-list">
            {others.map((other) => (
              <li key={other.slug}>
                <RatingBadge label={other.snapshot.ratingLabel} />{" "}
                <Link href={`/verdicts/${other.slug}`}>{other.snapshot.claimText}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="history-heading" id="history">
        <h2 id="history-heading">History of this verdict</h2>
        <ol className="history" data-testid="history">
          {history.map((entry) => (
            <li key={`${entry.version}-${entry.event}-${entry.createdAt.toISOString()}`}>
              <strong>{EVENT_LABEL[entry.event]}</strong>{" "}
              <span className="muted small">{formatDateTime(entry.createdAt)}</span>
              {entry.event !== "published" && entry.ratingLabel ? <> · rating: {entry.ratingLabel}</> : null}
              {entry.note ? <p>{entry.note}</p> : null}
            </li>
          ))}
        </ol>
        <p className="muted small">
          Published {formatDate(verdict.publishedAt)}
          {claimReview.dateModified ? ` · updated ${formatDate(verdict.updatedAt)}` : ""} ·{" "}
          <Link href="/about/corrections-policy">Corrections policy</Link> ·{" "}
          <Link href="/about/methodology">How we rate claims</Link>
        </p>
      </section>
    </article>
  );
}
