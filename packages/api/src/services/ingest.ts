import { articles, type Database } from "@claimdesk/db";
import {
  allowListFromEnv,
  extractArticle,
  extractDocx,
  type FetchPageOptions,
  FetchRefused,
  fetchPage,
} from "@claimdesk/ingest";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../actor";
import { applyNewArticleVersion } from "./article-versions";
import { type CreateArticleResult, contentHash, createArticle, type NewArticle } from "./articles";

/** Fetch limits for this deployment; CLAIMDESK_FETCH_ALLOW lists non-public hosts that may be fetched. */
export function fetchOptionsFromEnv(): FetchPageOptions {
  return { allowList: allowListFromEnv(process.env.CLAIMDESK_FETCH_ALLOW) };
}

/** Fetches a page and stores its article, or links the copy the newsroom already has. */
export async function ingestFromUrl(
  db: Database,
  actor: Actor,
  url: string,
  options: FetchPageOptions = fetchOptionsFromEnv(),
): Promise<CreateArticleResult> {
  return storeExtracted(db, actor, await fetchArticle(url, options));
}

/** Extracts the article from a saved or fetched HTML page; only text and metadata are kept. */
export async function ingestHtml(
  db: Database,
  actor: Actor,
  input: { html: string; url?: string | null },
): Promise<CreateArticleResult> {
  return storeExtracted(db, actor, articleFromHtml(input.html, input.url ?? null));
}

function articleFromHtml(html: string, url: string | null): NewArticle {
  const extracted = extractArticle(html, url ?? "https://unknown.invalid/");
  return {
    title: extracted.title,
    body: extracted.body,
    url: extracted.canonicalUrl ?? url,
    publisher: extracted.publisher,
    author: extracted.byline,
    publishedAt: extracted.publishedAt,
    language: extracted.language,
  };
}

/** The article at an address: fetched within the SSRF guard's limits, then extracted. */
async function fetchArticle(url: string, options: FetchPageOptions): Promise<NewArticle> {
  let page: Awaited<ReturnType<typeof fetchPage>>;
  try {
    page = await fetchPage(url, options);
  } catch (error) {
    if (error instanceof FetchRefused) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
    throw error;
  }
  if (page.contentType.startsWith("text/plain")) {
    return { title: titleFromText(page.body), body: page.body, url: page.url };
  }
  return articleFromHtml(page.body, page.url);
}

/** An uploaded Word document. */
export async function ingestDocx(db: Database, actor: Actor, file: Buffer): Promise<CreateArticleResult> {
  let document: { title: string; body: string };
  try {
    document = await extractDocx(file);
  } catch (error) {
    throw new TRPCError({ code: "BAD_REQUEST", message: (error as Error).message });
  }
  return storeExtracted(db, actor, { ...document, url: null });
}

async function storeExtracted(db: Database, actor: Actor, article: NewArticle): Promise<CreateArticleResult> {
  if (article.body.trim().length < 40) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message:
        "No article text was found on that page. Paste the text instead, or try the page's print view.",
    });
  }
  if (article.url) {
    const existing = await findArticleByUrl(db, actor.newsroomId, article.url);
    if (existing) {
      const same = existing.contentHash === contentHash(article.body);
      return { status: same ? "duplicate" : "changed", articleId: existing.id };
    }
  }
  return createArticle(db, actor, { ...article, title: article.title.slice(0, 500) });
}

async function findArticleByUrl(db: Database, newsroomId: string, url: string) {
  const [row] = await db
    .select({ id: articles.id, contentHash: articles.contentHash })
    .from(articles)
    .where(and(eq(articles.newsroomId, newsroomId), eq(articles.url, url)));
  return row ?? null;
}

/** Fetches an article's page again and, when its text changed, makes that the current version. */
export async function refreshArticleFromUrl(
  db: Database,
  actor: Actor,
  articleId: string,
  options: FetchPageOptions = fetchOptionsFromEnv(),
) {
  const [article] = await db
    .select({ url: articles.url })
    .from(articles)
    .where(and(eq(articles.id, articleId), eq(articles.newsroomId, actor.newsroomId)));
  if (!article) throw new TRPCError({ code: "NOT_FOUND", message: "Article not found." });
  if (!article.url)
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: "This article has no address to fetch." });
  return applyNewArticleVersion(db, actor, articleId, await fetchArticle(article.url, options));
}

function titleFromText(text: string): string {
  const firstLine = text.trim().split("\n")[0]?.trim() ?? "";
  return firstLine.length > 0 && firstLine.length <= 200 ? firstLine : "Untitled article";
}
