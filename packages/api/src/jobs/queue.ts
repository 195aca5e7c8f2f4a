import type { DatabaseHandle } from "@claimdesk/db";
import { type JobQueue, startJobQueue } from "@claimdesk/db/queue";
import { z } from "zod";
import { MAX_ATTEMPTS, processIngestItem } from "../services/bulk-ingest";

export const INGEST_QUEUE = "ingest-article";
const ZIngestJob = z.object({ itemId: z.uuid() });

/** The app's job queues and their handlers. */
export async function startAppJobs(
  handle: DatabaseHandle,
  options: { work: boolean; pollingIntervalSeconds?: number; retryDelaySeconds?: number },
): Promise<AppJobs> {
  const queue = await startJobQueue(
    handle.queueConnection,
    [
      {
        name: INGEST_QUEUE,
        retryLimit: MAX_ATTEMPTS - 1,
        retryDelaySeconds: options.retryDelaySeconds ?? 5,
        expireInSeconds: 120,
        concurrency: 4,
        handler: (data) => processIngestItem(handle.db, ZIngestJob.parse(data).itemId),
      },
    ],
    options,
  );
  return new AppJobs(queue);
}

export class AppJobs {
  constructor(private readonly queue: JobQueue) {}

  /** One job per item; a job that runs twice finds its item done and does nothing. */
  enqueueIngest(itemIds: string[]): Promise<void> {
    return this.queue.send(
      INGEST_QUEUE,
      itemIds.map((itemId) => ({ data: { itemId } })),
    );
  }

  stop(): Promise<void> {
    return this.queue.stop();
  }
}
