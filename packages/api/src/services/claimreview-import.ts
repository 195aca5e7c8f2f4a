/**
 * ClaimReview import: reads pasted JSON-LD or a page's HTML, finds every ClaimReview in it (top
 * level, arrays, `@graph`, nested), normalises the quirks real publishers ship, and stores each one
 * as a claim of ours with an external verdict (`external_reviews`), once per review URL per newsroom.
 */
import { createHash } from "node:crypto";
import { decodeCharacterReferences } from "@claimdesk/claims";
import { articles, claims, type Database, externalReviews } from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "../actor";
import { recordAudit } from "./audit";
import { UNTOUCHED } from "./claim-editing";

export interface NormalizedReview {
  reviewUrl: string;
  publisherName: string;
  publisherUrl: string | null;
  claimReviewed: string;
  claimAuthor: string | null;
  claimDate: Date | null;
  appearanceUrl: string | null;
  ratingLabel: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  reviewPublishedAt: Date | null;
  language: string | null;
  raw: Record<string, unknown>;
}

export interface ParseResult {
  reviews: NormalizedReview[];
  /** One plain sentence per review (or block) that could not be read. */
  problems: string[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const MAX_INPUT = 5_000_000;

/** Splits the input into JSON texts: the whole input, or each ld+json script block of an HTML page. */
export function extractJsonLdBlocks(input: string): string[] {
  const trimmed = input.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") return [];
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return [trimmed];
  const blocks: string[] = [];
  const pattern = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (const match of trimmed.matchAll(pattern)) {
    const body = (match[1] ?? "")
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, "")
      .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, "")
      .trim();
    if (body) blocks.push(body);
  }
  return blocks;
}

function parseJson(text: string, label: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (first) {
    // Publishers sometimes put raw line breaks or tabs inside strings; JSON forbids them.
    try {
      return { value: JSON.parse(stripControlCharacters(text)) };
    } catch {
      const reason = first instanceof Error ? first.message : String(first);
      return { error: `${label} is not valid JSON (${reason}).` };
    }
  }
}

function stripControlCharacters(text: string): string {
  let out = "";
  for (const char of text) out += char.charCodeAt(0) < 0x20 ? " " : char;
  return out;
}

function typesOf(node: JsonObject): string[] {
  const type = node["@type"];
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === "string");
  return [];
}

