import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { signedInPage, USERS } from "./support/fixtures";

// start-server.ts allow-lists exactly this loopback port for fetching.
const pagePort = Number(process.env.E2E_PORT ?? 3210) + 1;
let server: Server;

const storyPage = (tag: string) => `<!doctype html><html lang="en"><head>
<title>Harbour ferry fleet to go electric | Bay Chronicle</title>
<meta property="og:site_name" content="Bay Chronicle">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Harbour ferry fleet to go electric ${tag}","datePublished":"2026-05-12T07:00:00Z",
"author":{"@type":"Person","name":"Ines Duarte"}}</script></head>
<body><nav>News Sport Weather</nav><div class="ad">Advertisement</div><article>
<h1>Harbour ferry fleet to go electric</h1>
<figure><figcaption>A ferry leaves the pier. (Photo: Bay Chronicle)</figcaption></figure>
<p>The harbour authority will replace all 14 diesel ferries with electric boats by 2030, at a cost of $210 million, its director said on Monday.</p>
<p>The new fleet includes six large commuter ferries, four water taxis and four cargo barges.</p>
<p>Fares will stay at $3.50 for adults until at least 2028, according to the authority's plan ${tag}.</p>
</article><aside class="related">Read more: Bridge tolls rise</aside></body></html>`;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const tag = new URL(request.url ?? "/", "http://x").searchParams.get("tag") ?? "";
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(storyPage(tag));
  });
  await new Promise<void>((resolve) => server.listen(pagePort, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test("an editor adds an article by its address and its claims show up", async ({ browser }) => {
  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto("/desk/articles/new");
  const tag = Math.random().toString(36).slice(2, 8);
  await editor.getByLabel("Article address").fill(`http://127.0.0.1:${pagePort}/ferries?tag=${tag}`);
  await editor.getByRole("button", { name: "Fetch article" }).click();
  await expect(editor).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}/, { timeout: 20_000 });
  await expect(
    editor.getByRole("heading", { name: `Harbour ferry fleet to go electric ${tag}` }),
  ).toBeVisible();
  await expect(editor.getByText("Bay Chronicle").first()).toBeVisible();
  await expect(editor.getByTestId("claim-item").filter({ hasText: "four water taxis" })).toBeVisible();
  await expect(editor.locator(".article-text")).not.toContainText("Advertisement");
  await expect(editor.locator(".article-text")).not.toContainText("Photo: Bay Chronicle");
});

test("a private address is refused with a clear message", async ({ browser }) => {
  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto("/desk/articles/new");
  await editor.getByLabel("Article address").fill("http://169.254.169.254/latest/meta-data/");
  await editor.getByRole("button", { name: "Fetch article" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "private or reserved" })).toBeVisible();
});

test("a bulk import shows progress, failures with reasons, and the articles' claims", async ({ browser }) => {
  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto("/desk/ingest");
  const tag = Math.random().toString(36).slice(2, 8);
  const links = [1, 2, 3].map((index) => `http://127.0.0.1:${pagePort}/bulk-${index}?tag=${tag}-${index}`);
  await editor.getByLabel("Or paste it").fill([...links, "http://10.0.0.1/internal"].join("\n"));
  await editor.getByRole("button", { name: "Start import" }).click();
  await expect(editor).toHaveURL(/\/desk\/ingest\/[0-9a-f-]{36}/);
  await expect(editor.locator("progress#batch-progress")).toBeVisible();
  await expect(editor.getByTestId("batch-counts")).toContainText("done: 3", { timeout: 30_000 });
  await expect(editor.getByTestId("batch-counts")).toContainText("failed: 1");
  await expect(editor.getByText(/private or reserved/)).toBeVisible();
  await editor.getByRole("link", { name: `Harbour ferry fleet to go electric ${tag}-2` }).click();
  await expect(editor.getByTestId("claim-item").filter({ hasText: "four water taxis" })).toBeVisible();
});
