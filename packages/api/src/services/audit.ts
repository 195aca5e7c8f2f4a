import { auditEvents, type Database, publications, users, verdicts } from "@claimdesk/db";
import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Actor } from "../actor";

export interface AuditEntry {
  action: string;
  entityType: "article" | "claim" | "verdict" | "publication" | "assignment" | "newsroom" | "user";
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Call inside the mutation's transaction so the change and its record commit together. */
export async function recordAudit(db: Database, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    newsroomId: actor?.newsroomId ?? null,
    actorId: actor?.userId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export interface AuditFilter {
  claimId?: string | null;
  actorId?: string | null;
  action?: string | null;
  limit: number;
  offset: number;
}

/** The newsroom's audit trail, newest first; for a claim it includes its verdict and publication. */
export async function listAuditEvents(db: Database, newsroomId: string, filter: AuditFilter) {
  const conditions: SQL[] = [eq(auditEvents.newsroomId, newsroomId)];
  if (filter.claimId) {
    const [verdict] = await db
      .select({ id: verdicts.id })
      .from(verdicts)
      .where(eq(verdicts.claimId, filter.claimId));
    const [publication] = await db
      .select({ id: publications.id })
      .from(publications)
      .where(eq(publications.claimId, filter.claimId));
    const ids = [filter.claimId, verdict?.id, publication?.id].filter((id): id is string => Boolean(id));
    conditions.push(inArray(auditEvents.entityId, ids));
  }
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      before: auditEvents.before,
      after: auditEvents.after,
      createdAt: auditEvents.createdAt,
      actorId: auditEvents.actorId,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(filter.limit)
    .offset(filter.offset);
}

/** The distinct actions recorded in a newsroom, for the filter menu. */
export async function listAuditActions(db: Database, newsroomId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.newsroomId, newsroomId))
    .orderBy(auditEvents.action);
  return rows.map((row) => row.action);
}
