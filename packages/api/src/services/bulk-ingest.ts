import { articles, type Database, type IngestDocument, ingestBatches, ingestItems } from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../actor";
import { createArticle } from "./articles";
import { recordAudit } from "./audit";
import { fetchOptionsFromEnv, ingestFromUrl } from "./ingest";

export const MAX_BATCH_ITEMS = 1000;
/** One try plus the queue's retries. */
export const MAX_ATTEMPTS = 4;

export type BulkItem = { url: string; document?: undefined } | { url?: undefined; document: IngestDocument };

const ZDocumentLine = z.object({
  title: z.string().trim().min(1, "title is missing"),
  body: z.string().min(20, "body is missing or too short"),
  url: z.url().nullish(),
  publisher: z.string().nullish(),
  published_at: z.string().nullish(),
});

/**
 * Reads a pasted or uploaded list: one URL per line (plain text or CSV, the first http(s) address
 * on the line counts), or JSON Lines of {title, body, url, publisher, published_at}. Bad lines are
 * reported by number; the rest still go through.
 */
export function parseBulkInput(text: string): { items: BulkItem[]; problems: string[] } {
  const items: BulkItem[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (!line || line.startsWith("#")) return;
    if (line.startsWith("{")) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        problems.push(`Line ${number}: not valid JSON.`);
        return;
      }
      const result = ZDocumentLine.safeParse(parsed);
      if (!result.success) {
        problems.push(`Line ${number}: ${result.error.issues.map((issue) => issue.message).join("; ")}.`);
        return;
      }
      const { published_at: publishedAt, ...document } = result.data;
      items.push({ document: { ...document, publishedAt: publishedAt ?? null } });
      return;
    }
    const url = /https?:\/\/[^\s,;"'<>]+/i.exec(line)?.[0];
    if (url) items.push({ url });
    else if (index > 0 || !/url/i.test(line))
      problems.push(`Line ${number}: no http(s) address or JSON article.`);
  });
  return { items, problems };
}

export async function createIngestBatch(
  db: Database,
  actor: Actor,
  input: { label: string; items: BulkItem[] },
) {
  if (input.items.length === 0)
    throw new TRPCError({ code: "BAD_REQUEST", message: "The list has no articles in it." });
  if (input.items.length > MAX_BATCH_ITEMS) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `A batch takes at most ${MAX_BATCH_ITEMS} articles.`,
    });
  }
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(ingestBatches)
      .values({ newsroomId: actor.newsroomId, createdById: actor.userId, label: input.label })
      .returning({ id: ingestBatches.id });
    if (!batch) throw new Error("Batch insert returned no row");
    const rows = await tx
      .insert(ingestItems)
      .values(
        input.items.map((item, position) => ({
          batchId: batch.id,
          newsroomId: actor.newsroomId,
          position,
          url: item.url ?? item.document?.url ?? null,
          document: item.document ?? null,
        })),
      )
      .returning({ id: ingestItems.id });
    await recordAudit(tx, actor, {
      action: "ingest.batch",
      entityType: "article",
      entityId: batch.id,
      after: { items: rows.length, label: input.label },
    });
    return { batchId: batch.id, itemIds: rows.map((row) => row.id) };
  });
}

export async function listIngestBatches(db: Database, actor: Actor) {
  return db
    .select({
      id: ingestBatches.id,
      label: ingestBatches.label,
      createdAt: ingestBatches.createdAt,
      total: sql<number>`count(${ingestItems.id})::int`,
      done: sql<number>`count(${ingestItems.id}) filter (where ${ingestItems.status} = 'done')::int`,
      failed: sql<number>`count(${ingestItems.id}) filter (where ${ingestItems.status} = 'failed')::int`,
    })
    .from(ingestBatches)
    .leftJoin(ingestItems, eq(ingestItems.batchId, ingestBatches.id))
    .where(eq(ingestBatches.newsroomId, actor.newsroomId))
    .groupBy(ingestBatches.id)
    .orderBy(desc(ingestBatches.createdAt))
    .limit(50);
}

