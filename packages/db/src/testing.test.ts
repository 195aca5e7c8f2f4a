import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./client";
import { newsrooms } from "./schema";
import { createTestDatabase } from "./testing";

describe("createTestDatabase", () => {
  let first: DatabaseHandle;
  let second: DatabaseHandle;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it("gives each caller its own migrated database", async () => {
    await first.db.insert(newsrooms).values({ slug: "a", name: "A" });
    expect(await first.db.select().from(newsrooms)).toHaveLength(1);
    expect(await second.db.select().from(newsrooms)).toHaveLength(0);
  });
});
