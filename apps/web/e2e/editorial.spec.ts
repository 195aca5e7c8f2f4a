import { expect, test } from "@playwright/test";
import { assignClaim, createArticle, signedInPage, USERS, uniqueArticle } from "./support/fixtures";

test("send back with a comment, revise, approve, publish, then correct in public", async ({ browser }) => {
  const editor = await signedInPage(browser, USERS.editor);
  await createArticle(editor, uniqueArticle());
  const claimPath = await assignClaim(editor, "Enrollment rose", "Farah Checker");

  const checker = await signedInPage(browser, USERS.checker);
  await checker.goto(claimPath);
  await checker.getByLabel("Rating").selectOption({ label: "True" });
  await checker.getByLabel("Summary").fill("District figures confirm the rise.");
  await checker.getByLabel("Source 1 URL").fill("https://district.example.org/census");
  await checker.getByRole("button", { name: "Submit for review" }).click();
  await expect(checker.getByText("submitted", { exact: true })).toBeVisible();

  await editor.goto(claimPath);
  await editor.getByLabel("Comment for the fact-checker").fill("Say which census: October or January?");
  await editor.getByRole("button", { name: "Send back" }).click();
  await expect(editor.getByText("changes requested", { exact: true })).toBeVisible();

  await checker.goto("/desk/notifications");
  await expect(checker.getByRole("link", { name: /Sent back: Say which census/ })).toBeVisible();
  await checker.goto(claimPath);
  await expect(checker.getByRole("note")).toContainText("Say which census");
  await checker.getByLabel("Summary").fill("The October census confirms the rise.");
  await checker.getByRole("button", { name: "Submit for review" }).click();
  await expect(checker.getByText("submitted", { exact: true })).toBeVisible();

  await editor.goto(claimPath);
  await editor.getByRole("button", { name: "Approve and publish" }).click();
  await expect(editor.getByRole("link", { name: "view the public verdict" })).toBeVisible();

  await editor.getByRole("button", { name: "Correct", exact: true }).click();
  const note = "We first cited the wrong census month.";
  await editor.getByLabel("Correction note, shown to readers").fill(note);
  await editor.getByLabel("Summary").fill("The October census confirms a 5.8 percent rise.");
  await editor.getByRole("button", { name: "Publish correction" }).click();
  await expect(editor.getByText(/corrected \(v2\)/)).toBeVisible();
  const verdictPath = await editor
    .getByRole("link", { name: "view the public verdict" })
    .getAttribute("href");
  if (!verdictPath) throw new Error("no public link");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(verdictPath);
  await expect(reader.getByText(note)).toBeVisible();
  await expect(reader.getByText("The October census confirms a 5.8 percent rise.").first()).toBeVisible();
  const jsonLd = JSON.parse((await reader.locator("script#claim-review").textContent()) ?? "{}");
  expect(jsonLd.dateModified).toBeTruthy();
});

test("the UI offers only the actions a role may take", async ({ browser }) => {
  const editor = await signedInPage(browser, USERS.editor);
  await createArticle(editor, uniqueArticle());
  const claimPath = await assignClaim(editor, "Enrollment rose", "Farah Checker");
  await editor.goto(claimPath);
  await expect(editor.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

  const checker = await signedInPage(browser, USERS.checker);
  await checker.goto(claimPath);
  await expect(checker.getByRole("button", { name: "Submit for review" })).toBeVisible();
  await expect(checker.getByRole("link", { name: "Review" })).toHaveCount(0);
  await expect(checker.getByRole("link", { name: "Admin" })).toHaveCount(0);
});
