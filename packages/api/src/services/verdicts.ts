import {
  articles,
  claims,
  type Database,
  externalReviews,
  newsrooms,
  ratingLabels,
  users,
  verdicts,
} from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../actor";
import type { TSaveVerdict } from "../schemas";
import { allowedActions } from "../workflow/lifecycle";
import { recordAudit } from "./audit";
import { activeAssignment, assertCanWorkOn, type ClaimRow, loadClaim, transitionClaim } from "./claims";
import { notify } from "./notifications";
import { getPublicationState, publishApproved } from "./publications";
import { getRatingLabel, listRatingLabels } from "./rating-scale";
import { loadSources, loadVerdict, replaceSources, staleVersion, type VerdictRow } from "./verdict-rows";

/**
 * Everything the claim workspace shows: the claim in context, its assignment, its verdict and the
 * other fact-checkers' verdicts imported on it.
 */
export async function getClaimWorkspace(db: Database, actor: Actor, claimId: string) {
  const claim = await loadClaim(db, actor.newsroomId, claimId);
  await assertCanWorkOn(db, actor, claimId);
  const [article] = await db
    .select({ id: articles.id, title: articles.title, body: articles.body, url: articles.url })
    .from(articles)
    .where(eq(articles.id, claim.articleId));
  const assignment = await activeAssignment(db, claimId);
  const [assignee] = assignment
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, assignment.assigneeId))
    : [];
  const verdict = await loadVerdict(db, claimId);
  const publication = await getPublicationState(db, claimId);
  return {
    claim,
    article: article ?? null,
    assignment: assignment
      ? { assigneeId: assignment.assigneeId, assigneeName: assignee?.name ?? null, dueAt: assignment.dueAt }
      : null,
    verdict: verdict ? { ...verdict, sources: await loadSources(db, verdict.id) } : null,
    ratingLabels: await listRatingLabels(db, actor.newsroomId),
    actions: allowedActions(claim.status, actor.role),
    isAssignedToMe: assignment?.assigneeId === actor.userId,
    publication,
    externalReviews: await db
      .select({
        id: externalReviews.id,
        publisherName: externalReviews.publisherName,
        reviewUrl: externalReviews.reviewUrl,
        ratingLabel: externalReviews.ratingLabel,
        reviewPublishedAt: externalReviews.reviewPublishedAt,
      })
      .from(externalReviews)
      .where(and(eq(externalReviews.claimId, claim.id), eq(externalReviews.newsroomId, actor.newsroomId))),
  };
}

/** Only the assigned checker edits, and only while the claim is theirs to work on. */
async function assertAssignedWriter(db: Database, actor: Actor, claim: ClaimRow): Promise<void> {
  const assignment = await activeAssignment(db, claim.id);
  if (assignment?.assigneeId !== actor.userId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the assigned fact-checker can edit this verdict.",
    });
  }
}

/**
 * Saves a draft. The save names the version it edited; if someone saved since, it fails with
 * CONFLICT and changes nothing, so no one's work is overwritten silently.
 */
export async function saveVerdictDraft(db: Database, actor: Actor, input: TSaveVerdict) {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, input.claimId, true);
    await assertAssignedWriter(tx, actor, claim);
    if (!["assigned", "in_progress", "changes_requested"].includes(claim.status)) {
      throw new TRPCError({
        code: "PRECONDITION_FAILED",
        message: `The verdict can't be edited while the claim is "${claim.status.replaceAll("_", " ")}".`,
      });
    }
    if (input.ratingLabelId) {
      const label = await getRatingLabel(tx, actor.newsroomId, input.ratingLabelId);
      if (!label || label.retired) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Choose a rating from the newsroom's scale." });
      }
    }
    const current = await loadVerdict(tx, claim.id);
    const fields = {
      ratingLabelId: input.ratingLabelId,
      summary: input.summary,
      explanation: input.explanation,
      updatedAt: new Date(),
    };
    let saved: VerdictRow | undefined;
    if (!current) {
      if (input.expectedVersion !== null) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "This verdict no longer exists; reload the claim.",
        });
      }
      [saved] = await tx
        .insert(verdicts)
        .values({ ...fields, newsroomId: actor.newsroomId, claimId: claim.id, authorId: actor.userId })
        .returning();
    } else {
      if (input.expectedVersion !== current.version) throw staleVersion(current);
      [saved] = await tx
        .update(verdicts)
        .set({ ...fields, authorId: actor.userId, version: current.version + 1 })
        .where(and(eq(verdicts.id, current.id), eq(verdicts.version, current.version)))
        .returning();
    }
    if (!saved) throw current ? staleVersion(current) : new Error("Verdict insert returned no row");
    await replaceSources(tx, saved.id, input.sources);
    if (claim.status === "assigned") await transitionClaim(tx, actor, claim, "start_work");
    await recordAudit(tx, actor, {
      action: "verdict.save",
      entityType: "verdict",
      entityId: saved.id,
      before: current
        ? { version: current.version, ratingLabelId: current.ratingLabelId, summary: current.summary }
        : null,
      after: { version: saved.version, ratingLabelId: saved.ratingLabelId, summary: saved.summary },
    });
    return { version: saved.version, status: saved.status };
  });
}

