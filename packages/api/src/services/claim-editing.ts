import { type ArticleField, extractClaims } from "@claimdesk/claims";
import {
  articles,
  assignments,
  claims,
  comments,
  type Database,
  externalReviews,
  verdicts,
} from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { and, asc, eq, inArray, notInArray, or } from "drizzle-orm";
import type { Actor } from "../actor";
import { insertExtractedClaims } from "./articles";
import { recordAudit } from "./audit";
import { type ClaimRow, loadClaim } from "./claims";

/** Claims nobody has worked on yet: safe to merge, split or replace by a re-split. */
export const UNTOUCHED = ["new", "triaged"] as const;

function assertUntouched(claim: ClaimRow, what: string) {
  if (!(UNTOUCHED as readonly string[]).includes(claim.status)) {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: `Only new or triaged claims can be ${what}; this one is "${claim.status.replaceAll("_", " ")}".`,
    });
  }
}

export async function updateClaim(
  db: Database,
  actor: Actor,
  input: { claimId: string; text: string; speaker: string | null; tags: string[] },
) {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, input.claimId, true);
    const fields = { text: input.text, speaker: input.speaker, tags: input.tags };
    await tx
      .update(claims)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(claims.id, claim.id));
    await recordAudit(tx, actor, {
      action: "claim.edit",
      entityType: "claim",
      entityId: claim.id,
      before: { text: claim.text, speaker: claim.speaker, tags: claim.tags },
      after: fields,
    });
  });
}

/** Shrinks `[start, end)` so it neither starts nor ends with whitespace. */
function trimSpan(body: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(body[from] ?? "")) from++;
  while (to > from && /\s/.test(body[to - 1] ?? "")) to--;
  return { start: from, end: to };
}

/** The text a claim's span points into: the article body, or its title for a headline claim. */
async function spanSource(db: Database, articleId: string, field: ArticleField): Promise<string> {
  const [article] = await db
    .select({ body: articles.body, title: articles.title })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!article) throw new TRPCError({ code: "NOT_FOUND", message: "Article not found." });
  return field === "title" ? article.title : article.body;
}

/** A span as the engine writes it: `field` only for the title. */
function spanIn(field: ArticleField, span: { start: number; end: number }) {
  return field === "title" ? { ...span, field } : span;
}

/**
 * Merges claims of one article into the first of them: its span covers all of theirs and its text
 * joins theirs. The merged-away claims are removed; the audit event keeps them in full.
 */
export async function mergeClaims(db: Database, actor: Actor, claimIds: string[]) {
  return db.transaction(async (tx) => {
    const rows: ClaimRow[] = [];
    for (const id of claimIds) rows.push(await loadClaim(tx, actor.newsroomId, id, true));
    rows.sort((a, b) => a.spanStart - b.spanStart);
    const [first, ...rest] = rows;
    if (!first || rest.length === 0)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Select at least two claims." });
    if (rows.some((row) => row.articleId !== first.articleId)) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Only claims from the same article can be merged.",
      });
    }
    for (const row of rows) assertUntouched(row, "merged");
    if (rows.some((row) => row.field !== first.field)) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "A headline claim can't be merged with claims from the article text.",
      });
    }
    const source = await spanSource(tx, first.articleId, first.field);
    const start = Math.min(...rows.map((row) => row.spanStart));
    const end = Math.max(...rows.map((row) => row.spanEnd));
    const merged = {
      spanStart: start,
      spanEnd: end,
      quote: source.slice(start, end),
      text: rows.map((row) => row.text).join(" "),
      spans: [spanIn(first.field, { start, end })],
      score: Math.max(...rows.map((row) => row.score)),
      checkworthy: rows.some((row) => row.checkworthy),
      parentKey: null,
      updatedAt: new Date(),
    };
    await tx.update(claims).set(merged).where(eq(claims.id, first.id));
    await tx.delete(claims).where(
      inArray(
        claims.id,
        rest.map((row) => row.id),
      ),
    );
    await recordAudit(tx, actor, {
      action: "claim.merge",
      entityType: "claim",
      entityId: first.id,
      before: { claims: rows },
      after: { text: merged.text, spanStart: start, spanEnd: end },
    });
    return { claimId: first.id };
  });
}

/** Splits a claim in two at an offset inside its quote; both halves keep the speaker and score. */
export async function splitClaim(db: Database, actor: Actor, input: { claimId: string; at: number }) {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, input.claimId, true);
    assertUntouched(claim, "split");
    const source = await spanSource(tx, claim.articleId, claim.field);
    const cut = claim.spanStart + input.at;
    const left = trimSpan(source, claim.spanStart, cut);
    const right = trimSpan(source, cut, claim.spanEnd);
    if (input.at <= 0 || cut >= claim.spanEnd || left.end <= left.start || right.end <= right.start) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Split inside the claim's text, leaving words on both sides.",
      });
    }
    const part = (span: { start: number; end: number }) => ({
      spanStart: span.start,
      spanEnd: span.end,
      quote: source.slice(span.start, span.end),
      text: source.slice(span.start, span.end),
      spans: [spanIn(claim.field, span)],
    });
    await tx
      .update(claims)
      .set({ ...part(left), updatedAt: new Date() })
      .where(eq(claims.id, claim.id));
    const [second] = await tx
      .insert(claims)
      .values({
        ...part(right),
        newsroomId: claim.newsroomId,
        articleId: claim.articleId,
        field: claim.field,
        speaker: claim.speaker,
        reportedBy: claim.reportedBy,
        parentKey: claim.parentKey,
        score: claim.score,
        checkworthy: claim.checkworthy,
        tags: claim.tags,
      })
      .returning({ id: claims.id });
    if (!second) throw new Error("Claim insert returned no row");
    await recordAudit(tx, actor, {
      action: "claim.split",
      entityType: "claim",
      entityId: claim.id,
      before: { text: claim.text, spanStart: claim.spanStart, spanEnd: claim.spanEnd },
      after: { first: left, second: { ...right, claimId: second.id } },
    });
    return { claimIds: [claim.id, second.id] };
  });
}

