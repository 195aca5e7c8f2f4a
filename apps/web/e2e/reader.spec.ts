import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { startNginx } from "../scripts/bench-reader-harness";
import { assignClaim, createArticle, signedInPage, USERS, uniqueArticle } from "./support/fixtures";

/** Real ClaimReview blocks (MIT, Meedan), kept with the API's tests. */
const FIXTURES = join(import.meta.dirname, "../../../packages/api/src/public/__fixtures__/claimreview");

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) =>
    ["serious", "critical"].includes(violation.impact ?? ""),
  );
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

test("reader pages are cached, accessible, and their ClaimReview matches the page", async ({
  page,
  request,
}) => {
  const home = await page.goto("/");
  expect(home?.headers()["cache-control"]).toContain("s-maxage=10");
  // The second view is served from Next's cache, not rendered again.
  const again = await request.get("/");
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  await expectAccessible(page);

  // The demo seed's verdict on the Cedar River gauge.
  await page.goto("/search?q=river");
  await expect(page.getByTestId("search-count")).toContainText("1 verdict");
  await expectAccessible(page);
  await page.locator(".verdict-list a[href^='/verdicts/']").first().click();
  await expect(page).toHaveURL(/\/verdicts\//);
  const jsonLd = JSON.parse((await page.locator("script#claim-review").textContent()) ?? "{}");
  expect(jsonLd["@type"]).toBe("ClaimReview");
  expect(jsonLd.claimReviewed).toBe(await page.getByTestId("claim").textContent());
  expect(jsonLd.reviewRating.alternateName).toBe(await page.locator(".verdict-hero .rating").textContent());
  expect(jsonLd.url).toBe(page.url());
  expect(jsonLd.author.name).toBe("Ledger Fact Check");
  expect(jsonLd.itemReviewed.appearance.url).toBeTruthy();
  await expect(page.getByTestId("history")).toContainText("Published");
  await expect(page.getByTestId("appearance")).toContainText("Appeared in");
  await expectAccessible(page);
  const verdictPath = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "read it with every claim annotated" }).click();
  await expect(page.locator("mark.rated").first()).toBeVisible();
  await expect(page.locator(".article-text .badge", { hasText: "not yet rated" }).first()).toBeVisible();
  // Selecting a claim jumps to its verdict note (no client JavaScript involved).
  await page
    .locator("a.claim-link", { has: page.locator("mark.rated") })
    .first()
    .click();
  await expect(page.locator(".verdict-list li:target")).toContainText("Read the verdict");
  await expectAccessible(page);

  await page.goto("/search?q=xylophone");
  await expect(page.getByText("Nothing matched")).toBeVisible();
  await expectAccessible(page);

  for (const path of ["/about/methodology", "/about/corrections-policy", `/embed${verdictPath}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expectAccessible(page);
  }
  const embed = await request.get(`/embed${verdictPath}`);
  expect(embed.headers()["content-security-policy"]).toBe("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();

  const api = await (await request.get("/api/v1/verdicts?q=river")).json();
  expect(api.verdicts[0].claim).toBe(jsonLd.claimReviewed);
  const one = await (await request.get(`/api/v1${verdictPath}`)).json();
  expect(one.claimReview.url).toBe(jsonLd.url);
  const bad = await request.get("/api/v1/verdicts?from=someday");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("someday");
  const feed = await (await request.get("/api/claimreview?per_page=5")).json();
  expect(feed.claimReviews.map((review: { url: string }) => review.url)).toContain(jsonLd.url);
  for (const path of ["/feed.xml", "/atom.xml"]) {
    const xml = await (await request.get(path)).text();
    expect(xml).toContain(jsonLd.url);
    const parsed = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, "application/xml").getElementsByTagName("parsererror").length,
      xml,
    );
    expect(parsed).toBe(0);
  }
});

test("a publish shows up at once on cached pages; a correction reaches readers through nginx within 30 s", async ({
  browser,
  baseURL,
}) => {
  const article = uniqueArticle();
  const marker = article.body.match(/Reference (\w+)/)?.[1] ?? "";
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  await reader.goto("/"); // cached now
  await expect(reader.getByText(marker)).toHaveCount(0);

  const editor = await signedInPage(browser, USERS.editor);
  await createArticle(editor, article);
  const claimPath = await assignClaim(editor, "Enrollment rose", "Farah Checker");
  const checker = await signedInPage(browser, USERS.checker);
  await checker.goto(claimPath);
  await checker.getByLabel("Rating").selectOption({ label: "Half true" });
  await checker.getByLabel("Summary").fill(`Enrollment grew, but by 4 percent (${marker}).`);
  await checker.getByLabel("Explanation").fill("The district census counts 9,020 students.");
  await checker.getByLabel("Source 1 URL").fill("https://district.example.org/census");
  await checker.getByRole("button", { name: "Save draft" }).click();
  await expect(checker.getByRole("status")).toContainText("Draft saved");
  await checker.getByRole("button", { name: "Submit for review" }).click();
  await expect(checker.getByText("submitted", { exact: true })).toBeVisible();
  await editor.goto(claimPath);
  await editor.getByRole("button", { name: "Approve and publish" }).click();
  await expect(editor.getByRole("link", { name: "view the public verdict" })).toBeVisible();

  // No waiting for the 300 s ISR fallback: the publish revalidated the home page.
  await reader.goto("/");
  await expect(reader.getByText(`by 4 percent (${marker})`)).toBeVisible();
  await reader.goto(`/search?q=${marker}`);
  await expect(reader.getByTestId("search-count")).toContainText("1 verdict");
  await expect(reader.locator(".verdict-list .rating")).toHaveText("Half true");
  // deploy/nginx.conf in front of the app: a correction must pass it within s-maxage + swr = 30 s.
  const appPort = Number(new URL(baseURL ?? "http://localhost:3210").port);
  const proxy = await startNginx(appPort + 2, appPort);
  try {
    const verdictPath = await editor
      .getByRole("link", { name: "view the public verdict" })
      .getAttribute("href");
    if (!verdictPath) throw new Error("no public link");
    const viaProxy = async () => {
      const response = await fetch(`${proxy.url}${verdictPath}`);
      return { cache: response.headers.get("x-cache-status"), html: await response.text() };
    };
    await viaProxy();
    expect((await viaProxy()).cache).toBe("HIT");

    const claimId = claimPath.split("/").pop() ?? "";
    const workspace = await editor.request.get(
      `/api/trpc/claim.get?input=${encodeURIComponent(JSON.stringify({ json: { claimId } }))}`,
    );
    const labels: { id: string; label: string }[] = (await workspace.json()).result.data.json.ratingLabels;
    const mostlyTrue = labels.find((label) => label.label === "Mostly true");
    const correction = `Corrected ${marker}: the census shows 5.9 percent.`;
    const corrected = await editor.request.post("/api/trpc/verdict.correct", {
      data: {
        json: {
          claimId,
          expectedVersion: 1,
          note: "We used last year's census at first.",
          ratingLabelId: mostlyTrue?.id,
          summary: correction,
          explanation: "The district census counts 9,200 students.",
          sources: [{ url: "https://district.example.org/census", accessedAt: "2026-03-01" }],
        },
      },
    });
    expect(corrected.status()).toBe(200);
    const started = Date.now();
    await expect
      .poll(async () => (await viaProxy()).html.includes(correction), { timeout: 33_000, intervals: [500] })
      .toBe(true);
    expect(Date.now() - started).toBeLessThan(33_000);

    await reader.goto(verdictPath);
    await expect(reader.getByTestId("summary")).toHaveText(correction);
    await expect(reader.getByTestId("history")).toContainText("We used last year's census at first.");
    const jsonLd = JSON.parse((await reader.locator("script#claim-review").textContent()) ?? "{}");
    expect(jsonLd.dateModified > jsonLd.datePublished).toBe(true);
    expect(jsonLd.reviewRating.alternateName).toBe("Mostly true");
  } finally {
    await proxy.stop();
  }
});

test("editors import ClaimReview; admins edit the methodology and readers see it at once", async ({
  browser,
}) => {
  const reader = await (await browser.newContext()).newPage();
  // Nobody has checked this speaker yet: the (cached) speaker page is a 404 until the import.
  const speakerPage = "/speakers/multiple%20sources";
  expect((await reader.goto(speakerPage))?.status()).toBe(404);

  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto("/desk/import");
  await editor.getByLabel("ClaimReview JSON-LD or page HTML").fill('{"@type": "WebPage"}');
  await editor.getByRole("button", { name: "Import" }).click();
  await expect(editor.locator(".alert--error")).toContainText(
    "No ClaimReview found (the JSON-LD has WebPage)",
  );
  const block = readFileSync(join(FIXTURES, "afp_raw__block0.jsonld"), "utf8");
  await editor
    .getByLabel("ClaimReview JSON-LD or page HTML")
    .fill(`<html><head><script type="application/ld+json">${block}</script></head></html>`);
  await editor.getByRole("button", { name: "Import" }).click();
  await expect(editor.getByRole("status")).toContainText("Imported 1 new");
  const imported = editor.getByTestId("external-review").filter({ hasText: "AFP Fact Check (external)" });
  await expect(imported).toBeVisible();
  // Editors find it as a claim in the workspace.
  await imported.getByRole("link", { name: /Centers for Disease Control/ }).click();
  await expect(editor).toHaveURL(/\/desk\/claims\//);
  await expect(editor.getByText(/lied about the number of deaths/).first()).toBeVisible();
  await expect(editor.getByTestId("claim-external-review")).toContainText("AFP Fact Check (external): False");

  // Readers find it in search and on the speaker's page, credited to AFP and linking to AFP's review.
  const afpReview = "https://factcheck.afp.com/cdc-does-not-add-flu-and-pneumonia-deaths-covid-19-toll";
  await reader.goto("/search?q=pneumonia");
  await expect(reader.getByTestId("search-count")).toContainText("1 review by other fact-checkers");
  const found = reader.getByTestId("external-review");
  await expect(found).toContainText("Reviewed by AFP Fact Check");
  await expect(found).toContainText("AFP Fact Check’s rating: False");
  await expect(found.getByRole("link").first()).toHaveAttribute("href", afpReview);
  await expect(reader.locator(".verdict-list a[href^='/verdicts/']")).toHaveCount(0);
  await expectAccessible(reader);
  expect((await reader.goto(speakerPage))?.status()).toBe(200);
  await expect(reader.getByTestId("external-review")).toContainText("Reviewed by AFP Fact Check");
  await expect(reader.getByTestId("speaker-summary")).toContainText("1 review by other fact-checkers");
  await expectAccessible(reader);
  // Never in our ClaimReview feed.
  const feed = await (await reader.request.get("/api/claimreview?per_page=100")).json();
  expect(JSON.stringify(feed)).not.toContain("factcheck.afp.com");
  const api = await (await reader.request.get("/api/v1/external-reviews?q=pneumonia")).json();
  expect(api.reviews).toEqual([
    expect.objectContaining({
      external: true,
      reviewUrl: afpReview,
      publisher: expect.objectContaining({ name: "AFP Fact Check" }),
    }),
  ]);

  await reader.goto("/about/methodology");
  await reader.goto("/about/methodology"); // now from Next's cache
  const admin = await signedInPage(browser, USERS.admin);
  await admin.goto("/desk/pages");
  const text = `We rate each claim on a five-step scale. Checked ${Date.now()}.`;
  await expect(admin.getByLabel("Methodology")).toBeEditable();
  await admin.getByLabel("Methodology").fill(text);
  await admin.getByRole("button", { name: "Save pages" }).click();
  await expect(admin.getByRole("status")).toContainText("Saved");
  await reader.goto("/about/methodology");
  await expect(reader.getByText(text)).toBeVisible();
});
