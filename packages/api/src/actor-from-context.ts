import type { Actor } from "./actor";
import type { ActiveMembership, SessionUser } from "./context";

export function actorOf(ctx: { user: SessionUser; membership: ActiveMembership }): Actor {
  return { userId: ctx.user.id, newsroomId: ctx.membership.newsroomId, role: ctx.membership.role };
}
