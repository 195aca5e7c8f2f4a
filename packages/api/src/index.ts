export type { Actor } from "./actor";
export { hasPermission, type Permission, permissionsOf, type Role } from "./authz/permissions";
export { type ActiveMembership, type Context, createContext, type PublicChange } from "./context";
export { type AppRouter, appRouter, createCaller } from "./root";
export { allowedActions, type ClaimAction, type ClaimStatus, humanize } from "./workflow/lifecycle";
