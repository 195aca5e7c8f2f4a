import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { actorOf } from "../actor";
import {
  ZApprove,
  ZCorrectVerdict,
  ZId,
  ZRequestChanges,
  ZSaveVerdict,
  ZUnpublish,
  ZVerdictRef,
} from "../schemas";
import {
  correctPublication,
  publishVerdict,
  republishPublication,
  unpublishPublication,
} from "../services/publications";
import {
  approveVerdict,
  listSubmittedVerdicts,
  requestVerdictChanges,
  saveVerdictDraft,
  submitVerdict,
} from "../services/verdicts";
import { permissionProcedure } from "../trpc";

export const verdictRouter = {
  saveDraft: permissionProcedure("verdict.write")
    .input(ZSaveVerdict)
    .mutation(({ ctx, input }) => saveVerdictDraft(ctx.db, actorOf(ctx), input)),

  submit: permissionProcedure("verdict.write")
    .input(ZVerdictRef)
    .mutation(({ ctx, input }) => submitVerdict(ctx.db, actorOf(ctx), input)),

  reviewQueue: permissionProcedure("verdict.review").query(({ ctx }) =>
    listSubmittedVerdicts(ctx.db, actorOf(ctx)),
  ),

  approve: permissionProcedure("verdict.review")
    .input(ZApprove)
    .mutation(async ({ ctx, input }) => {
      const { publicChange, ...result } = await approveVerdict(ctx.db, actorOf(ctx), input);
      if (publicChange) await ctx.onPublicChange(publicChange);
      return result;
    }),

  requestChanges: permissionProcedure("verdict.review")
    .input(ZRequestChanges)
    .mutation(({ ctx, input }) => requestVerdictChanges(ctx.db, actorOf(ctx), input)),

  publish: permissionProcedure("verdict.publish")
    .input(z.object({ claimId: ZId }))
    .mutation(async ({ ctx, input }) => {
      const publicChange = await publishVerdict(ctx.db, actorOf(ctx), input.claimId);
      await ctx.onPublicChange(publicChange);
      return { slug: publicChange.slug };
    }),

  correct: permissionProcedure("verdict.publish")
    .input(ZCorrectVerdict)
    .mutation(async ({ ctx, input }) => {
      const publicChange = await correctPublication(ctx.db, actorOf(ctx), input);
      await ctx.onPublicChange(publicChange);
      return { slug: publicChange.slug };
    }),

  unpublish: permissionProcedure("verdict.publish")
    .input(ZUnpublish)
    .mutation(async ({ ctx, input }) => {
      const publicChange = await unpublishPublication(ctx.db, actorOf(ctx), input);
      await ctx.onPublicChange(publicChange);
      return { slug: publicChange.slug };
    }),

  republish: permissionProcedure("verdict.publish")
    .input(z.object({ claimId: ZId }))
    .mutation(async ({ ctx, input }) => {
      const publicChange = await republishPublication(ctx.db, actorOf(ctx), input.claimId);
      await ctx.onPublicChange(publicChange);
      return { slug: publicChange.slug };
    }),
} satisfies TRPCRouterRecord;
