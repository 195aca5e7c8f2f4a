/**
 * Read-only queries for anonymous readers. They only ever return published (or corrected)
 * verdicts, from the snapshot frozen at publish time — never a working draft.
 */
import {
  articles,
  claims,
  type Database,
  newsrooms,
  publicationRevisions,
  publications,
} from "@claimdesk/db";
import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import { PUBLIC_STATUSES } from "../workflow/lifecycle";

export const isPublic = and(isNull(publications.unpublishedAt), inArray(claims.status, [...PUBLIC_STATUSES]));

const summaryColumns = {
  slug: publications.slug,
  snapshot: publications.snapshot,
  publishedAt: publications.publishedAt,
  updatedAt: publications.updatedAt,
  articleId: articles.id,
  articleTitle: articles.title,
  tags: claims.tags,
  newsroomName: newsrooms.name,
};

function summaries(db: Database) {
  return db
    .select(summaryColumns)
    .from(publications)
    .innerJoin(claims, eq(claims.id, publications.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(newsrooms, eq(newsrooms.id, publications.newsroomId));
}

export async function listPublishedVerdicts(db: Database, options: { limit: number; offset: number }) {
  return summaries(db)
    .where(isPublic)
    .orderBy(desc(publications.publishedAt), asc(publications.slug))
    .limit(options.limit)
    .offset(options.offset);
}

export type PublishedVerdictSummary = Awaited<ReturnType<typeof listPublishedVerdicts>>[number];

const detailColumns = {
  slug: publications.slug,
  snapshot: publications.snapshot,
  version: publications.version,
  publishedAt: publications.publishedAt,
  updatedAt: publications.updatedAt,
  claimQuote: claims.quote,
  tags: claims.tags,
  article: {
    id: articles.id,
    title: articles.title,
    url: articles.url,
    publisher: articles.publisher,
    author: articles.author,
    publishedAt: articles.publishedAt,
  },
  newsroom: { name: newsrooms.name, url: newsrooms.url, slug: newsrooms.slug },
};

function details(db: Database) {
  return db
    .select(detailColumns)
    .from(publications)
    .innerJoin(claims, eq(claims.id, publications.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(newsrooms, eq(newsrooms.id, publications.newsroomId));
}

export async function getPublishedVerdict(db: Database, slug: string) {
  const [row] = await details(db).where(and(eq(publications.slug, slug), isPublic));
  return row ?? null;
}

export type PublishedVerdict = NonNullable<Awaited<ReturnType<typeof getPublishedVerdict>>>;

/** Full verdicts, newest first, for feeds and the JSON API. */
export async function listPublishedVerdictDetails(
  db: Database,
  options: { limit: number; offset: number; since?: Date | null },
): Promise<PublishedVerdict[]> {
  const where = options.since ? and(isPublic, sql`${publications.updatedAt} >= ${options.since}`) : isPublic;
  return details(db)
    .where(where)
    .orderBy(desc(publications.publishedAt), asc(publications.slug))
    .limit(options.limit)
    .offset(options.offset);
}

export async function countPublishedVerdicts(db: Database): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(publications)
    .innerJoin(claims, eq(claims.id, publications.claimId))
    .where(isPublic);
  return row?.count ?? 0;
}

/** The public history of a verdict: first publication, then every correction with its note. */
export async function getCorrectionHistory(db: Database, slug: string) {
  return db
    .select({
      version: publicationRevisions.version,
      event: publicationRevisions.event,
      note: publicationRevisions.note,
      ratingLabel: sql<string>`${publicationRevisions.snapshot}->>'ratingLabel'`,
      createdAt: publicationRevisions.createdAt,
    })
    .from(publicationRevisions)
    .innerJoin(publications, eq(publications.id, publicationRevisions.publicationId))
    .where(eq(publications.slug, slug))
    .orderBy(asc(publicationRevisions.createdAt), asc(publicationRevisions.version));
}

export type CorrectionHistoryEntry = Awaited<ReturnType<typeof getCorrectionHistory>>[number];

/** Other public verdicts on claims from the same article. */
export async function listOtherVerdictsFromArticle(db: Database, articleId: string, exceptSlug: string) {
  return summaries(db)
    .where(and(isPublic, eq(claims.articleId, articleId), ne(publications.slug, exceptSlug)))
    .orderBy(asc(claims.spanStart))
    .limit(20);
}

/** Every public verdict on a speaker's claims (speaker names compare case-insensitively). */
export async function listSpeakerVerdicts(db: Database, speaker: string, options: { limit: number }) {
  return summaries(db)
    .where(and(isPublic, sql`lower(${publications.snapshot}->>'speaker') = lower(${speaker})`))
    .orderBy(desc(publications.publishedAt), asc(publications.slug))
    .limit(options.limit);
}

/** Speakers with at least one public verdict, most-checked first. */
export async function listPublicSpeakers(db: Database, options: { limit: number }) {
  const speaker = sql<string>`${publications.snapshot}->>'speaker'`;
  return db
    .select({ speaker, count: sql<number>`count(*)::int` })
    .from(publications)
    .innerJoin(claims, eq(claims.id, publications.claimId))
    .where(and(isPublic, sql`${speaker} is not null`))
    .groupBy(speaker)
    .orderBy(desc(sql`count(*)`), asc(speaker))
    .limit(options.limit);
}

/** The newsrooms' IFCN transparency texts. */
export async function listNewsroomPages(db: Database) {
  return db
    .select({
      slug: newsrooms.slug,
      name: newsrooms.name,
      url: newsrooms.url,
      methodology: newsrooms.methodology,
      correctionsPolicy: newsrooms.correctionsPolicy,
    })
    .from(newsrooms)
    .orderBy(asc(newsrooms.name));
}

/**
 * An article as readers see it: only articles with at least one public verdict are shown, with
 * rated claims linked to their verdicts and other check-worthy claims marked as not yet rated.
 */
export async function getAnnotatedArticle(db: Database, articleId: string) {
  const [article] = await db
    .select({
      id: articles.id,
      title: articles.title,
      body: articles.body,
      url: articles.url,
      publisher: articles.publisher,
      author: articles.author,
      publishedAt: articles.publishedAt,
      newsroomName: newsrooms.name,
    })
    .from(articles)
    .innerJoin(newsrooms, eq(newsrooms.id, articles.newsroomId))
    .where(eq(articles.id, articleId));
  if (!article) return null;
  const rows = await db
    .select({
      id: claims.id,
      field: claims.field,
      spanStart: claims.spanStart,
      spanEnd: claims.spanEnd,
      text: claims.text,
      speaker: claims.speaker,
      status: claims.status,
      checkworthy: claims.checkworthy,
      slug: publications.slug,
      snapshot: publications.snapshot,
      unpublishedAt: publications.unpublishedAt,
    })
    .from(claims)
    .leftJoin(publications, eq(publications.claimId, claims.id))
    .where(eq(claims.articleId, articleId))
    .orderBy(desc(claims.field), asc(claims.spanStart));
  const annotated = rows
    .filter((row) => row.checkworthy && row.status !== "dismissed")
    .map((row) => {
      const rated = row.slug !== null && row.unpublishedAt === null && PUBLIC_STATUSES.includes(row.status);
      return {
        id: row.id,
        field: row.field,
        spanStart: row.spanStart,
        spanEnd: row.spanEnd,
        text: row.text,
        speaker: row.speaker,
        verdict:
          rated && row.snapshot
            ? { slug: row.slug, rating: row.snapshot.ratingLabel, summary: row.snapshot.summary }
            : null,
      };
    });
  if (!annotated.some((claim) => claim.verdict)) return null;
  return { ...article, claims: annotated };
}

export type AnnotatedArticle = NonNullable<Awaited<ReturnType<typeof getAnnotatedArticle>>>;

/**
 * Check-worthy claims readers may see: those in articles with at least one public verdict (the
 * same rule as the annotated article page), with their verdict when it is public.
 */
export async function listPublicClaims(
  db: Database,
  options: { articleId?: string | null; speaker?: string | null; limit: number; offset: number },
) {
  const publicArticle = sql`exists (select 1 from ${publications} p join ${claims} c2 on c2.id = p.claim_id
    where c2.article_id = ${claims.articleId} and p.unpublished_at is null
    and c2.status in ('published', 'corrected'))`;
  const filters: SQL[] = [publicArticle, eq(claims.checkworthy, true), ne(claims.status, "dismissed")];
  if (options.articleId) filters.push(eq(claims.articleId, options.articleId));
  if (options.speaker) filters.push(sql`lower(${claims.speaker}) = lower(${options.speaker})`);
  const rows = await db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      text: claims.text,
      quote: claims.quote,
      speaker: claims.speaker,
      status: claims.status,
      slug: publications.slug,
      unpublishedAt: publications.unpublishedAt,
      ratingLabel: sql<string | null>`${publications.snapshot}->>'ratingLabel'`,
    })
    .from(claims)
    .leftJoin(publications, eq(publications.claimId, claims.id))
    .where(and(...filters))
    .orderBy(desc(claims.createdAt), asc(claims.spanStart), asc(claims.id))
    .limit(options.limit)
    .offset(options.offset);
  return rows.map(({ unpublishedAt, status, slug, ratingLabel, ...row }) => {
    const rated = slug !== null && unpublishedAt === null && PUBLIC_STATUSES.includes(status);
    return { ...row, verdict: rated ? { slug, rating: ratingLabel } : null };
  });
}
