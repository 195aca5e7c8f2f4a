import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns";

export const newsrooms = pgTable("newsrooms", {
  id: idColumn(),
  slug: text("slug").notNull().unique("newsrooms_slug_unique"),
  name: text("name").notNull(),
  url: text("url"),
  /** The author of a verdict may not approve it (two-person rule). */
  requireSecondApprover: boolean("require_second_approver").notNull().default(true),
  /** Public IFCN transparency pages, as Markdown-free plain text paragraphs. */
  methodology: text("methodology").notNull().default(""),
  correctionsPolicy: text("corrections_policy").notNull().default(""),
  createdAt: createdAtColumn(),
});

/** The owning newsroom: every tenant-scoped row carries one, and goes when its newsroom does. */
export const newsroomIdColumn = () =>
  uuid("newsroom_id")
    .notNull()
    .references(() => newsrooms.id, { onDelete: "cascade" });

/**
 * The newsroom's rating scale: an ordered list of labels. `value` is the optional numeric
 * mapping used for ClaimReview's ratingValue; labels without one are text-only (e.g. "Misleading").
 */
export const ratingLabels = pgTable(
  "rating_labels",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    label: text("label").notNull(),
    description: text("description"),
    position: integer("position").notNull(),
    value: integer("value"),
    retired: boolean("retired").notNull().default(false),
  },
  (table) => [
    uniqueIndex("rating_labels_newsroom_label_idx").on(table.newsroomId, table.label),
    check("rating_labels_value_positive", sql`${table.value} is null or ${table.value} >= 1`),
  ],
);
