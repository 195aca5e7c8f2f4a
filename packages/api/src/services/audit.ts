import { auditEvents, type Database } from "@claimdesk/db";
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
