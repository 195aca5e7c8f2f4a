/** Test helpers for the reader read model: publish a verdict through the real workflow. */
import type { TestNewsroom } from "../testing/fixtures";

let counter = 0;

/** Pastes an article, assigns one claim, writes, approves and publishes its verdict. */
export async function publishThroughWorkflow(
  room: TestNewsroom,
  options: { claimIncludes?: string; rating?: string; summary?: string; title?: string; body?: string } = {},
) {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  const created = await room.editor.caller.article.create({
    title: options.title ?? `Harbor city adopts new transit budget ${tag}`,
    body:
      options.body ??
      `The Harbor City transit authority approved a $310 million budget on Monday, its largest ever, according to board chair Lena Ortiz.

The budget includes 45 electric buses, a new ferry terminal, free fares for students and a 12 percent raise for drivers.

Ortiz said ridership grew by 18 percent last year.

Reference ${tag}.
`,
    url: `https://news.example.org/transit-${tag}`,
    publisher: "Harbor Herald",
    publishedAt: new Date("2026-03-02T09:00:00Z"),
  });
  const { claims } = await room.editor.caller.article.get({ articleId: created.articleId });
  const claim =
    claims.find((entry) => entry.quote.includes(options.claimIncludes ?? "ridership")) ?? claims[0];
  if (!claim) throw new Error("extraction found no claims");
  await room.editor.caller.claim.assign({ claimIds: [claim.id], assigneeId: room.checker.user.id });
  const workspace = await room.checker.caller.claim.get({ claimId: claim.id });
  const rating = workspace.ratingLabels.find((label) => label.label === (options.rating ?? "Mostly false"));
  if (!rating) throw new Error("rating missing from the default scale");
  await room.checker.caller.verdict.saveDraft({
    claimId: claim.id,
    expectedVersion: null,
    ratingLabelId: rating.id,
    summary: options.summary ?? "Ridership grew 11 percent, not 18.",
    explanation: "The authority's annual report gives 11 percent.",
    sources: [
      {
        url: "https://transit.example.org/annual-report",
        publisher: "Harbor City Transit",
        title: "Annual report",
        quote: "Ridership rose 11%",
        accessedAt: new Date("2026-03-03"),
      },
    ],
  });
  const submitted = await room.checker.caller.verdict.submit({ claimId: claim.id, expectedVersion: 1 });
  const approved = await room.editor.caller.verdict.approve({
    claimId: claim.id,
    expectedVersion: submitted.version,
    publish: true,
  });
  if (!approved.slug) throw new Error("not published");
  return {
    slug: approved.slug,
    claimId: claim.id,
    articleId: created.articleId,
    claimText: claim.text,
    otherClaims: claims.filter((entry) => entry.id !== claim.id),
  };
}
