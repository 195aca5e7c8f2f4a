import type { claimStatusEnum } from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { hasPermission, type Permission, type Role } from "../authz/permissions";

export type ClaimStatus = (typeof claimStatusEnum.enumValues)[number];

interface Transition {
  from: readonly ClaimStatus[];
  /** `null` keeps the current status (e.g. reassigning work already under way). */
  to: ClaimStatus | null;
  permission: Permission;
}

/**
 * The claim lifecycle: every move a user can make, the states it starts from, where it leads and
 * the permission it needs. The server enforces this table; the UI asks it which actions to offer.
 */
export const CLAIM_TRANSITIONS = {
  triage: { from: ["new"], to: "triaged", permission: "claim.triage" },
  dismiss: { from: ["new", "triaged"], to: "dismissed", permission: "claim.triage" },
  restore: { from: ["dismissed"], to: "new", permission: "claim.triage" },
  assign: { from: ["new", "triaged"], to: "assigned", permission: "claim.assign" },
  reassign: {
    from: ["assigned", "in_progress", "changes_requested"],
    to: null,
    permission: "claim.assign",
  },
  start_work: { from: ["assigned"], to: "in_progress", permission: "verdict.write" },
  submit: {
    from: ["assigned", "in_progress", "changes_requested"],
    to: "submitted",
    permission: "verdict.write",
  },
  request_changes: { from: ["submitted"], to: "changes_requested", permission: "verdict.review" },
  approve: { from: ["submitted"], to: "approved", permission: "verdict.review" },
  publish: { from: ["approved"], to: "published", permission: "verdict.publish" },
  correct: { from: ["published", "corrected"], to: "corrected", permission: "verdict.publish" },
  unpublish: { from: ["published", "corrected"], to: "unpublished", permission: "verdict.publish" },
  republish: { from: ["unpublished"], to: "published", permission: "verdict.publish" },
} as const satisfies Record<string, Transition>;

export type ClaimAction = keyof typeof CLAIM_TRANSITIONS;
export const CLAIM_ACTIONS = Object.keys(CLAIM_TRANSITIONS) as ClaimAction[];

/** Statuses whose verdict readers may see. */
export const PUBLIC_STATUSES: readonly ClaimStatus[] = ["published", "corrected"];

export function allowedActions(status: ClaimStatus, role: Role): ClaimAction[] {
  return CLAIM_ACTIONS.filter((action) => {
    const transition: Transition = CLAIM_TRANSITIONS[action];
    return transition.from.includes(status) && hasPermission(role, transition.permission);
  });
}

/** Returns the status after `action`, or throws a clear error naming the state and what is allowed. */
export function nextStatus(status: ClaimStatus, action: ClaimAction, role: Role): ClaimStatus {
  const transition: Transition = CLAIM_TRANSITIONS[action];
  if (!hasPermission(role, transition.permission)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `Your role (${role}) lacks the "${transition.permission}" permission needed to ${humanize(action)}.`,
    });
  }
  if (!transition.from.includes(status)) {
    const allowed = allowedActions(status, role).map(humanize);
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: `Cannot ${humanize(action)} a claim that is "${humanize(status)}". Allowed now: ${
        allowed.length > 0 ? allowed.join(", ") : "nothing for your role"
      }.`,
    });
  }
  return transition.to ?? status;
}

export function humanize(value: string): string {
  return value.replaceAll("_", " ");
}
