import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { claims } from "./claims";
import { newsrooms } from "./newsrooms";
import { verdicts } from "./verdicts";

/** What readers see, frozen at publish time so later drafts never leak to the public. */
export interface PublishedVerdictSnapshot {
  claimText: string;
  speaker: string | null;
  ratingLabel: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  summary: string;
  explanation: string;
  sources: {
    url: string;
    title: string | null;
    publisher: string | null;
    quote: string | null;
    accessedAt: string;
  }[];
}

export const publications = pgTable(
  "publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    newsroomId: uuid("newsroom_id")
      .notNull()
      .references(() => newsrooms.id, { onDelete: "cascade" }),
    claimId: uuid("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    verdictId: uuid("verdict_id")
      .notNull()
      .references(() => verdicts.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    snapshot: jsonb("snapshot").$type<PublishedVerdictSnapshot>().notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    unpublishedAt: timestamp("unpublished_at", { withTimezone: true }),
    unpublishReason: text("unpublish_reason"),
  },
  (table) => [
    uniqueIndex("publications_slug_idx").on(table.slug),
    uniqueIndex("publications_claim_idx").on(table.claimId),
    index("publications_published_idx").on(table.publishedAt),
  ],
);
