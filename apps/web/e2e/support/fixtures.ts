import { type Browser, expect, type Page } from "@playwright/test";

export const PASSWORD = "claimdesk-demo";
export const USERS = {
  admin: "admin@example.com",
  editor: "editor@example.com",
  checker: "checker1@example.com",
  otherChecker: "checker2@example.com",
} as const;

/** A page in its own browser context, signed in as one of the demo users. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/desk\//);
  return page;
}

/** A unique invented article with a list sentence, so each test works on its own claims. */
export function uniqueArticle() {
  const tag = Math.random().toString(36).slice(2, 8);
  return {
    title: `Lakeside school board adopts budget ${tag}`,
    body: `The Lakeside school board approved a $64 million budget on Thursday, board president Nora Quinn said.

The budget includes 30 new teachers, a literacy program for grades one to three and new roofs for four schools.

Enrollment rose by 6 percent this year to 9,200 students, according to district figures. Reference ${tag}.
`,
  };
}

/** Pastes an article as the editor and waits for its claims. Returns the article page URL. */
export async function createArticle(editor: Page, article: { title: string; body: string }) {
  await editor.goto("/desk/articles/new");
  await editor.getByLabel("Headline").fill(article.title);
  await editor.getByLabel("Article text").fill(article.body);
  await editor.getByLabel("Publisher").fill("Lakeside Courier");
  await editor.getByRole("button", { name: "Split into claims" }).click();
  await expect(editor).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}/);
  await expect(editor.getByTestId("claim-item").first()).toBeVisible();
  return editor.url();
}

/** Selects the claim whose text contains `text` and assigns it; returns the claim's workspace path. */
export async function assignClaim(editor: Page, text: string, assigneeName: string) {
  const item = editor.getByTestId("claim-item").filter({ hasText: text }).first();
  await item.getByRole("checkbox").check();
  await editor.getByLabel(/^Assign .* to$/).selectOption({ label: `${assigneeName} (fact-checker)` });
  await editor.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: `to ${assigneeName}` })).toBeVisible();
  await expect(item).toContainText(`→ ${assigneeName}`);
  const href = await item.getByRole("link").first().getAttribute("href");
  if (!href) throw new Error("claim link missing");
  return href;
}
