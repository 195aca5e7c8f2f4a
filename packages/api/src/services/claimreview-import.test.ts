import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { articles, claims, type Database, type DatabaseHandle, externalReviews } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type PublicChange } from "../context";
import { createCaller } from "../root";
import { createTestNewsroom, type TestCaller, type TestNewsroom } from "../testing/fixtures";
import {
  cleanText,
  extractJsonLdBlocks,
  normalizeUrl,
  parseClaimReviews,
  parseLooseDate,
} from "./claimreview-import";

/** Ten real ClaimReview blocks (MIT, Meedan's fetch test fixtures; licence beside them). */
const FIXTURES = join(import.meta.dirname, "../public/__fixtures__/claimreview");
const fixtureFiles = readdirSync(FIXTURES)
  .filter((file) => file.endsWith(".jsonld"))
  .sort();
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

function only(input: string) {
  const { reviews, problems } = parseClaimReviews(input);
  expect(problems).toEqual([]);
  expect(reviews).toHaveLength(1);
  const [review] = reviews;
  if (!review) throw new Error("no review");
  return review;
}

describe("parseClaimReviews on the ten real blocks", () => {
  it("has ten fixtures", () => {
    expect(fixtureFiles).toHaveLength(10);
  });

  it.each(fixtureFiles)("reads %s", (file) => {
    const review = only(fixture(file));
    expect(review.reviewUrl).toMatch(/^https:\/\//);
    expect(review.claimReviewed.length).toBeGreaterThan(5);
    expect(review.claimReviewed).toBe(review.claimReviewed.trim());
    expect(review.ratingLabel.length).toBeGreaterThan(0);
    expect(review.publisherName.length).toBeGreaterThan(0);
  });

  it("finds the ClaimReview inside @graph and reads a space-separated date as UTC", () => {
    const review = only(fixture("afp_raw__block0.jsonld"));
    expect(review.publisherName).toBe("AFP Fact Check");
    expect(review.reviewPublishedAt?.toISOString()).toBe("2020-06-24T00:03:00.000Z");
    expect(review.ratingValue).toBe(1);
    expect(review.bestRating).toBe(5);
    expect(review.claimAuthor).toBe("multiple sources");
  });

  it("joins names given as arrays and does not take a writer typed as Organization for the publisher", () => {
    const review = only(fixture("africa_check_raw__block0.jsonld"));
    expect(review.claimAuthor).toBe("Mzwandile Masina, mayor of Ekurhuleni");
    expect(review.publisherName).toBe("africacheck.org");
    expect(review.reviewPublishedAt?.toISOString()).toBe("2020-03-27T08:46:13.000Z");
    expect(review.appearanceUrl).toBe("https://youtu.be/jA8iEODBe5Q?t=1368");
  });

  it("keeps a whole sentence as the rating label and an empty ratingValue as none", () => {
    const review = only(fixture("fact_check_cite_raw__block0.jsonld"));
    expect(review.ratingLabel).toMatch(/^The Health Desk Experts said/);
    expect(review.ratingValue).toBeNull();
    expect(review.publisherUrl).toBe("https://factcheck.cite.org.zw/");
  });

  it("takes the publisher over a Person author, and a claimReviewed array", () => {
    expect(only(fixture("boom_live_raw__block0.jsonld")).publisherName).toBe("BOOM");
    expect(only(fixture("the_quint_raw__block0.jsonld")).claimReviewed).toBe(
      "Last Tweets of Sushant Singh Rajput shared on 14 June",
    );
  });

  it("handles a missing datePublished, stray spaces and HTML entities", () => {
    const india = only(fixture("india_today_raw__block0.jsonld"));
    expect(india.reviewPublishedAt).toBeNull();
    expect(india.claimAuthor).toBe("Social media users");
    expect(india.claimReviewed.endsWith(" ")).toBe(false);
    expect(only(fixture("vishvas_news_english_raw__block0.jsonld")).claimReviewed).toBe(
      "Rishi Sunak praises Manmohan Singh's economy ideas",
    );
    const newtral = only(fixture("newtral_fact_check_raw__block0.jsonld"));
    expect(newtral.ratingLabel).toBe("Engañoso");
    expect(newtral.claimAuthor).toBe("Sergio Sayas");
  });

  it("extracts every ld+json block from a page's HTML", () => {
    const html = `<!doctype html><html><head><title>x</title>
      <script type="application/ld+json">${fixture("afp_raw__block0.jsonld")}</script>
      <script>var notJson = 1;</script>
      <script type='application/ld+json'>
      ${fixture("the_quint_raw__block0.jsonld")}
      </script></head><body><p>text</p></body></html>`;
    expect(extractJsonLdBlocks(html)).toHaveLength(2);
    const { reviews, problems } = parseClaimReviews(html);
    expect(problems).toEqual([]);
    expect(reviews.map((review) => review.publisherName)).toEqual(["AFP Fact Check", "The Quint"]);
  });
});

describe("broken input gets a message naming what is wrong", () => {
  it.each([
    ["", "empty"],
    ["just some words", "ld+json"],
    ['{"@type": "ClaimReview", "url": ', "not valid JSON"],
    ['{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle"}]}', "NewsArticle"],
    ['{"@type":"ClaimReview","claimReviewed":"x y z","reviewRating":{"alternateName":"False"}}', '"url"'],
    [
      '{"@type":"ClaimReview","url":"https://a.example/r","reviewRating":{"alternateName":"False"}}',
      '"claimReviewed"',
    ],
    [
      '{"@type":"ClaimReview","url":"https://a.example/r","claimReviewed":"x","reviewRating":{}}',
      '"alternateName"',
    ],
  ])("%j", (input, expected) => {
    const { reviews, problems } = parseClaimReviews(input);
    expect(reviews).toEqual([]);
    expect(problems.join(" ")).toContain(expected);
  });
});

describe("helpers", () => {
  it("reads loose dates", () => {
    expect(parseLooseDate("2022-07-08 09:48")?.toISOString()).toBe("2022-07-08T09:48:00.000Z");
    expect(parseLooseDate("2022-10-06")?.toISOString()).toBe("2022-10-06T00:00:00.000Z");
    expect(parseLooseDate("2019-04-10T12:09:05+05:30")?.toISOString()).toBe("2019-04-10T06:39:05.000Z");
    expect(parseLooseDate("not a date")).toBeNull();
    expect(parseLooseDate("")).toBeNull();
  });

  it("cleans text and URLs", () => {
    expect(cleanText(" a<br />\r\n b &amp; c&#039;s ")).toBe("a b & c's");
    expect(normalizeUrl("javascript:alert(1)")).toBeNull();
    expect(normalizeUrl("/author/x", "https://site.example/a")).toBe("https://site.example/author/x");
  });
});

describe("importClaimReview", () => {
  let handle: DatabaseHandle;
  let db: Database;
  let room: TestNewsroom;
  const changes: PublicChange[] = [];
  let editor: TestCaller;
  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
    room = await createTestNewsroom(db);
    // The editor's caller records what the web layer would revalidate.
    editor = createCaller(
      await createContext({
        db,
        userId: room.editor.user.id,
        preferredNewsroomId: room.newsroom.id,
        onPublicChange: async (change) => {
          changes.push(change);
        },
      }),
    );
  });
  afterAll(async () => {
    await handle.close();
  });

  async function reviewsOfRoom() {
    return db
      .select({ review: externalReviews, claim: claims, article: articles })
      .from(externalReviews)
      .innerJoin(claims, eq(claims.id, externalReviews.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(eq(externalReviews.newsroomId, room.newsroom.id));
  }

  it("imports all ten blocks as claims with external verdicts, once per review URL", async () => {
    for (const file of fixtureFiles) {
      const result = await editor.publishing.importClaimReview({ input: fixture(file) });
      expect(result.imported).toHaveLength(1);
      expect(result.imported[0]?.created).toBe(true);
    }
    const again = await editor.publishing.importClaimReview({ input: fixture("afp_raw__block0.jsonld") });
    expect(again.imported[0]?.created).toBe(false);

    const rows = await reviewsOfRoom();
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row.claim.id)).size).toBe(10);
    for (const { review, claim, article } of rows) {
      expect(claim.newsroomId).toBe(room.newsroom.id);
      expect(claim.text).toBe(review.claimReviewed);
      expect(claim.speaker).toBe(review.claimAuthor);
      expect(claim.status).toBe("new");
      expect(article.body.slice(claim.spanStart, claim.spanEnd)).toBe(claim.quote);
      expect(article.title).toContain(`Reviewed by ${review.publisherName}`);
      expect(article.url).toBeNull();
    }
    // The re-import found the same claim instead of making an eleventh.
    const roomClaims = await db.select().from(claims).where(eq(claims.newsroomId, room.newsroom.id));
    expect(roomClaims).toHaveLength(10);

    const listed = await editor.publishing.externalReviews({});
    expect(listed).toHaveLength(10);
    expect(listed.every((review) => rows.some((row) => row.claim.id === review.claimId))).toBe(true);
    const afp = rows.find((row) => row.review.publisherName === "AFP Fact Check");
    if (!afp) throw new Error("AFP review missing");
    const workspace = await editor.claim.get({ claimId: afp.claim.id });
    expect(workspace.claim.text).toBe(afp.review.claimReviewed);
    expect(workspace.externalReviews).toEqual([
      expect.objectContaining({
        publisherName: "AFP Fact Check",
        ratingLabel: "False",
        reviewUrl: afp.review.reviewUrl,
      }),
    ]);
    expect(workspace.verdict).toBeNull();

    expect(changes).toHaveLength(11);
    expect(changes.at(-1)).toEqual({ kind: "external-reviews", speakers: ["multiple sources"] });
  });

  it("carries a re-imported review's new wording into an untouched claim only", async () => {
    const review = (claimReviewed: string, rating: string) =>
      JSON.stringify({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: "https://checks.example/harbor-ferry",
        claimReviewed,
        author: { "@type": "Organization", name: "Example Checks" },
        itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Lena Ortiz" } },
        reviewRating: { "@type": "Rating", alternateName: rating },
      });
    const first = await editor.publishing.importClaimReview({
      input: review("The ferry carries 9,000 people a day", "False"),
    });
    const claimId = first.imported[0]?.claimId;
    if (!claimId) throw new Error("nothing imported");
    const reworded = "The ferry carries 9,000 passengers a day";
    await editor.publishing.importClaimReview({ input: review(reworded, "False") });
    const [after] = (await reviewsOfRoom()).filter((row) => row.claim.id === claimId);
    expect(after?.claim.text).toBe(reworded);
    expect(after?.article.body).toBe(reworded);
    expect(after?.claim.spanEnd).toBe(reworded.length);
    expect(after?.review.claimReviewed).toBe(reworded);

    // Once the claim is assigned it is ours to word; the external verdict still updates.
    await room.editor.caller.claim.assign({ claimIds: [claimId], assigneeId: room.checker.user.id });
    await editor.publishing.importClaimReview({
      input: review("The ferry carries many people", "Mostly false"),
    });
    const [assigned] = (await reviewsOfRoom()).filter((row) => row.claim.id === claimId);
    expect(assigned?.claim.text).toBe(reworded);
    expect(assigned?.review.claimReviewed).toBe("The ferry carries many people");
    expect(assigned?.review.ratingLabel).toBe("Mostly false");
    expect(await db.select().from(externalReviews).where(eq(externalReviews.claimId, claimId))).toHaveLength(
      1,
    );
  });

  it("keeps an imported claim when its article is re-split", async () => {
    const [row] = (await reviewsOfRoom()).filter((entry) => entry.review.publisherName === "BOOM");
    if (!row) throw new Error("BOOM review missing");
    await room.editor.caller.article.resplit({ articleId: row.article.id });
    const [kept] = await db.select().from(claims).where(eq(claims.id, row.claim.id));
    expect(kept?.text).toBe(row.claim.text);
  });

  it("answers BAD_REQUEST naming the problem, and FORBIDDEN for fact-checkers", async () => {
    const error = await room.editor.caller.publishing
      .importClaimReview({ input: '{"@type":"WebPage"}' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toContain("No ClaimReview found (the JSON-LD has WebPage)");
    const forbidden = await room.checker.caller.publishing
      .importClaimReview({ input: fixture("afp_raw__block0.jsonld") })
      .catch((caught: unknown) => caught);
    expect((forbidden as TRPCError).code).toBe("FORBIDDEN");
  });
});
