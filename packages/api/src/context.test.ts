import { type DatabaseHandle, memberships } from "@claimdesk/db";
import { createTestDatabase } from "@claimdesk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { callerFor, createTestNewsroom, type TestNewsroom } from "./testing/fixtures";

let handle: DatabaseHandle;
let first: TestNewsroom;
let second: TestNewsroom;
beforeAll(async () => {
  handle = await createTestDatabase();
  first = await createTestNewsroom(handle.db);
  second = await createTestNewsroom(handle.db);
  // The first newsroom's checker is an editor in the second one.
  await handle.db
    .insert(memberships)
    .values({ userId: first.checker.user.id, newsroomId: second.newsroom.id, role: "editor" });
});
afterAll(async () => {
  await handle.close();
});

describe("membership in several newsrooms", () => {
  it("takes the role from the active newsroom", async () => {
    const asChecker = await createContext({
      db: handle.db,
      userId: first.checker.user.id,
      preferredNewsroomId: first.newsroom.id,
    });
    const asEditor = await createContext({
      db: handle.db,
      userId: first.checker.user.id,
      preferredNewsroomId: second.newsroom.id,
    });
    expect(asChecker.memberships).toHaveLength(2);
    expect(asChecker.membership).toMatchObject({ newsroomId: first.newsroom.id, role: "fact_checker" });
    expect(asEditor.membership).toMatchObject({ newsroomId: second.newsroom.id, role: "editor" });
  });

  it("ignores a preferred newsroom the user doesn't belong to", async () => {
    const context = await createContext({
      db: handle.db,
      userId: second.editor.user.id,
      preferredNewsroomId: first.newsroom.id,
    });
    expect(context.membership?.newsroomId).toBe(second.newsroom.id);
  });

  it("scopes permissions and data to the active newsroom", async () => {
    const inSecond = await callerFor(handle.db, first.checker.user.id, second.newsroom.id);
    expect((await inSecond.article.list({})).length).toBe(0);
    const inFirst = await callerFor(handle.db, first.checker.user.id, first.newsroom.id);
    await expect(
      inFirst.article.create({ title: "t", body: "A sentence long enough to be an article body." }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const created = await inSecond.article.create({
      title: "t",
      body: "The port handled 2 million containers in 2025, the authority said.",
    });
    expect(created.status).toBe("created");
  });
});
