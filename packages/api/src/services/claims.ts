import {
  articles,
  assignments,
  claims,
  type Database,
  externalReviews,
  memberships,
  publications,
  users,
  verdicts,
} from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Actor } from "../actor";
import { hasPermission } from "../authz/permissions";
import type { PublicChange } from "../context";
import { allowedActions, type ClaimAction, type ClaimStatus, nextStatus } from "../workflow/lifecycle";
import { recordAudit } from "./audit";
import { notify } from "./notifications";

export type ClaimRow = typeof claims.$inferSelect;

/** A claim of the actor's newsroom, locked for update when inside a transaction; 404 otherwise. */
export async function loadClaim(
  db: Database,
  newsroomId: string,
  claimId: string,
  lock = false,
): Promise<ClaimRow> {
  const query = db
    .select()
    .from(claims)
    .where(and(eq(claims.id, claimId), eq(claims.newsroomId, newsroomId)));
  const [claim] = lock ? await query.for("update") : await query;
  if (!claim) throw new TRPCError({ code: "NOT_FOUND", message: "Claim not found." });
  return claim;
}

export async function activeAssignment(db: Database, claimId: string) {
  const [assignment] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.claimId, claimId), isNull(assignments.endedAt)));
  return assignment ?? null;
}

/** Editors see every claim; everyone else only claims assigned to them. */
export async function assertCanWorkOn(db: Database, actor: Actor, claimId: string): Promise<void> {
  if (hasPermission(actor.role, "claim.assign")) return;
  const assignment = await activeAssignment(db, claimId);
  if (assignment?.assigneeId !== actor.userId) {
    throw new TRPCError({ code: "FORBIDDEN", message: "This claim is not assigned to you." });
  }
}

/** Applies one lifecycle action: checks the table, updates the status and records the change. */
export async function transitionClaim(
  db: Database,
  actor: Actor,
  claim: ClaimRow,
  action: ClaimAction,
  details?: Record<string, unknown>,
): Promise<ClaimStatus> {
  const status = nextStatus(claim.status, action, actor.role);
  if (status !== claim.status) {
    await db.update(claims).set({ status, updatedAt: new Date() }).where(eq(claims.id, claim.id));
  }
  await recordAudit(db, actor, {
    action: `claim.${action}`,
    entityType: "claim",
    entityId: claim.id,
    before: { status: claim.status },
    after: { status, ...details },
  });
  return status;
}

export async function changeClaimStatus(
  db: Database,
  actor: Actor,
  claimId: string,
  action: Extract<ClaimAction, "triage" | "dismiss" | "restore">,
) {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, claimId, true);
    const status = await transitionClaim(tx, actor, claim, action);
    // Readers see another fact-checker's review of this claim unless it is dismissed.
    const [imported] = await tx
      .select({ speaker: externalReviews.claimAuthor })
      .from(externalReviews)
      .where(eq(externalReviews.claimId, claim.id));
    const visibilityChanged = (status === "dismissed") !== (claim.status === "dismissed");
    const publicChange: PublicChange | null =
      imported && visibilityChanged
        ? { kind: "external-reviews", speakers: imported.speaker ? [imported.speaker] : [] }
        : null;
    return { status, publicChange };
  });
}

/** Claims of one article in reading order, with who works on them and how far they got. */
export async function listArticleClaims(db: Database, actor: Actor, articleId: string) {
  const rows = await db
    .select({
      id: claims.id,
      text: claims.text,
      quote: claims.quote,
      field: claims.field,
      spanStart: claims.spanStart,
      spanEnd: claims.spanEnd,
      spans: claims.spans,
      speaker: claims.speaker,
      reportedBy: claims.reportedBy,
      parentKey: claims.parentKey,
      score: claims.score,
      checkworthy: claims.checkworthy,
      status: claims.status,
      tags: claims.tags,
      detachedAt: claims.detachedAt,
      assigneeId: assignments.assigneeId,
      assigneeName: users.name,
      dueAt: assignments.dueAt,
      verdictStatus: verdicts.status,
      publicationSlug: publications.slug,
    })
    .from(claims)
    .leftJoin(assignments, and(eq(assignments.claimId, claims.id), isNull(assignments.endedAt)))
    .leftJoin(users, eq(users.id, assignments.assigneeId))
    .leftJoin(verdicts, eq(verdicts.claimId, claims.id))
    .leftJoin(publications, eq(publications.claimId, claims.id))
    .where(and(eq(claims.articleId, articleId), eq(claims.newsroomId, actor.newsroomId)))
    // The headline's own claim first ('title' sorts after 'body'), then the text in reading order.
    .orderBy(desc(claims.field), asc(claims.spanStart), asc(claims.spanEnd));
  return rows.map((row) => ({ ...row, actions: allowedActions(row.status, actor.role) }));
}

export interface AssignInput {
  claimIds: string[];
  assigneeId: string;
  dueAt: Date | null;
}

/** Assigns (or reassigns) claims in one transaction; ends any previous assignment. */
export async function assignClaims(db: Database, actor: Actor, input: AssignInput): Promise<number> {
  return db.transaction(async (tx) => {
    const [assignee] = await tx
      .select({ userId: memberships.userId, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.userId, input.assigneeId), eq(memberships.newsroomId, actor.newsroomId)));
    if (!assignee) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "The assignee is not a member of this newsroom." });
    }
    for (const claimId of input.claimIds) {
      const claim = await loadClaim(tx, actor.newsroomId, claimId, true);
      const current = await activeAssignment(tx, claimId);
      const action = current ? "reassign" : "assign";
      if (current) {
        await tx.update(assignments).set({ endedAt: new Date() }).where(eq(assignments.id, current.id));
      }
      const [assignment] = await tx
        .insert(assignments)
        .values({
          newsroomId: actor.newsroomId,
          claimId,
          assigneeId: assignee.userId,
          assignedById: actor.userId,
          dueAt: input.dueAt,
        })
        .returning({ id: assignments.id });
      await notify(tx, actor, {
        recipientId: assignee.userId,
        kind: "assigned",
        claimId,
        message: `New claim to check${input.dueAt ? ` by ${input.dueAt.toISOString().slice(0, 10)}` : ""}: “${claim.text.slice(0, 100)}”`,
      });
      await transitionClaim(tx, actor, claim, action, {
        assignmentId: assignment?.id,
        assigneeId: assignee.userId,
        previousAssigneeId: current?.assigneeId ?? null,
        dueAt: input.dueAt?.toISOString() ?? null,
      });
    }
    return input.claimIds.length;
  });
}

/** Open claims assigned to the actor, soonest due first. */
export async function listMyQueue(db: Database, actor: Actor) {
  return db
    .select({
      claimId: claims.id,
      text: claims.text,
      speaker: claims.speaker,
      status: claims.status,
      dueAt: assignments.dueAt,
      assignedAt: assignments.createdAt,
      articleId: articles.id,
      articleTitle: articles.title,
      verdictStatus: verdicts.status,
      reviewComment: verdicts.reviewComment,
    })
    .from(assignments)
    .innerJoin(claims, eq(claims.id, assignments.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(verdicts, eq(verdicts.claimId, claims.id))
    .where(
      and(
        eq(assignments.assigneeId, actor.userId),
        eq(assignments.newsroomId, actor.newsroomId),
        isNull(assignments.endedAt),
        inArray(claims.status, ["assigned", "in_progress", "changes_requested", "submitted"]),
      ),
    )
    .orderBy(sql`${assignments.dueAt} asc nulls last`, asc(assignments.createdAt));
}
