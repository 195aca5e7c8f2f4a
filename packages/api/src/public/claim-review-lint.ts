/**
 * Pre-publish ClaimReview linter: checks a ClaimReview JSON-LD object against Google's fact-check
 * markup rules and the newsroom's own house rules. Pure; works on our output or on imported markup.
 */

export type LintSeverity = "error" | "warning";

export interface LintIssue {
  /** The JSON-LD field at fault, e.g. "itemReviewed.appearance". */
  field: string;
  severity: LintSeverity;
  message: string;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number") return String(value);
  return null;
}

function num(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

function validDate(value: unknown): boolean {
  const raw = str(value);
  return raw !== null && /^\d{4}-\d{2}-\d{2}/.test(raw) && !Number.isNaN(Date.parse(raw));
}

function sameSite(url: string, siteUrl: string): boolean {
  try {
    return new URL(url).host === new URL(siteUrl).host;
  } catch {
    return false;
  }
}

/** Google suggests a short claimReviewed; long ones are cut in search results. */
export const CLAIM_REVIEWED_MAX = 75;

const RATING_WORDS = [
  "true",
  "false",
  "mostly true",
  "mostly false",
  "half true",
  "misleading",
  "unproven",
  "fake",
  "correct",
  "incorrect",
];

export function lintClaimReview(claimReview: unknown, options: { siteUrl?: string } = {}): LintIssue[] {
  const issues: LintIssue[] = [];
  const add = (field: string, severity: LintSeverity, message: string) =>
    issues.push({ field, severity, message });
  if (!isObject(claimReview)) {
    add("@type", "error", "The markup is not a JSON-LD object.");
    return issues;
  }
  const type = claimReview["@type"];
  if (type !== "ClaimReview" && !(Array.isArray(type) && type.includes("ClaimReview"))) {
    add("@type", "error", '"@type" must be "ClaimReview".');
  }

  const claimReviewed = str(claimReview.claimReviewed);
  const rating = isObject(claimReview.reviewRating) ? claimReview.reviewRating : null;
  const ratingLabel = rating ? str(rating.alternateName) : null;
  if (!claimReviewed) {
    add("claimReviewed", "error", "The claim text (claimReviewed) is missing.");
  } else {
    if (claimReviewed.length > CLAIM_REVIEWED_MAX) {
      add(
        "claimReviewed",
        "warning",
        `The claim is ${claimReviewed.length} characters; Google shows about ${CLAIM_REVIEWED_MAX}. Shorten the standalone claim text.`,
      );
    }
    const lower = claimReviewed.toLowerCase();
    const words = new Set([...RATING_WORDS, ...(ratingLabel ? [ratingLabel.toLowerCase()] : [])]);
    const hit = [...words].find((word) =>
      new RegExp(`(^|[^a-z])${escapeRegExp(word)}([^a-z]|$)`).test(lower),
    );
    if (hit) {
      add(
        "claimReviewed",
        "warning",
        `The claim contains the rating word "${hit}". State the claim as it was made; the rating goes in reviewRating.`,
      );
    }
  }

  if (!rating) {
    add("reviewRating", "error", "There is no reviewRating.");
  } else {
    if (!ratingLabel)
      add("reviewRating.alternateName", "error", "The rating has no text label (alternateName).");
    else if (ratingLabel.split(/\s+/).length > 6) {
      add(
        "reviewRating.alternateName",
        "warning",
        "The rating label is a sentence; use a short label such as “False”.",
      );
    }
    const value = num(rating.ratingValue);
    const best = num(rating.bestRating);
    const worst = num(rating.worstRating);
    if (value !== null) {
      if (best === null || worst === null) {
        add("reviewRating.bestRating", "error", "A numeric ratingValue needs bestRating and worstRating.");
      } else if (value < Math.min(best, worst) || value > Math.max(best, worst)) {
        add("reviewRating.ratingValue", "error", `ratingValue ${value} is outside ${worst}–${best}.`);
      }
    }
  }

  const item = isObject(claimReview.itemReviewed) ? claimReview.itemReviewed : null;
  if (!item) {
    add("itemReviewed", "error", "There is no itemReviewed Claim.");
  } else {
    if (item["@type"] !== "Claim") add("itemReviewed.@type", "warning", 'itemReviewed should be a "Claim".');
    const author = isObject(item.author) ? item.author : null;
    if (!author || !str(author.name)) {
      add(
        "itemReviewed.author",
        "warning",
        "Who made the claim is missing: add the speaker or the publisher.",
      );
    }
    const appearance = Array.isArray(item.appearance) ? item.appearance[0] : item.appearance;
    const appearanceUrl = isObject(appearance) ? str(appearance.url) : str(appearance);
    if (!appearanceUrl) {
      add(
        "itemReviewed.appearance",
        "warning",
        "Where the claim appeared is missing: add the article's URL.",
      );
    }
    if (!validDate(item.datePublished)) {
      add(
        "itemReviewed.datePublished",
        "warning",
        "When the claim was made is missing: add the article's date.",
      );
    }
  }

  const author = isObject(claimReview.author) ? claimReview.author : null;
  if (!author || !str(author.name))
    add("author", "error", "The fact-checking organisation (author) is missing.");
  else if (author["@type"] !== "Organization")
    add("author.@type", "warning", "author should be the Organization.");

  const url = str(claimReview.url);
  if (!url) add("url", "error", "The review's own URL is missing.");
  else if (options.siteUrl && !sameSite(url, options.siteUrl)) {
    add("url", "error", `The review URL ${url} is not on this site (${options.siteUrl}).`);
  }
  if (!validDate(claimReview.datePublished)) {
    add("datePublished", "error", "The review's datePublished is missing or not an ISO 8601 date.");
  }
  if (claimReview.dateModified !== undefined && !validDate(claimReview.dateModified)) {
    add("dateModified", "error", "dateModified is not an ISO 8601 date.");
  }
  return issues;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
