import { appRouter, createContext } from "@claimdesk/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { auth } from "~/server/auth";
import { getDb } from "~/server/db";
import { getJobs } from "~/server/jobs";
import { revalidatePublicChange } from "~/server/revalidate";
import { NEWSROOM_COOKIE } from "~/server/session";

function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

const handler = (request: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () => {
      const [session, db] = await Promise.all([auth(), getDb()]);
      return createContext({
        db,
        userId: session?.user?.id ?? null,
        preferredNewsroomId: readCookie(request, NEWSROOM_COOKIE),
        onPublicChange: revalidatePublicChange,
        enqueueIngest: async (itemIds) => (await getJobs()).enqueueIngest(itemIds),
      });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error);
    },
  });

export { handler as GET, handler as POST };
