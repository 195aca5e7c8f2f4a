import { listPublicExternalReviews, listSpeakerVerdicts } from "@claimdesk/api/public";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "~/server/db";
import { ExternalReviewList } from "../../_components/external-review-list";
import { VerdictList } from "../../_components/verdict-list";

// Served from Next's cache, revalidated when a verdict on this speaker changes or a review of their
// claims is imported (server/revalidate.ts).
export const revalidate = 300;
export function generateStaticParams(): { name: string }[] {
  return [];
}

function speakerName(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

const loadVerdicts = cache(async (name: string) => {
  const db = await getDb();
  const [verdicts, external] = await Promise.all([
    listSpeakerVerdicts(db, name, { limit: 200 }),
    listPublicExternalReviews(db, { speaker: name }, { limit: 200, offset: 0 }),
  ]);
  // The name as the newest item spells it, ours first.
  const display = verdicts[0]?.snapshot.speaker ?? external.reviews[0]?.speaker ?? name;
  return { verdicts, externalReviews: external.reviews, display };
});

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { verdicts, externalReviews, display } = await loadVerdicts(speakerName((await params).name));
  const found = verdicts.length + externalReviews.length > 0;
  return { title: found ? `Fact checks of ${display}` : "Speaker not found" };
}

export default async function SpeakerPage({ params }: Props) {
  const { verdicts, externalReviews, display } = await loadVerdicts(speakerName((await params).name));
  if (verdicts.length + externalReviews.length === 0) notFound();
  const counts = new Map<string, number>();
  for (const verdict of verdicts) {
    counts.set(verdict.snapshot.ratingLabel, (counts.get(verdict.snapshot.ratingLabel) ?? 0) + 1);
  }
  return (
    <>
      <h1>Fact checks of {display}</h1>
      <p className="muted" data-testid="speaker-summary">
        {verdicts.length} verdict{verdicts.length === 1 ? "" : "s"}
        {counts.size > 0 ? `: ${[...counts].map(([label, count]) => `${label} ${count}`).join(", ")}` : ""}
        {externalReviews.length > 0
          ? `; ${externalReviews.length} review${externalReviews.length === 1 ? "" : "s"} by other fact-checkers`
          : ""}
      </p>
      {verdicts.length > 0 ? <VerdictList verdicts={verdicts} /> : null}
      {externalReviews.length > 0 ? (
        <section aria-labelledby="external-heading">
          <h2 id="external-heading">Checked by other fact-checkers</h2>
          <ExternalReviewList reviews={externalReviews} />
        </section>
      ) : null}
    </>
  );
}
