import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { actorOf } from "../actor";
import { ZAddMember, ZId, ZNewsroomSettings, ZRatingLabelInput, ZUpdateMember } from "../schemas";
import {
  addMember,
  addRatingLabel,
  deleteRatingLabel,
  getNewsroomSettings,
  listMembers,
  removeMember,
  setRatingLabelRetired,
  updateMember,
  updateNewsroomSettings,
  updateRatingLabel,
} from "../services/newsroom-admin";
import { listRatingLabels } from "../services/rating-scale";
import { permissionProcedure } from "../trpc";

/** Newsroom administration: members and roles, settings, the rating scale. Admins only. */
export const newsroomRouter = {
  settings: permissionProcedure("newsroom.manage").query(({ ctx }) =>
    getNewsroomSettings(ctx.db, ctx.membership.newsroomId),
  ),
  updateSettings: permissionProcedure("newsroom.manage")
    .input(ZNewsroomSettings)
    .mutation(({ ctx, input }) => updateNewsroomSettings(ctx.db, actorOf(ctx), input)),

  members: permissionProcedure("newsroom.manage").query(({ ctx }) =>
    listMembers(ctx.db, ctx.membership.newsroomId),
  ),
  addMember: permissionProcedure("newsroom.manage")
    .input(ZAddMember)
    .mutation(({ ctx, input }) => addMember(ctx.db, actorOf(ctx), input)),
  updateMember: permissionProcedure("newsroom.manage")
    .input(ZUpdateMember)
    .mutation(({ ctx, input }) => updateMember(ctx.db, actorOf(ctx), input)),
  removeMember: permissionProcedure("newsroom.manage")
    .input(z.object({ userId: ZId }))
    .mutation(({ ctx, input }) => removeMember(ctx.db, actorOf(ctx), input.userId)),

  scale: permissionProcedure("claim.read").query(({ ctx }) =>
    listRatingLabels(ctx.db, ctx.membership.newsroomId),
  ),
  addLabel: permissionProcedure("newsroom.manage")
    .input(ZRatingLabelInput)
    .mutation(({ ctx, input }) => addRatingLabel(ctx.db, actorOf(ctx), input)),
  updateLabel: permissionProcedure("newsroom.manage")
    .input(ZRatingLabelInput.extend({ labelId: ZId }))
    .mutation(({ ctx, input }) => updateRatingLabel(ctx.db, actorOf(ctx), input)),
  setLabelRetired: permissionProcedure("newsroom.manage")
    .input(z.object({ labelId: ZId, retired: z.boolean() }))
    .mutation(({ ctx, input }) => setRatingLabelRetired(ctx.db, actorOf(ctx), input)),
  deleteLabel: permissionProcedure("newsroom.manage")
    .input(z.object({ labelId: ZId }))
    .mutation(({ ctx, input }) => deleteRatingLabel(ctx.db, actorOf(ctx), input.labelId)),
} satisfies TRPCRouterRecord;
