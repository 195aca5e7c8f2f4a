/**
 * Tenancy: every procedure of the router, called by an admin of another newsroom with the ids of
 * this newsroom's rows, must neither return nor change them. Procedures are enumerated from the
 * router itself, so a new one fails this test until it is given a sample input below.
 */
import {
  articles,
  assignments,
  claims,
  comments,
  type Database,
  type DatabaseHandle,
  memberships,
  newsrooms,
  notifications,
  publications,
  ratingLabels,
  sources,
  verdicts,
} from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { TRPCError } from "@trpc/server";
import { asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { appRouter } from "./root";
import {
  createAssignedClaim,
  createTestNewsroom,
  publishClaim,
  TEST_SOURCE,
  type TestNewsroom,
} from "./testing/fixtures";

interface Foreign {
  articleId: string;
  claimId: string;
  secondClaimId: string;
  publishedClaimId: string;
  userId: string;
  labelId: string;
}

const SAMPLE_INPUTS: Record<string, (foreign: Foreign) => unknown> = {
  "session.me": () => undefined,
  "article.list": () => ({}),
  "article.get": (f) => ({ articleId: f.articleId }),
  "article.create": () => ({
    title: "Own article",
    body: "The city spent $4 million on parks last year, officials said.",
  }),
  "article.resplit": (f) => ({ articleId: f.articleId }),
  // Loopback isn't allow-listed here, so this is refused before any connection is made.
  "article.createFromUrl": () => ({ url: "http://127.0.0.1:9/story" }),
  "article.createFromDocx": () => ({ base64: Buffer.from("not a docx").toString("base64") }),
  "article.refreshFromUrl": (f) => ({ articleId: f.articleId }),
  "article.createFromHtml": () => ({ html: "<html><body><p>Too short.</p></body></html>" }),
  "claim.get": (f) => ({ claimId: f.claimId }),
  "claim.myQueue": () => undefined,
  "claim.assignees": () => undefined,
  "claim.assign": (f) => ({ claimIds: [f.claimId], assigneeId: f.userId }),
  "claim.autoAssign": (f) => ({ claimIds: [f.claimId] }),
  "claim.workload": () => undefined,
  "claim.overdue": () => undefined,
  "claim.update": (f) => ({ claimId: f.claimId, text: "Hijacked", speaker: null, tags: [] }),
  "claim.merge": (f) => ({ claimIds: [f.claimId, f.secondClaimId] }),
  "claim.split": (f) => ({ claimId: f.secondClaimId, at: 3 }),
  "claim.setStatus": (f) => ({ claimId: f.secondClaimId, action: "dismiss" }),
  "verdict.saveDraft": (f) => ({
    claimId: f.claimId,
    expectedVersion: 1,
    ratingLabelId: f.labelId,
    summary: "x",
    explanation: "",
    sources: [],
  }),
  "verdict.submit": (f) => ({ claimId: f.claimId, expectedVersion: 1 }),
  "verdict.reviewQueue": () => undefined,
  "verdict.approve": (f) => ({ claimId: f.claimId, expectedVersion: 1, publish: true }),
  "verdict.requestChanges": (f) => ({ claimId: f.claimId, expectedVersion: 1, comment: "no" }),
  "verdict.publish": (f) => ({ claimId: f.claimId }),
  "verdict.correct": (f) => ({
    claimId: f.publishedClaimId,
    expectedVersion: 1,
    note: "x",
    ratingLabelId: f.labelId,
    summary: "x",
    explanation: "",
    sources: [TEST_SOURCE],
  }),
  "verdict.unpublish": (f) => ({ claimId: f.publishedClaimId, reason: "x" }),
  "verdict.republish": (f) => ({ claimId: f.publishedClaimId }),
  "comment.list": (f) => ({ claimId: f.claimId }),
  "comment.add": (f) => ({ claimId: f.claimId, body: "hello" }),
  "notification.list": () => ({}),
  "notification.unreadCount": () => undefined,
  "notification.markRead": () => ({ ids: "all" }),
  "newsroom.settings": () => undefined,
  "newsroom.updateSettings": () => ({ name: "Renamed own newsroom", url: null, requireSecondApprover: true }),
  "newsroom.members": () => undefined,
  "newsroom.addMember": () => ({
    email: `new-${Math.random().toString(36).slice(2)}@example.com`,
    name: "New",
    password: "a-long-password",
    role: "editor",
  }),
  "newsroom.updateMember": (f) => ({ userId: f.userId, role: "editor", expertise: [] }),
  "newsroom.removeMember": (f) => ({ userId: f.userId }),
  "newsroom.scale": () => undefined,
  "newsroom.addLabel": () => ({ label: "Own label", description: null, value: null }),
  "newsroom.updateLabel": (f) => ({ labelId: f.labelId, label: "Hijacked", description: null, value: null }),
  "newsroom.setLabelRetired": (f) => ({ labelId: f.labelId, retired: true }),
  "newsroom.deleteLabel": (f) => ({ labelId: f.labelId }),
  "audit.list": (f) => ({ claimId: f.claimId }),
  "audit.actions": () => undefined,
  "ingest.createBatch": () => ({ text: "https://example.com/story" }),
  "ingest.batches": () => undefined,
  "ingest.progress": (f) => ({ batchId: f.articleId }),
  "ingest.retryFailed": (f) => ({ batchId: f.articleId }),
  "publishing.importClaimReview": () => ({ input: "{}" }),
  "publishing.externalReviews": () => ({}),
  "publishing.lintClaimReview": (f) => ({ claimId: f.publishedClaimId }),
  "publishing.exportCsv": () => ({ includeUnpublished: true }),
  "publishing.pages": () => undefined,
  "publishing.updatePages": () => ({ methodology: "Own method", correctionsPolicy: "Own policy" }),
};

let handle: DatabaseHandle;
let db: Database;
let home: TestNewsroom;
let foreign: Foreign;
let foreignIds: string[];
let awayNewsroomId: string;

/** Everything stored for the foreign newsroom, to compare before and after. */
async function snapshotOf(database: Database, newsroomId: string) {
  const claimRows = await database
    .select()
    .from(claims)
    .where(eq(claims.newsroomId, newsroomId))
    .orderBy(asc(claims.id));
  const verdictRows = await database.select().from(verdicts).where(eq(verdicts.newsroomId, newsroomId));
  return {
    newsroom: await database.select().from(newsrooms).where(eq(newsrooms.id, newsroomId)),
    members: await database
      .select()
      .from(memberships)
      .where(eq(memberships.newsroomId, newsroomId))
      .orderBy(asc(memberships.userId)),
    labels: await database
      .select()
      .from(ratingLabels)
      .where(eq(ratingLabels.newsroomId, newsroomId))
      .orderBy(asc(ratingLabels.id)),
    articles: await database
      .select()
      .from(articles)
      .where(eq(articles.newsroomId, newsroomId))
      .orderBy(asc(articles.id)),
    claims: claimRows,
    assignments: await database
      .select()
      .from(assignments)
      .where(eq(assignments.newsroomId, newsroomId))
      .orderBy(asc(assignments.id)),
    verdicts: verdictRows,
    sources: verdictRows.length
      ? await database
          .select()
          .from(sources)
          .where(
            inArray(
              sources.verdictId,
              verdictRows.map((row) => row.id),
            ),
          )
      : [],
    publications: await database.select().from(publications).where(eq(publications.newsroomId, newsroomId)),
    comments: await database.select().from(comments).where(eq(comments.newsroomId, newsroomId)),
    notifications: await database
      .select()
      .from(notifications)
      .where(eq(notifications.newsroomId, newsroomId))
      .orderBy(asc(notifications.id)),
  };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  const away = await createTestNewsroom(db);
  home = await createTestNewsroom(db);
  const { articleId, claimId } = await createAssignedClaim(away);
  const detail = await away.editor.caller.article.get({ articleId });
  const second = detail.claims.find((claim) => claim.id !== claimId && claim.status === "new");
  const label = (await away.editor.caller.newsroom.scale())[0];
  if (!second || !label) throw new Error("setup");
  await away.checker.caller.verdict.saveDraft({
    claimId,
    expectedVersion: null,
    ratingLabelId: label.id,
    summary: "Draft",
    explanation: "",
    sources: [TEST_SOURCE],
  });
  await away.editor.caller.comment.add({ claimId, body: "internal note" });
  const published = await createAssignedClaim(away);
  await publishClaim(away, published.claimId);
  foreign = {
    articleId,
    claimId,
    secondClaimId: second.id,
    publishedClaimId: published.claimId,
    userId: away.checker.user.id,
    labelId: label.id,
  };
  const [verdict] = await db.select({ id: verdicts.id }).from(verdicts).where(eq(verdicts.claimId, claimId));
  foreignIds = [
    articleId,
    claimId,
    second.id,
    away.newsroom.id,
    away.checker.user.id,
    away.editor.user.id,
    away.admin.user.id,
    label.id,
    verdict?.id ?? "",
  ];
  awayNewsroomId = away.newsroom.id;
});

