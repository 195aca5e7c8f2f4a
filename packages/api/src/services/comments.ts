import { comments, type Database, memberships, users } from "@claimdesk/db";
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../actor";
import { recordAudit } from "./audit";
import { assertCanWorkOn, loadClaim } from "./claims";
import { notify } from "./notifications";

/** `@handle` mentions, where a member's handle is the part of their email before the @. */
export function mentionedHandles(body: string): string[] {
  const handles = new Set<string>();
  for (const match of body.matchAll(/(?<![\w.])@([a-z0-9][a-z0-9._+-]*[a-z0-9]|[a-z0-9])/gi)) {
    if (match[1]) handles.add(match[1].toLowerCase());
  }
  return [...handles];
}

export function handleOf(email: string): string {
  return email.slice(0, email.indexOf("@")).toLowerCase();
}

export async function listComments(db: Database, actor: Actor, claimId: string) {
  await loadClaim(db, actor.newsroomId, claimId);
  await assertCanWorkOn(db, actor, claimId);
  return db
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      authorName: users.name,
      authorHandle: users.email,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.claimId, claimId), eq(comments.newsroomId, actor.newsroomId)))
    .orderBy(asc(comments.createdAt))
    .then((rows) => rows.map((row) => ({ ...row, authorHandle: handleOf(row.authorHandle) })));
}

/** Adds an internal comment and notifies the newsroom members it mentions. */
export async function addComment(db: Database, actor: Actor, input: { claimId: string; body: string }) {
  return db.transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.newsroomId, input.claimId);
    await assertCanWorkOn(tx, actor, claim.id);
    const [comment] = await tx
      .insert(comments)
      .values({ newsroomId: actor.newsroomId, claimId: claim.id, authorId: actor.userId, body: input.body })
      .returning({ id: comments.id });
    if (!comment) throw new Error("Comment insert returned no row");
    const handles = mentionedHandles(input.body);
    const mentioned = handles.length
      ? (
          await tx
            .select({ id: users.id, email: users.email })
            .from(memberships)
            .innerJoin(users, eq(users.id, memberships.userId))
            .where(eq(memberships.newsroomId, actor.newsroomId))
        ).filter((member) => handles.includes(handleOf(member.email)))
      : [];
    for (const member of mentioned) {
      await notify(tx, actor, {
        recipientId: member.id,
        kind: "mentioned",
        claimId: claim.id,
        message: `You were mentioned on “${claim.text.slice(0, 80)}”`,
      });
    }
    await recordAudit(tx, actor, {
      action: "comment.add",
      entityType: "claim",
      entityId: claim.id,
      after: { commentId: comment.id, mentioned: mentioned.map((member) => member.id) },
    });
    return { id: comment.id, mentioned: mentioned.length };
  });
}
