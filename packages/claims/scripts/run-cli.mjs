// Runs the bundled CLI, rebuilding it first when any source or model file is newer than the bundle.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const packageDir = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const bundle = join(packageDir, "dist", "cli.mjs");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleMtime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = Math.max(newestMtime(join(packageDir, "src")), newestMtime(join(packageDir, "model")));
if (sources > bundleMtime()) {
  const { buildCli } = await import("./build-cli.mjs");
  await buildCli(packageDir);
}
await import(pathToFileURL(bundle).href);
