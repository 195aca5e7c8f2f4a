import type { TRPCRouterRecord } from "@trpc/server";
import { permissionsOf } from "../authz/permissions";
import { authedProcedure } from "../trpc";

export const sessionRouter = {
  /** Who is signed in, the newsrooms they belong to and what they may do in the active one. */
  me: authedProcedure.query(({ ctx }) => ({
    user: ctx.user,
    membership: ctx.membership,
    memberships: ctx.memberships,
    permissions: ctx.membership ? permissionsOf(ctx.membership.role) : [],
  })),
} satisfies TRPCRouterRecord;
