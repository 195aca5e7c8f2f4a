import { claims, type DatabaseHandle, memberships } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignedClaim, createTestNewsroom, type TestNewsroom } from "../testing/fixtures";

let handle: DatabaseHandle;
let room: TestNewsroom;
beforeAll(async () => {
  handle = await createTestDatabase();
  room = await createTestNewsroom(handle.db);
});
afterAll(async () => {
  await handle.close();
});

const yesterday = () => new Date(Date.now() - 86_400_000);

describe("workload, overdue and auto-assign", () => {
  it("counts open and overdue work per fact-checker and lists overdue claims", async () => {
    const first = await createAssignedClaim(room);
    const second = await createAssignedClaim(room);
    await room.editor.caller.claim.assign({
      claimIds: [first.claimId, second.claimId],
      assigneeId: room.checker.user.id,
      dueAt: yesterday(),
    });
    const workload = await room.editor.caller.claim.workload();
    const checker = workload.find((member) => member.userId === room.checker.user.id);
    expect(checker).toMatchObject({ open: 2, overdue: 2, dueSoon: 0 });
    const overdue = await room.editor.caller.claim.overdue();
    expect(overdue.map((item) => item.claimId).sort()).toEqual([first.claimId, second.claimId].sort());
    await expect(room.checker.caller.claim.workload()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives new claims to the least busy checker, preferring matching expertise", async () => {
    const a = await createAssignedClaim(room);
    const b = await createAssignedClaim(room);
    // The other checker now has nothing open; the first has several claims.
    const plan = await room.editor.caller.claim.autoAssign({ claimIds: [a.claimId] });
    expect(plan[0]?.assigneeId).toBe(room.otherChecker.user.id);

    await handle.db
      .update(claims)
      .set({ tags: ["health"] })
      .where(eq(claims.id, b.claimId));
    await handle.db
      .update(memberships)
      .set({ expertise: ["health"] })
      .where(and(eq(memberships.userId, room.checker.user.id), eq(memberships.newsroomId, room.newsroom.id)));
    const expertPlan = await room.editor.caller.claim.autoAssign({ claimIds: [b.claimId] });
    expect(expertPlan[0]?.assigneeId).toBe(room.checker.user.id);
  });
});

describe("audit log", () => {
  it("records every step of a claim with actor and before/after, filterable", async () => {
    const { claimId } = await createAssignedClaim(room);
    await room.checker.caller.verdict.saveDraft({
      claimId,
      expectedVersion: null,
      ratingLabelId: null,
      summary: "first",
      explanation: "",
      sources: [],
    });
    const events = await room.editor.caller.audit.list({ claimId });
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(["claim.assign", "claim.start_work", "verdict.save"]),
    );
    const assign = events.find((event) => event.action === "claim.assign");
    expect(assign?.before).toEqual({ status: "new" });
    expect(assign?.after).toMatchObject({ status: "assigned", assigneeId: room.checker.user.id });

    const byChecker = await room.editor.caller.audit.list({
      actorId: room.checker.user.id,
      action: "verdict.save",
    });
    expect(byChecker.length).toBeGreaterThan(0);
    expect(byChecker.every((event) => event.actorName === room.checker.user.name)).toBe(true);
    expect(await room.editor.caller.audit.actions()).toContain("article.create");
    await expect(room.checker.caller.audit.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