/** Every object in the tree whose @type includes ClaimReview; also records which types were seen. */
function collectClaimReviews(value: unknown, found: JsonObject[], seenTypes: Set<string>, depth = 0): void {
  if (depth > 20) return;
  if (Array.isArray(value)) {
    for (const entry of value) collectClaimReviews(entry, found, seenTypes, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const types = typesOf(value);
  for (const type of types) seenTypes.add(type);
  if (types.some((type) => type.replace(/^.*[/:]/, "") === "ClaimReview")) {
    found.push(value);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === "@context") continue;
    if (typeof child === "object" && child !== null) collectClaimReviews(child, found, seenTypes, depth + 1);
  }
}

/** Plain text from a JSON-LD string: tags dropped, entities decoded, whitespace collapsed. */
export function cleanText(value: string): string {
  return decodeCharacterReferences(value.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** A string from a string, a number, or an array of them ("names as arrays"). */
function text(value: unknown): string | null {
  if (typeof value === "string") {
    const cleaned = cleanText(value);
    return cleaned === "" ? null : cleaned;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(", ") : null;
  }
  return null;
}

function nameOf(value: unknown): string | null {
  if (isObject(value)) return text(value.name) ?? text(value.legalName) ?? text(value.alternateName);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  return text(value);
}

function firstObject(value: unknown): JsonObject | null {
  if (isObject(value)) return value;
  if (Array.isArray(value)) return value.find(isObject) ?? null;
  return null;
}

/** An absolute http(s) URL, adding https:// to a bare host ("factcheck.cite.org.zw"). */
export function normalizeUrl(value: unknown, base?: string | null): string | null {
  const raw = text(Array.isArray(value) ? value[0] : value);
  if (!raw) return null;
  const attempts: (() => URL)[] = [() => new URL(raw)];
  if (/^[a-z0-9.-]+\.[a-z]{2,}(\/|$)/i.test(raw)) attempts.push(() => new URL(`https://${raw}`));
  if (base) attempts.push(() => new URL(raw, base));
  for (const attempt of attempts) {
    try {
      const url = attempt();
      if (url.protocol === "http:" || url.protocol === "https:") return url.toString();
    } catch {
      // try the next form
    }
  }
  return null;
}

/**
 * A date from ISO 8601 or the near-ISO forms publishers use: "2020-06-24 00:03" (read as UTC),
 * "+0200" offsets without a colon, plain "2022-10-06". Null when it can't be read.
 */
export function parseLooseDate(value: unknown): Date | null {
  const raw = text(value);
  if (!raw) return null;
  let candidate = raw
    .trim()
    .replace(
      /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)/,
      (_all, date: string, time: string) => {
        const [hours = "0", ...rest] = time.split(":");
        return `${date}T${hours.padStart(2, "0")}:${rest.join(":")}`;
      },
    );
  candidate = candidate.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(candidate)) candidate += "Z";
  if (/^\d{4}-\d{2}-\d{2}$/.test(candidate)) candidate += "T00:00:00Z";
  const time = Date.parse(candidate);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= 1900 && year <= 2200 ? date : null;
}

function integer(value: unknown): number | null {
  const raw = typeof value === "number" ? String(value) : text(value);
  if (raw === null || !/^-?\d+(\.\d+)?$/.test(raw.trim())) return null;
  const number = Math.round(Number(raw));
  return Number.isSafeInteger(number) ? number : null;
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** Someone's author page, not the organisation: "/author/…", "/authors/…", "/people/…". */
function looksLikePersonUrl(url: string | null): boolean {
  return url !== null && /\/(authors?|people|staff|team|profile)\//i.test(new URL(url).pathname);
}

function describe(review: JsonObject, index: number): string {
  const url = text(review.url);
  return `ClaimReview ${index + 1}${url ? ` (${url})` : ""}`;
}

function normalizeReview(review: JsonObject, index: number): NormalizedReview | string {
  const label = describe(review, index);
  const reviewUrl = normalizeUrl(review.url) ?? normalizeUrl(firstObject(review.mainEntityOfPage)?.["@id"]);
  if (!reviewUrl) return `${label} has no "url": the review's own address is needed to import it once.`;
  const claimReviewed = text(review.claimReviewed) ?? text(review.name);
  if (!claimReviewed) return `${label} has no "claimReviewed": there is no claim to import.`;
  const rating = firstObject(review.reviewRating);
  if (!rating) return `${label} has no "reviewRating".`;
  const ratingValue = integer(rating.ratingValue);
  const bestRating = integer(rating.bestRating);
  const worstRating = integer(rating.worstRating);
  const ratingLabel =
    text(rating.alternateName) ??
    text(rating.name) ??
    (ratingValue !== null ? `${ratingValue}${bestRating !== null ? ` of ${bestRating}` : ""}` : null);
  if (!ratingLabel) {
    return `${label} has a "reviewRating" without "alternateName" or "ratingValue": there is no rating to import.`;
  }

  const publisher = firstObject(review.publisher);
  const author = firstObject(review.author);
  const authorUrl = normalizeUrl(author?.url, reviewUrl);
  const authorIsOrganisation =
    author !== null && typesOf(author).includes("Organization") && !looksLikePersonUrl(authorUrl);
  const publisherName =
    nameOf(publisher) ?? (authorIsOrganisation ? nameOf(author) : null) ?? hostOf(reviewUrl);
  const publisherUrl =
    normalizeUrl(publisher?.url, reviewUrl) ??
    (authorIsOrganisation ? authorUrl : null) ??
    new URL(reviewUrl).origin;

  const item = firstObject(review.itemReviewed);
  const appearance = firstObject(item?.appearance) ?? firstObject(item?.firstAppearance);
  const appearanceUrl =
    normalizeUrl(appearance?.url) ??
    normalizeUrl(item?.appearance) ??
    normalizeUrl(item?.url) ??
    normalizeUrl(item?.sameAs);

  return {
    reviewUrl,
    publisherName: publisherName.slice(0, 300),
    publisherUrl,
    claimReviewed: claimReviewed.slice(0, 5000),
    claimAuthor: nameOf(item?.author)?.slice(0, 500) ?? null,
    claimDate: parseLooseDate(item?.datePublished) ?? parseLooseDate(appearance?.datePublished),
    appearanceUrl,
    ratingLabel: ratingLabel.slice(0, 1000),
    ratingValue,
    bestRating,
    worstRating,
    reviewPublishedAt: parseLooseDate(review.datePublished),
    language: text(review.inLanguage) ?? text(item?.inLanguage),
    raw: review,
  };
}

/** Pure: finds and normalises every ClaimReview in pasted JSON-LD or HTML. */
export function parseClaimReviews(input: string): ParseResult {
  if (input.length > MAX_INPUT) {
    return {
      reviews: [],
      problems: ["The input is larger than 5 MB; paste only the page or the JSON-LD block."],
    };
  }
  const blocks = extractJsonLdBlocks(input);
  if (blocks.length === 0) {
    return {
      reviews: [],
      problems: [
        input.trim() === ""
          ? "The input is empty: paste a ClaimReview JSON-LD block or the HTML of a fact-check page."
          : 'Found neither JSON (starting with "{" or "[") nor any <script type="application/ld+json"> block.',
      ],
    };
  }
  const problems: string[] = [];
  const found: JsonObject[] = [];
  const seenTypes = new Set<string>();
  blocks.forEach((block, index) => {
    const parsed = parseJson(block, blocks.length > 1 ? `JSON-LD block ${index + 1}` : "The input");
    if ("error" in parsed) problems.push(parsed.error);
    else collectClaimReviews(parsed.value, found, seenTypes);
  });
  if (found.length === 0 && problems.length === 0) {
    const types = [...seenTypes].slice(0, 8).join(", ");
    problems.push(`No ClaimReview found${types ? ` (the JSON-LD has ${types})` : ""}.`);
  }
  const reviews: NormalizedReview[] = [];
  found.forEach((review, index) => {
    const normalized = normalizeReview(review, index);
    if (typeof normalized === "string") problems.push(normalized);
    else reviews.push(normalized);
  });
  return { reviews, problems };
}

export interface ImportResult {
  imported: {
    id: string;
    claimId: string;
    reviewUrl: string;
    claimReviewed: string;
    publisherName: string;
    created: boolean;
  }[];
  problems: string[];
  /** Speakers whose public pages show these reviews (before and after a re-import). */
  speakers: string[];
}

/**
 * The lightweight "external source" article an imported claim sits in: its body is the claim as
 * the publisher worded it, so the claim's span is the whole body. It has no URL on purpose (the
 * appearance URL stays on the review), so ingesting that page later makes a real article instead
 * of finding this one; its hash is derived from the review URL, never from a body.
 */
function externalArticle(review: NormalizedReview) {
  return {
    title: `Reviewed by ${review.publisherName}: ${review.claimReviewed.slice(0, 100)}`,
    body: review.claimReviewed,
    contentHash: createHash("sha256").update(`claimreview:${review.reviewUrl}`).digest("hex"),
    author: review.claimAuthor,
    publishedAt: review.claimDate,
    language: review.language,
  };
}

/** The claim's wording, speaker and span: the whole body of its external-source article. */
function externalClaim(review: NormalizedReview) {
  const span = { start: 0, end: review.claimReviewed.length };
  return {
    spanStart: span.start,
    spanEnd: span.end,
    spans: [span],
    quote: review.claimReviewed,
    text: review.claimReviewed,
    speaker: review.claimAuthor,
  };
}

/** Creates the external-source article and the claim for a review imported for the first time. */
async function createExternalClaim(tx: Database, actor: Actor, review: NormalizedReview): Promise<string> {
  const [article] = await tx
    .insert(articles)
    .values({ ...externalArticle(review), newsroomId: actor.newsroomId, createdById: actor.userId })
    .returning({ id: articles.id });
  if (!article) throw new Error("external article insert returned nothing");
  const [claim] = await tx
    .insert(claims)
    .values({
      ...externalClaim(review),
      newsroomId: actor.newsroomId,
      articleId: article.id,
      // Another fact-checker found it worth checking; whether we check it too is triage's call.
      score: 1,
      checkworthy: true,
    })
    .returning({ id: claims.id });
  if (!claim) throw new Error("external claim insert returned nothing");
  return claim.id;
}

/**
 * A re-import carries the publisher's new wording into our claim only while nobody here has worked
 * on it (the same rule as merging and re-splitting); after that the claim is ours to word.
 */
async function refreshUntouchedClaim(tx: Database, claimId: string, review: NormalizedReview) {
  const [claim] = await tx
    .update(claims)
    .set({ ...externalClaim(review), updatedAt: new Date() })
    .where(and(eq(claims.id, claimId), inArray(claims.status, [...UNTOUCHED])))
    .returning({ articleId: claims.articleId });
  if (!claim) return;
  const { contentHash: _unchanged, ...article } = externalArticle(review);
  await tx.update(articles).set(article).where(eq(articles.id, claim.articleId));
}

/**
 * Imports every readable ClaimReview as an external verdict on a claim of ours: the first import of
 * a review URL creates the claim (in its own external-source article) and the review; importing the
 * same URL again updates both in place and never duplicates them.
 */
export async function importClaimReviews(db: Database, actor: Actor, input: string): Promise<ImportResult> {
  const { reviews, problems } = parseClaimReviews(input);
  if (reviews.length === 0) {
    throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") || "Nothing to import." });
  }
  return db.transaction(async (tx) => {
    const imported: ImportResult["imported"] = [];
    const speakers = new Set<string>();
    for (const review of reviews) {
      const [existing] = await tx
        .select({
          id: externalReviews.id,
          claimId: externalReviews.claimId,
          speaker: externalReviews.claimAuthor,
        })
        .from(externalReviews)
        .where(
          and(
            eq(externalReviews.newsroomId, actor.newsroomId),
            eq(externalReviews.reviewUrl, review.reviewUrl),
          ),
        );
      let row: { id: string; claimId: string } | undefined;
      if (existing) {
        await refreshUntouchedClaim(tx, existing.claimId, review);
        [row] = await tx
          .update(externalReviews)
          .set({ ...review, importedById: actor.userId })
          .where(eq(externalReviews.id, existing.id))
          .returning({ id: externalReviews.id, claimId: externalReviews.claimId });
        if (existing.speaker) speakers.add(existing.speaker);
      } else {
        const claimId = await createExternalClaim(tx, actor, review);
        [row] = await tx
          .insert(externalReviews)
          .values({ ...review, claimId, newsroomId: actor.newsroomId, importedById: actor.userId })
          .onConflictDoNothing({ target: [externalReviews.newsroomId, externalReviews.reviewUrl] })
          .returning({ id: externalReviews.id, claimId: externalReviews.claimId });
      }
      if (!row) {
        // Another import of the same review committed first; rolling back keeps one claim per review.
        throw new TRPCError({
          code: "CONFLICT",
          message: `${review.reviewUrl} was imported by someone else just now; import again to update it.`,
        });
      }
      if (review.claimAuthor) speakers.add(review.claimAuthor);
      imported.push({
        id: row.id,
        claimId: row.claimId,
        reviewUrl: review.reviewUrl,
        claimReviewed: review.claimReviewed,
        publisherName: review.publisherName,
        created: !existing,
      });
      await recordAudit(tx, actor, {
        action: existing ? "claimreview.reimport" : "claimreview.import",
        entityType: "claim",
        entityId: row.claimId,
        after: { externalReviewId: row.id, reviewUrl: review.reviewUrl, publisher: review.publisherName },
      });
    }
    return { imported, problems, speakers: [...speakers] };
  });
}

/** The newsroom's imported reviews, newest first. */
export async function listExternalReviews(
  db: Database,
  actor: Actor,
  options: { limit: number; offset: number },
) {
  return db
    .select({
      id: externalReviews.id,
      claimId: externalReviews.claimId,
      publisherName: externalReviews.publisherName,
      publisherUrl: externalReviews.publisherUrl,
      reviewUrl: externalReviews.reviewUrl,
      claimReviewed: externalReviews.claimReviewed,
      claimAuthor: externalReviews.claimAuthor,
      claimDate: externalReviews.claimDate,
      appearanceUrl: externalReviews.appearanceUrl,
      ratingLabel: externalReviews.ratingLabel,
      ratingValue: externalReviews.ratingValue,
      bestRating: externalReviews.bestRating,
      worstRating: externalReviews.worstRating,
      reviewPublishedAt: externalReviews.reviewPublishedAt,
      createdAt: externalReviews.createdAt,
    })
    .from(externalReviews)
    .where(eq(externalReviews.newsroomId, actor.newsroomId))
    .orderBy(sql`${externalReviews.createdAt} desc`, externalReviews.reviewUrl)
    .limit(options.limit)
    .offset(options.offset);
}
