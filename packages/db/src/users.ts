import { eq } from "drizzle-orm";
import type { Database } from "./client";
import { users } from "./schema";

/** The account with this (lower-cased) email, for sign-in. */
export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return user ?? null;
}
