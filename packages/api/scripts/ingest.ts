/**
 * Batch ingestion from the command line, on the same queue the app uses:
 *
 *   pnpm ingest FILE --newsroom SLUG --as EMAIL   queue a list (URLs / CSV / JSONL) and work it, with a progress bar
 *   pnpm ingest --resume                          work every unfinished item, then exit (after a crash)
 *
 * With the embedded database, stop the app first (PGlite serves one process); with DATABASE_URL
 * the app and this command can run side by side.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import {
  DataDirInUseError,
  findUserByEmail,
  ingestItems,
  memberships,
  newsrooms,
  openDatabase,
} from "@claimdesk/db";
import { migrateDatabase } from "@claimdesk/db/migrate";
import { SingleBar } from "cli-progress";
import { and, eq, inArray, sql } from "drizzle-orm";
import { startAppJobs } from "../src/jobs/queue";
import { createIngestBatch, parseBulkInput, queuedItemIds } from "../src/services/bulk-ingest";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    newsroom: { type: "string" },
    as: { type: "string" },
    resume: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const handle = await openDatabase().catch((error: unknown) =>
  // On the embedded database the running server holds the data directory: say so, not a stack trace.
  error instanceof DataDirInUseError ? fail(error.message) : Promise.reject(error),
);
await migrateDatabase(handle);
const { db } = handle;

let itemIds: string[];
if (values.resume) {
  itemIds = await queuedItemIds(db);
} else {
  const [file] = positionals;
  if (!file || !values.newsroom || !values.as)
    fail("Usage: pnpm ingest FILE --newsroom SLUG --as EMAIL  (or --resume)");
  const [newsroom] = await db.select().from(newsrooms).where(eq(newsrooms.slug, values.newsroom));
  if (!newsroom) fail(`No newsroom with slug "${values.newsroom}".`);
  const user = await findUserByEmail(db, values.as);
  const [membership] = user
    ? await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, user.id), eq(memberships.newsroomId, newsroom.id)))
    : [];
  if (!user || !membership || membership.role === "fact_checker") {
    fail(`${values.as} is not an editor or admin of ${newsroom.name}.`);
  }
  const { items, problems } = parseBulkInput(readFileSync(file, "utf8"));
  for (const problem of problems) console.error(problem);
  const batch = await createIngestBatch(
    db,
    { userId: user.id, newsroomId: newsroom.id, role: membership.role },
    {
      label: basename(file),
      items,
    },
  );
  itemIds = batch.itemIds;
  console.log(`Queued ${itemIds.length} articles as batch ${batch.batchId}.`);
}

const jobs = await startAppJobs(handle, { work: true, pollingIntervalSeconds: 0.5 });
await jobs.enqueueIngest(itemIds);

const bar = values.quiet ? null : new SingleBar({ format: "{bar} {value}/{total} done, {failed} failed" });
bar?.start(itemIds.length, 0, { failed: 0 });
for (;;) {
  const rows = itemIds.length
    ? await db
        .select({ status: ingestItems.status, count: sql<number>`count(*)::int` })
        .from(ingestItems)
        .where(inArray(ingestItems.id, itemIds))
        .groupBy(ingestItems.status)
    : [];
  const count = (status: string) => rows.find((row) => row.status === status)?.count ?? 0;
  bar?.update(count("done") + count("failed"), { failed: count("failed") });
  if (values.quiet) console.log(`progress ${count("done") + count("failed")}/${itemIds.length}`);
  if (count("queued") + count("running") === 0) {
    bar?.stop();
    console.log(`Finished: ${count("done")} done, ${count("failed")} failed.`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
await jobs.stop();
await handle.close();
