import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { assignClaim, createArticle, PASSWORD, signedInPage, USERS, uniqueArticle } from "./support/fixtures";

test("an article goes from paste to a public verdict, as editor, fact-checker and reader", async ({
  browser,
}) => {
  const editor = await signedInPage(browser, USERS.editor);
  await createArticle(editor, uniqueArticle());
  // The list sentence is split into one claim per item, each naming the budget.
  await expect(editor.getByTestId("claim-item").filter({ hasText: "30 new teachers" })).toBeVisible();
  const claimPath = await assignClaim(editor, "Enrollment rose", "Farah Checker");

  const checker = await signedInPage(browser, USERS.checker);
  await checker.goto("/desk/queue");
  // Other specs leave similar claims in the same queue: pick this one by its address.
  await checker.locator(`a[href="${claimPath}"]`).click();
  await expect(checker).toHaveURL(claimPath);
  await checker.getByLabel("Rating").selectOption({ label: "Mostly true" });
  await checker.getByLabel("Summary").fill("District figures show a 5.8 percent rise, to 9,188 students.");
  await checker
    .getByLabel("Explanation")
    .fill("The district's October census counts 9,188 students, up from 8,684.");
  await checker.getByLabel("Source 1 URL").fill("https://district.example.org/census-2026");
  await checker.getByLabel("Publisher").fill("Lakeside School District");
  await checker.getByLabel("Title").fill("October enrollment census");
  await checker.getByRole("button", { name: "Add a source" }).click();
  await checker.getByLabel("Source 2 URL").fill("https://example.org/unused");
  await checker.getByRole("button", { name: "Remove source 2" }).click();
  await checker.getByRole("button", { name: "Save draft" }).click();
  await expect(checker.getByRole("status")).toContainText("Draft saved (version 1)");
  await checker.getByRole("button", { name: "Submit for review" }).click();
  await expect(checker.getByText("submitted", { exact: true })).toBeVisible();

  await editor.goto("/desk/review");
  await editor.locator(`a[href="${claimPath}"]`).click();
  await editor.getByRole("button", { name: "Approve and publish" }).click();
  const publicLink = editor.getByRole("link", { name: "view the public verdict" });
  await expect(publicLink).toBeVisible();
  const verdictPath = await publicLink.getAttribute("href");
  if (!verdictPath) throw new Error("no public link");

  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(verdictPath);
  expect(response?.status()).toBe(200);
  await expect(reader.getByTestId("claim")).toContainText("Enrollment rose by 6 percent");
  await expect(reader.getByTestId("summary")).toContainText("5.8 percent");
  await expect(reader.getByText("Mostly true").first()).toBeVisible();
  await expect(reader.getByRole("link", { name: "October enrollment census" })).toBeVisible();
  await expect(reader.getByText("Lakeside School District")).toBeVisible();

  const jsonLd = JSON.parse((await reader.locator("script#claim-review").textContent()) ?? "{}");
  expect(jsonLd["@type"]).toBe("ClaimReview");
  expect(jsonLd.claimReviewed).toBe(await reader.getByTestId("claim").textContent());
  expect(jsonLd.reviewRating.alternateName).toBe("Mostly true");
  expect(jsonLd.reviewRating.ratingValue).toBe(4);
  expect(jsonLd.url).toContain(verdictPath);

  await reader.getByRole("link", { name: "read it with every claim annotated" }).click();
  await expect(reader.locator("mark.rated")).toContainText("Enrollment rose");

  const axe = await new AxeBuilder({ page: reader }).analyze();
  expect(
    axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
  ).toEqual([]);
});

test("a fact-checker cannot open another checker's claim", async ({ browser }) => {
  const editor = await signedInPage(browser, USERS.editor);
  await createArticle(editor, uniqueArticle());
  const claimPath = await assignClaim(editor, "Enrollment rose", "Farah Checker");

  const other = await signedInPage(browser, USERS.otherChecker);
  await other.goto(claimPath);
  await expect(other.getByRole("alert").filter({ hasText: "not assigned to you" })).toBeVisible();
  await expect(other.getByLabel("Summary")).toHaveCount(0);
});

test("readers get 404 for unpublished verdicts and articles", async ({ browser }) => {
  const editor = await signedInPage(browser, USERS.editor);
  const articleUrl = await createArticle(editor, uniqueArticle());
  const articleId = articleUrl.split("/").pop();

  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/articles/${articleId}`))?.status()).toBe(404);
  expect((await reader.goto("/verdicts/no-such-verdict-1234"))?.status()).toBe(404);
  expect((await reader.goto("/desk/articles"))?.url()).toContain("/sign-in");
});

test("a wrong password gets a clear error", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(USERS.editor);
  await page.getByLabel("Password").fill(`${PASSWORD}-wrong`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Wrong email or password. Check both and try again." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the public home page lists the seeded verdict and passes axe", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Latest verdicts" })).toBeVisible();
  await expect(page.locator(".verdict-list li").first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
  ).toEqual([]);
});
