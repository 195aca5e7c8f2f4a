import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

const handle = await openDatabase();
try {
  await migrateDatabase(handle);
  console.log(`Migrated the ${handle.kind} database.`);
} finally {
  await handle.close();
}
