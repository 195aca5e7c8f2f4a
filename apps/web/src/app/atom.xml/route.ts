import { buildAtomFeed, FEED_SIZE, listPublishedVerdictDetails, siteUrl } from "@claimdesk/api/public";
import { getDb } from "~/server/db";
import { PUBLIC_CACHE } from "../api/v1/_lib/respond";

// Rendered per request (a static route handler would be built with a database); shared caches keep it 10 s (+20 s stale).
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const verdicts = await listPublishedVerdictDetails(await getDb(), { limit: FEED_SIZE, offset: 0 });
  return new Response(buildAtomFeed(verdicts, siteUrl()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE },
  });
}
