import type { DatabaseHandle } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignedClaim, createTestNewsroom, type TestNewsroom } from "../testing/fixtures";
import { handleOf, mentionedHandles } from "./comments";

let handle: DatabaseHandle;
let room: TestNewsroom;
beforeAll(async () => {
  handle = await createTestDatabase();
  room = await createTestNewsroom(handle.db);
});
afterAll(async () => {
  await handle.close();
});

describe("mentions", () => {
  it("finds @handles but not email addresses", () => {
    expect(mentionedHandles("@ana.b please look, cc @Joe and mail x@example.com")).toEqual(["ana.b", "joe"]);
    expect(handleOf("Farah.K@example.com")).toBe("farah.k");
  });
});

describe("comments and notifications", () => {
  it("notifies the assignee and mentioned members, with an unread count", async () => {
    const { claimId } = await createAssignedClaim(room);
    const before = await room.checker.caller.notification.unreadCount();
    expect(before).toBeGreaterThanOrEqual(1);
    const [latest] = await room.checker.caller.notification.list({});
    expect(latest?.kind).toBe("assigned");
    expect(latest?.claimId).toBe(claimId);

    const checkerHandle = handleOf(room.checker.user.email);
    const added = await room.editor.caller.comment.add({
      claimId,
      body: `@${checkerHandle} the table is on page 4`,
    });
    expect(added.mentioned).toBe(1);
    expect(await room.checker.caller.notification.unreadCount()).toBe(before + 1);

    const thread = await room.checker.caller.comment.list({ claimId });
    expect(thread.map((comment) => comment.body)).toEqual([`@${checkerHandle} the table is on page 4`]);

    await room.checker.caller.notification.markRead({ ids: "all" });
    expect(await room.checker.caller.notification.unreadCount()).toBe(0);
  });

  it("keeps other fact-checkers out of a claim's thread", async () => {
    const { claimId } = await createAssignedClaim(room);
    await expect(room.otherChecker.caller.comment.list({ claimId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(room.otherChecker.caller.comment.add({ claimId, body: "hi" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("tells the author when a verdict is sent back", async () => {
    const { claimId } = await createAssignedClaim(room);
    const workspace = await room.checker.caller.claim.get({ claimId });
    const label = workspace.ratingLabels[0];
    if (!label) throw new Error("setup");
    const draft = await room.checker.caller.verdict.saveDraft({
      claimId,
      expectedVersion: null,
      ratingLabelId: label.id,
      summary: "s",
      explanation: "",
      sources: [{ url: "https://example.org/a", accessedAt: new Date() }],
    });
    const submitted = await room.checker.caller.verdict.submit({ claimId, expectedVersion: draft.version });
    await room.editor.caller.verdict.requestChanges({
      claimId,
      expectedVersion: submitted.version,
      comment: "Add the 2019 figure.",
    });
    const [latest] = await room.checker.caller.notification.list({});
    expect(latest?.kind).toBe("sent_back");
    expect(latest?.message).toContain("Add the 2019 figure.");
  });
});
