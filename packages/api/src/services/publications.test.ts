import type { Database, DatabaseHandle } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedVerdict } from "../public/verdicts";
import {
  createAssignedClaim,
  createTestNewsroom,
  publishClaim,
  TEST_SOURCE,
  type TestNewsroom,
} from "../testing/fixtures";
import { slugify } from "./publications";

let handle: DatabaseHandle;
let db: Database;
let room: TestNewsroom;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  room = await createTestNewsroom(db);
});
afterAll(async () => {
  await handle.close();
});

describe("corrections and unpublishing", () => {
  it("publishes a correction as a new public version with its note", async () => {
    const { claimId } = await createAssignedClaim(room);
    const slug = await publishClaim(room, claimId, "False");
    const workspace = await room.editor.caller.claim.get({ claimId });
    const mostlyFalse = workspace.ratingLabels.find((label) => label.label === "Mostly false");
    if (!mostlyFalse || !workspace.publication) throw new Error("setup");
    expect(workspace.actions).toEqual(expect.arrayContaining(["correct", "unpublish"]));

    await room.editor.caller.verdict.correct({
      claimId,
      expectedVersion: workspace.publication.version,
      note: "We misread the table; the rating changes.",
      ratingLabelId: mostlyFalse.id,
      summary: "Mostly false after re-reading the table.",
      explanation: "Row 4, not row 3.",
      sources: [TEST_SOURCE],
    });

    const verdict = await getPublishedVerdict(db, slug);
    expect(verdict?.snapshot.ratingLabel).toBe("Mostly false");
    expect(verdict?.snapshot.summary).toBe("Mostly false after re-reading the table.");
    const after = await room.editor.caller.claim.get({ claimId });
    expect(after.claim.status).toBe("corrected");
    expect(after.publication?.version).toBe(2);
    expect(after.publication?.revisions.map((revision) => revision.event)).toEqual([
      "published",
      "corrected",
    ]);
    expect(after.publication?.revisions[1]?.note).toBe("We misread the table; the rating changes.");
  });

  it("rejects a correction based on an outdated public version", async () => {
    const { claimId } = await createAssignedClaim(room);
    await publishClaim(room, claimId);
    const workspace = await room.editor.caller.claim.get({ claimId });
    const label = workspace.ratingLabels[0];
    if (!label) throw new Error("setup");
    const correction = {
      claimId,
      expectedVersion: 1,
      note: "Fix",
      ratingLabelId: label.id,
      summary: "Fixed.",
      explanation: "",
      sources: [TEST_SOURCE],
    };
    await room.editor.caller.verdict.correct(correction);
    await expect(room.editor.caller.verdict.correct(correction)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("hides an unpublished verdict from readers and can bring it back", async () => {
    const { claimId } = await createAssignedClaim(room);
    const slug = await publishClaim(room, claimId);
    await room.editor.caller.verdict.unpublish({ claimId, reason: "Under review after a complaint." });
    expect(await getPublishedVerdict(db, slug)).toBeNull();
    await expect(room.checker.caller.verdict.unpublish({ claimId, reason: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await room.editor.caller.verdict.republish({ claimId });
    expect((await getPublishedVerdict(db, slug))?.slug).toBe(slug);
  });
});

describe("slugify", () => {
  it("keeps whole words and a random suffix", () => {
    expect(slugify("Ünemployment fell to 3.9% in May")).toMatch(
      /^unemployment-fell-to-3-9-in-may-[0-9a-f]{8}$/,
    );
    const long = slugify("word ".repeat(40));
    expect(long.replace(/-[0-9a-f]{8}$/, "").endsWith("word")).toBe(true);
    expect(slugify("!!!")).toMatch(/^[0-9a-f]{8}$/);
  });
});
