import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { roleEnum } from "./enums";
import { newsrooms } from "./newsrooms";

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Stored lower-cased so sign-in is case-insensitive. */
  email: text("email").notNull().unique("users_email_unique"),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A user's role in one newsroom; a user may belong to several newsrooms. */
export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    newsroomId: uuid("newsroom_id")
      .notNull()
      .references(() => newsrooms.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    /** Topics the member checks best (e.g. "health", "economy"), matched against claim tags. */
    expertise: text("expertise").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "memberships_pk", columns: [table.userId, table.newsroomId] }),
    index("memberships_newsroom_idx").on(table.newsroomId),
  ],
);
