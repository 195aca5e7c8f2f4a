import type { Database, DatabaseHandle } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedVerdict, listPublishedVerdicts } from "./public/verdicts";
import { seedDemo } from "./seed/demo";
import {
  callerFor,
  createAssignedClaim,
  createTestNewsroom,
  LIST_ARTICLE,
  type TestNewsroom,
} from "./testing/fixtures";

let handle: DatabaseHandle;
let db: Database;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(async () => {
  await handle.close();
});

async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

describe("the end-to-end claim workflow", () => {
  let room: TestNewsroom;
  beforeAll(async () => {
    room = await createTestNewsroom(db);
  });

  it("takes a pasted article from extraction to a public verdict", async () => {
    const created = await room.editor.caller.article.create(LIST_ARTICLE);
    expect(created.status).toBe("created");
    const { article, claims } = await room.editor.caller.article.get({ articleId: created.articleId });
    expect(claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of claims) expect(article.body.slice(claim.spanStart, claim.spanEnd)).toBe(claim.quote);

    const target = claims.find((claim) => claim.quote.includes("ridership")) ?? claims[0];
    if (!target) throw new Error("no claim");
    expect(target.actions).toContain("assign");
    await room.editor.caller.claim.assign({
      claimIds: [target.id],
      assigneeId: room.checker.user.id,
      dueAt: new Date(Date.now() + 86_400_000),
    });

    const queue = await room.checker.caller.claim.myQueue();
    expect(queue.map((item) => item.claimId)).toContain(target.id);

    const workspace = await room.checker.caller.claim.get({ claimId: target.id });
    const rating = workspace.ratingLabels.find((label) => label.label === "Mostly false");
    if (!rating) throw new Error("default scale missing");
    const draft = await room.checker.caller.verdict.saveDraft({
      claimId: target.id,
      expectedVersion: null,
      ratingLabelId: rating.id,
      summary: "Ridership grew 11 percent, not 18.",
      explanation: "The authority's annual report gives 11 percent.",
      sources: [
        {
          url: "https://transit.example.org/annual-report",
          publisher: "Harbor City Transit",
          title: "Annual report",
          quote: "Ridership rose 11%",
          accessedAt: new Date("2026-01-02"),
        },
      ],
    });
    expect(draft.version).toBe(1);
    const submitted = await room.checker.caller.verdict.submit({ claimId: target.id, expectedVersion: 1 });

    const review = await room.editor.caller.verdict.reviewQueue();
    expect(review.map((item) => item.claimId)).toContain(target.id);
    const approved = await room.editor.caller.verdict.approve({
      claimId: target.id,
      expectedVersion: submitted.version,
      publish: true,
    });
    expect(approved.status).toBe("published");
    if (!approved.slug) throw new Error("no slug");

    const publicVerdict = await getPublishedVerdict(db, approved.slug);
    expect(publicVerdict?.snapshot.ratingLabel).toBe("Mostly false");
    expect(publicVerdict?.snapshot.sources[0]?.publisher).toBe("Harbor City Transit");
    expect(publicVerdict?.snapshot.ratingValue).toBe(2);
    expect(publicVerdict?.snapshot.bestRating).toBe(5);
  });

  it("links a re-pasted article to the existing copy instead of duplicating it", async () => {
    const again = await room.editor.caller.article.create({
      ...LIST_ARTICLE,
      body: `  ${LIST_ARTICLE.body}\n\n`,
    });
    expect(again.status).toBe("duplicate");
  });
});

describe("permissions", () => {
  let room: TestNewsroom;
  beforeAll(async () => {
    room = await createTestNewsroom(db);
  });

  it("answers 401 without a session and 403 without the permission", async () => {
    const anonymous = await callerFor(db, null);
    await expectCode(anonymous.article.list({}), "UNAUTHORIZED");
    const forbidden = await expectCode(room.checker.caller.article.create(LIST_ARTICLE), "FORBIDDEN");
    expect(forbidden.message).toContain("article.create");
    await expectCode(room.checker.caller.verdict.reviewQueue(), "FORBIDDEN");
  });

  it("keeps a fact-checker out of another checker's claim", async () => {
    const { claimId } = await createAssignedClaim(room);
    await expectCode(room.otherChecker.caller.claim.get({ claimId }), "FORBIDDEN");
    await expectCode(
      room.otherChecker.caller.verdict.saveDraft({
        claimId,
        expectedVersion: null,
        ratingLabelId: null,
        summary: "",
        explanation: "",
        sources: [],
      }),
      "FORBIDDEN",
    );
  });

  it("rejects a stale save with CONFLICT and keeps the saved text", async () => {
    const { claimId } = await createAssignedClaim(room);
    const base = { claimId, ratingLabelId: null, explanation: "", sources: [] };
    await room.checker.caller.verdict.saveDraft({ ...base, expectedVersion: null, summary: "first" });
    await room.checker.caller.verdict.saveDraft({ ...base, expectedVersion: 1, summary: "second" });
    await expectCode(
      room.checker.caller.verdict.saveDraft({ ...base, expectedVersion: 1, summary: "stale" }),
      "CONFLICT",
    );
    const workspace = await room.checker.caller.claim.get({ claimId });
    expect(workspace.verdict?.summary).toBe("second");
    expect(workspace.verdict?.version).toBe(2);
  });

  it("refuses to submit an incomplete verdict and names what is missing", async () => {
    const { claimId } = await createAssignedClaim(room);
    await room.checker.caller.verdict.saveDraft({
      claimId,
      expectedVersion: null,
      ratingLabelId: null,
      summary: "",
      explanation: "",
      sources: [],
    });
    const error = await expectCode(
      room.checker.caller.verdict.submit({ claimId, expectedVersion: 1 }),
      "PRECONDITION_FAILED",
    );
    expect(error.message).toContain("a rating");
    expect(error.message).toContain("at least one source");
  });

  it("names the current state and the allowed actions on an illegal transition", async () => {
    const { claimId } = await createAssignedClaim(room);
    await room.checker.caller.verdict.saveDraft({
      claimId,
      expectedVersion: null,
      ratingLabelId: null,
      summary: "draft",
      explanation: "",
      sources: [],
    });
    const error = await expectCode(room.editor.caller.verdict.publish({ claimId }), "PRECONDITION_FAILED");
    expect(error.message).toContain('"in progress"');
    expect(error.message).toContain("reassign");
  });

  it("rejects bad input with a clear message", async () => {
    const error = await expectCode(
      room.editor.caller.article.create({ title: "", body: "short" }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("Give the article a title.");
  });
});

describe("demo seed", () => {
  it("seeds an empty database once, with a published verdict", async () => {
    const fresh = await createTestDatabase();
    try {
      expect(await seedDemo(fresh.db)).toEqual({ seeded: true });
      expect(await seedDemo(fresh.db)).toEqual({ seeded: false });
      const published = await listPublishedVerdicts(fresh.db, { limit: 10, offset: 0 });
      expect(published).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });
});
