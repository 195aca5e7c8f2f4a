import { newsrooms } from "@claimdesk/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { actorOf } from "../actor";
import { previewClaimReview } from "../public/claim-review-preview";
import { exportVerdictsCsv } from "../public/export";
import { siteUrl } from "../public/site-url";
import { ZId } from "../schemas";
import { recordAudit } from "../services/audit";
import { importClaimReviews, listExternalReviews } from "../services/claimreview-import";
import { permissionProcedure } from "../trpc";

const ZPageText = z.string().max(50_000, "Keep the page under 50,000 characters.");

/** Publishing tools: ClaimReview in and out, CSV export, the newsroom's public transparency pages. */
export const publishingRouter = {
  importClaimReview: permissionProcedure("verdict.import")
    .input(
      z.object({
        input: z
          .string()
          .min(2, "Paste a ClaimReview JSON-LD block or the HTML of a fact-check page.")
          .max(5_000_000, "The input is larger than 5 MB; paste only the page or the JSON-LD block."),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await importClaimReviews(ctx.db, actorOf(ctx), input.input);
      await ctx.onPublicChange({ kind: "external-reviews", speakers: result.speakers });
      return result;
    }),

  externalReviews: permissionProcedure("verdict.import")
    .input(
      z.object({
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).default(0),
      }),
    )
    .query(({ ctx, input }) => listExternalReviews(ctx.db, actorOf(ctx), input)),

  lintClaimReview: permissionProcedure("claim.read")
    .input(z.object({ claimId: ZId }))
    .query(({ ctx, input }) => previewClaimReview(ctx.db, actorOf(ctx), input.claimId, siteUrl())),

  exportCsv: permissionProcedure("verdict.export")
    .input(
      z.object({
        from: z.coerce.date().nullish(),
        to: z.coerce.date().nullish(),
        includeUnpublished: z.boolean().default(false),
      }),
    )
    .query(({ ctx, input }) => exportVerdictsCsv(ctx.db, actorOf(ctx), input)),

  pages: permissionProcedure("newsroom.pages").query(async ({ ctx }) => {
    const [row] = await ctx.db
      .select({ methodology: newsrooms.methodology, correctionsPolicy: newsrooms.correctionsPolicy })
      .from(newsrooms)
      .where(eq(newsrooms.id, actorOf(ctx).newsroomId));
    return row ?? { methodology: "", correctionsPolicy: "" };
  }),

  updatePages: permissionProcedure("newsroom.pages")
    .input(z.object({ methodology: ZPageText, correctionsPolicy: ZPageText }))
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx);
      await ctx.db.transaction(async (tx) => {
        const [before] = await tx
          .select({ methodology: newsrooms.methodology, correctionsPolicy: newsrooms.correctionsPolicy })
          .from(newsrooms)
          .where(eq(newsrooms.id, actor.newsroomId));
        await tx
          .update(newsrooms)
          .set({ methodology: input.methodology.trim(), correctionsPolicy: input.correctionsPolicy.trim() })
          .where(eq(newsrooms.id, actor.newsroomId));
        await recordAudit(tx, actor, {
          action: "newsroom.pages.update",
          entityType: "newsroom",
          entityId: actor.newsroomId,
          before,
          after: input,
        });
      });
      await ctx.onPublicChange({ kind: "newsroom-pages" });
      return { saved: true };
    }),
} satisfies TRPCRouterRecord;
