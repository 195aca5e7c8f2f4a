import type { TRPCRouterRecord } from "@trpc/server";
import { ZAuditFilter } from "../schemas";
import { listAuditActions, listAuditEvents } from "../services/audit";
import { permissionProcedure } from "../trpc";

export const auditRouter = {
  list: permissionProcedure("audit.read")
    .input(ZAuditFilter)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.membership.newsroomId, input)),

  actions: permissionProcedure("audit.read").query(({ ctx }) =>
    listAuditActions(ctx.db, ctx.membership.newsroomId),
  ),
} satisfies TRPCRouterRecord;
