import { articleRevisions, articles, type Database } from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../actor";
import { contentHash, type NewArticle } from "./articles";
import { recordAudit } from "./audit";
import { reextractClaims } from "./claim-editing";

/**
 * Makes a changed copy of an article its current text. The old text is kept as a revision; claims
 * with work on them follow their quote into the new text (or are marked detached if it's gone);
 * the rest are extracted again.
 */
export async function applyNewArticleVersion(
  db: Database,
  actor: Actor,
  articleId: string,
  next: NewArticle,
) {
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select()
      .from(articles)
      .where(and(eq(articles.id, articleId), eq(articles.newsroomId, actor.newsroomId)))
      .for("update");
    if (!article) throw new TRPCError({ code: "NOT_FOUND", message: "Article not found." });
    const hash = contentHash(next.body);
    if (hash === article.contentHash) return { status: "unchanged" as const, version: article.version };
    const [clash] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.newsroomId, actor.newsroomId), eq(articles.contentHash, hash)));
    if (clash) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "The newsroom already has another article with this exact text.",
      });
    }
    await tx.insert(articleRevisions).values({
      articleId: article.id,
      version: article.version,
      title: article.title,
      body: article.body,
      contentHash: article.contentHash,
      replacedById: actor.userId,
    });
    const version = article.version + 1;
    const title = next.title.slice(0, 500) || article.title;
    await tx
      .update(articles)
      .set({
        title,
        body: next.body,
        contentHash: hash,
        version,
        publisher: next.publisher ?? article.publisher,
        author: next.author ?? article.author,
        publishedAt: next.publishedAt ?? article.publishedAt,
        language: next.language ?? article.language,
      })
      .where(eq(articles.id, article.id));
    const claimsResult = await reextractClaims(tx, actor, { id: article.id, title, body: next.body });
    await recordAudit(tx, actor, {
      action: "article.new_version",
      entityType: "article",
      entityId: article.id,
      before: { version: article.version, contentHash: article.contentHash },
      after: { version, contentHash: hash, ...claimsResult },
    });
    return { status: "updated" as const, version, ...claimsResult };
  });
}
