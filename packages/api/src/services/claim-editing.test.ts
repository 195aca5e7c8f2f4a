import type { DatabaseHandle } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestNewsroom, LIST_ARTICLE, type TestNewsroom } from "../testing/fixtures";

let handle: DatabaseHandle;
let room: TestNewsroom;
beforeAll(async () => {
  handle = await createTestDatabase();
  room = await createTestNewsroom(handle.db);
});
afterAll(async () => {
  await handle.close();
});

async function freshArticle() {
  const tag = Math.random().toString(36).slice(2, 8);
  const created = await room.editor.caller.article.create({
    title: `${LIST_ARTICLE.title} ${tag}`,
    body: `${LIST_ARTICLE.body}\nThe council met ${tag} times.`,
  });
  const detail = await room.editor.caller.article.get({ articleId: created.articleId });
  // The tagged title makes a claim of its own; these tests work on the body's claims.
  const claims = detail.claims.filter((claim) => claim.field === "body");
  return { articleId: created.articleId, ...detail, claims };
}

describe("editing claims", () => {
  it("edits text, speaker and tags, and records the change", async () => {
    const { claims } = await freshArticle();
    const claim = claims[0];
    if (!claim) throw new Error("no claims");
    await room.editor.caller.claim.update({
      claimId: claim.id,
      text: "Edited text.",
      speaker: "Lena Ortiz",
      tags: ["Transit"],
    });
    const workspace = await room.editor.caller.claim.get({ claimId: claim.id });
    expect(workspace.claim).toMatchObject({ text: "Edited text.", speaker: "Lena Ortiz", tags: ["transit"] });
    const [event] = await room.editor.caller.audit.list({ claimId: claim.id, action: "claim.edit" });
    expect(event?.before).toMatchObject({ text: claim.text });
    await expect(
      room.checker.caller.claim.update({ claimId: claim.id, text: "x", speaker: null, tags: [] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("splits a claim at an offset and merges claims back, keeping spans exact", async () => {
    const { article, claims } = await freshArticle();
    const claim = claims.find((entry) => entry.quote.includes(" "));
    if (!claim) throw new Error("no claims");
    const at = claim.quote.indexOf(" ", Math.floor(claim.quote.length / 2));
    const { claimIds } = await room.editor.caller.claim.split({ claimId: claim.id, at });
    const after = (await room.editor.caller.article.get({ articleId: article.id })).claims;
    const halves = after.filter((entry) => claimIds.includes(entry.id));
    expect(halves).toHaveLength(2);
    for (const half of halves) expect(article.body.slice(half.spanStart, half.spanEnd)).toBe(half.quote);
    await expect(room.editor.caller.claim.split({ claimId: claim.id, at: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    await room.editor.caller.claim.merge({ claimIds });
    const merged = (await room.editor.caller.article.get({ articleId: article.id })).claims.find(
      (entry) => entry.id === claim.id,
    );
    expect(merged?.spanStart).toBe(claim.spanStart);
    expect(merged?.spanEnd).toBe(claim.spanEnd);
    expect(merged?.quote).toBe(claim.quote);
  });

  it("dismisses and restores a claim without deleting it", async () => {
    const { articleId, claims } = await freshArticle();
    const [claim, other] = claims;
    if (!claim || !other) throw new Error("need two claims");
    await room.editor.caller.claim.setStatus({ claimId: claim.id, action: "dismiss" });
    await expect(room.editor.caller.claim.merge({ claimIds: [claim.id, other.id] })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await room.editor.caller.claim.setStatus({ claimId: claim.id, action: "restore" });
    const restored = (await room.editor.caller.article.get({ articleId })).claims.find(
      (entry) => entry.id === claim.id,
    );
    expect(restored?.status).toBe("new");
  });

  it("re-splits an article without touching claims that have work on them", async () => {
    const { articleId, claims } = await freshArticle();
    const [worked, dismissed] = claims;
    if (!worked || !dismissed) throw new Error("need two claims");
    await room.editor.caller.claim.assign({ claimIds: [worked.id], assigneeId: room.checker.user.id });
    await room.editor.caller.claim.setStatus({ claimId: dismissed.id, action: "dismiss" });
    await room.editor.caller.claim.update({
      claimId: worked.id,
      text: "Kept wording.",
      speaker: null,
      tags: [],
    });

    const before = (await room.editor.caller.article.get({ articleId })).claims;
    const result = await room.editor.caller.article.resplit({ articleId });
    expect(result.kept).toBe(2);
    expect(result.replaced).toBe(before.length - 2);
    const after = (await room.editor.caller.article.get({ articleId })).claims;
    expect(after.find((entry) => entry.id === worked.id)?.text).toBe("Kept wording.");
    expect(after.find((entry) => entry.id === dismissed.id)?.status).toBe("dismissed");
    // No new claim overlaps a kept one.
    for (const entry of after) {
      if (entry.id === worked.id || entry.field !== "body") continue;
      expect(entry.spanStart >= worked.spanEnd || entry.spanEnd <= worked.spanStart).toBe(true);
    }
  });

  it("stores a claim only the headline makes, anchored in the title, through re-splits", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const { articleId } = await room.editor.caller.article.create({
      title: "Ferry fares will double next spring, Mayor Ortiz says",
      body: `${LIST_ARTICLE.body}
The council met ${tag} times.`,
    });
    for (const resplit of [false, true]) {
      if (resplit) await room.editor.caller.article.resplit({ articleId });
      const { article, claims } = await room.editor.caller.article.get({ articleId });
      const headline = claims.filter((claim) => claim.field === "title");
      expect(headline).toHaveLength(1);
      expect(headline[0]).toMatchObject({
        text: "Ferry fares will double next spring.",
        speaker: "Lena Ortiz",
      });
      expect(claims[0]?.field).toBe("title");
      for (const claim of claims) {
        const source = claim.field === "title" ? article.title : article.body;
        expect(source.slice(claim.spanStart, claim.spanEnd)).toBe(claim.quote);
      }
    }
  });

  it("splits a headline claim inside the title and never merges it with body claims", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const { articleId } = await room.editor.caller.article.create({
      title: `Ferry fares will double and bus fares will rise next spring ${tag}`,
      body: `${LIST_ARTICLE.body}
The council met ${tag} times.`,
    });
    const { article, claims } = await room.editor.caller.article.get({ articleId });
    const headline = claims.find((claim) => claim.field === "title");
    const body = claims.find((claim) => claim.field === "body");
    if (!headline || !body) throw new Error("need a headline claim and a body claim");
    await expect(room.editor.caller.claim.merge({ claimIds: [headline.id, body.id] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const at = headline.quote.indexOf(" and ");
    const { claimIds } = await room.editor.caller.claim.split({ claimId: headline.id, at });
    const halves = (await room.editor.caller.article.get({ articleId })).claims.filter((claim) =>
      claimIds.includes(claim.id),
    );
    expect(halves).toHaveLength(2);
    for (const half of halves) {
      expect(half.field).toBe("title");
      expect(article.title.slice(half.spanStart, half.spanEnd)).toBe(half.quote);
    }
  });
});
