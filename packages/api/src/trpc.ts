import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { hasPermission, type Permission } from "./authz/permissions";
import type { Context } from "./context";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        fieldErrors: error.cause instanceof ZodError ? error.cause.flatten().fieldErrors : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

/** Signed in: 401 otherwise. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * Signed in and holding `permission` in the active newsroom: 401 without a session, 403 without the
 * permission. This is the one place procedures are authorised.
 */
export function permissionProcedure(permission: Permission) {
  return authedProcedure.use(({ ctx, next }) => {
    const membership = ctx.membership;
    if (!membership) {
      throw new TRPCError({ code: "FORBIDDEN", message: "You are not a member of any newsroom." });
    }
    if (!hasPermission(membership.role, permission)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `Your role (${membership.role.replace("_", " ")}) lacks the "${permission}" permission.`,
      });
    }
    return next({ ctx: { ...ctx, membership } });
  });
}
