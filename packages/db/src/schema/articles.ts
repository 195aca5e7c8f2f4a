import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns";
import { newsroomIdColumn } from "./newsrooms";
import { users } from "./users";

export const articles = pgTable(
  "articles",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    title: text("title").notNull(),
    url: text("url"),
    publisher: text("publisher"),
    author: text("author"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** BCP 47 tag from the page (e.g. "en-GB"), when known. */
    language: text("language"),
    /** The text exactly as submitted: every claim span is an offset into it. */
    body: text("body").notNull(),
    /** sha256 of the normalised body; the same article is stored once per newsroom. */
    contentHash: text("content_hash").notNull(),
    /** Increases when a changed copy of the article replaces the text; old texts are in article_revisions. */
    version: integer("version").notNull().default(1),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("articles_newsroom_content_hash_idx").on(table.newsroomId, table.contentHash),
    index("articles_newsroom_created_idx").on(table.newsroomId, table.createdAt),
  ],
);

/** Earlier texts of an article, kept when a newer version of the same article replaces them. */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: idColumn(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    contentHash: text("content_hash").notNull(),
    replacedById: uuid("replaced_by_id").references(() => users.id, { onDelete: "set null" }),
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("article_revisions_article_version_idx").on(table.articleId, table.version)],
);
