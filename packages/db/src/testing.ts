/**
 * Throwaway, migrated databases for tests: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set.
 * A fresh PGlite costs an initdb (~5 s), so one migrated template is dumped once and loaded per test;
 * on PostgreSQL each test database is cloned from a migrated template database.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import postgres from "postgres";
import { type DatabaseHandle, openDatabase } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";
import * as schema from "./schema";

function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrationsFolder).sort()) {
    if (file.endsWith(".sql")) hash.update(readFileSync(join(migrationsFolder, file)));
  }
  return hash.digest("hex").slice(0, 12);
}

/** A dump of a migrated PGlite database, made once per migration set and cached in the temp dir. */
export async function pgliteTemplate(): Promise<Blob> {
  const dir = join(tmpdir(), "claimdesk-test-templates");
  const file = join(dir, `pglite-${migrationsHash()}.tar.gz`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const client = await PGlite.create("memory://");
    await migrateDatabase({ db: drizzle(client, { schema }), kind: "pglite" });
    const dump = await client.dumpDataDir("gzip");
    await client.close();
    // Write then rename, so parallel test workers never read a half-written template.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

function databaseUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function postgresTemplate(adminUrl: string): Promise<string> {
  const template = `claimdesk_template_${migrationsHash()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    // Serialise template creation across parallel test workers.
    await admin`select pg_advisory_lock(hashtext(${template}))`;
    const [existing] = await admin`select 1 from pg_database where datname = ${template}`;
    if (!existing) {
      // Build under another name so a failed migration never leaves a half-made template behind.
      const building = `${template}_building`;
      await admin.unsafe(`drop database if exists "${building}"`);
      await admin.unsafe(`create database "${building}"`);
      const handle = await openDatabase({ url: databaseUrl(adminUrl, building), maxConnections: 1 });
      try {
        await migrateDatabase(handle);
      } finally {
        await handle.close();
      }
      await admin.unsafe(`alter database "${building}" rename to "${template}"`);
      // Templates of older migration sets are dead weight on a shared server.
      const stale =
        await admin`select datname from pg_database where datname like 'claimdesk_template_%' and datname <> ${template}`;
      for (const row of stale) await admin.unsafe(`drop database if exists "${row.datname}" with (force)`);
    }
    await admin`select pg_advisory_unlock(hashtext(${template}))`;
  } finally {
    await admin.end();
  }
  return template;
}

/** A new, empty, migrated database. Always `close()` it: that also drops it on PostgreSQL. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    return openDatabase({ dataDir: "memory://", loadDataDir: await pgliteTemplate(), url: null });
  }
  const template = await postgresTemplate(adminUrl);
  const name = `claimdesk_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${template}"`);
  const handle = await openDatabase({ url: databaseUrl(adminUrl, name), maxConnections: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/**
 * A fresh, empty database with a fixed name on the TEST_DATABASE_URL server (dropped first if a
 * previous run left it), for scripts that run the app in another process. Returns its URL.
 */
export async function recreateNamedDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(adminUrl, name);
}
