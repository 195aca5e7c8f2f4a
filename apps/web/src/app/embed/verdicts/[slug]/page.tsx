import { getPublishedVerdict, siteUrl } from "@claimdesk/api/public";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDate } from "~/components/format";
import { RatingBadge } from "~/components/rating-badge";
import { getDb } from "~/server/db";

// An iframe card for other sites: <iframe src="/embed/verdicts/SLUG" width="400" height="220">.
// Framing is allowed by the headers set for /embed in next.config.ts; cached like the verdict page.
export const revalidate = 300;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const loadVerdict = cache(async (slug: string) => getPublishedVerdict(await getDb(), slug));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const verdict = await loadVerdict((await params).slug);
  return {
    title: verdict ? `${verdict.snapshot.ratingLabel}: ${verdict.snapshot.claimText}` : "Verdict not found",
    robots: { index: false },
  };
}

export default async function EmbeddedVerdict({ params }: Props) {
  const verdict = await loadVerdict((await params).slug);
  if (!verdict) notFound();
  const url = new URL(`/verdicts/${verdict.slug}`, siteUrl()).toString();
  return (
    <main className="embed-card">
      <p className="muted small">
        Fact check by {verdict.newsroom.name} · {formatDate(verdict.publishedAt)}
      </p>
      <h1 className="embed-card__claim">
        {verdict.snapshot.speaker ? `${verdict.snapshot.speaker}: ` : ""}“{verdict.snapshot.claimText}”
      </h1>
      <p>
        <RatingBadge label={verdict.snapshot.ratingLabel} /> {verdict.snapshot.summary}
      </p>
      <p className="small">
        <a href={url} target="_blank" rel="noopener">
          Read the full verdict and sources
        </a>
      </p>
    </main>
  );
}
