import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Column builders every table shares, so their SQL stays identical everywhere. */
export const idColumn = () => uuid("id").primaryKey().defaultRandom();

export const createdAtColumn = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
