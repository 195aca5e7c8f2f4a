/**
 * Starts the built app for the e2e run on a fresh database: a temporary PGlite directory, or a new
 * PostgreSQL database when TEST_DATABASE_URL is set. The demo seed supplies the users.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareDatabase } from "@claimdesk/api/seed";
import { recreateNamedDatabase } from "@claimdesk/db/testing";

const port = process.argv[2] ?? "3210";
const adminUrl = process.env.TEST_DATABASE_URL;

if (adminUrl) {
  // A fixed name: each run drops the previous one, so runs never pile up databases.
  process.env.DATABASE_URL = await recreateNamedDatabase(adminUrl, "claimdesk_e2e");
} else {
  delete process.env.DATABASE_URL;
  process.env.CLAIMDESK_DATA_DIR = mkdtempSync(join(tmpdir(), "claimdesk-e2e-"));
}
process.env.CLAIMDESK_PUBLIC_URL = `http://localhost:${port}`;
// The ingest spec serves its article pages on loopback, next to the app; only that port is allowed.
process.env.CLAIMDESK_FETCH_ALLOW = `127.0.0.1:${Number(port) + 1}`;

await prepareDatabase({ seed: true });
const server = spawn("next", ["start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
