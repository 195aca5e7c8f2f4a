import { hashPassword } from "@claimdesk/auth/password";
import {
  type Database,
  memberships,
  newsrooms,
  publications,
  ratingLabels,
  users,
  verdicts,
} from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { and, asc, eq, max, ne, sql } from "drizzle-orm";
import type { Actor } from "../actor";
import type { Role } from "../authz/permissions";
import type { TAddMember, TRatingLabelInput } from "../schemas";
import { recordAudit } from "./audit";

export async function getNewsroomSettings(db: Database, newsroomId: string) {
  const [newsroom] = await db.select().from(newsrooms).where(eq(newsrooms.id, newsroomId));
  if (!newsroom) throw new TRPCError({ code: "NOT_FOUND", message: "Newsroom not found." });
  return {
    name: newsroom.name,
    url: newsroom.url,
    slug: newsroom.slug,
    requireSecondApprover: newsroom.requireSecondApprover,
  };
}

export async function updateNewsroomSettings(
  db: Database,
  actor: Actor,
  input: { name: string; url: string | null; requireSecondApprover: boolean },
) {
  return db.transaction(async (tx) => {
    const before = await getNewsroomSettings(tx, actor.newsroomId);
    await tx.update(newsrooms).set(input).where(eq(newsrooms.id, actor.newsroomId));
    await recordAudit(tx, actor, {
      action: "newsroom.update",
      entityType: "newsroom",
      entityId: actor.newsroomId,
      before,
      after: input,
    });
  });
}

export async function listMembers(db: Database, newsroomId: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      expertise: memberships.expertise,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.newsroomId, newsroomId))
    .orderBy(asc(users.name));
}

/** Adds a member; creates the account when the email is new (a password is then required). */
export async function addMember(db: Database, actor: Actor, input: TAddMember) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction(async (tx) => {
    let [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (!user) {
      if (!passwordHash || !input.name) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "No account uses this email yet: give a name and an initial password to create one.",
        });
      }
      [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash })
        .returning({ id: users.id });
    }
    if (!user) throw new Error("User insert returned no row");
    const [added] = await tx
      .insert(memberships)
      .values({ userId: user.id, newsroomId: actor.newsroomId, role: input.role, expertise: input.expertise })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (!added) throw new TRPCError({ code: "CONFLICT", message: "This person is already a member." });
    await recordAudit(tx, actor, {
      action: "member.add",
      entityType: "user",
      entityId: user.id,
      after: { role: input.role, expertise: input.expertise },
    });
    return { userId: user.id };
  });
}

async function assertNotLastAdmin(db: Database, newsroomId: string, userId: string) {
  const [others] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.newsroomId, newsroomId),
        eq(memberships.role, "admin"),
        ne(memberships.userId, userId),
      ),
    );
  if ((others?.count ?? 0) === 0) {
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: "A newsroom needs at least one admin." });
  }
}

async function loadMembership(db: Database, newsroomId: string, userId: string) {
  const [membership] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.newsroomId, newsroomId), eq(memberships.userId, userId)));
  if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Member not found." });
  return membership;
}

export async function updateMember(
  db: Database,
  actor: Actor,
  input: { userId: string; role: Role; expertise: string[] },
) {
  return db.transaction(async (tx) => {
    const before = await loadMembership(tx, actor.newsroomId, input.userId);
    if (before.role === "admin" && input.role !== "admin")
      await assertNotLastAdmin(tx, actor.newsroomId, input.userId);
    await tx
      .update(memberships)
      .set({ role: input.role, expertise: input.expertise })
      .where(and(eq(memberships.newsroomId, actor.newsroomId), eq(memberships.userId, input.userId)));
    await recordAudit(tx, actor, {
      action: "member.update",
      entityType: "user",
      entityId: input.userId,
      before: { role: before.role, expertise: before.expertise },
      after: { role: input.role, expertise: input.expertise },
    });
  });
}

export async function removeMember(db: Database, actor: Actor, userId: string) {
  return db.transaction(async (tx) => {
    const before = await loadMembership(tx, actor.newsroomId, userId);
    if (before.role === "admin") await assertNotLastAdmin(tx, actor.newsroomId, userId);
    await tx
      .delete(memberships)
      .where(and(eq(memberships.newsroomId, actor.newsroomId), eq(memberships.userId, userId)));
    await recordAudit(tx, actor, {
      action: "member.remove",
      entityType: "user",
      entityId: userId,
      before: { role: before.role },
    });
  });
}

/**
 * A usable scale: labels unique, and when labels carry numbers (for ClaimReview) the best must be
 * above the worst, which is at least 1.
 */
