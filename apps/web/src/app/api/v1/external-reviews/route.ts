import { listPublicExternalReviews, parseSearchParams } from "@claimdesk/api/public";
import { getDb } from "~/server/db";
import { badRequest, json, paging } from "../_lib/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/external-reviews — fact checks by other organisations, imported from their
 * ClaimReview markup, each marked `external: true` with its publisher and the URL of the original
 * review. They are not our verdicts: /api/v1/verdicts and /api/claimreview never include them.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const pages = paging(url);
  if (typeof pages === "string") return badRequest(pages);
  const parsed = parseSearchParams(Object.fromEntries(url.searchParams));
  if (!parsed.success) return badRequest(parsed.error.issues.map((issue) => issue.message).join(" "));
  const { reviews, total } = await listPublicExternalReviews(await getDb(), parsed.data, {
    limit: pages.perPage,
    offset: (pages.page - 1) * pages.perPage,
  });
  return json({
    page: pages.page,
    perPage: pages.perPage,
    total,
    pageCount: Math.max(1, Math.ceil(total / pages.perPage)),
    reviews: reviews.map((review) => ({
      external: review.external,
      claim: review.claimReviewed,
      speaker: review.speaker,
      claimDate: review.claimDate?.toISOString() ?? null,
      appearanceUrl: review.appearanceUrl,
      rating: {
        label: review.ratingLabel,
        value: review.ratingValue,
        best: review.bestRating,
        worst: review.worstRating,
      },
      publisher: { name: review.publisherName, url: review.publisherUrl },
      reviewUrl: review.reviewUrl,
      reviewPublishedAt: review.reviewPublishedAt?.toISOString() ?? null,
      language: review.language,
      listedBy: review.importedBy,
    })),
  });
}
