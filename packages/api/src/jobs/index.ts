export { queuedItemIds as queuedIngestItemIds } from "../services/bulk-ingest";
export { type AppJobs, INGEST_QUEUE, startAppJobs } from "./queue";
