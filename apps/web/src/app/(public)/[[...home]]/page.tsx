import { listPublicSpeakers, listPublishedVerdicts } from "@claimdesk/api/public";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "~/server/db";
import { SearchForm } from "../_components/search-form";
import { speakerHref, VerdictList } from "../_components/verdict-list";

// The home page lives in an optional catch-all only so that it is not prerendered at build time
// (the build never opens a database): `/` is rendered on its first request, then served from Next's
// cache and revalidated on every publish, correction and unpublish (server/revalidate.ts).
export const revalidate = 300;
export function generateStaticParams(): { home: string[] }[] {
  return [];
}

const LATEST = 20;

type Props = { params: Promise<{ home?: string[] }> };

export default async function HomePage({ params }: Props) {
  // Every other unmatched path lands here too: it is not a page.
  if ((await params).home?.length) notFound();
  const db = await getDb();
  const [verdicts, speakers] = await Promise.all([
    listPublishedVerdicts(db, { limit: LATEST + 1, offset: 0 }),
    listPublicSpeakers(db, { limit: 12 }),
  ]);
  return (
    <>
      <h1>Latest verdicts</h1>
      <SearchForm />
      {verdicts.length === 0 ? (
        <p className="empty">No verdicts have been published yet. Check back soon.</p>
      ) : (
        <VerdictList verdicts={verdicts.slice(0, LATEST)} />
      )}
      {verdicts.length > LATEST ? (
        <p>
          <Link href="/search">All verdicts →</Link>
        </p>
      ) : null}
      {speakers.length > 0 ? (
        <section aria-labelledby="speakers-heading">
          <h2 id="speakers-heading">Speakers</h2>
          <ul className="chips">
            {speakers.map((row) => (
              <li key={row.speaker}>
                <Link href={speakerHref(row.speaker)}>
                  {row.speaker} ({row.count})
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
