import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { claims } from "./claims";
import { createdAtColumn, idColumn } from "./columns";
import { verdictStatusEnum } from "./enums";
import { newsroomIdColumn, ratingLabels } from "./newsrooms";
import { users } from "./users";

/**
 * The working verdict on a claim (one per claim). `version` increases on every save and is the
 * optimistic-concurrency token: a save names the version it edited.
 */
export const verdicts = pgTable(
  "verdicts",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    claimId: uuid("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    ratingLabelId: uuid("rating_label_id").references(() => ratingLabels.id),
    summary: text("summary").notNull().default(""),
    explanation: text("explanation").notNull().default(""),
    status: verdictStatusEnum("status").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    /** The editor's comment when sending the verdict back. */
    reviewComment: text("review_comment"),
    reviewedById: uuid("reviewed_by_id").references(() => users.id),
    createdAt: createdAtColumn(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("verdicts_claim_idx").on(table.claimId),
    index("verdicts_newsroom_status_idx").on(table.newsroomId, table.status),
  ],
);

export const sources = pgTable(
  "sources",
  {
    id: idColumn(),
    verdictId: uuid("verdict_id")
      .notNull()
      .references(() => verdicts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    url: text("url").notNull(),
    title: text("title"),
    publisher: text("publisher"),
    quote: text("quote"),
    accessedAt: timestamp("accessed_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("sources_verdict_idx").on(table.verdictId, table.position)],
);