export function validateScale(
  labels: { label: string; value: number | null; retired: boolean }[],
): string | null {
  const active = labels.filter((entry) => !entry.retired);
  if (active.length === 0) return "The scale needs at least one active label.";
  const names = new Set(labels.map((entry) => entry.label.toLowerCase()));
  if (names.size !== labels.length) return "Each label must be different.";
  const values = active.map((entry) => entry.value).filter((value): value is number => value !== null);
  if (values.some((value) => value < 1)) return "Numeric ratings start at 1 (worstRating ≥ 1).";
  if (values.length > 0 && Math.max(...values) <= Math.min(...values)) {
    return "With numeric ratings, the best must be higher than the worst (bestRating > worstRating).";
  }
  return null;
}

async function saveScale(
  db: Database,
  actor: Actor,
  change: (tx: Database, scale: (typeof ratingLabels.$inferSelect)[]) => Promise<void>,
  audit: { action: string; entityId: string; before?: unknown; after?: unknown },
) {
  return db.transaction(async (tx) => {
    const current = await tx
      .select()
      .from(ratingLabels)
      .where(eq(ratingLabels.newsroomId, actor.newsroomId))
      .orderBy(asc(ratingLabels.position))
      .for("update");
    await change(tx, current);
    const after = await tx.select().from(ratingLabels).where(eq(ratingLabels.newsroomId, actor.newsroomId));
    const problem = validateScale(after);
    // Throwing rolls the change back, so an invalid scale is never stored.
    if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
    await recordAudit(tx, actor, { ...audit, entityType: "newsroom" });
  });
}

export async function addRatingLabel(db: Database, actor: Actor, input: TRatingLabelInput) {
  await saveScale(
    db,
    actor,
    async (tx, scale) => {
      assertNameFree(scale, input.label);
      const [last] = await tx
        .select({ position: max(ratingLabels.position) })
        .from(ratingLabels)
        .where(eq(ratingLabels.newsroomId, actor.newsroomId));
      await tx
        .insert(ratingLabels)
        .values({ ...input, newsroomId: actor.newsroomId, position: (last?.position ?? -1) + 1 });
    },
    { action: "scale.add", entityId: actor.newsroomId, after: input },
  );
}

function assertNameFree(scale: (typeof ratingLabels.$inferSelect)[], name: string, exceptId?: string) {
  if (scale.some((entry) => entry.id !== exceptId && entry.label.toLowerCase() === name.toLowerCase())) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `The scale already has a label "${name}".` });
  }
}

function findLabel(scale: (typeof ratingLabels.$inferSelect)[], labelId: string) {
  const label = scale.find((entry) => entry.id === labelId);
  if (!label) throw new TRPCError({ code: "NOT_FOUND", message: "Label not found." });
  return label;
}

export async function updateRatingLabel(
  db: Database,
  actor: Actor,
  input: TRatingLabelInput & { labelId: string },
) {
  const { labelId, ...fields } = input;
  await saveScale(
    db,
    actor,
    async (tx, scale) => {
      findLabel(scale, labelId);
      assertNameFree(scale, fields.label, labelId);
      await tx.update(ratingLabels).set(fields).where(eq(ratingLabels.id, labelId));
    },
    { action: "scale.update", entityId: actor.newsroomId, after: input },
  );
}

export async function setRatingLabelRetired(
  db: Database,
  actor: Actor,
  input: { labelId: string; retired: boolean },
) {
  await saveScale(
    db,
    actor,
    async (tx, scale) => {
      findLabel(scale, input.labelId);
      await tx.update(ratingLabels).set({ retired: input.retired }).where(eq(ratingLabels.id, input.labelId));
    },
    { action: input.retired ? "scale.retire" : "scale.restore", entityId: actor.newsroomId, after: input },
  );
}

/** Deleting is only for labels never used: a label in use can only be retired. */
export async function deleteRatingLabel(db: Database, actor: Actor, labelId: string) {
  await saveScale(
    db,
    actor,
    async (tx, scale) => {
      const label = findLabel(scale, labelId);
      const [verdictUse] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(verdicts)
        .where(eq(verdicts.ratingLabelId, labelId));
      const [publicUse] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(publications)
        .where(
          and(
            eq(publications.newsroomId, actor.newsroomId),
            sql`${publications.snapshot}->>'ratingLabel' = ${label.label}`,
          ),
        );
      if ((verdictUse?.count ?? 0) + (publicUse?.count ?? 0) > 0) {
        throw new TRPCError({
          code: "PRECONDITION_FAILED",
          message: `"${label.label}" is used by verdicts; retire it instead so it can't be chosen again.`,
        });
      }
      await tx.delete(ratingLabels).where(eq(ratingLabels.id, labelId));
    },
    { action: "scale.delete", entityId: actor.newsroomId, before: { labelId } },
  );
}
