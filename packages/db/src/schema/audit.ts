import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns";
import { newsrooms } from "./newsrooms";
import { users } from "./users";

/** One row per mutation, written in the same transaction as the change it records. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: idColumn(),
    newsroomId: uuid("newsroom_id").references(() => newsrooms.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: createdAtColumn(),
  },
  (table) => [
    index("audit_events_newsroom_created_idx").on(table.newsroomId, table.createdAt),
    index("audit_events_entity_idx").on(table.entityType, table.entityId),
  ],
);
