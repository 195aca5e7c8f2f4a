import type { Database } from "@claimdesk/db";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./credentials";

export { verifyCredentials, ZSignIn } from "./credentials";
export { loadOrCreateSecret } from "./secret";

/**
 * Auth.js with email + password. Sessions are JWTs carrying only the user id: roles are read from
 * memberships on every request, so they change without signing out.
 */
export function createAuth(options: { getDb: () => Promise<Database>; secret: string }) {
  return NextAuth({
    secret: options.secret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
    pages: { signIn: "/sign-in" },
    logger: {
      // A wrong password is an expected outcome the form already explains, not a server error.
      error(error) {
        // Match on `type`: class names are minified in production builds.
        const type = (error as { type?: string }).type;
        if (type !== "CredentialsSignin") console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: async (raw) => verifyCredentials(await options.getDb(), raw),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  });
}
