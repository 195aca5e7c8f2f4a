import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  claims,
  type Database,
  type DatabaseHandle,
  externalReviews,
  publicationRevisions,
  publications,
} from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicChange } from "../context";
import { createTestNewsroom, type TestNewsroom } from "../testing/fixtures";
import { buildClaimReview } from "./claim-review";
import { lintClaimReview } from "./claim-review-lint";
import { listPublicExternalReviews } from "./external";
import { buildAtomFeed, buildClaimReviewFeedPage, buildRssFeed } from "./feeds";
import { parseSearchParams, searchFacets, searchVerdicts } from "./search";
import { publishThroughWorkflow } from "./testing";
import {
  countPublishedVerdicts,
  getCorrectionHistory,
  getPublishedVerdict,
  listNewsroomPages,
  listOtherVerdictsFromArticle,
  listPublicClaims,
  listPublishedVerdictDetails,
  listSpeakerVerdicts,
} from "./verdicts";

let handle: DatabaseHandle;
let db: Database;
let room: TestNewsroom;
let ridership: Awaited<ReturnType<typeof publishThroughWorkflow>>;
let bicycles: Awaited<ReturnType<typeof publishThroughWorkflow>>;

const BICYCLE_BODY = `The Harbor City council approved a bicycle plan on Tuesday, according to council member Sam Reyes.

Reyes said bicycle commuting grew by 40 percent last year.
`;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  room = await createTestNewsroom(db);
  ridership = await publishThroughWorkflow(room);
  bicycles = await publishThroughWorkflow(room, {
    body: BICYCLE_BODY,
    claimIncludes: "bicycle commuting",
    rating: "False",
    summary: "Bicycle counts rose 4 percent.",
  });
  await db
    .update(claims)
    .set({ tags: ["transit", "budget"] })
    .where(eq(claims.id, ridership.claimId));
  // Unpublishing is the editorial workflow's procedure; here the rows are set as it leaves them.
  await db
    .update(publications)
    .set({ unpublishedAt: new Date(), unpublishReason: "Test" })
    .where(eq(publications.slug, bicycles.slug));
  await db.update(claims).set({ status: "unpublished" }).where(eq(claims.id, bicycles.claimId));
});
afterAll(async () => {
  await handle.close();
});

