import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DatabaseHandle } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestNewsroom, type TestNewsroom } from "../testing/fixtures";
import { ingestFromUrl } from "./ingest";

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
