import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { actorOf } from "../actor";
import { ZAddComment, ZId, ZMarkRead } from "../schemas";
import { addComment, listComments } from "../services/comments";
import { countUnread, listNotifications, markRead } from "../services/notifications";
import { permissionProcedure } from "../trpc";

export const commentRouter = {
  list: permissionProcedure("claim.read")
    .input(z.object({ claimId: ZId }))
    .query(({ ctx, input }) => listComments(ctx.db, actorOf(ctx), input.claimId)),

  add: permissionProcedure("claim.read")
    .input(ZAddComment)
    .mutation(({ ctx, input }) => addComment(ctx.db, actorOf(ctx), input)),
} satisfies TRPCRouterRecord;

export const notificationRouter = {
  list: permissionProcedure("queue.read")
    .input(z.object({ limit: z.number().int().min(1).max(100).default(50) }))
    .query(({ ctx, input }) => listNotifications(ctx.db, actorOf(ctx), input)),

  unreadCount: permissionProcedure("queue.read").query(({ ctx }) => countUnread(ctx.db, actorOf(ctx))),

  markRead: permissionProcedure("queue.read")
    .input(ZMarkRead)
    .mutation(({ ctx, input }) => markRead(ctx.db, actorOf(ctx), input.ids)),
} satisfies TRPCRouterRecord;
