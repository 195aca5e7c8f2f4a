import type { Role } from "./authz/permissions";
import type { ActiveMembership, SessionUser } from "./context";

/** Who is acting, and in which newsroom: every service function is scoped by it. */
export interface Actor {
  userId: string;
  newsroomId: string;
  role: Role;
}

export function actorOf(ctx: { user: SessionUser; membership: ActiveMembership }): Actor {
  return { userId: ctx.user.id, newsroomId: ctx.membership.newsroomId, role: ctx.membership.role };
}
