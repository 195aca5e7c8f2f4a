import { type Database, findUserByEmail } from "@claimdesk/db";
import { z } from "zod";
import { verifyPassword } from "./password";

export const ZSignIn = z.object({
  email: z.email("Enter your email address.").transform((email) => email.toLowerCase()),
  password: z.string().min(1, "Enter your password.").max(1000),
});

/** Returns the user when the email and password match, otherwise null (never says which was wrong). */
export async function verifyCredentials(db: Database, raw: unknown) {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return null;
  const user = await findUserByEmail(db, parsed.data.email);
  if (!user) return null;
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name };
}
