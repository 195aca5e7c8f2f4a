import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { claims } from "./claims";
import { createdAtColumn, idColumn } from "./columns";
import { notificationKindEnum } from "./enums";
import { newsroomIdColumn } from "./newsrooms";
import { users } from "./users";

/** The internal discussion on a claim; never shown to readers. */
export const comments = pgTable(
  "comments",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    claimId: uuid("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("comments_claim_idx").on(table.claimId, table.createdAt)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    kind: notificationKindEnum("kind").notNull(),
    claimId: uuid("claim_id").references(() => claims.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    createdAt: createdAtColumn(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (table) => [index("notifications_recipient_idx").on(table.recipientId, table.readAt, table.createdAt)],
);