afterAll(async () => {
  await handle.close();
});

const ALLOWED_REFUSALS = new Set([
  "NOT_FOUND",
  "FORBIDDEN",
  "BAD_REQUEST",
  "PRECONDITION_FAILED",
  "CONFLICT",
]);

describe("tenancy", () => {
  const paths = Object.keys(appRouter._def.procedures).sort();

  it("has a sample input for every procedure", () => {
    expect(paths.filter((path) => !(path in SAMPLE_INPUTS))).toEqual([]);
  });

  it("never returns or changes another newsroom's rows", async () => {
    const before = await snapshotOf(db, awayNewsroomId);
    const context = await createContext({
      db,
      userId: home.admin.user.id,
      preferredNewsroomId: home.newsroom.id,
      enqueueIngest: async () => {},
    });
    const caller = appRouter.createCaller(context);
    for (const path of paths) {
      const sample = SAMPLE_INPUTS[path];
      if (!sample) continue;
      let procedure: unknown = caller;
      for (const part of path.split(".")) procedure = (procedure as Record<string, unknown>)[part];
      let result: unknown;
      try {
        result = await (procedure as (input: unknown) => Promise<unknown>)(sample(foreign));
      } catch (error) {
        expect(error, path).toBeInstanceOf(TRPCError);
        expect(ALLOWED_REFUSALS.has((error as TRPCError).code), `${path}: ${(error as TRPCError).code}`).toBe(
          true,
        );
        continue;
      }
      const serialized = JSON.stringify(result ?? null);
      for (const id of foreignIds) expect(serialized.includes(id), `${path} leaked ${id}`).toBe(false);
    }
    expect(await snapshotOf(db, awayNewsroomId)).toEqual(before);
  });
});
