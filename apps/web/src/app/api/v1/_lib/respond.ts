import "server-only";
import type { PublishedVerdict } from "@claimdesk/api/public";

/**
 * Public, read-only responses: any origin may read them, and shared caches may keep them for
 * 10 s (then serve stale for up to 20 s more while refreshing) — the same 30 s bound as the pages.
 */
export const PUBLIC_CACHE = "public, max-age=0, s-maxage=10, stale-while-revalidate=20";

export function json(body: unknown, init: { status?: number; cache?: string } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": init.cache ?? PUBLIC_CACHE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function badRequest(message: string): Response {
  return json({ error: message }, { status: 400, cache: "no-store" });
}

export function notFoundJson(message: string): Response {
  return json({ error: message }, { status: 404, cache: "public, max-age=0, s-maxage=10" });
}

/** Reads `page` and `per_page` (1–100, default 20). */
export function paging(url: URL): { page: number; perPage: number } | string {
  const page = Number(url.searchParams.get("page") ?? "1");
  const perPage = Number(url.searchParams.get("per_page") ?? "20");
  if (!Number.isInteger(page) || page < 1 || page > 10_000) return "page must be a whole number from 1.";
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
    return "per_page must be a whole number from 1 to 100.";
  return { page, perPage };
}

export function verdictJson(verdict: PublishedVerdict, site: string) {
  const { snapshot, article } = verdict;
  return {
    /** Our own verdict; other organisations' reviews are at /api/v1/external-reviews (external: true). */
    external: false,
    slug: verdict.slug,
    url: new URL(`/verdicts/${verdict.slug}`, site).toString(),
    claim: snapshot.claimText,
    speaker: snapshot.speaker,
    rating: {
      label: snapshot.ratingLabel,
      value: snapshot.ratingValue,
      best: snapshot.bestRating,
      worst: snapshot.worstRating,
    },
    summary: snapshot.summary,
    explanation: snapshot.explanation,
    sources: snapshot.sources,
    tags: verdict.tags,
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      publisher: article.publisher,
      author: article.author,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      annotatedUrl: new URL(`/articles/${article.id}`, site).toString(),
    },
    newsroom: verdict.newsroom,
    version: verdict.version,
    publishedAt: verdict.publishedAt.toISOString(),
    updatedAt: verdict.updatedAt.toISOString(),
  };
}
