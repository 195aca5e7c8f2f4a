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

/** Something readers can see changed: the web layer refreshes its caches for it. */
export type PublicChange =
  | { kind: "verdict"; slug: string; articleId: string; speaker: string | null }
  /** The newsroom's methodology or corrections-policy text. */
  | { kind: "newsroom-pages" }
  /** Imported ClaimReviews (external verdicts): search and these speakers' pages list them. */
  | { kind: "external-reviews"; speakers: string[] };

export type VerdictChange = Extract<PublicChange, { kind: "verdict" }>;

export interface Context {
  db: Database;
  /** Called after a publish, correction, unpublish or ClaimReview import commits. */
  onPublicChange: (change: PublicChange) => Promise<void>;
  /** Hands ingest items to the background queue. */
  enqueueIngest: (itemIds: string[]) => Promise<void>;
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
  onPublicChange?: (change: PublicChange) => Promise<void>;
  enqueueIngest?: (itemIds: string[]) => Promise<void>;
}): Promise<Context> {
  const { db, userId } = input;
  const onPublicChange = input.onPublicChange ?? (async () => {});
  const enqueueIngest =
    input.enqueueIngest ??
    (async () => {
      throw new Error("No job queue is running in this process.");
    });
  const anonymous = { db, onPublicChange, enqueueIngest, user: null, membership: null, memberships: [] };
  if (!userId) return anonymous;
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return anonymous;
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
  return { db, onPublicChange, enqueueIngest, user, membership, memberships: rows };
}
