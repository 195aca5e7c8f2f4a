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
  return { articleId: created.articleId, ...detail };
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

    const result = await room.editor.caller.article.resplit({ articleId });
    expect(result.kept).toBe(2);
    expect(result.replaced).toBe(claims.length - 2);
    const after = (await room.editor.caller.article.get({ articleId })).claims;
    expect(after.find((entry) => entry.id === worked.id)?.text).toBe("Kept wording.");
    expect(after.find((entry) => entry.id === dismissed.id)?.status).toBe("dismissed");
    // No new claim overlaps a kept one.
    for (const entry of after) {
      if (entry.id === worked.id) continue;
      expect(entry.spanStart >= worked.spanEnd || entry.spanEnd <= worked.spanStart).toBe(true);
    }
  });

  it("stores only claims anchored in the body when the title makes a claim the body does not", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const { articleId } = await room.editor.caller.article.create({
      title: `Ferry fares will double next spring ${tag}`,
      body: `${LIST_ARTICLE.body}
The council met ${tag} times.`,
    });
    for (const resplit of [false, true]) {
      if (resplit) await room.editor.caller.article.resplit({ articleId });
      const { article, claims } = await room.editor.caller.article.get({ articleId });
      expect(claims.length).toBeGreaterThan(0);
      for (const claim of claims)
        expect(article.body.slice(claim.spanStart, claim.spanEnd)).toBe(claim.quote);
      expect(claims.some((claim) => claim.text.includes("Ferry fares"))).toBe(false);
    }
  });
});
