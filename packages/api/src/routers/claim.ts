import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { actorOf } from "../actor";
import { ZAssignClaims, ZAutoAssign, ZId, ZMergeClaims, ZSplitClaim, ZUpdateClaim } from "../schemas";
import { mergeClaims, splitClaim, updateClaim } from "../services/claim-editing";
import { assignClaims, changeClaimStatus, listMyQueue } from "../services/claims";
import { listMembers } from "../services/newsroom-admin";
import { getClaimWorkspace } from "../services/verdicts";
import { autoAssignClaims, listOverdue, workloadByMember } from "../services/workload";
import { permissionProcedure } from "../trpc";

export const claimRouter = {
  /** The claim workspace; fact-checkers may open only claims assigned to them. */
  get: permissionProcedure("claim.read")
    .input(z.object({ claimId: ZId }))
    .query(({ ctx, input }) => getClaimWorkspace(ctx.db, actorOf(ctx), input.claimId)),

  myQueue: permissionProcedure("queue.read").query(({ ctx }) => listMyQueue(ctx.db, actorOf(ctx))),

  assignees: permissionProcedure("claim.assign").query(({ ctx }) =>
    listMembers(ctx.db, ctx.membership.newsroomId),
  ),

  assign: permissionProcedure("claim.assign")
    .input(ZAssignClaims)
    .mutation(({ ctx, input }) =>
      assignClaims(ctx.db, actorOf(ctx), { ...input, dueAt: input.dueAt ?? null }),
    ),

  autoAssign: permissionProcedure("claim.assign")
    .input(ZAutoAssign)
    .mutation(({ ctx, input }) =>
      autoAssignClaims(ctx.db, actorOf(ctx), { ...input, dueAt: input.dueAt ?? null }),
    ),

  workload: permissionProcedure("claim.assign").query(({ ctx }) =>
    workloadByMember(ctx.db, ctx.membership.newsroomId),
  ),

  overdue: permissionProcedure("claim.assign").query(({ ctx }) =>
    listOverdue(ctx.db, ctx.membership.newsroomId),
  ),

  update: permissionProcedure("claim.edit")
    .input(ZUpdateClaim)
    .mutation(({ ctx, input }) => updateClaim(ctx.db, actorOf(ctx), input)),

  merge: permissionProcedure("claim.edit")
    .input(ZMergeClaims)
    .mutation(({ ctx, input }) => mergeClaims(ctx.db, actorOf(ctx), input.claimIds)),

  split: permissionProcedure("claim.edit")
    .input(ZSplitClaim)
    .mutation(({ ctx, input }) => splitClaim(ctx.db, actorOf(ctx), input)),

  setStatus: permissionProcedure("claim.triage")
    .input(z.object({ claimId: ZId, action: z.enum(["triage", "dismiss", "restore"]) }))
    .mutation(async ({ ctx, input }) => {
      const { publicChange, status } = await changeClaimStatus(
        ctx.db,
        actorOf(ctx),
        input.claimId,
        input.action,
      );
      if (publicChange) await ctx.onPublicChange(publicChange);
      return status;
    }),
} satisfies TRPCRouterRecord;
