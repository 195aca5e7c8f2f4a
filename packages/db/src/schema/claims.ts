import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { createdAtColumn, idColumn } from "./columns";
import { articleFieldEnum, claimStatusEnum } from "./enums";
import { newsroomIdColumn } from "./newsrooms";

/** A range in the article body, or in its title when `field` is "title" (the engine's `Span`). */
export interface ClaimSpan {
  start: number;
  end: number;
  field?: "body" | "title";
}

export const claims = pgTable(
  "claims",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /**
     * `[spanStart, spanEnd)` into articles.body, or into articles.title when `field` is "title" (a
     * claim only the headline makes); quote === that text.slice(spanStart, spanEnd).
     */
    field: articleFieldEnum("field").notNull().default("body"),
    spanStart: integer("span_start").notNull(),
    spanEnd: integer("span_end").notNull(),
    /** Every place the claim appears, e.g. headline and body. */
    spans: jsonb("spans").$type<ClaimSpan[]>().notNull(),
    quote: text("quote").notNull(),
    /** Standalone wording a reader understands without the article. */
    text: text("text").notNull(),
    speaker: text("speaker"),
    reportedBy: text("reported_by"),
    /** Groups atomic claims decomposed from one sentence (the engine's parent sentence id). */
    parentKey: text("parent_key"),
    score: real("score").notNull(),
    checkworthy: boolean("checkworthy").notNull(),
    status: claimStatusEnum("status").notNull().default("new"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    /** Set when a new version of the article no longer contains this claim's quote; its span is stale. */
    detachedAt: timestamp("detached_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("claims_article_idx").on(table.articleId, table.spanStart),
    index("claims_newsroom_status_idx").on(table.newsroomId, table.status),
    check("claims_span_valid", sql`${table.spanStart} >= 0 and ${table.spanEnd} > ${table.spanStart}`),
  ],
);
