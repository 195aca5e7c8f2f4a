import type { DatabaseHandle } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignedClaim, createTestNewsroom, TEST_SOURCE, type TestNewsroom } from "../testing/fixtures";
import { validateScale } from "./newsroom-admin";

let handle: DatabaseHandle;
let room: TestNewsroom;
beforeAll(async () => {
  handle = await createTestDatabase();
  room = await createTestNewsroom(handle.db);
});
afterAll(async () => {
  await handle.close();
});

describe("validateScale", () => {
  const label = (name: string, value: number | null, retired = false) => ({ label: name, value, retired });
  it("accepts numeric and text-only labels together", () => {
    expect(validateScale([label("True", 2), label("False", 1), label("Misleading", null)])).toBeNull();
    expect(validateScale([label("Unproven", null)])).toBeNull();
  });
  it("rejects best = worst, values below 1, duplicates and empty scales", () => {
    expect(validateScale([label("True", 3), label("Also true", 3)])).toContain("bestRating > worstRating");
    expect(validateScale([label("True", 0)])).toContain("worstRating ≥ 1");
    expect(validateScale([label("True", 2), label("true", 1)])).toContain("different");
    expect(validateScale([label("Old", 1, true)])).toContain("at least one active");
  });
});

describe("newsroom administration", () => {
  it("is for admins only", async () => {
    await expect(room.editor.caller.newsroom.members()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await room.admin.caller.newsroom.members()).length).toBe(4);
  });

  it("adds a new member with an account, changes the role and keeps one admin", async () => {
    const email = `new-${Math.random().toString(36).slice(2)}@example.com`;
    await expect(room.admin.caller.newsroom.addMember({ email, role: "fact_checker" })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
    const { userId } = await room.admin.caller.newsroom.addMember({
      email,
      name: "New Checker",
      password: "a-long-password",
      role: "fact_checker",
      expertise: ["Health"],
    });
    await room.admin.caller.newsroom.updateMember({
      userId,
      role: "editor",
      expertise: ["health", "economy"],
    });
    const member = (await room.admin.caller.newsroom.members()).find((entry) => entry.userId === userId);
    expect(member).toMatchObject({ role: "editor", expertise: ["health", "economy"] });
    await expect(
      room.admin.caller.newsroom.updateMember({ userId: room.admin.user.id, role: "editor", expertise: [] }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await room.admin.caller.newsroom.removeMember({ userId });
  });

  it("retires a label in use instead of deleting it, and validates the scale", async () => {
    const scale = await room.admin.caller.newsroom.scale();
    const mostlyTrue = scale.find((entry) => entry.label === "Mostly true");
    if (!mostlyTrue) throw new Error("setup");
    const { claimId } = await createAssignedClaim(room);
    await room.checker.caller.verdict.saveDraft({
      claimId,
      expectedVersion: null,
      ratingLabelId: mostlyTrue.id,
      summary: "s",
      explanation: "",
      sources: [TEST_SOURCE],
    });
    await expect(room.admin.caller.newsroom.deleteLabel({ labelId: mostlyTrue.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await room.admin.caller.newsroom.setLabelRetired({ labelId: mostlyTrue.id, retired: true });
    expect(
      (await room.admin.caller.newsroom.scale()).find((entry) => entry.id === mostlyTrue.id)?.retired,
    ).toBe(true);

    await room.admin.caller.newsroom.addLabel({ label: "Satire", description: null, value: null });
    const satire = (await room.admin.caller.newsroom.scale()).find((entry) => entry.label === "Satire");
    if (!satire) throw new Error("label not added");
    await room.admin.caller.newsroom.deleteLabel({ labelId: satire.id });
    await expect(
      room.admin.caller.newsroom.addLabel({ label: "True", description: null, value: 9 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("applies the two-person rule unless the newsroom turns it off", async () => {
    const { claimId } = await createAssignedClaim(room);
    await room.editor.caller.claim.assign({ claimIds: [claimId], assigneeId: room.editor.user.id });
    const label = (await room.editor.caller.newsroom.scale())[0];
    if (!label) throw new Error("setup");
    const draft = await room.editor.caller.verdict.saveDraft({
      claimId,
      expectedVersion: null,
      ratingLabelId: label.id,
      summary: "s",
      explanation: "",
      sources: [TEST_SOURCE],
    });
    const submitted = await room.editor.caller.verdict.submit({ claimId, expectedVersion: draft.version });
    const approve = { claimId, expectedVersion: submitted.version, publish: false };
    await expect(room.editor.caller.verdict.approve(approve)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const settings = await room.admin.caller.newsroom.settings();
    await room.admin.caller.newsroom.updateSettings({ ...settings, requireSecondApprover: false });
    expect((await room.editor.caller.verdict.approve(approve)).status).toBe("approved");
    await room.admin.caller.newsroom.updateSettings({ ...settings, requireSecondApprover: true });
  });
});
