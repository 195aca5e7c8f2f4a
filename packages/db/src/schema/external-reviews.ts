import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns";
import { newsroomIdColumn } from "./newsrooms";
import { users } from "./users";

/**
 * A fact check published by another organisation, imported from its ClaimReview markup. Kept apart
 * from our own claims and verdicts: its rating is on the other publisher's scale, not ours.
 */
export const externalReviews = pgTable(
  "external_reviews",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    publisherName: text("publisher_name").notNull(),
    publisherUrl: text("publisher_url"),
    /** The review's own URL; the same review is imported once per newsroom. */
    reviewUrl: text("review_url").notNull(),
    claimReviewed: text("claim_reviewed").notNull(),
    claimAuthor: text("claim_author"),
    claimDate: timestamp("claim_date", { withTimezone: true }),
    appearanceUrl: text("appearance_url"),
    ratingLabel: text("rating_label").notNull(),
    ratingValue: integer("rating_value"),
    bestRating: integer("best_rating"),
    worstRating: integer("worst_rating"),
    reviewPublishedAt: timestamp("review_published_at", { withTimezone: true }),
    language: text("language"),
    /** The ClaimReview object as imported, for audit and re-parsing. */
    raw: jsonb("raw").notNull(),
    importedById: uuid("imported_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("external_reviews_newsroom_url_idx").on(table.newsroomId, table.reviewUrl),
    index("external_reviews_newsroom_created_idx").on(table.newsroomId, table.createdAt),
  ],
);
