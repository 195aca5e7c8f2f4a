/**
 * Crash test for bulk ingestion: queue 100 articles, SIGKILL the worker part-way, start it again,
 * and check every article is either complete with its claims or absent — and none is duplicated.
 * Runs on PostgreSQL when TEST_DATABASE_URL is set, otherwise on embedded PGlite in a temporary
 * data directory (PGlite replays its write-ahead log when it reopens after the kill).
 *
 * The worker is started as `node --import tsx`, not through the `tsx` command: that command is a
 * wrapper process, and killing it leaves the real worker running beside the restarted one.
 *
 *   pnpm test:crash          prints: complete=… absent=… incomplete=… duplicated=…
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articles, claims, memberships, newsrooms, openDatabase, users } from "@claimdesk/db";
import { migrateDatabase } from "@claimdesk/db/migrate";
import { recreateNamedDatabase } from "@claimdesk/db/testing";
import { eq, sql } from "drizzle-orm";
import { createIngestBatch } from "../src/services/bulk-ingest";

const TOTAL = 100;
const KILL_AFTER = 30;

const adminUrl = process.env.TEST_DATABASE_URL;
let pgliteDataDir: string | null = null;
if (adminUrl) {
  process.env.DATABASE_URL = await recreateNamedDatabase(adminUrl, "claimdesk_crash_test");
} else {
  delete process.env.DATABASE_URL;
  pgliteDataDir = mkdtempSync(join(tmpdir(), "claimdesk-crash-"));
  process.env.CLAIMDESK_DATA_DIR = pgliteDataDir;
}
console.log(`Crash test on ${adminUrl ? "PostgreSQL" : "embedded PGlite"}.`);

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
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "--resume", "--quiet"], {
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
if (pgliteDataDir) rmSync(pgliteDataDir, { recursive: true, force: true });
process.exit(duplicated === 0 && incomplete === 0 && absent === 0 && second.code === 0 ? 0 : 1);
