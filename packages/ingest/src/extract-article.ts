import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  canonicalUrl: string | null;
  language: string | null;
  /** Plain text, one paragraph per block, separated by blank lines. */
  body: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle)$/;
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
const NOT_BODY = "figure, figcaption, aside, nav, footer, form, button, script, style, noscript, iframe, svg";
/**
 * Page furniture found by its class or role: bylines, ads, share bars, related and newsletter boxes,
 * screen-reader text.
 */
const FURNITURE = [
  '[class*="byline"]',
  '[class*="dateline"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '[class~="ad"]',
  '[class*="ad-slot"]',
  '[class*="advert"]',
  '[class*="related"]',
  '[class*="newsletter"]',
  '[class*="share"]',
  '[class*="promo"]',
  '[role="complementary"]',
  // Text for screen readers only (", opens new tab" after every link) would run into the sentences.
  '[class*="visually-hidden"]',
  '[class*="sr-only"]',
  '[class*="screen-reader"]',
].join(", ");

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Text of a JSON-LD name-ish value: a string, an object with `name`, or a list of them. */
function nameOf(value: Json | undefined): string | null {
  const names = asArray(value)
    .map((entry) => (typeof entry === "string" ? entry : isObject(entry) ? nameOf(entry.name) : null))
    .filter((entry): entry is string => Boolean(entry?.trim()))
    .map((entry) => entry.trim());
  return names.length > 0 ? names.join(", ") : null;
}

function newsArticleJsonLd(document: Document): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? "") as Json;
    } catch {
      continue;
    }
    const candidates = asArray(parsed).flatMap((entry) =>
      isObject(entry) ? [entry, ...asArray(entry["@graph"])] : [],
    );
    for (const candidate of candidates) {
      if (
        isObject(candidate) &&
        asArray(candidate["@type"]).some((type) => ARTICLE_TYPES.test(String(type)))
      ) {
        return candidate;
      }
    }
  }
  return null;
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

function parseDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

/** Paragraph text from an HTML fragment, without captions, asides and other page furniture. */
function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const element of document.querySelectorAll(NOT_BODY)) element.remove();
  const paragraphs: string[] = [];
  for (const block of document.querySelectorAll(BLOCKS)) {
    // A list item or quote containing paragraphs is read through its paragraphs.
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  return paragraphs.join("\n\n");
}

/**
 * Pulls the article out of a web page: metadata from JSON-LD and meta tags, text via Readability.
 * Scripts and styles never reach the output, which is plain text only.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const jsonLd = newsArticleJsonLd(document);
  // Furniture goes before Readability sees the page: its output no longer carries the classes.
  const cleaned = document.cloneNode(true) as Document;
  for (const element of cleaned.querySelectorAll(`${NOT_BODY}, ${FURNITURE}`)) element.remove();
  const readable = new Readability(cleaned, { charThreshold: 200 }).parse();
  const body = blocksToText(readable?.content ?? cleaned.body?.innerHTML ?? "");
  const jsonLdTitle = typeof jsonLd?.headline === "string" ? jsonLd.headline.trim() : null;
  const title =
    jsonLdTitle ||
    meta(document, "og:title") ||
    readable?.title?.trim() ||
    document.title?.trim() ||
    "Untitled article";
  const mainEntity = jsonLd?.mainEntityOfPage;
  const jsonLdUrl =
    typeof jsonLd?.url === "string"
      ? jsonLd.url
      : isObject(mainEntity) && typeof mainEntity["@id"] === "string"
        ? mainEntity["@id"]
        : null;
  return {
    title,
    byline:
      nameOf(jsonLd?.author) ??
      meta(document, "author", "article:author") ??
      readable?.byline?.trim() ??
      null,
    publisher: nameOf(jsonLd?.publisher) ?? meta(document, "og:site_name") ?? readable?.siteName ?? null,
    publishedAt: parseDate(
      (typeof jsonLd?.datePublished === "string" ? jsonLd.datePublished : null) ??
        meta(document, "article:published_time", "date", "pubdate"),
    ),
    canonicalUrl:
      absolute(document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null, pageUrl) ??
      absolute(jsonLdUrl, pageUrl) ??
      absolute(meta(document, "og:url"), pageUrl),
    language:
      document.documentElement?.getAttribute("lang")?.trim() ||
      (typeof jsonLd?.inLanguage === "string" ? jsonLd.inLanguage : null) ||
      null,
    body,
  };
}
