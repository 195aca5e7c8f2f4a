import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDir } from "./data-dir-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Either driver: domain code only sees the PostgreSQL dialect. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

/** How the job queue (pg-boss) reaches the same database: its own pool, or our embedded client. */
export type QueueConnection =
  | { connectionString: string }
  | { db: { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } };

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  queueConnection: QueueConnection;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; `null` forces PGlite, `undefined` falls back to DATABASE_URL. */
  url?: string | null;
  /** PGlite data directory (default `<data dir>/pglite`); `memory://` for a throwaway database. */
  dataDir?: string;
  /** A PGlite data-dir dump (from `dumpDataDir`) to start from, e.g. a migrated test template. */
  loadDataDir?: Blob | File;
  /** Max PostgreSQL connections. */
  maxConnections?: number;
}

/** The app's data directory; the embedded database lives in its `pglite/` folder. */
export function defaultDataDir(): string {
  // Chosen at run time; tell the bundler not to trace it.
  return resolve(/*turbopackIgnore: true*/ process.env.CLAIMDESK_DATA_DIR ?? ".data");
}

/** Opens PostgreSQL when a URL is given (or DATABASE_URL is set), otherwise embedded PGlite. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = options.url === undefined ? process.env.DATABASE_URL : options.url;
  if (url) {
    const sql = postgres(url, { max: options.maxConnections ?? 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(sql, { schema }),
      kind: "postgres",
      queueConnection: { connectionString: url },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? join(defaultDataDir(), "pglite");
  const inMemory = dataDir.startsWith("memory://");
  // PGlite's own mkdir is not recursive.
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const lock = inMemory ? null : lockDataDir(resolve(dataDir));
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { loadDataDir: options.loadDataDir });
  } catch (error) {
    lock?.release();
    throw error;
  }
  return {
    db: drizzlePglite(client, { schema }),
    kind: "pglite",
    queueConnection: { db: { executeSql: (text, values) => executeOnPglite(client, text, values) } },
    close: async () => {
      await client.close();
      lock?.release();
    },
  };
}

/**
 * pg-boss sends both parameterised queries and multi-statement scripts (its migrations, locked
 * batches). PGlite's `query` takes one statement, so scripts go through `exec`, flattening rows.
 */
async function executeOnPglite(
  client: PGlite,
  text: string,
  values?: unknown[],
): Promise<{ rows: unknown[] }> {
  if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
  const results = await client.exec(text);
  return { rows: results.flatMap((result) => result.rows) };
}

/** A round trip to the database, for health checks. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
