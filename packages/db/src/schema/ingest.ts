import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { createdAtColumn, idColumn } from "./columns";
import { newsroomIdColumn } from "./newsrooms";
import { users } from "./users";

export const ingestItemStatusEnum = pgEnum("ingest_item_status", ["queued", "running", "done", "failed"]);

/** A pasted or uploaded list of articles to bring in; each line becomes an item and a background job. */
export const ingestBatches = pgTable(
  "ingest_batches",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    label: text("label").notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("ingest_batches_newsroom_idx").on(table.newsroomId, table.createdAt)],
);

export interface IngestDocument {
  title: string;
  body: string;
  url?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
}

export const ingestItems = pgTable(
  "ingest_items",
  {
    id: idColumn(),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => ingestBatches.id, { onDelete: "cascade" }),
    newsroomId: newsroomIdColumn(),
    position: integer("position").notNull(),
    /** Either a URL to fetch or a document given in full (JSONL import). */
    url: text("url"),
    document: jsonb("document").$type<IngestDocument>(),
    status: ingestItemStatusEnum("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    articleId: uuid("article_id").references(() => articles.id, { onDelete: "set null" }),
    /** The article already existed in the newsroom and was linked instead of stored again. */
    duplicate: boolean("duplicate").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("ingest_items_batch_position_idx").on(table.batchId, table.position),
    index("ingest_items_batch_status_idx").on(table.batchId, table.status),
  ],
);
