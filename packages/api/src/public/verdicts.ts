/**
 * Read-only queries for anonymous readers. They only ever return published (or corrected)
 * verdicts, from the snapshot frozen at publish time — never a working draft.
 */
import { articles, claims, type Database, newsrooms, publications } from "@claimdesk/db";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { PUBLIC_STATUSES } from "../workflow/lifecycle";

const isPublic = and(isNull(publications.unpublishedAt), inArray(claims.status, [...PUBLIC_STATUSES]));

export async function listPublishedVerdicts(db: Database, options: { limit: number; offset: number }) {
  return db
    .select({
      slug: publications.slug,
      snapshot: publications.snapshot,
      publishedAt: publications.publishedAt,
      updatedAt: publications.updatedAt,
      articleTitle: articles.title,
      newsroomName: newsrooms.name,
    })
    .from(publications)
    .innerJoin(claims, eq(claims.id, publications.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(newsrooms, eq(newsrooms.id, publications.newsroomId))
    .where(isPublic)
    .orderBy(desc(publications.publishedAt))
    .limit(options.limit)
    .offset(options.offset);
}

export type PublishedVerdictSummary = Awaited<ReturnType<typeof listPublishedVerdicts>>[number];

export async function getPublishedVerdict(db: Database, slug: string) {
  const [row] = await db
    .select({
      slug: publications.slug,
      snapshot: publications.snapshot,
      publishedAt: publications.publishedAt,
      updatedAt: publications.updatedAt,
      claimQuote: claims.quote,
      article: {
        id: articles.id,
        title: articles.title,
        url: articles.url,
        publisher: articles.publisher,
        author: articles.author,
        publishedAt: articles.publishedAt,
      },
      newsroom: { name: newsrooms.name, url: newsrooms.url, slug: newsrooms.slug },
    })
    .from(publications)
    .innerJoin(claims, eq(claims.id, publications.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(newsrooms, eq(newsrooms.id, publications.newsroomId))
    .where(and(eq(publications.slug, slug), isPublic));
  return row ?? null;
}

export type PublishedVerdict = NonNullable<Awaited<ReturnType<typeof getPublishedVerdict>>>;

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
    .orderBy(asc(claims.spanStart));
  const annotated = rows
    .filter((row) => row.checkworthy && row.status !== "dismissed")
    .map((row) => {
      const rated = row.slug !== null && row.unpublishedAt === null && PUBLIC_STATUSES.includes(row.status);
      return {
        id: row.id,
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
