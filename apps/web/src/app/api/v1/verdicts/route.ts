import { getPublishedVerdict, parseSearchParams, searchVerdicts, siteUrl } from "@claimdesk/api/public";
import { getDb } from "~/server/db";
import { badRequest, json, paging, verdictJson } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/v1/verdicts — published verdicts, newest first or by relevance with `q`. See openapi.json. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const pages = paging(url);
  if (typeof pages === "string") return badRequest(pages);
  const parsed = parseSearchParams(Object.fromEntries(url.searchParams));
  if (!parsed.success) return badRequest(parsed.error.issues.map((issue) => issue.message).join(" "));
  const db = await getDb();
  const result = await searchVerdicts(db, { ...parsed.data, page: pages.page }, pages.perPage);
  const site = siteUrl();
  const verdicts = await Promise.all(result.results.map((row) => getPublishedVerdict(db, row.slug)));
  return json({
    page: result.page,
    perPage: pages.perPage,
    total: result.total,
    pageCount: result.pageCount,
    verdicts: verdicts.flatMap((verdict) => (verdict ? [verdictJson(verdict, site)] : [])),
  });
}