/** Counts per state and every item with its outcome, for the progress view. */
export async function getBatchProgress(db: Database, actor: Actor, batchId: string) {
  const [batch] = await db
    .select()
    .from(ingestBatches)
    .where(and(eq(ingestBatches.id, batchId), eq(ingestBatches.newsroomId, actor.newsroomId)));
  if (!batch) throw new TRPCError({ code: "NOT_FOUND", message: "Batch not found." });
  const items = await db
    .select({
      id: ingestItems.id,
      position: ingestItems.position,
      url: ingestItems.url,
      title: sql<string | null>`${ingestItems.document}->>'title'`,
      status: ingestItems.status,
      attempts: ingestItems.attempts,
      error: ingestItems.error,
      articleId: ingestItems.articleId,
      articleTitle: articles.title,
      duplicate: ingestItems.duplicate,
    })
    .from(ingestItems)
    .leftJoin(articles, eq(articles.id, ingestItems.articleId))
    .where(eq(ingestItems.batchId, batch.id))
    .orderBy(asc(ingestItems.position));
  const counts = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const item of items) counts[item.status]++;
  return {
    batch: { id: batch.id, label: batch.label, createdAt: batch.createdAt },
    counts,
    total: items.length,
    items,
  };
}

/** Puts a batch's failed items back in the queue; returns their ids to enqueue. */
export async function requeueFailedItems(db: Database, actor: Actor, batchId: string): Promise<string[]> {
  const rows = await db
    .update(ingestItems)
    .set({ status: "queued", attempts: 0, error: null, updatedAt: new Date() })
    .where(
      and(
        eq(ingestItems.batchId, batchId),
        eq(ingestItems.newsroomId, actor.newsroomId),
        eq(ingestItems.status, "failed"),
      ),
    )
    .returning({ id: ingestItems.id });
  return rows.map((row) => row.id);
}

/** Items queued but with no live job (e.g. after a crash between commit and enqueue). */
export async function queuedItemIds(db: Database): Promise<string[]> {
  const rows = await db
    .select({ id: ingestItems.id })
    .from(ingestItems)
    .where(inArray(ingestItems.status, ["queued", "running"]));
  return rows.map((row) => row.id);
}

class PermanentFailure extends Error {}

/**
 * The background job for one item. Safe to run twice: the article and its claims are written in
 * one transaction, and a second run finds the article (same URL or text) and links it.
 * Returns normally for outcomes that retrying can't change; throws for ones worth retrying.
 */
export async function processIngestItem(db: Database, itemId: string): Promise<void> {
  const [claimed] = await db
    .update(ingestItems)
    .set({ status: "running", attempts: sql`${ingestItems.attempts} + 1`, updatedAt: new Date() })
    .where(and(eq(ingestItems.id, itemId), inArray(ingestItems.status, ["queued", "running"])))
    .returning();
  if (!claimed) return; // done, failed for good, or deleted
  const [batch] = await db.select().from(ingestBatches).where(eq(ingestBatches.id, claimed.batchId));
  try {
    if (!batch?.createdById)
      throw new PermanentFailure("The person who started this batch no longer exists.");
    const actor: Actor = { userId: batch.createdById, newsroomId: claimed.newsroomId, role: "editor" };
    const result = claimed.document
      ? await createArticle(db, actor, {
          title: claimed.document.title,
          body: claimed.document.body,
          url: claimed.document.url ?? null,
          publisher: claimed.document.publisher ?? null,
          publishedAt: claimed.document.publishedAt ? new Date(claimed.document.publishedAt) : null,
        })
      : await ingestFromUrl(db, actor, claimed.url ?? "", fetchOptionsFromEnv());
    await db
      .update(ingestItems)
      .set({
        status: "done",
        articleId: result.articleId,
        duplicate: result.status !== "created",
        error:
          result.status === "changed"
            ? "The page changed since the newsroom imported it: open the article to update it to the new version."
            : null,
        updatedAt: new Date(),
      })
      .where(eq(ingestItems.id, claimed.id));
  } catch (error) {
    const permanent =
      error instanceof PermanentFailure || (error instanceof TRPCError && error.code === "BAD_REQUEST");
    const message = error instanceof Error ? error.message : String(error);
    const giveUp = permanent || claimed.attempts >= MAX_ATTEMPTS;
    await db
      .update(ingestItems)
      .set({ status: giveUp ? "failed" : "queued", error: message, updatedAt: new Date() })
      .where(eq(ingestItems.id, claimed.id));
    if (!giveUp) throw error;
  }
}
