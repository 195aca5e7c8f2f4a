import { listPublicClaims, siteUrl } from "@claimdesk/api/public";
import { getDb } from "~/server/db";
import { badRequest, json, paging } from "../_lib/respond";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET /api/v1/claims — check-worthy claims of public articles, with their verdict when published. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const pages = paging(url);
  if (typeof pages === "string") return badRequest(pages);
  const articleId = url.searchParams.get("article_id");
  if (articleId && !UUID.test(articleId)) return badRequest("article_id must be a UUID.");
  const speaker = url.searchParams.get("speaker")?.trim().slice(0, 200) || null;
  const rows = await listPublicClaims(await getDb(), {
    articleId,
    speaker,
    limit: pages.perPage + 1,
    offset: (pages.page - 1) * pages.perPage,
  });
  const site = siteUrl();
  return json({
    page: pages.page,
    perPage: pages.perPage,
    hasMore: rows.length > pages.perPage,
    claims: rows.slice(0, pages.perPage).map((claim) => ({
      ...claim,
      articleUrl: new URL(`/articles/${claim.articleId}`, site).toString(),
      verdict: claim.verdict
        ? { ...claim.verdict, url: new URL(`/verdicts/${claim.verdict.slug}`, site).toString() }
        : null,
    })),
  });
}
