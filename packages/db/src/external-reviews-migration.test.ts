import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";
import { articles, claims, externalReviews } from "./schema";
import { recreateNamedDatabase } from "./testing";

/** A copy of the migrations folder whose journal stops before `tag`. */
function folderBefore(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), "claimdesk-migrations-"));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((entry) => entry.tag === tag),
  );
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const adminUrl = process.env.TEST_DATABASE_URL;
const databaseName = `claimdesk_migration_test_${process.pid}`;

/** An empty, unmigrated database: PGlite, or a fresh PostgreSQL one under TEST_DATABASE_URL. */
async function emptyDatabase(): Promise<DatabaseHandle> {
  if (!adminUrl) return openDatabase({ dataDir: "memory://", url: null });
  return openDatabase({ url: await recreateNamedDatabase(adminUrl, databaseName), maxConnections: 1 });
}

describe("migrations 0005–0007: imported reviews become claims", () => {
  const folder = folderBefore("0005_external_review_claims");
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    if (adminUrl) {
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists "${databaseName}" with (force)`);
      await admin.end();
    }
  });

  it("gives every existing imported review an article and a claim, with UTF-16 spans", async () => {
    const handle = await emptyDatabase();
    await migrateDatabase(handle, folder);
    const claimText = "Vaccines contain microchips 🛰 says a post";
    await handle.db.execute(sql`
      with room as (insert into newsrooms (slug, name) values ('old', 'Old Newsroom') returning id)
      insert into external_reviews (newsroom_id, publisher_name, review_url, claim_reviewed, claim_author,
        rating_label, raw)
      select id, 'AFP Fact Check', 'https://factcheck.afp.com/x', ${claimText}, 'A post', 'False', '{}'::jsonb
      from room`);
    await migrateDatabase(handle);

    const rows = await handle.db
      .select({ claim: claims, article: articles, reviewUrl: externalReviews.reviewUrl })
      .from(externalReviews)
      .innerJoin(claims, eq(claims.id, externalReviews.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    if (!row) throw new Error("the review lost its claim");
    const { claim, article } = row;
    expect(claim).toMatchObject({
      text: claimText,
      quote: claimText,
      speaker: "A post",
      status: "new",
      spanStart: 0,
      spanEnd: claimText.length,
      spans: [{ start: 0, end: claimText.length }],
    });
    expect(article.body.slice(claim.spanStart, claim.spanEnd)).toBe(claim.quote);
    expect(article).toMatchObject({ url: null, title: `Reviewed by AFP Fact Check: ${claimText}` });
    await handle.close();
  });
});
