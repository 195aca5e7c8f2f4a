import "server-only";
import { type DatabaseHandle, openDatabase } from "@claimdesk/db";

// Next's route bundles don't share module state, so the one handle lives on globalThis.
const holder = globalThis as typeof globalThis & { claimdeskDatabase?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (!holder.claimdeskDatabase) {
    holder.claimdeskDatabase = openDatabase();
    const close = () => {
      void holder.claimdeskDatabase?.then((handle) => handle.close());
    };
    process.once("SIGTERM", close);
    process.once("SIGINT", close);
  }
  return holder.claimdeskDatabase;
}

export async function getDb() {
  return (await getDatabaseHandle()).db;
}
