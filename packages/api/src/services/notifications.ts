import { type Database, type notificationKindEnum, notifications } from "@claimdesk/db";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Actor } from "../actor";

export type NotificationKind = (typeof notificationKindEnum.enumValues)[number];

/** Tells a member something happened to a claim. Nobody is notified of their own action. */
export async function notify(
  db: Database,
  actor: Actor,
  input: { recipientId: string; kind: NotificationKind; claimId: string; message: string },
): Promise<void> {
  if (input.recipientId === actor.userId) return;
  await db.insert(notifications).values({ ...input, newsroomId: actor.newsroomId, actorId: actor.userId });
}

export async function listNotifications(db: Database, actor: Actor, options: { limit: number }) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      message: notifications.message,
      claimId: notifications.claimId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(and(eq(notifications.recipientId, actor.userId), eq(notifications.newsroomId, actor.newsroomId)))
    .orderBy(desc(notifications.createdAt))
    .limit(options.limit);
}

export async function countUnread(db: Database, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientId, actor.userId),
        eq(notifications.newsroomId, actor.newsroomId),
        isNull(notifications.readAt),
      ),
    );
  return row?.count ?? 0;
}

/** Marks the given notifications (or all of them) read; only the recipient's own rows change. */
export async function markRead(db: Database, actor: Actor, ids: string[] | "all"): Promise<void> {
  const mine = and(
    eq(notifications.recipientId, actor.userId),
    eq(notifications.newsroomId, actor.newsroomId),
    isNull(notifications.readAt),
  );
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(ids === "all" ? mine : and(mine, inArray(notifications.id, ids)));
}
