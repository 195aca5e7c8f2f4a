import { hashPassword } from "@claimdesk/auth/password";
import { claims, type Database, memberships, newsrooms, ratingLabels, users } from "@claimdesk/db";
import { and, desc, eq, like } from "drizzle-orm";
import type { Actor } from "../actor";
import type { Role } from "../authz/permissions";
import { createArticle } from "../services/articles";
import { assignClaims } from "../services/claims";
import { installDefaultRatingScale } from "../services/rating-scale";
import { approveVerdict, saveVerdictDraft, submitVerdict } from "../services/verdicts";
import { DEMO_ARTICLE } from "./demo-article";

export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin" },
  { email: "editor@example.com", name: "Eddie Editor", role: "editor" },
  { email: "checker1@example.com", name: "Farah Checker", role: "fact_checker" },
  { email: "checker2@example.com", name: "Felix Checker", role: "fact_checker" },
];

/**
 * Seeds an empty database with a demo newsroom, its users, the demo article and one verdict taken
 * through the real workflow (assign → draft → submit → approve and publish). Does nothing when any
 * newsroom exists, so every start may call it.
 */
export async function seedDemo(db: Database): Promise<{ seeded: boolean }> {
  const [anyNewsroom] = await db.select({ id: newsrooms.id }).from(newsrooms).limit(1);
  if (anyNewsroom) return { seeded: false };

  const [newsroom] = await db
    .insert(newsrooms)
    .values({ slug: "ledger", name: "Ledger Fact Check", url: "https://ledger.example.com" })
    .onConflictDoNothing()
    .returning();
  if (!newsroom) return { seeded: false };
  await installDefaultRatingScale(db, newsroom.id);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actorByEmail = new Map<string, Actor>();
  for (const demoUser of DEMO_USERS) {
    const [user] = await db
      .insert(users)
      .values({ email: demoUser.email, name: demoUser.name, passwordHash })
      .returning({ id: users.id });
    if (!user) throw new Error(`Could not create demo user ${demoUser.email}`);
    await db.insert(memberships).values({ userId: user.id, newsroomId: newsroom.id, role: demoUser.role });
    actorByEmail.set(demoUser.email, { userId: user.id, newsroomId: newsroom.id, role: demoUser.role });
  }
  const admin = actorByEmail.get("admin@example.com");
  const editor = actorByEmail.get("editor@example.com");
  const checker = actorByEmail.get("checker1@example.com");
  if (!editor || !admin || !checker) throw new Error("Demo users are incomplete");

  const created = await createArticle(db, editor, DEMO_ARTICLE);
  const claim = await pickDemoClaim(db, created.articleId);
  if (!claim) return { seeded: true };

  await assignClaims(db, editor, {
    claimIds: [claim.id],
    assigneeId: checker.userId,
    dueAt: new Date(Date.now() + 3 * 24 * 3600 * 1000),
  });
  const [mostlyTrue] = await db
    .select({ id: ratingLabels.id })
    .from(ratingLabels)
    .where(and(eq(ratingLabels.newsroomId, newsroom.id), eq(ratingLabels.label, "Mostly true")));
  const draft = await saveVerdictDraft(db, checker, {
    claimId: claim.id,
    expectedVersion: null,
    ratingLabelId: mostlyTrue?.id ?? null,
    summary:
      "State river-gauge records confirm 11 flood-stage crossings in the past decade and four in the 1990s, though two recent events lasted under a day.",
    explanation:
      "We compared the Department of Natural Resources' river gauge archive for the Cedar River at Riverton with the official flood stage of 18 feet. The gauge crossed flood stage on 11 distinct occasions between 2016 and 2025. For 1990–1999 the same archive shows four crossings. The claim is accurate, though two of the recent events lasted under a day, which the comparison does not mention.",
    sources: [
      {
        url: "https://dnr.example.gov/water/gauges/cedar-river-riverton",
        title: "Cedar River at Riverton: gauge history",
        publisher: "State Department of Natural Resources",
        quote: "Flood stage: 18.0 ft. Crossings since 2016: 11.",
        accessedAt: new Date("2026-03-12T10:00:00Z"),
      },
    ],
  });
  const submitted = await submitVerdict(db, checker, { claimId: claim.id, expectedVersion: draft.version });
  await approveVerdict(db, admin, { claimId: claim.id, expectedVersion: submitted.version, publish: true });
  return { seeded: true };
}

/** The river-gauge claim when the engine found it, else the most check-worthy claim. */
async function pickDemoClaim(db: Database, articleId: string) {
  const [gauge] = await db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), like(claims.quote, "%flood stage%")));
  if (gauge) return gauge;
  const [top] = await db
    .select({ id: claims.id })
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .orderBy(desc(claims.score))
    .limit(1);
  return top ?? null;
}
