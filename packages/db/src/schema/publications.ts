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
import { publicationEventEnum } from "./enums";
import { newsroomIdColumn } from "./newsrooms";
import { users } from "./users";
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

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const publications = pgTable(
  "publications",
  {
    id: idColumn(),
    newsroomId: newsroomIdColumn(),
    claimId: uuid("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    verdictId: uuid("verdict_id")
      .notNull()
      .references(() => verdicts.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    snapshot: jsonb("snapshot").$type<PublishedVerdictSnapshot>().notNull(),
    /** Increases with every correction; the history is in publication_revisions. */
    version: integer("version").notNull().default(1),
    /** Full-text index over what readers search: the claim, the summary and the speaker. */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`to_tsvector('english', coalesce(snapshot->>'claimText', '') || ' ' || coalesce(snapshot->>'summary', '') || ' ' || coalesce(snapshot->>'speaker', ''))`,
    ),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    unpublishedAt: timestamp("unpublished_at", { withTimezone: true }),
    unpublishReason: text("unpublish_reason"),
  },
  (table) => [
    uniqueIndex("publications_slug_idx").on(table.slug),
    uniqueIndex("publications_claim_idx").on(table.claimId),
    index("publications_published_idx").on(table.publishedAt),
    index("publications_search_idx").using("gin", table.searchVector),
  ],
);

/** Every public change to a publication, with its public note: the correction history readers see. */
export const publicationRevisions = pgTable(
  "publication_revisions",
  {
    id: idColumn(),
    publicationId: uuid("publication_id")
      .notNull()
      .references(() => publications.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    event: publicationEventEnum("event").notNull(),
    /** Shown publicly: the correction note or the reason for unpublishing. */
    note: text("note"),
    snapshot: jsonb("snapshot").$type<PublishedVerdictSnapshot>().notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
  },
  (table) => [index("publication_revisions_publication_idx").on(table.publicationId, table.createdAt)],
);
