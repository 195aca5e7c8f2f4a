import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DatabaseHandle } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestNewsroom, type TestNewsroom } from "../testing/fixtures";
import { ingestFromUrl, refreshArticleFromUrl } from "./ingest";

let page = "";
const PAGE = `<!doctype html><html lang="en"><head>
<title>Valley hospital opens new wing | Valley Post</title>
<meta property="og:site_name" content="Valley Post">
<link rel="canonical" href="https://post.example.com/health/hospital-wing">
<meta property="article:published_time" content="2026-04-02T10:00:00Z">
</head><body><nav>Home News Sport</nav><article><h1>Valley hospital opens new wing</h1>
<p class="byline">By Omar Reyes</p>
<figure><figcaption>The new wing on Monday. (Photo: Valley Post)</figcaption></figure>
<p>Valley General Hospital opened a 120-bed wing on Monday, cutting average emergency waits by 40 minutes, the health board said.</p>
<p>The wing cost $92 million and includes two operating theatres, a maternity unit and a rooftop helipad.</p>
<p>Board chair Lin Okafor said the hospital would hire 300 nurses over the next two years.</p>
</article><aside class="related">More: Clinic closes early</aside></body></html>`;

let handle: DatabaseHandle;
let room: TestNewsroom;
let server: Server;
let origin: string;
let allowList: string[];

beforeAll(async () => {
  handle = await createTestDatabase();
  room = await createTestNewsroom(handle.db);
  server = createServer((request, response) => {
    if (request.url === "/story") response.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    else if (request.url === "/changing") response.writeHead(200, { "content-type": "text/html" }).end(page);
    else if (request.url === "/empty")
      response.writeHead(200, { "content-type": "text/html" }).end("<html><body>Hi</body></html>");
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowList = [`127.0.0.1:${port}`];
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await handle.close();
});

const actorOf = (member: TestNewsroom["editor"]) => ({
  userId: member.user.id,
  newsroomId: room.newsroom.id,
  role: "editor" as const,
});

describe("ingesting an article from a URL", () => {
  it("stores the clean text with its metadata and splits it into claims", async () => {
    const result = await ingestFromUrl(handle.db, actorOf(room.editor), `${origin}/story`, { allowList });
    expect(result.status).toBe("created");
    const { article, claims } = await room.editor.caller.article.get({ articleId: result.articleId });
    expect(article).toMatchObject({
      title: "Valley hospital opens new wing",
      publisher: "Valley Post",
      url: "https://post.example.com/health/hospital-wing",
    });
    expect(article.publishedAt?.toISOString()).toBe("2026-04-02T10:00:00.000Z");
    expect(article.language).toBe("en");
    expect(article.body).not.toMatch(/By Omar Reyes|Photo: Valley Post|Clinic closes|Sport/);
    expect(claims.some((claim) => claim.quote.includes("120-bed wing"))).toBe(true);

    const again = await ingestFromUrl(handle.db, actorOf(room.editor), `${origin}/story`, { allowList });
    expect(again).toEqual({ status: "duplicate", articleId: result.articleId });
  });

  it("explains refusals and empty pages instead of storing anything", async () => {
    await expect(ingestFromUrl(handle.db, actorOf(room.editor), `${origin}/story`)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/private or reserved/),
    });
    await expect(
      ingestFromUrl(handle.db, actorOf(room.editor), `${origin}/empty`, { allowList }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/No article text/) });
  });

  it("is refused to fact-checkers by the router", async () => {
    await expect(room.checker.caller.article.createFromUrl({ url: `${origin}/story` })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
  });
});

describe("a Word document", () => {
  it("becomes an article with its claims", async () => {
    const file = readFileSync(
      new URL("../../../ingest/src/__fixtures__/reservoir-report.docx", import.meta.url),
    );
    const result = await room.editor.caller.article.createFromDocx({ base64: file.toString("base64") });
    const { article, claims } = await room.editor.caller.article.get({ articleId: result.articleId });
    expect(article.title).toBe("Reservoir levels fall to a ten-year low");
    expect(claims.some((claim) => claim.quote.includes("41 percent of capacity"))).toBe(true);
    await expect(
      room.editor.caller.article.createFromDocx({ base64: Buffer.from("plain text").toString("base64") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("a changed article", () => {
  it("is offered as a new version that keeps claims with work on them", async () => {
    const actor = actorOf(room.editor);
    // No canonical link: the article's address stays the loopback page, so refreshing fetches it again.
    page = PAGE.replace(/<link rel="canonical"[^>]*>/, "").replace("cost $92 million", "cost $93 million");
    const first = await ingestFromUrl(handle.db, actor, `${origin}/changing`, { allowList });
    expect(first.status).toBe("created");
    const { claims } = await room.editor.caller.article.get({ articleId: first.articleId });
    const moving = claims.find((claim) => claim.quote.includes("120-bed wing"));
    const vanishing = claims.find((claim) => claim.quote.includes("300 nurses"));
    if (!moving || !vanishing) throw new Error("expected claims missing");
    await room.editor.caller.claim.assign({
      claimIds: [moving.id, vanishing.id],
      assigneeId: room.checker.user.id,
    });

    // The publisher adds a paragraph at the top and drops the one about nurses.
    page = page
      .replace("<p>Valley General", "<p>Updated with the board's figures on Tuesday.</p>\n<p>Valley General")
      .replace(/<p>Board chair Lin Okafor[^<]*<\/p>/, "");
    const again = await ingestFromUrl(handle.db, actor, `${origin}/changing`, { allowList });
    expect(again).toEqual({ status: "changed", articleId: first.articleId });

    const update = await refreshArticleFromUrl(handle.db, actor, first.articleId, { allowList });
    expect(update).toMatchObject({ status: "updated", version: 2, kept: 1, detached: 1 });
    const after = await room.editor.caller.article.get({ articleId: first.articleId });
    expect(after.article.body).toContain("Updated with the board's figures");
    const moved = after.claims.find((claim) => claim.id === moving.id);
    expect(moved && after.article.body.slice(moved.spanStart, moved.spanEnd)).toBe(moving.quote);
    expect(after.claims.find((claim) => claim.id === vanishing.id)?.detachedAt).not.toBeNull();

    const unchanged = await refreshArticleFromUrl(handle.db, actor, first.articleId, { allowList });
    expect(unchanged.status).toBe("unchanged");
  });
});
