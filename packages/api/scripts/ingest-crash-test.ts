/**
 * Crash test for bulk ingestion: queue 100 articles, SIGKILL the worker part-way, start it again,
 * and check every article is either complete with its claims or absent — and none is duplicated.
 * Needs PostgreSQL (TEST_DATABASE_URL): embedded PGlite is not crash-safe under SIGKILL — it does
 * not replay its write-ahead log on restart, so a killed process can leave torn pages behind (seen
 * here as duplicated rows and a data directory that no longer opens). On PGlite the test says so and
 * skips.
 *
 *   pnpm test:crash          prints: complete=… absent=… incomplete=… duplicated=…
 */
import { spawn } from "node:child_process";
import { articles, claims, memberships, newsrooms, openDatabase, users } from "@claimdesk/db";
import { migrateDatabase } from "@claimdesk/db/migrate";
import { recreateNamedDatabase } from "@claimdesk/db/testing";
import { eq, sql } from "drizzle-orm";
import { createIngestBatch } from "../src/services/bulk-ingest";

const TOTAL = 100;
const KILL_AFTER = 30;

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  console.log(
    "skipped: the SIGKILL crash test needs PostgreSQL (set TEST_DATABASE_URL); PGlite is not crash-safe.",
  );
  process.exit(0);
}
process.env.DATABASE_URL = await recreateNamedDatabase(adminUrl, "claimdesk_crash_test");

// Set up a newsroom, an editor and a batch of 100 articles, then let go of the database.
{
  const handle = await openDatabase();
  await migrateDatabase(handle);
  const [newsroom] = await handle.db
    .insert(newsrooms)
    .values({ slug: "crash", name: "Crash Test" })
    .returning();
  const [user] = await handle.db
    .insert(users)
    .values({ email: "crash@example.com", name: "Crash Editor", passwordHash: "scrypt$disabled" })
    .returning();
  if (!newsroom || !user) throw new Error("setup failed");
  await handle.db.insert(memberships).values({ userId: user.id, newsroomId: newsroom.id, role: "editor" });
  const items = Array.from({ length: TOTAL }, (_, index) => ({
    document: {
      title: `Crash article ${index}`,
      body: `Crash article ${index}. The water board said ${1000 + index} homes lost supply on Monday. Repairs will cost $${index + 2} million, according to the board. The mayor said ${index} crews were working overnight.`,
    },
  }));
  await createIngestBatch(
    handle.db,
    { userId: user.id, newsroomId: newsroom.id, role: "editor" },
    {
      label: "crash test",
      items,
    },
  );
  await handle.close();
}

function runWorker(killAfter: number | null): Promise<{ code: number | null; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn("tsx", ["scripts/ingest.ts", "--resume", "--quiet"], {
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let killed = false;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      for (const match of chunk.matchAll(/progress (\d+)\//g)) {
        if (killAfter !== null && !killed && Number(match[1]) >= killAfter) {
          killed = true;
          child.kill("SIGKILL");
        }
      }
    });
    child.on("exit", (code) => resolve({ code, killed }));
  });
}

const first = await runWorker(KILL_AFTER);
console.log(
  first.killed
    ? `Killed the worker with SIGKILL after ≥${KILL_AFTER} articles.`
    : "The worker finished before the kill.",
);
const second = await runWorker(null);
if (second.code !== 0) console.error(`The restarted worker exited with ${second.code}.`);

const handle = await openDatabase();
const rows = await handle.db
  .select({
    title: articles.title,
    copies: sql<number>`count(distinct ${articles.id})::int`,
    claimCount: sql<number>`count(${claims.id})::int`,
  })
  .from(articles)
  .leftJoin(claims, eq(claims.articleId, articles.id))
  .groupBy(articles.title);
await handle.close();

const byTitle = new Map(rows.map((row) => [row.title, row]));
let complete = 0;
let absent = 0;
let incomplete = 0;
let duplicated = 0;
for (let index = 0; index < TOTAL; index++) {
  const row = byTitle.get(`Crash article ${index}`);
  if (!row) absent++;
  else if (row.copies > 1) duplicated++;
  else if (row.claimCount === 0) incomplete++;
  else complete++;
}
console.log(`complete=${complete} absent=${absent} incomplete=${incomplete} duplicated=${duplicated}`);
process.exit(duplicated === 0 && incomplete === 0 && absent === 0 && second.code === 0 ? 0 : 1);
