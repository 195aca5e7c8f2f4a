import { claimStatusEnum, roleEnum } from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { allowedActions, CLAIM_ACTIONS, type ClaimAction, type ClaimStatus, nextStatus } from "./lifecycle";

/**
 * The lifecycle written out by hand, independently of CLAIM_TRANSITIONS: "state action -> next".
 * Editors and admins may make every move; fact-checkers only work on their verdict.
 */
const EDITORIAL_MOVES = `
  new triage -> triaged
  new dismiss -> dismissed
  triaged dismiss -> dismissed
  dismissed restore -> new
  new assign -> assigned
  triaged assign -> assigned
  assigned reassign -> assigned
  in_progress reassign -> in_progress
  changes_requested reassign -> changes_requested
  submitted request_changes -> changes_requested
  submitted approve -> approved
  approved publish -> published
  published correct -> corrected
  corrected correct -> corrected
  published unpublish -> unpublished
  corrected unpublish -> unpublished
  unpublished republish -> published
`;
const CHECKER_MOVES = `
  assigned start_work -> in_progress
  assigned submit -> submitted
  in_progress submit -> submitted
  changes_requested submit -> submitted
`;

function parse(moves: string): Map<string, ClaimStatus> {
  const table = new Map<string, ClaimStatus>();
  for (const line of moves.trim().split("\n")) {
    const [from, action, , to] = line.trim().split(/\s+/);
    table.set(`${from} ${action}`, to as ClaimStatus);
  }
  return table;
}

const EXPECTED: Record<(typeof roleEnum.enumValues)[number], Map<string, ClaimStatus>> = {
  admin: parse(EDITORIAL_MOVES + CHECKER_MOVES),
  editor: parse(EDITORIAL_MOVES + CHECKER_MOVES),
  fact_checker: parse(CHECKER_MOVES),
};

const ROLE_CAN_EVER: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(EXPECTED).map(([role, table]) => [
    role,
    new Set([...table.keys()].map((key) => key.split(" ")[1] ?? "")),
  ]),
);

describe("claim lifecycle", () => {
  for (const role of roleEnum.enumValues) {
    for (const status of claimStatusEnum.enumValues) {
      for (const action of CLAIM_ACTIONS) {
        const expected = EXPECTED[role].get(`${status} ${action}`);
        it(`${role}: ${action} from ${status} → ${expected ?? "refused"}`, () => {
          if (expected) {
            expect(nextStatus(status, action, role)).toBe(expected);
            return;
          }
          let caught: unknown;
          try {
            nextStatus(status, action, role);
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(TRPCError);
          // Without the permission at all it's 403; with it but from the wrong state, a named precondition.
          const code = ROLE_CAN_EVER[role]?.has(action) ? "PRECONDITION_FAILED" : "FORBIDDEN";
          expect((caught as TRPCError).code).toBe(code);
          if (code === "PRECONDITION_FAILED") {
            expect((caught as TRPCError).message).toContain(`"${status.replaceAll("_", " ")}"`);
          }
        });
      }
    }
  }

  it("offers exactly the moves the role may make from each state", () => {
    for (const role of roleEnum.enumValues) {
      for (const status of claimStatusEnum.enumValues) {
        const expected = CLAIM_ACTIONS.filter((action: ClaimAction) =>
          EXPECTED[role].has(`${status} ${action}`),
        );
        expect(allowedActions(status, role)).toEqual(expected);
      }
    }
  });
});
