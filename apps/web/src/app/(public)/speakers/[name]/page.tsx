import { listSpeakerVerdicts } from "@claimdesk/api/public";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "~/server/db";
import { VerdictList } from "../../_components/verdict-list";

// Served from Next's cache, revalidated when a verdict on this speaker changes (server/revalidate.ts).
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

const loadVerdicts = cache(async (name: string) => listSpeakerVerdicts(await getDb(), name, { limit: 200 }));

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = speakerName((await params).name);
  const verdicts = await loadVerdicts(name);
  const display = verdicts[0]?.snapshot.speaker ?? name;
  return { title: verdicts.length > 0 ? `Fact checks of ${display}` : "Speaker not found" };
}

export default async function SpeakerPage({ params }: Props) {
  const name = speakerName((await params).name);
  const verdicts = await loadVerdicts(name);
  if (verdicts.length === 0) notFound();
  const display = verdicts[0]?.snapshot.speaker ?? name;
  const counts = new Map<string, number>();
  for (const verdict of verdicts) {
    counts.set(verdict.snapshot.ratingLabel, (counts.get(verdict.snapshot.ratingLabel) ?? 0) + 1);
  }
  return (
    <>
      <h1>Fact checks of {display}</h1>
      <p className="muted" data-testid="speaker-summary">
        {verdicts.length} verdict{verdicts.length === 1 ? "" : "s"}:{" "}
        {[...counts].map(([label, count]) => `${label} ${count}`).join(", ")}
      </p>
      <VerdictList verdicts={verdicts} />
    </>
  );
}
