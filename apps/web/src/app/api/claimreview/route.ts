import {
  buildClaimReviewFeedPage,
  countPublishedVerdicts,
  listPublishedVerdictDetails,
  siteUrl,
} from "@claimdesk/api/public";
import { getDb } from "~/server/db";
import { badRequest, json, paging } from "../v1/_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/claimreview?page=&per_page= — every published verdict's ClaimReview, newest first. */
export async function GET(request: Request): Promise<Response> {
  const pages = paging(new URL(request.url));
  if (typeof pages === "string") return badRequest(pages);
  const db = await getDb();
  const [total, verdicts] = await Promise.all([
    countPublishedVerdicts(db),
    listPublishedVerdictDetails(db, { limit: pages.perPage, offset: (pages.page - 1) * pages.perPage }),
  ]);
  return json(
    buildClaimReviewFeedPage(verdicts, siteUrl(), { page: pages.page, pageSize: pages.perPage, total }),
  );
}
