import type { roleEnum } from "@claimdesk/db";

export type Role = (typeof roleEnum.enumValues)[number];

/** Every permission a procedure or workflow action can require. */
export const PERMISSIONS = [
  "article.read",
  "article.create",
  "claim.read",
  "claim.edit",
  "claim.triage",
  "claim.assign",
  "queue.read",
  "verdict.write",
  "verdict.review",
  "verdict.publish",
  "audit.read",
  "newsroom.manage",
  "verdict.import",
  "verdict.export",
  "newsroom.pages",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const FACT_CHECKER: readonly Permission[] = ["article.read", "claim.read", "queue.read", "verdict.write"];
const EDITOR: readonly Permission[] = PERMISSIONS.filter(
  (permission) => permission !== "newsroom.manage" && permission !== "newsroom.pages",
);

/** The single source of truth for what each role may do. */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set(PERMISSIONS),
  editor: new Set(EDITOR),
  fact_checker: new Set(FACT_CHECKER),
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => hasPermission(role, permission));
}
