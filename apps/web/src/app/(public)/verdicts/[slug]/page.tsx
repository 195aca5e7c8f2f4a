import { buildClaimReview, getPublishedVerdict } from "@claimdesk/api/public";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDate } from "~/components/format";
import { RatingBadge } from "~/components/rating-badge";
import { getDb } from "~/server/db";
import { siteUrl } from "~/server/site";

export const dynamic = "force-dynamic";

const loadVerdict = cache(async (slug: string) => getPublishedVerdict(await getDb(), slug));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const verdict = await loadVerdict((await params).slug);
  if (!verdict) return { title: "Verdict not found" };
  return {
    title: `${verdict.snapshot.ratingLabel}: ${verdict.snapshot.claimText}`,
    description: verdict.snapshot.summary,
    alternates: { canonical: `/verdicts/${verdict.slug}` },
  };
}

export default async function VerdictPage({ params }: Props) {
  const verdict = await loadVerdict((await params).slug);
  if (!verdict) notFound();
  const { snapshot, article } = verdict;
  const jsonLd = JSON.stringify(buildClaimReview(verdict, siteUrl())).replace(/</g, "\\u003c");
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
              Claim by <strong data-testid="speaker">{snapshot.speaker}</strong>
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
      <h2>Summary</h2>
      <p data-testid="summary">{snapshot.summary}</p>
      <h2>What we found</h2>
      {snapshot.explanation.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph.slice(0, 40)}>{paragraph}</p>
      ))}
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
      <h2>Where the claim appeared</h2>
      <p>
        <Link href={`/articles/${article.id}`}>{article.title}</Link>
        {article.author ? <> by {article.author}</> : null} —{" "}
        <Link href={`/articles/${article.id}`}>read it with every claim annotated</Link>.
      </p>
      <p className="muted small">
        Published {formatDate(verdict.publishedAt)}
        {verdict.updatedAt.getTime() - verdict.publishedAt.getTime() > 1000
          ? ` · updated ${formatDate(verdict.updatedAt)}`
          : ""}
      </p>
    </article>
  );
}
