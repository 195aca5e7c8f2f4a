import { sql } from "drizzle-orm";
import { index, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { claims } from "./claims";
import { createdAtColumn, idColumn } from "./columns";
import { newsroomIdColumn } from "./newsrooms";
import { users } from "./users";

/** Who works on a claim. Reassignment ends the current row and starts a new one, keeping history. */
export const assignments = pgTable(
  "assignments",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    claimId: uuid("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    assigneeId: uuid("assignee_id")
      .notNull()
      .references(() => users.id),
    assignedById: uuid("assigned_by_id")
      .notNull()
      .references(() => users.id),
    dueAt: timestamp("due_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("assignments_one_active_per_claim_idx")
      .on(table.claimId)
      .where(sql`${table.endedAt} is null`),
    index("assignments_assignee_idx").on(table.assigneeId, table.endedAt),
  ],
);
