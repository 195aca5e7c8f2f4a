import { openDatabase } from "@claimdesk/db";
import { migrateDatabase } from "@claimdesk/db/migrate";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./demo";

/**
 * Brings the configured database (DATABASE_URL, else the embedded one) up to date and seeds the demo
 * into an empty one. Runs before every server start, so a fresh data directory just works.
 */
export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  const handle = await openDatabase();
  try {
    await migrateDatabase(handle);
    if (options.seed && (await seedDemo(handle.db)).seeded) {
      console.log("Seeded the demo newsroom. Sign in with:");
      for (const user of DEMO_USERS)
        console.log(`  ${user.role.padEnd(12)} ${user.email} / ${DEMO_PASSWORD}`);
    }
    console.log(`Database ready (${handle.kind}).`);
  } finally {
    await handle.close();
  }
}
