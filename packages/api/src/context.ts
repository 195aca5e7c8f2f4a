import { type Database, memberships, newsrooms, users } from "@claimdesk/db";
import { asc, eq } from "drizzle-orm";
import type { Role } from "./authz/permissions";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface ActiveMembership {
  newsroomId: string;
  newsroomName: string;
  newsroomSlug: string;
  role: Role;
}

export interface Context {
  db: Database;
  user: SessionUser | null;
  /** The newsroom the user is working in now; every workspace query is scoped to it. */
  membership: ActiveMembership | null;
  memberships: ActiveMembership[];
}

/**
 * Builds the request context. The role always comes from the membership row, never from the
 * session token, so a role change takes effect on the next request.
 */
export async function createContext(input: {
  db: Database;
  userId: string | null;
  preferredNewsroomId?: string | null;
}): Promise<Context> {
  const { db, userId } = input;
  if (!userId) return { db, user: null, membership: null, memberships: [] };
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return { db, user: null, membership: null, memberships: [] };
  const rows = await db
    .select({
      newsroomId: memberships.newsroomId,
      role: memberships.role,
      newsroomName: newsrooms.name,
      newsroomSlug: newsrooms.slug,
    })
    .from(memberships)
    .innerJoin(newsrooms, eq(newsrooms.id, memberships.newsroomId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(newsrooms.name));
  const membership = rows.find((row) => row.newsroomId === input.preferredNewsroomId) ?? rows[0] ?? null;
  return { db, user, membership, memberships: rows };
}
