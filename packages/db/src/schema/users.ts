import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns";
import { roleEnum } from "./enums";
import { newsroomIdColumn } from "./newsrooms";

export const users = pgTable("users", {
  id: idColumn(),
  /** Stored lower-cased so sign-in is case-insensitive. */
  email: text("email").notNull().unique("users_email_unique"),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  createdAt: createdAtColumn(),
});

/** A user's role in one newsroom; a user may belong to several newsrooms. */
export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    newsroomId: newsroomIdColumn(),
    role: roleEnum("role").notNull(),
    /** Topics the member checks best (e.g. "health", "economy"), matched against claim tags. */
    expertise: text("expertise").array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAtColumn(),
  },
  (table) => [
    primaryKey({ name: "memberships_pk", columns: [table.userId, table.newsroomId] }),
    index("memberships_newsroom_idx").on(table.newsroomId),
  ],
);
