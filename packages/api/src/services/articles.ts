import { createHash } from "node:crypto";
import { type ExtractedClaim, extractClaims } from "@claimdesk/claims";
import { articles, claims, type Database, users } from "@claimdesk/db";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Actor } from "../actor";
import { recordAudit } from "./audit";

export interface NewArticle {
  title: string;
  body: string;
  url?: string | null;
  publisher?: string | null;
  author?: string | null;
  publishedAt?: Date | null;
  language?: string | null;
}

/** Same text, differently wrapped or indented, is the same article. */
export function contentHash(body: string): string {
  return createHash("sha256").update(body.replace(/\s+/g, " ").trim()).digest("hex");
}

export type CreateArticleResult =
  | { status: "created"; articleId: string; claimCount: number }
  | { status: "duplicate"; articleId: string }
  /** The same article (by URL) is stored with different text: offer its new version. */
  | { status: "changed"; articleId: string };

/** Stores the article and its extracted claims in one transaction, or points at the existing copy. */
export async function createArticle(
  db: Database,
  actor: Actor,
  input: NewArticle,
): Promise<CreateArticleResult> {
  const hash = contentHash(input.body);
  const existing = await findArticleByHash(db, actor.newsroomId, hash);
  if (existing) return { status: "duplicate", articleId: existing };

  // Body claims, and a claim only the headline makes (`field: "title"`, its span into the title).
  const extracted = extractClaims({ title: input.title, body: input.body });
  return db.transaction(async (tx) => {
    const [article] = await tx
      .insert(articles)
      .values({
        newsroomId: actor.newsroomId,
        title: input.title,
        body: input.body,
        url: input.url ?? null,
        publisher: input.publisher ?? null,
        author: input.author ?? null,
        publishedAt: input.publishedAt ?? null,
        language: input.language ?? null,
        contentHash: hash,
        createdById: actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: articles.id });
    if (!article) {
      // Lost a race with an identical submission: link to the winner.
      const winner = await findArticleByHash(tx, actor.newsroomId, hash);
      if (winner) return { status: "duplicate" as const, articleId: winner };
      throw new Error("Article insert returned no row");
    }
    await insertExtractedClaims(tx, actor.newsroomId, article.id, extracted);
    await recordAudit(tx, actor, {
      action: "article.create",
      entityType: "article",
      entityId: article.id,
      after: { title: input.title, url: input.url ?? null, claimCount: extracted.length },
    });
    return { status: "created" as const, articleId: article.id, claimCount: extracted.length };
  });
}

/** Stores the engine's claims for an article (inside the caller's transaction). */
export async function insertExtractedClaims(
  db: Database,
  newsroomId: string,
  articleId: string,
  extracted: ExtractedClaim[],
): Promise<void> {
  if (extracted.length === 0) return;
  await db.insert(claims).values(
    extracted.map((claim) => ({
      newsroomId,
      articleId,
      field: claim.field,
      spanStart: claim.start,
      spanEnd: claim.end,
      spans: claim.spans,
      quote: claim.quote,
      text: claim.text,
      speaker: claim.speaker,
      reportedBy: claim.reportedBy,
      parentKey: claim.parentId,
      score: claim.score,
      checkworthy: claim.checkworthy,
    })),
  );
}

async function findArticleByHash(db: Database, newsroomId: string, hash: string): Promise<string | null> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.newsroomId, newsroomId), eq(articles.contentHash, hash)));
  return row?.id ?? null;
}

export async function listArticles(
  db: Database,
  newsroomId: string,
  options: { limit: number; offset: number },
) {
  return db
    .select({
      id: articles.id,
      title: articles.title,
      publisher: articles.publisher,
      url: articles.url,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      createdBy: users.name,
      claimCount: sql<number>`(select count(*)::int from ${claims} where ${claims.articleId} = ${articles.id})`,
      openClaimCount: sql<number>`(select count(*)::int from ${claims} where ${claims.articleId} = ${articles.id} and ${claims.status} not in ('dismissed', 'published', 'corrected', 'unpublished'))`,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.createdById))
    .where(eq(articles.newsroomId, newsroomId))
    .orderBy(desc(articles.createdAt))
    .limit(options.limit)
    .offset(options.offset);
}

export async function getArticle(db: Database, newsroomId: string, articleId: string) {
  const [article] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.id, articleId), eq(articles.newsroomId, newsroomId)));
  return article ?? null;
}
