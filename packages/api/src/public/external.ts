/**
 * Reviews by other fact-checkers (imported ClaimReview), as readers see them: always labelled with
 * their publisher and linking to the original review. They live in `external_reviews`, which none of
 * our verdict queries, feeds or ClaimReview JSON-LD read, so they can never pass as our own verdicts.
 */
import { claims, type Database, externalReviews, newsrooms } from "@claimdesk/db";
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { SearchParams } from "./search";

/** The reader filters that apply to external reviews: the search form's, without paging. */
export type ExternalReviewFilters = Partial<Omit<SearchParams, "page">>;

/** Their date: the review's own publication date, else when we imported it. */
const reviewDate = sql`coalesce(${externalReviews.reviewPublishedAt}, ${externalReviews.createdAt})`;

function conditions(filters: ExternalReviewFilters, query: SQL | null): SQL[] {
  // An editor hides an imported review from readers by dismissing its claim.
  const where: SQL[] = [
    sql`not exists (select 1 from ${claims} where ${claims.id} = ${externalReviews.claimId} and ${claims.status} = 'dismissed')`,
  ];
  if (query) where.push(sql`${externalReviews.searchVector} @@ ${query}`);
  if (filters.speaker) where.push(sql`lower(${externalReviews.claimAuthor}) = lower(${filters.speaker})`);
  if (filters.rating) where.push(sql`lower(${externalReviews.ratingLabel}) = lower(${filters.rating})`);
  // Imported reviews carry no tags of ours, so a tag filter leaves none of them.
  if (filters.tag) where.push(sql`false`);
  if (filters.from) where.push(sql`${reviewDate} >= ${`${filters.from}T00:00:00Z`}::timestamptz`);
  if (filters.to) {
    where.push(sql`${reviewDate} < (${`${filters.to}T00:00:00Z`}::timestamptz + interval '1 day')`);
  }
  return where;
}

/** Public imported reviews matching the filters, best match (or newest) first, with the total. */
export async function listPublicExternalReviews(
  db: Database,
  filters: ExternalReviewFilters,
  options: { limit: number; offset: number },
) {
  const query = filters.q ? sql`websearch_to_tsquery('english', ${filters.q})` : null;
  const order = [desc(reviewDate), asc(externalReviews.reviewUrl)];
  if (query) order.unshift(desc(sql`ts_rank(${externalReviews.searchVector}, ${query})`));
  const rows = await db
    .select({
      id: externalReviews.id,
      claimReviewed: externalReviews.claimReviewed,
      speaker: externalReviews.claimAuthor,
      claimDate: externalReviews.claimDate,
      appearanceUrl: externalReviews.appearanceUrl,
      publisherName: externalReviews.publisherName,
      publisherUrl: externalReviews.publisherUrl,
      reviewUrl: externalReviews.reviewUrl,
      ratingLabel: externalReviews.ratingLabel,
      ratingValue: externalReviews.ratingValue,
      bestRating: externalReviews.bestRating,
      worstRating: externalReviews.worstRating,
      reviewPublishedAt: externalReviews.reviewPublishedAt,
      language: externalReviews.language,
      importedBy: newsrooms.name,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(externalReviews)
    .innerJoin(newsrooms, eq(newsrooms.id, externalReviews.newsroomId))
    .where(and(...conditions(filters, query)))
    .orderBy(...order)
    .limit(options.limit)
    .offset(options.offset);
  return {
    reviews: rows.map(({ total: _total, ...row }) => ({ ...row, external: true as const })),
    // Past the last page there are no rows to carry the window count: count on its own then.
    total: rows[0]?.total ?? (options.offset > 0 ? await countMatches(db, filters, query) : 0),
  };
}

async function countMatches(db: Database, filters: ExternalReviewFilters, query: SQL | null) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(externalReviews)
    .where(and(...conditions(filters, query)));
  return row?.count ?? 0;
}

export type PublicExternalReview = Awaited<ReturnType<typeof listPublicExternalReviews>>["reviews"][number];