function params(record: Record<string, string>) {
  const parsed = parseSearchParams(record);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

describe("reader search", () => {
  it("finds a published verdict by a word from its claim, and not an unpublished one", async () => {
    const found = await searchVerdicts(db, params({ q: "ridership" }));
    expect(found.results.map((row) => row.slug)).toEqual([ridership.slug]);
    expect(found.total).toBe(1);
    const hidden = await searchVerdicts(db, params({ q: "bicycle" }));
    expect(hidden.results).toEqual([]);
    expect(hidden.total).toBe(0);
  });

  it("stems words and reads web-search syntax", async () => {
    const stemmed = await searchVerdicts(db, params({ q: "Riderships" }));
    expect(stemmed.results.map((row) => row.slug)).toContain(ridership.slug);
    const excluded = await searchVerdicts(db, params({ q: "ridership -percent" }));
    expect(excluded.results).toEqual([]);
  });

  it("filters by rating, speaker, tag and date range", async () => {
    const speaker = (await getPublishedVerdict(db, ridership.slug))?.snapshot.speaker;
    expect(speaker).toBeTruthy();
    const cases: [Record<string, string>, number][] = [
      [{ rating: "mostly false" }, 1],
      [{ rating: "True" }, 0],
      [{ speaker: speaker ?? "" }, 1],
      [{ speaker: "Nobody" }, 0],
      [{ tag: "transit" }, 1],
      [{ tag: "sport" }, 0],
      [{ from: "2000-01-01", to: "2999-01-01" }, 1],
      [{ to: "2000-01-01" }, 0],
    ];
    for (const [filters, expected] of cases) {
      const result = await searchVerdicts(db, params(filters));
      expect({ filters, count: result.results.length }).toEqual({ filters, count: expected });
    }
  });

  it("paginates and reports the total", async () => {
    const first = await searchVerdicts(db, params({}), 1);
    expect(first.total).toBe(1);
    expect(first.pageCount).toBe(1);
    const beyond = await searchVerdicts(db, params({ page: "3" }), 1);
    expect(beyond.results).toEqual([]);
    expect(beyond.total).toBe(1);
  });

  it("rejects a malformed date with a message and lists facets of public verdicts only", async () => {
    const bad = parseSearchParams({ from: "yesterday" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain("yesterday");
    const facets = await searchFacets(db);
    expect(facets.ratings).toEqual(["Mostly false"]);
    expect(facets.tags).toEqual(["budget", "transit"]);
  });
});

describe("verdict page data", () => {
  it("shows the correction history and other verdicts from the same article", async () => {
    const history = await getCorrectionHistory(db, ridership.slug);
    expect(history.map((entry) => entry.event)).toEqual(["published"]);
    const [publication] = await db.select().from(publications).where(eq(publications.slug, ridership.slug));
    if (!publication) throw new Error("no publication");
    await db.insert(publicationRevisions).values({
      publicationId: publication.id,
      version: 2,
      event: "corrected",
      note: "We misstated the report's year.",
      snapshot: publication.snapshot,
      createdAt: new Date(Date.now() + 60_000),
    });
    await db
      .update(publications)
      .set({ version: 2, updatedAt: sql`now() + interval '1 minute'` })
      .where(eq(publications.id, publication.id));
    const after = await getCorrectionHistory(db, ridership.slug);
    expect(after.map((entry) => [entry.event, entry.note])).toEqual([
      ["published", null],
      ["corrected", "We misstated the report's year."],
    ]);
    const verdict = await getPublishedVerdict(db, ridership.slug);
    if (!verdict) throw new Error("verdict missing");
    const jsonLd = buildClaimReview(verdict, "https://checks.example.org");
    expect(jsonLd.dateModified).toBe(verdict.updatedAt.toISOString());
    expect(
      lintClaimReview(jsonLd, { siteUrl: "https://checks.example.org" }).filter(
        (i) => i.severity === "error",
      ),
    ).toEqual([]);

    expect(await listOtherVerdictsFromArticle(db, ridership.articleId, ridership.slug)).toEqual([]);
  });

  it("lists a speaker's public verdicts only", async () => {
    const verdict = await getPublishedVerdict(db, ridership.slug);
    const speaker = verdict?.snapshot.speaker;
    if (!speaker) throw new Error("no speaker");
    const rows = await listSpeakerVerdicts(db, speaker.toUpperCase(), { limit: 10 });
    expect(rows.map((row) => row.slug)).toEqual([ridership.slug]);
  });

  it("lists claims of public articles with their verdicts, and the newsroom pages", async () => {
    const claimsList = await listPublicClaims(db, { articleId: ridership.articleId, limit: 50, offset: 0 });
    expect(claimsList.find((claim) => claim.id === ridership.claimId)?.verdict?.slug).toBe(ridership.slug);
    expect(claimsList.some((claim) => claim.verdict === null)).toBe(true);
    const hidden = await listPublicClaims(db, { articleId: bicycles.articleId, limit: 50, offset: 0 });
    expect(hidden).toEqual([]);
    const pages = await listNewsroomPages(db);
    expect(pages.map((page) => page.slug)).toContain(room.newsroom.slug);
  });
});

describe("feeds", () => {
  it("RSS and Atom parse with a feed parser and list only public verdicts", async () => {
    const verdicts = await listPublishedVerdictDetails(db, { limit: 50, offset: 0 });
    const parser = new Parser();
    const rss = await parser.parseString(buildRssFeed(verdicts, "https://checks.example.org"));
    expect(rss.items.map((item) => item.link)).toEqual([
      `https://checks.example.org/verdicts/${ridership.slug}`,
    ]);
    expect(rss.items[0]?.title).toMatch(/^Mostly false: /);
    const atom = await parser.parseString(buildAtomFeed(verdicts, "https://checks.example.org"));
    expect(atom.items.map((item) => item.link)).toEqual([
      `https://checks.example.org/verdicts/${ridership.slug}`,
    ]);
  });

  it("pages the ClaimReview JSON feed", async () => {
    const total = await countPublishedVerdicts(db);
    expect(total).toBe(1);
    const verdicts = await listPublishedVerdictDetails(db, { limit: 1, offset: 0 });
    const page = buildClaimReviewFeedPage(verdicts, "https://checks.example.org", {
      page: 1,
      pageSize: 1,
      total,
    });
    expect(page.claimReviews[0]?.url).toBe(`https://checks.example.org/verdicts/${ridership.slug}`);
    expect(page.next).toBeNull();
  });
});

describe("publishing router", () => {
  it("exports CSV for editors, not fact-checkers", async () => {
    const exported = await room.editor.caller.publishing.exportCsv({});
    const lines = exported.csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toMatch(/^slug,status,claim,/);
    expect(exported.rowCount).toBe(1);
    expect(lines[1]).toContain(ridership.slug);
    const all = await room.editor.caller.publishing.exportCsv({ includeUnpublished: true });
    expect(all.csv).toContain(`${bicycles.slug},unpublished`);
    const error = await room.checker.caller.publishing.exportCsv({}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
  });

  it("lets admins edit the methodology and corrections policy, and revalidates", async () => {
    const changes: unknown[] = [];
    const editorError = await room.editor.caller.publishing
      .updatePages({ methodology: "x", correctionsPolicy: "y" })
      .catch((caught: unknown) => caught);
    expect((editorError as TRPCError).code).toBe("FORBIDDEN");
    const { createContext } = await import("../context");
    const { createCaller } = await import("../root");
    const admin = createCaller(
      await createContext({
        db,
        userId: room.admin.user.id,
        preferredNewsroomId: room.newsroom.id,
        onPublicChange: async (change) => {
          changes.push(change);
        },
      }),
    );
    await admin.publishing.updatePages({
      methodology: "  We rate claims on five steps. ",
      correctionsPolicy: "We fix.",
    });
    expect(await admin.publishing.pages()).toEqual({
      methodology: "We rate claims on five steps.",
      correctionsPolicy: "We fix.",
    });
    expect(changes).toHaveLength(1);
    const pages = await listNewsroomPages(db);
    expect(pages.find((page) => page.slug === room.newsroom.slug)?.methodology).toBe(
      "We rate claims on five steps.",
    );
  });

  it("previews the ClaimReview a draft would publish, with lint findings", async () => {
    const preview = await room.editor.caller.publishing.lintClaimReview({ claimId: ridership.claimId });
    expect(preview.claimReview?.claimReviewed).toBe(ridership.claimText);
    expect(preview.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const other = ridership.otherClaims[0];
    if (!other) throw new Error("no other claim");
    const unrated = await room.editor.caller.publishing.lintClaimReview({ claimId: other.id });
    expect(unrated.issues.map((issue) => issue.field)).toContain("reviewRating.alternateName");
    const forbidden = await room.otherChecker.caller.publishing
      .lintClaimReview({ claimId: ridership.claimId })
      .catch((caught: unknown) => caught);
    expect((forbidden as TRPCError).code).toBe("FORBIDDEN");
  });
});

describe("imported ClaimReviews, as readers see them", () => {
  const FIXTURES = join(import.meta.dirname, "__fixtures__/claimreview");
  const importFixture = (name: string) =>
    room.editor.caller.publishing.importClaimReview({ input: readFileSync(join(FIXTURES, name), "utf8") });

  beforeAll(async () => {
    await importFixture("afp_raw__block0.jsonld");
    await importFixture("newtral_fact_check_raw__block0.jsonld");
  });

  it("are found by search, labelled external with their publisher and their own review URL", async () => {
    const { reviews, total } = await listPublicExternalReviews(db, params({ q: "pneumonia deaths" }), {
      limit: 20,
      offset: 0,
    });
    expect(total).toBe(1);
    expect(reviews).toEqual([
      expect.objectContaining({
        external: true,
        publisherName: "AFP Fact Check",
        reviewUrl: "https://factcheck.afp.com/cdc-does-not-add-flu-and-pneumonia-deaths-covid-19-toll",
        ratingLabel: "False",
        speaker: "multiple sources",
        importedBy: room.newsroom.name,
      }),
    ]);
    // The publisher's name finds their reviews too; a tag of ours finds none of them.
    expect(
      (await listPublicExternalReviews(db, params({ q: "Newtral" }), { limit: 20, offset: 0 })).total,
    ).toBe(1);
    expect(
      (await listPublicExternalReviews(db, params({ tag: "transit" }), { limit: 20, offset: 0 })).total,
    ).toBe(0);
  });

  it("are listed on their speaker's page, case-insensitively", async () => {
    const { reviews } = await listPublicExternalReviews(
      db,
      { speaker: "sergio sayas" },
      { limit: 200, offset: 0 },
    );
    expect(reviews.map((review) => [review.publisherName, review.ratingLabel, review.external])).toEqual([
      ["Newtral", "Engañoso", true],
    ]);
  });

  it("never appear among our verdicts, feeds or ClaimReview JSON-LD", async () => {
    const ours = await searchVerdicts(db, params({ q: "pneumonia" }));
    expect(ours.total).toBe(0);
    expect(await listSpeakerVerdicts(db, "Sergio Sayas", { limit: 200 })).toEqual([]);
    const verdicts = await listPublishedVerdictDetails(db, { limit: 100, offset: 0 });
    const feed = buildClaimReviewFeedPage(verdicts, "https://claimdesk.example", {
      page: 1,
      pageSize: 100,
      total: await countPublishedVerdicts(db),
    });
    expect(feed.total).toBe(verdicts.length);
    for (const review of feed.claimReviews) {
      expect(String(review.url)).toMatch(/^https:\/\/claimdesk\.example\/verdicts\//);
      expect(review.claimReviewed).not.toMatch(/pneumonia|listas de espera/);
    }
    expect(buildRssFeed(verdicts, "https://claimdesk.example")).not.toContain("AFP Fact Check");
  });

  it("are hidden from readers while an editor keeps their claim dismissed, refreshing the speaker page", async () => {
    const [imported] = await db
      .select({ claimId: externalReviews.claimId })
      .from(externalReviews)
      .where(eq(externalReviews.claimAuthor, "Sergio Sayas"));
    if (!imported) throw new Error("the Newtral review was not imported");
    const changes: PublicChange[] = [];
    const { createContext } = await import("../context");
    const { createCaller } = await import("../root");
    const editor = createCaller(
      await createContext({
        db,
        userId: room.editor.user.id,
        preferredNewsroomId: room.newsroom.id,
        onPublicChange: async (change) => {
          changes.push(change);
        },
      }),
    );
    const bySpeaker = async () =>
      (await listPublicExternalReviews(db, { speaker: "Sergio Sayas" }, { limit: 20, offset: 0 })).total;

    expect(await editor.claim.setStatus({ claimId: imported.claimId, action: "dismiss" })).toBe("dismissed");
    expect(await bySpeaker()).toBe(0);
    expect(changes).toEqual([{ kind: "external-reviews", speakers: ["Sergio Sayas"] }]);

    expect(await editor.claim.setStatus({ claimId: imported.claimId, action: "restore" })).toBe("new");
    expect(await bySpeaker()).toBe(1);
    expect(changes).toHaveLength(2);
  });
});
