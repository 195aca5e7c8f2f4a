import { migrateDatabase, openDatabase } from "@claimdesk/db";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./demo";

const handle = await openDatabase();
try {
  await migrateDatabase(handle);
  const { seeded } = await seedDemo(handle.db);
  console.log(seeded ? "Seeded the demo newsroom." : "The database already has data; nothing seeded.");
  if (seeded) {
    for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(12)} ${user.email} / ${DEMO_PASSWORD}`);
  }
} finally {
  await handle.close();
}