/**
 * Runs extraction again on an article. Claims with work on them (assigned, verdicts, comments, an
 * imported external verdict, or dismissed by an editor) are kept as they are; the untouched rest is replaced by the new result,
 * minus new claims that overlap a kept one.
 */
export async function resplitArticle(db: Database, actor: Actor, articleId: string) {
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select()
      .from(articles)
      .where(and(eq(articles.id, articleId), eq(articles.newsroomId, actor.newsroomId)));
    if (!article) throw new TRPCError({ code: "NOT_FOUND", message: "Article not found." });
    const result = await reextractClaims(tx, actor, article);
    await recordAudit(tx, actor, {
      action: "article.resplit",
      entityType: "article",
      entityId: article.id,
      after: result,
    });
    return result;
  });
}

/** The position of `quote` in `body` closest to where it used to be, or null if it's gone. */
export function relocateQuote(body: string, quote: string, previousStart: number): number | null {
  let best: number | null = null;
  for (let at = body.indexOf(quote); at !== -1; at = body.indexOf(quote, at + 1)) {
    if (best === null || Math.abs(at - previousStart) < Math.abs(best - previousStart)) best = at;
  }
  return best;
}

/**
 * Replaces an article's untouched claims with a fresh extraction of its current text (call inside a
 * transaction). Claims with work on them stay; if the text changed, each is moved to where its quote
 * now stands, or marked detached when the quote is gone — never deleted.
 */
export async function reextractClaims(
  tx: Database,
  actor: Actor,
  article: { id: string; title: string; body: string },
) {
  const existing = await tx
    .select()
    .from(claims)
    .where(eq(claims.articleId, article.id))
    .orderBy(asc(claims.spanStart));
  const worked = new Set(
    (
      await tx
        .select({ id: claims.id })
        .from(claims)
        .where(
          and(
            eq(claims.articleId, article.id),
            or(
              notInArray(claims.status, [...UNTOUCHED]),
              inArray(claims.id, tx.select({ id: assignments.claimId }).from(assignments)),
              inArray(claims.id, tx.select({ id: verdicts.claimId }).from(verdicts)),
              inArray(claims.id, tx.select({ id: comments.claimId }).from(comments)),
              // An imported ClaimReview's claim carries another publisher's verdict: never replace it.
              inArray(claims.id, tx.select({ id: externalReviews.claimId }).from(externalReviews)),
            ),
          ),
        )
    ).map((row) => row.id),
  );
  const attached: { field: ArticleField; start: number; end: number }[] = [];
  let detached = 0;
  for (const claim of existing.filter((row) => worked.has(row.id))) {
    // A headline claim follows its quote in the (possibly new) title, a body claim in the body.
    const source = claim.field === "title" ? article.title : article.body;
    if (source.slice(claim.spanStart, claim.spanEnd) === claim.quote) {
      attached.push({ field: claim.field, start: claim.spanStart, end: claim.spanEnd });
      continue;
    }
    const start = relocateQuote(source, claim.quote, claim.spanStart);
    if (start === null) {
      detached++;
      await tx
        .update(claims)
        .set({ detachedAt: new Date(), updatedAt: new Date() })
        .where(eq(claims.id, claim.id));
      continue;
    }
    const span = { start, end: start + claim.quote.length };
    attached.push({ field: claim.field, ...span });
    await tx
      .update(claims)
      .set({
        spanStart: span.start,
        spanEnd: span.end,
        spans: [spanIn(claim.field, span)],
        detachedAt: null,
        updatedAt: new Date(),
      })
      .where(eq(claims.id, claim.id));
  }
  const replaced = existing.filter((claim) => !worked.has(claim.id));
  const overlapsKept = (field: ArticleField, start: number, end: number) =>
    attached.some((span) => span.field === field && start < span.end && span.start < end);
  const fresh = extractClaims({ title: article.title, body: article.body }).filter(
    (claim) => !overlapsKept(claim.field, claim.start, claim.end),
  );
  if (replaced.length > 0)
    await tx.delete(claims).where(
      inArray(
        claims.id,
        replaced.map((claim) => claim.id),
      ),
    );
  await insertExtractedClaims(tx, actor.newsroomId, article.id, fresh);
  return { kept: worked.size - detached, detached, replaced: replaced.length, added: fresh.length };
}
