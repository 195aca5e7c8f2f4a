/**
 * The ClaimReview a claim's current verdict draft would publish, with the linter's findings, so
 * editors see what is missing before they publish.
 */
import { articles, type Database, newsrooms, ratingLabels, verdicts } from "@claimdesk/db";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../actor";
import { assertCanWorkOn, loadClaim } from "../services/claims";
import { listRatingLabels } from "../services/rating-scale";
import { buildClaimReview } from "./claim-review";
import { type LintIssue, lintClaimReview } from "./claim-review-lint";
import type { PublishedVerdict } from "./verdicts";

export async function previewClaimReview(db: Database, actor: Actor, claimId: string, siteUrl: string) {
  const claim = await loadClaim(db, actor.newsroomId, claimId);
  await assertCanWorkOn(db, actor, claimId);
  const [article] = await db
    .select({
      id: articles.id,
      title: articles.title,
      url: articles.url,
      publisher: articles.publisher,
      author: articles.author,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(and(eq(articles.id, claim.articleId), eq(articles.newsroomId, actor.newsroomId)));
  const [newsroom] = await db
    .select({ name: newsrooms.name, url: newsrooms.url, slug: newsrooms.slug })
    .from(newsrooms)
    .where(eq(newsrooms.id, actor.newsroomId));
  const [verdict] = await db
    .select({
      summary: verdicts.summary,
      explanation: verdicts.explanation,
      label: ratingLabels.label,
      value: ratingLabels.value,
    })
    .from(verdicts)
    .leftJoin(ratingLabels, eq(ratingLabels.id, verdicts.ratingLabelId))
    .where(eq(verdicts.claimId, claimId));
  if (!article || !newsroom) return { claimReview: null, issues: [] as LintIssue[] };
  const scale = await listRatingLabels(db, actor.newsroomId);
  const values = scale.map((entry) => entry.value).filter((value): value is number => value !== null);
  const numeric = verdict?.value !== null && verdict?.value !== undefined && values.length > 1;
  const now = new Date();
  const draft: PublishedVerdict = {
    slug: "preview",
    snapshot: {
      claimText: claim.text,
      speaker: claim.speaker,
      ratingLabel: verdict?.label ?? "",
      ratingValue: numeric ? (verdict?.value ?? null) : null,
      bestRating: numeric ? Math.max(...values) : null,
      worstRating: numeric ? Math.min(...values) : null,
      summary: verdict?.summary ?? "",
      explanation: verdict?.explanation ?? "",
      sources: [],
    },
    version: 1,
    publishedAt: now,
    updatedAt: now,
    claimQuote: claim.quote,
    tags: claim.tags,
    article,
    newsroom,
  };
  const claimReview = buildClaimReview(draft, siteUrl);
  const issues = lintClaimReview(claimReview, { siteUrl });
  if (!article.url) {
    issues.push({
      field: "itemReviewed.appearance",
      severity: "warning",
      message: "The article has no original URL; the appearance will point at our annotated copy.",
    });
  }
  return { claimReview, issues };
}
