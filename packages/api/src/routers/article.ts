import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { actorOf } from "../actor";
import { ZCreateArticle, ZId, ZIngestDocx, ZIngestHtml, ZIngestUrl, ZPage } from "../schemas";
import { createArticle, getArticle, listArticles } from "../services/articles";
import { resplitArticle } from "../services/claim-editing";
import { listArticleClaims } from "../services/claims";
import { ingestDocx, ingestFromUrl, ingestHtml, refreshArticleFromUrl } from "../services/ingest";
import { permissionProcedure } from "../trpc";

export const articleRouter = {
  list: permissionProcedure("article.read")
    .input(ZPage)
    .query(({ ctx, input }) => listArticles(ctx.db, ctx.membership.newsroomId, input)),

  get: permissionProcedure("article.read")
    .input(z.object({ articleId: ZId }))
    .query(async ({ ctx, input }) => {
      const article = await getArticle(ctx.db, ctx.membership.newsroomId, input.articleId);
      if (!article) throw new TRPCError({ code: "NOT_FOUND", message: "Article not found." });
      return { article, claims: await listArticleClaims(ctx.db, actorOf(ctx), article.id) };
    }),

  create: permissionProcedure("article.create")
    .input(ZCreateArticle)
    .mutation(({ ctx, input }) => createArticle(ctx.db, actorOf(ctx), input)),

  /** Fetches a web page (SSRF-guarded), extracts its article and splits it into claims. */
  createFromUrl: permissionProcedure("article.create")
    .input(ZIngestUrl)
    .mutation(({ ctx, input }) => ingestFromUrl(ctx.db, actorOf(ctx), input.url)),

  /** An uploaded, saved HTML page. */
  createFromHtml: permissionProcedure("article.create")
    .input(ZIngestHtml)
    .mutation(({ ctx, input }) => ingestHtml(ctx.db, actorOf(ctx), input)),

  /** An uploaded Word document. */
  createFromDocx: permissionProcedure("article.create")
    .input(ZIngestDocx)
    .mutation(({ ctx, input }) => ingestDocx(ctx.db, actorOf(ctx), Buffer.from(input.base64, "base64"))),

  /** Fetches the article's page again and makes a changed text the current version. */
  refreshFromUrl: permissionProcedure("article.create")
    .input(z.object({ articleId: ZId }))
    .mutation(({ ctx, input }) => refreshArticleFromUrl(ctx.db, actorOf(ctx), input.articleId)),

  /** Runs extraction again, keeping every claim that already has work on it. */
  resplit: permissionProcedure("claim.edit")
    .input(z.object({ articleId: ZId }))
    .mutation(({ ctx, input }) => resplitArticle(ctx.db, actorOf(ctx), input.articleId)),
} satisfies TRPCRouterRecord;
