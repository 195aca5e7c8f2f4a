import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { assignClaim, createArticle, signedInPage, USERS, uniqueArticle } from "./support/fixtures";

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

  await page.getByRole("link", { name: "Read the article with every claim annotated" }).click();
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

test("a publish shows up at once on cached reader pages and in search", async ({ browser }) => {
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
});
