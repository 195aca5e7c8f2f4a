import "server-only";
import { type Context, createContext } from "@claimdesk/api";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { getDb } from "./db";
import { getJobs } from "./jobs";
import { revalidatePublicChange } from "./revalidate";

/** Cookie naming the newsroom the user is working in (they may belong to several). */
export const NEWSROOM_COOKIE = "claimdesk-newsroom";

/**
 * The tRPC context for the current request: who is signed in and their active membership (the
 * newsroom cookie counts only if they belong to it), with the hooks mutations use to refresh reader
 * caches and queue background jobs.
 */
export async function createRequestContext(): Promise<Context> {
  const [session, cookieStore, db] = await Promise.all([auth(), cookies(), getDb()]);
  return createContext({
    db,
    userId: session?.user?.id ?? null,
    preferredNewsroomId: cookieStore.get(NEWSROOM_COOKIE)?.value ?? null,
    onPublicChange: revalidatePublicChange,
    enqueueIngest: async (itemIds) => (await getJobs()).enqueueIngest(itemIds),
  });
}

const getRequestContext = cache(createRequestContext);

/** For workspace pages: the signed-in context, or a redirect to sign-in. */
export async function requireWorkspaceContext() {
  const context = await getRequestContext();
  if (!context.user) redirect("/sign-in");
  return context;
}
