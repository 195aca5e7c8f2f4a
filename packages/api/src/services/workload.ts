import { articles, assignments, claims, type Database, memberships, users } from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Actor } from "../actor";
import { assignClaims } from "./claims";

/** Claims someone is still working on; submitted ones wait for an editor, not the checker. */
const OPEN_STATUSES = ["assigned", "in_progress", "changes_requested"] as const;
const DUE_SOON_MS = 48 * 3600 * 1000;

/** Per member: open claims, those due within 48 hours, and those overdue. */
export async function workloadByMember(db: Database, newsroomId: string, at = new Date()) {
  // Raw sql parameters go to the driver as-is, and postgres.js can't take a Date there.
  const now = sql`${at.toISOString()}::timestamptz`;
  const soon = sql`${new Date(at.getTime() + DUE_SOON_MS).toISOString()}::timestamptz`;
  return db
    .select({
      userId: users.id,
      name: users.name,
      role: memberships.role,
      expertise: memberships.expertise,
      open: sql<number>`count(${claims.id})::int`,
      dueSoon: sql<number>`count(${claims.id}) filter (where ${assignments.dueAt} >= ${now} and ${assignments.dueAt} < ${soon})::int`,
      overdue: sql<number>`count(${claims.id}) filter (where ${assignments.dueAt} < ${now})::int`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      assignments,
      and(
        eq(assignments.assigneeId, memberships.userId),
        eq(assignments.newsroomId, newsroomId),
        isNull(assignments.endedAt),
      ),
    )
    .leftJoin(claims, and(eq(claims.id, assignments.claimId), inArray(claims.status, [...OPEN_STATUSES])))
    .where(eq(memberships.newsroomId, newsroomId))
    .groupBy(users.id, users.name, memberships.role, memberships.expertise)
    .orderBy(asc(users.name));
}

export async function listOverdue(db: Database, newsroomId: string, now = new Date()) {
  return db
    .select({
      claimId: claims.id,
      text: claims.text,
      status: claims.status,
      dueAt: assignments.dueAt,
      assigneeId: assignments.assigneeId,
      assigneeName: users.name,
      articleTitle: articles.title,
    })
    .from(assignments)
    .innerJoin(claims, eq(claims.id, assignments.claimId))
    .innerJoin(users, eq(users.id, assignments.assigneeId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(
      and(
        eq(assignments.newsroomId, newsroomId),
        isNull(assignments.endedAt),
        lt(assignments.dueAt, now),
        inArray(claims.status, [...OPEN_STATUSES]),
      ),
    )
    .orderBy(asc(assignments.dueAt));
}

/**
 * Gives each claim to the fact-checker with the fewest open claims, preferring checkers whose
 * expertise matches the claim's tags. Ties go to the name first in alphabetical order, so the
 * result is predictable.
 */
export async function autoAssignClaims(
  db: Database,
  actor: Actor,
  input: { claimIds: string[]; dueAt: Date | null },
): Promise<{ claimId: string; assigneeId: string; assigneeName: string }[]> {
  const checkers = (await workloadByMember(db, actor.newsroomId)).filter(
    (member) => member.role === "fact_checker",
  );
  if (checkers.length === 0) {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: "The newsroom has no fact-checkers to assign to.",
    });
  }
  const claimRows = await db
    .select({ id: claims.id, tags: claims.tags })
    .from(claims)
    .where(and(eq(claims.newsroomId, actor.newsroomId), inArray(claims.id, input.claimIds)));
  if (claimRows.length !== input.claimIds.length)
    throw new TRPCError({ code: "NOT_FOUND", message: "Claim not found." });
  const load = new Map(checkers.map((checker) => [checker.userId, checker.open]));
  const plan: { claimId: string; assigneeId: string; assigneeName: string }[] = [];
  for (const claim of claimRows) {
    const experts = checkers.filter((checker) => checker.expertise.some((tag) => claim.tags.includes(tag)));
    const pool = experts.length > 0 ? experts : checkers;
    const chosen = [...pool].sort((a, b) => (load.get(a.userId) ?? 0) - (load.get(b.userId) ?? 0))[0];
    if (!chosen) continue;
    load.set(chosen.userId, (load.get(chosen.userId) ?? 0) + 1);
    plan.push({ claimId: claim.id, assigneeId: chosen.userId, assigneeName: chosen.name });
  }
  await db.transaction(async (tx) => {
    for (const item of plan) {
      await assignClaims(tx, actor, {
        claimIds: [item.claimId],
        assigneeId: item.assigneeId,
        dueAt: input.dueAt,
      });
    }
  });
  return plan;
}
