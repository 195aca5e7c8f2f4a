import { sql } from "drizzle-orm";
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { claims } from "./claims";
import { createdAtColumn, idColumn } from "./columns";
import { newsroomIdColumn } from "./newsrooms";
import { users } from "./users";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * An external verdict: a fact check published by another organisation, imported from its
 * ClaimReview markup, on one of our claims (`claim_id`, created by the import). Kept apart from
 * `verdicts` on purpose: its rating is on the other publisher's scale, it has no author among our
 * users and no workflow, and none of our own verdict pages, feeds or ClaimReview outputs read this
 * table, so an imported review can never be presented as ours.
 */
export const externalReviews = pgTable(
  "external_reviews",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    /**
     * The claim the import created for this review; readers see the review, editors the claim. No
     * cascade: deleting the claim alone must fail rather than silently drop an imported review.
     */
    claimId: uuid("claim_id")
      .notNull()
      .references(() => claims.id),
    publisherName: text("publisher_name").notNull(),
    publisherUrl: text("publisher_url"),
    /** The review's own URL; the same review is imported once per newsroom. */
    reviewUrl: text("review_url").notNull(),
    /** The claim in the publisher's words, as they reviewed it. */
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
    /** Full-text index for reader search: the claim, its speaker, the publisher and their rating. */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`to_tsvector('english', claim_reviewed || ' ' || coalesce(claim_author, '') || ' ' || publisher_name || ' ' || rating_label)`,
    ),
    importedById: uuid("imported_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("external_reviews_newsroom_url_idx").on(table.newsroomId, table.reviewUrl),
    index("external_reviews_newsroom_created_idx").on(table.newsroomId, table.createdAt),
    index("external_reviews_claim_idx").on(table.claimId),
    index("external_reviews_search_idx").using("gin", table.searchVector),
  ],
);
