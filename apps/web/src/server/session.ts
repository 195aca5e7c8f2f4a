import "server-only";
import { type Context, createContext } from "@claimdesk/api";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { getDb } from "./db";

/** Cookie naming the newsroom the user is working in (they may belong to several). */
export const NEWSROOM_COOKIE = "claimdesk-newsroom";

/**
 * Who is signed in and their active membership, for server-rendered workspace pages. Read-only:
 * mutations go through the tRPC route, whose context also revalidates caches and enqueues jobs.
 */
const getRequestContext = cache(async (): Promise<Context> => {
  const [session, cookieStore, db] = await Promise.all([auth(), cookies(), getDb()]);
  return createContext({
    db,
    userId: session?.user?.id ?? null,
    preferredNewsroomId: cookieStore.get(NEWSROOM_COOKIE)?.value ?? null,
  });
});

/** For workspace pages: the signed-in context, or a redirect to sign-in. */
export async function requireWorkspaceContext() {
  const context = await getRequestContext();
  if (!context.user) redirect("/sign-in");
  return context;
}
