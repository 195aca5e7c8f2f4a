import { listPublishedVerdicts } from "@claimdesk/api/public";
import Link from "next/link";
import { formatDate } from "~/components/format";
import { RatingBadge } from "~/components/rating-badge";
import { getDb } from "~/server/db";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const verdicts = await listPublishedVerdicts(await getDb(), {
    limit: PAGE_SIZE + 1,
    offset: (page - 1) * PAGE_SIZE,
  });
  const hasMore = verdicts.length > PAGE_SIZE;
  return (
    <>
      <h1>Latest verdicts</h1>
      {verdicts.length === 0 ? (
        <p className="empty">No verdicts have been published yet. Check back soon.</p>
      ) : (
        <ul className="verdict-list">
          {verdicts.slice(0, PAGE_SIZE).map((verdict) => (
            <li key={verdict.slug} className="card">
              <RatingBadge label={verdict.snapshot.ratingLabel} />
              <h2>
                <Link href={`/verdicts/${verdict.slug}`}>{verdict.snapshot.claimText}</Link>
              </h2>
              <p className="muted small">
                {verdict.snapshot.speaker ? `${verdict.snapshot.speaker} · ` : ""}
                Checked by {verdict.newsroomName} · {formatDate(verdict.publishedAt)}
              </p>
              <p>{verdict.snapshot.summary}</p>
            </li>
          ))}
        </ul>
      )}
      <nav className="actions" aria-label="Pagination">
        {page > 1 && <Link href={`/?page=${page - 1}`}>← Newer</Link>}
        {hasMore && <Link href={`/?page=${page + 1}`}>Older →</Link>}
      </nav>
    </>
  );
}
