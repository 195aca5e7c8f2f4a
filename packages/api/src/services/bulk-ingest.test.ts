import type { DatabaseHandle } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppJobs, startAppJobs } from "../jobs/queue";
import { callerFor, createTestNewsroom, type TestCaller, type TestNewsroom } from "../testing/fixtures";
import { parseBulkInput } from "./bulk-ingest";

describe("parseBulkInput", () => {
  it("reads URL lists, CSV and JSON Lines, and names bad lines", () => {
    const { items, problems } = parseBulkInput(
      [
        "url,title",
        "https://a.example/one,First",
        '"https://b.example/two?x=1","Second, with comma"',
        "http://c.example/three",
        '{"title":"Doc","body":"A body long enough to be an article text.","published_at":"2026-01-02"}',
        '{"title":"Broken"',
        "just words",
        "",
      ].join("\n"),
    );
    expect(items).toEqual([
      { url: "https://a.example/one" },
      { url: "https://b.example/two?x=1" },
      { url: "http://c.example/three" },
      {
        document: {
          title: "Doc",
          body: "A body long enough to be an article text.",
          publishedAt: "2026-01-02",
        },
      },
    ]);
    expect(problems).toEqual(["Line 6: not valid JSON.", "Line 7: no http(s) address or JSON article."]);
  });
});

describe("bulk ingestion on pg-boss", () => {
  let handle: DatabaseHandle;
  let room: TestNewsroom;
  let jobs: AppJobs;
  let editor: TestCaller;

  beforeAll(async () => {
    handle = await createTestDatabase();
    room = await createTestNewsroom(handle.db);
    jobs = await startAppJobs(handle, { work: true, pollingIntervalSeconds: 0.5, retryDelaySeconds: 1 });
    const { createContext } = await import("../context");
    const { createCaller } = await import("../root");
    editor = createCaller(
      await createContext({
        db: handle.db,
        userId: room.editor.user.id,
        preferredNewsroomId: room.newsroom.id,
        enqueueIngest: (itemIds) => jobs.enqueueIngest(itemIds),
      }),
    );
    void callerFor;
  }, 120_000);

  afterAll(async () => {
    await jobs.stop();
    await handle.close();
  });

  it("processes 100 articles, some failing, with correct progress counts", async () => {
    const lines: string[] = [];
    for (let index = 0; index < 90; index++) {
      lines.push(
        JSON.stringify({
          title: `District report ${index}`,
          body: `District ${index} recorded ${100 + index} new homes in 2025, the planning office said. Council member Ana Ruiz said ${index} schools would expand.`,
          url: `https://news.example.com/district-${index}`,
        }),
      );
    }
    // Five links the fetcher refuses (loopback is not allow-listed) fail for good, without retries.
    for (let index = 0; index < 5; index++) lines.push(`http://127.0.0.1:9/refused-${index}`);
    // Five repeats of earlier articles are linked to the existing copies, not stored twice.
    for (let index = 0; index < 5; index++) lines.push(lines[index] ?? "");

    const { batchId, queued } = await editor.ingest.createBatch({
      text: lines.join("\n"),
      label: "Test batch",
    });
    expect(queued).toBe(100);

    let progress = await editor.ingest.progress({ batchId });
    const deadline = Date.now() + 90_000;
    while (progress.counts.queued + progress.counts.running > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      progress = await editor.ingest.progress({ batchId });
    }
    expect(progress.counts).toEqual({ queued: 0, running: 0, done: 95, failed: 5 });
    expect(progress.items.filter((item) => item.duplicate)).toHaveLength(5);
    const failed = progress.items.filter((item) => item.status === "failed");
    expect(failed.every((item) => item.attempts === 1 && /private or reserved/.test(item.error ?? ""))).toBe(
      true,
    );

    const articles = await editor.article.list({ limit: 100 });
    expect(articles.filter((article) => article.title.startsWith("District report"))).toHaveLength(90);
  }, 120_000);
});
