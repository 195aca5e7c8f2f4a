import PgBoss from "pg-boss";
import type { QueueConnection } from "./client";

export interface QueueDefinition {
  name: string;
  /** Retries after the first try, with exponential backoff from `retryDelaySeconds`. */
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
  /** Jobs run at once in this process (one pg-boss worker each, fetching one job at a time). */
  concurrency: number;
  /** Runs one job; throwing schedules a retry. */
  handler: (data: Record<string, unknown>) => Promise<void>;
}

export interface JobQueue {
  send(queue: string, jobs: { data: Record<string, unknown> }[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Background jobs on pg-boss, in the same database as the app (PostgreSQL, or PGlite through the
 * handle's adapter). With `work`, this process also runs the handlers.
 */
export async function startJobQueue(
  connection: QueueConnection,
  definitions: QueueDefinition[],
  options: { work: boolean; pollingIntervalSeconds?: number },
): Promise<JobQueue> {
  const boss = new PgBoss({ ...connection, schema: "pgboss", supervise: options.work, schedule: false });
  boss.on("error", (error: Error) => console.error("[jobs]", error));
  await boss.start();
  const workerIds = new Map<string, string[]>();
  for (const definition of definitions) {
    await boss.createQueue(definition.name, {
      name: definition.name,
      retryLimit: definition.retryLimit,
      retryDelay: definition.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: definition.expireInSeconds,
    });
    if (!options.work) continue;
    const ids: string[] = [];
    // One job per fetch keeps retries per job: a failure never fails its neighbours.
    for (let index = 0; index < definition.concurrency; index++) {
      ids.push(
        await boss.work<Record<string, unknown>>(
          definition.name,
          { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
          async ([job]) => {
            if (job) await definition.handler(job.data);
          },
        ),
      );
    }
    workerIds.set(definition.name, ids);
  }
  return {
    async send(queue, jobs) {
      if (jobs.length === 0) return;
      await boss.insert(jobs.map((job) => ({ name: queue, ...job })));
      // Wake this process's idle workers instead of waiting for their next poll.
      for (const id of workerIds.get(queue) ?? []) boss.notifyWorker(id);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
