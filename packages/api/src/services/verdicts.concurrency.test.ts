import type { DatabaseHandle } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignedClaim, createTestNewsroom } from "../testing/fixtures";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe(`optimistic concurrency on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("lets exactly one of 20 parallel saves from the same version win", async () => {
    const room = await createTestNewsroom(handle.db);
    const { claimId } = await createAssignedClaim(room);
    const base = { claimId, ratingLabelId: null, explanation: "", sources: [] };
    const first = await room.checker.caller.verdict.saveDraft({
      ...base,
      expectedVersion: null,
      summary: "v1",
    });

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        room.checker.caller.verdict.saveDraft({
          ...base,
          expectedVersion: first.version,
          summary: `edit ${index}`,
        }),
      ),
    );

    const winners = results.filter((result) => result.status === "fulfilled");
    const losers = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.reason).toBeInstanceOf(TRPCError);
      expect((loser.reason as TRPCError).code).toBe("CONFLICT");
    }
    const stored = await room.checker.caller.claim.get({ claimId });
    expect(stored.verdict?.version).toBe(2);
    const winnerIndex = results.findIndex((result) => result.status === "fulfilled");
    expect(stored.verdict?.summary).toBe(`edit ${winnerIndex}`);
  });
});
