import Link from "next/link";
import { formatDate } from "~/components/format";
import { RatingBadge } from "~/components/rating-badge";

export interface VerdictListItem {
  slug: string;
  snapshot: { claimText: string; speaker: string | null; ratingLabel: string; summary: string };
  publishedAt: Date;
  newsroomName: string;
}

/** Verdict cards as on the home, search and speaker pages. */
export function VerdictList({
  verdicts,
  headingLevel = 2,
}: {
  verdicts: VerdictListItem[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="verdict-list">
      {verdicts.map((verdict) => (
        <li key={verdict.slug} className="card">
          <RatingBadge label={verdict.snapshot.ratingLabel} />
          <Heading className="verdict-list__claim">
            <Link href={`/verdicts/${verdict.slug}`}>{verdict.snapshot.claimText}</Link>
          </Heading>
          <p className="muted small">
            {verdict.snapshot.speaker ? (
              <>
                <Link href={speakerHref(verdict.snapshot.speaker)}>{verdict.snapshot.speaker}</Link>
                {" · "}
              </>
            ) : null}
            Checked by {verdict.newsroomName} · {formatDate(verdict.publishedAt)}
          </p>
          <p>{verdict.snapshot.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export function speakerHref(speaker: string): string {
  return `/speakers/${encodeURIComponent(speaker)}`;
}

/** Public pages are plain text paragraphs separated by blank lines. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a static text; order is their identity
          <p key={index}>{paragraph}</p>
        ))}
    </>
  );
}