/** Hands the verdict to the editors. It must be complete: rating, summary and at least one source. */
export async function submitVerdict(
  db: Database,
  actor: Actor,
  input: { claimId: string; expectedVersion: number },
) {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, input.claimId, true);
    await assertAssignedWriter(tx, actor, claim);
    const verdict = await loadVerdict(tx, claim.id);
    if (!verdict)
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Save a draft verdict first." });
    if (verdict.version !== input.expectedVersion) throw staleVersion(verdict);
    const missing = [
      verdict.ratingLabelId ? null : "a rating",
      verdict.summary ? null : "a summary",
      (await loadSources(tx, verdict.id)).length > 0 ? null : "at least one source",
    ].filter((item): item is string => item !== null);
    if (missing.length > 0) {
      throw new TRPCError({
        code: "PRECONDITION_FAILED",
        message: `Before submitting, add ${missing.join(", ")}.`,
      });
    }
    await transitionClaim(tx, actor, claim, "submit", { verdictVersion: verdict.version });
    await tx
      .update(verdicts)
      .set({ status: "submitted", version: verdict.version + 1, updatedAt: new Date() })
      .where(eq(verdicts.id, verdict.id));
    return { version: verdict.version + 1 };
  });
}

/** Submitted verdicts waiting for an editor, oldest first. */
export async function listSubmittedVerdicts(db: Database, actor: Actor) {
  return db
    .select({
      claimId: claims.id,
      claimText: claims.text,
      speaker: claims.speaker,
      articleId: articles.id,
      articleTitle: articles.title,
      rating: ratingLabels.label,
      summary: verdicts.summary,
      version: verdicts.version,
      authorName: users.name,
      authorId: verdicts.authorId,
      submittedAt: verdicts.updatedAt,
    })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(users, eq(users.id, verdicts.authorId))
    .leftJoin(ratingLabels, eq(ratingLabels.id, verdicts.ratingLabelId))
    .where(and(eq(verdicts.newsroomId, actor.newsroomId), eq(claims.status, "submitted")))
    .orderBy(asc(verdicts.updatedAt));
}

async function loadForReview(
  db: Database,
  actor: Actor,
  input: { claimId: string; expectedVersion: number },
) {
  const claim = await loadClaim(db, actor.newsroomId, input.claimId, true);
  const verdict = await loadVerdict(db, claim.id);
  if (!verdict)
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: "This claim has no verdict yet." });
  if (verdict.version !== input.expectedVersion) throw staleVersion(verdict);
  return { claim, verdict };
}

export async function requestVerdictChanges(
  db: Database,
  actor: Actor,
  input: { claimId: string; expectedVersion: number; comment: string },
) {
  return db.transaction(async (tx) => {
    const { claim, verdict } = await loadForReview(tx, actor, input);
    await transitionClaim(tx, actor, claim, "request_changes", { comment: input.comment });
    await notify(tx, actor, {
      recipientId: verdict.authorId,
      kind: "sent_back",
      claimId: claim.id,
      message: `Sent back: ${input.comment.slice(0, 140)}`,
    });
    await tx
      .update(verdicts)
      .set({
        status: "changes_requested",
        reviewComment: input.comment,
        reviewedById: actor.userId,
        version: verdict.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(verdicts.id, verdict.id));
    return { version: verdict.version + 1 };
  });
}

/** Approves a submitted verdict and, when asked, publishes it in the same transaction. */
export async function approveVerdict(
  db: Database,
  actor: Actor,
  input: { claimId: string; expectedVersion: number; publish: boolean },
) {
  return db.transaction(async (tx) => {
    const { claim, verdict } = await loadForReview(tx, actor, input);
    const [newsroom] = await tx.select().from(newsrooms).where(eq(newsrooms.id, actor.newsroomId));
    if (newsroom?.requireSecondApprover && verdict.authorId === actor.userId) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You wrote this verdict; another editor must approve it (two-person rule).",
      });
    }
    const status = await transitionClaim(tx, actor, claim, "approve", { verdictVersion: verdict.version });
    await notify(tx, actor, {
      recipientId: verdict.authorId,
      kind: "approved",
      claimId: claim.id,
      message: `Your verdict was approved: “${claim.text.slice(0, 100)}”`,
    });
    await tx
      .update(verdicts)
      .set({ status: "approved", reviewedById: actor.userId, reviewComment: null, updatedAt: new Date() })
      .where(eq(verdicts.id, verdict.id));
    if (!input.publish) return { status, slug: null, publicChange: null };
    const publicChange = await publishApproved(tx, actor, { ...claim, status }, verdict);
    return { status: "published" as const, slug: publicChange.slug, publicChange };
  });
}
