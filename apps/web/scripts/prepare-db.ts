import { prepareDatabase } from "@claimdesk/api/seed";

await prepareDatabase({ seed: process.env.CLAIMDESK_SEED_DEMO !== "false" });
