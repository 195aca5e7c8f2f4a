import { buildClaimReview, getCorrectionHistory, getPublishedVerdict, siteUrl } from "@claimdesk/api/public";
import { getDb } from "~/server/db";
import { json, notFoundJson, verdictJson } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/v1/verdicts/{slug} — one published verdict with its history and ClaimReview. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  const db = await getDb();
  const verdict = await getPublishedVerdict(db, slug);
  if (!verdict) return notFoundJson(`No published verdict "${slug}".`);
  const history = await getCorrectionHistory(db, slug);
  const site = siteUrl();
  return json({
    ...verdictJson(verdict, site),
    history: history.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })),
    claimReview: buildClaimReview(verdict, site),
  });
}
