import "server-only";
import { type AppJobs, queuedIngestItemIds, startAppJobs } from "@claimdesk/api/jobs";
import { getDatabaseHandle } from "./db";

// One queue per server process, shared by every route bundle (like the database handle).
const holder = globalThis as typeof globalThis & { claimdeskJobs?: Promise<AppJobs> };

/** Starts pg-boss and its workers, then re-queues items a crash or restart left unfinished. */
export function getJobs(): Promise<AppJobs> {
  if (!holder.claimdeskJobs) {
    holder.claimdeskJobs = (async () => {
      const handle = await getDatabaseHandle();
      const jobs = await startAppJobs(handle, { work: true });
      await jobs.enqueueIngest(await queuedIngestItemIds(handle.db));
      return jobs;
    })();
  }
  return holder.claimdeskJobs;
}
