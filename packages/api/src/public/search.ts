/**
 * Reader search: PostgreSQL full text over the published claim, summary and speaker
 * (`publications.search_vector`, GIN-indexed), with filters and pagination.
 */
import { articles, claims, type Database, newsrooms, publications } from "@claimdesk/db";
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { isPublic } from "./verdicts";

const optionalTrimmed = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a date like 2026-01-31.` });
      return z.NEVER;
    }
    return value;
  });

/** Search parameters as they arrive from a query string; everything optional. */
export const ZSearchParams = z.object({
  q: optionalTrimmed(200),
  rating: optionalTrimmed(100),
  speaker: optionalTrimmed(200),
  tag: optionalTrimmed(100),
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type SearchParams = z.infer<typeof ZSearchParams>;

export const SEARCH_PAGE_SIZE = 20;

/** Reads a Next.js / URLSearchParams-like record, keeping the first value of repeated keys. */
export function parseSearchParams(record: Record<string, string | string[] | undefined>) {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) flat[key] = first;
  }
  return ZSearchParams.safeParse(flat);
}

export async function searchVerdicts(db: Database, params: SearchParams, pageSize = SEARCH_PAGE_SIZE) {
  const filters: SQL[] = [];
  if (isPublic) filters.push(isPublic);
  const query = params.q ? sql`websearch_to_tsquery('english', ${params.q})` : null;
  if (query) filters.push(sql`${publications.searchVector} @@ ${query}`);
  if (params.rating)
    filters.push(sql`lower(${publications.snapshot}->>'ratingLabel') = lower(${params.rating})`);
  if (params.speaker)
    filters.push(sql`lower(${publications.snapshot}->>'speaker') = lower(${params.speaker})`);
  if (params.tag) filters.push(sql`${params.tag} = any(${claims.tags})`);
  if (params.from)
    filters.push(sql`${publications.publishedAt} >= ${`${params.from}T00:00:00Z`}::timestamptz`);
  if (params.to) {
    filters.push(
      sql`${publications.publishedAt} < (${`${params.to}T00:00:00Z`}::timestamptz + interval '1 day')`,
    );
  }
  const where = and(...filters);
  const order = [desc(publications.publishedAt), asc(publications.slug)];
  if (query) order.unshift(desc(sql`ts_rank(${publications.searchVector}, ${query})`));
  const rows = await db
    .select({
      slug: publications.slug,
      snapshot: publications.snapshot,
      publishedAt: publications.publishedAt,
      updatedAt: publications.updatedAt,
      articleId: articles.id,
      articleTitle: articles.title,
      tags: claims.tags,
      newsroomName: newsrooms.name,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(publications)
    .innerJoin(claims, eq(claims.id, publications.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(newsrooms, eq(newsrooms.id, publications.newsroomId))
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((params.page - 1) * pageSize);
  const total = rows[0]?.total ?? (params.page > 1 ? await countMatches(db, where) : 0);
  return {
    results: rows.map(({ total: _total, ...row }) => row),
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

async function countMatches(db: Database, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(publications)
    .innerJoin(claims, eq(claims.id, publications.claimId))
    .where(where);
  return row?.count ?? 0;
}

/** The choices for the search form's filters: ratings, speakers and tags that occur in public verdicts. */
export async function searchFacets(db: Database) {
  const rating = sql<string>`${publications.snapshot}->>'ratingLabel'`;
  const speaker = sql<string>`${publications.snapshot}->>'speaker'`;
  const tag = sql<string>`unnest(${claims.tags})`;
  const base = () =>
    db
      .select({ value: rating })
      .from(publications)
      .innerJoin(claims, eq(claims.id, publications.claimId))
      .where(isPublic);
  const [ratings, speakers, tags] = await Promise.all([
    base().groupBy(rating).orderBy(asc(rating)),
    db
      .select({ value: speaker })
      .from(publications)
      .innerJoin(claims, eq(claims.id, publications.claimId))
      .where(and(isPublic, sql`${speaker} is not null`))
      .groupBy(speaker)
      .orderBy(asc(speaker))
      .limit(200),
    db
      .selectDistinct({ value: tag })
      .from(publications)
      .innerJoin(claims, eq(claims.id, publications.claimId))
      .where(isPublic)
      .orderBy(asc(tag))
      .limit(200),
  ]);
  return {
    ratings: ratings.map((row) => row.value),
    speakers: speakers.map((row) => row.value),
    tags: tags.map((row) => row.value),
  };
}
