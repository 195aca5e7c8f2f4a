import { randomBytes } from "node:crypto";
import { type Database, memberships, newsrooms, users } from "@claimdesk/db";
import type { Role } from "../authz/permissions";
import { createContext } from "../context";
import { createCaller } from "../root";
import { installDefaultRatingScale } from "../services/rating-scale";

/** Password hashing is tested in @claimdesk/auth; fixtures skip its cost. */
const UNUSABLE_PASSWORD_HASH = "scrypt$disabled";

export async function callerFor(db: Database, userId: string | null, newsroomId?: string) {
  return createCaller(await createContext({ db, userId, preferredNewsroomId: newsroomId ?? null }));
}

export type TestCaller = Awaited<ReturnType<typeof callerFor>>;

/** A newsroom with one member per role, each with a tRPC caller; ids are random so tests can share a db. */
export async function createTestNewsroom(db: Database) {
  const tag = randomBytes(4).toString("hex");
  const [inserted] = await db
    .insert(newsrooms)
    .values({ slug: `newsroom-${tag}`, name: `Newsroom ${tag}` })
    .returning();
  if (!inserted) throw new Error("newsroom insert failed");
  const newsroom = inserted;
  await installDefaultRatingScale(db, newsroom.id);

  async function member(role: Role, label: string) {
    const [user] = await db
      .insert(users)
      .values({
        email: `${label}-${tag}@example.com`,
        name: `${label} ${tag}`,
        passwordHash: UNUSABLE_PASSWORD_HASH,
      })
      .returning();
    if (!user) throw new Error("user insert failed");
    await db.insert(memberships).values({ userId: user.id, newsroomId: newsroom.id, role });
    return { user, caller: await callerFor(db, user.id, newsroom.id) };
  }

  return {
    newsroom,
    admin: await member("admin", "admin"),
    editor: await member("editor", "editor"),
    checker: await member("fact_checker", "checker"),
    otherChecker: await member("fact_checker", "checker-b"),
  };
}

export type TestNewsroom = Awaited<ReturnType<typeof createTestNewsroom>>;

export const LIST_ARTICLE = {
  title: "Harbor city adopts new transit budget",
  body: `The Harbor City transit authority approved a $310 million budget on Monday, its largest ever, according to board chair Lena Ortiz.

The budget includes 45 electric buses, a new ferry terminal, free fares for students and a 12 percent raise for drivers.

Ortiz said ridership grew by 18 percent last year.
`,
};

/** Pastes a fresh article as the editor and assigns its first claim to the room's checker. */
export async function createAssignedClaim(room: TestNewsroom) {
  const tag = randomBytes(4).toString("hex");
  const created = await room.editor.caller.article.create({
    ...LIST_ARTICLE,
    title: `${LIST_ARTICLE.title} ${tag}`,
    body: `${LIST_ARTICLE.body}\nRecord ${tag}.`,
  });
  const { claims } = await room.editor.caller.article.get({ articleId: created.articleId });
  const claim = claims[0];
  if (!claim) throw new Error("extraction found no claims");
  await room.editor.caller.claim.assign({ claimIds: [claim.id], assigneeId: room.checker.user.id });
  return { articleId: created.articleId, claimId: claim.id };
}

export const TEST_SOURCE = {
  url: "https://stats.example.org/report",
  title: "Annual report",
  publisher: "Statistics Office",
  quote: "The figure was 11 percent.",
  accessedAt: new Date("2026-01-05T00:00:00Z"),
};

/** Takes a claim through draft, submit and approve-and-publish; returns the public slug. */
export async function publishClaim(room: TestNewsroom, claimId: string, label = "False") {
  const workspace = await room.checker.caller.claim.get({ claimId });
  const rating = workspace.ratingLabels.find((entry) => entry.label === label);
  if (!rating) throw new Error(`no rating ${label}`);
  const draft = await room.checker.caller.verdict.saveDraft({
    claimId,
    expectedVersion: workspace.verdict?.version ?? null,
    ratingLabelId: rating.id,
    summary: `Rated ${label}.`,
    explanation: "Checked against the official report.",
    sources: [TEST_SOURCE],
  });
  const submitted = await room.checker.caller.verdict.submit({ claimId, expectedVersion: draft.version });
  const approved = await room.editor.caller.verdict.approve({
    claimId,
    expectedVersion: submitted.version,
    publish: true,
  });
  if (!approved.slug) throw new Error("not published");
  return approved.slug;
}
