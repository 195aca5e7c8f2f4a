/**
 * Shared by `pnpm bench:reader` and the proxy staleness check: starts the built app on a fresh
 * database with the demo seed, and Debian's nginx with a copy of deploy/nginx.conf in front of it.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_DIR = resolve(WEB_DIR, "../..");

export interface Started {
  url: string;
  stop: () => Promise<void>;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = response.status;
    } catch (error) {
      last = error;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${String(last)})`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((done) => {
      if (child.exitCode !== null || child.pid === undefined) return done();
      child.once("exit", () => done());
      // The server runs in its own process group: end it and its children, nothing else.
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
        done();
      }, 5000).unref();
    });
}

/** Builds the app into `distDir` unless a build is already there. */
export function ensureBuild(distDir: string): void {
  if (existsSync(join(WEB_DIR, distDir, "BUILD_ID"))) return;
  console.error(`building the app into apps/web/${distDir} …`);
  execFileSync("npx", ["next", "build"], {
    cwd: WEB_DIR,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, CLAIMDESK_NEXT_DIST_DIR: distDir },
  });
}

/**
 * `next start` on a fresh PGlite database seeded with the demo newsroom (e2e's start script).
 * `behindProxy` runs it as deployed behind deploy/nginx.conf: compression left to nginx.
 */
export async function startApp(
  port: number,
  distDir: string,
  options: { behindProxy?: boolean } = {},
): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, CLAIMDESK_NEXT_DIST_DIR: distDir, NODE_ENV: "production" };
  if (options.behindProxy) env.CLAIMDESK_COMPRESS = "off";
  delete env.TEST_DATABASE_URL;
  const child = spawn("npx", ["tsx", "e2e/support/start-server.ts", String(port)], {
    cwd: WEB_DIR,
    env,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${port}`;
  const stop = stopper(child);
  await waitFor(`${url}/api/health`, 120_000).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stop };
}

/**
 * How the plain Node reference server answers: `file` reads the page from disk on every request, as a
 * static file server does (the calibration: Next's cached page at about 0.13x of it);
 * `memory` answers from a buffer held in memory, the floor of what Node's HTTP stack can do.
 */
export type StaticMode = "file" | "memory";

/** A plain Node HTTP server answering every request with `body`: the reference to compare against. */
export async function startStatic(
  port: number,
  body: string,
  contentType: string,
  mode: StaticMode,
): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), "claimdesk-static-"));
  const file = join(dir, "page.html");
  writeFileSync(file, body);
  const headers = `{ "Content-Type": ${JSON.stringify(contentType)}, "Content-Length": bytes.length }`;
  const handler =
    mode === "memory"
      ? `(req, res) => { res.writeHead(200, ${headers}); res.end(bytes); }`
      : `(req, res) => fs.readFile(file, (error, bytes) => {
          if (error) { res.writeHead(500); res.end(); return; }
          res.writeHead(200, ${headers});
          res.end(bytes);
        })`;
  const script = `
    const http = require("node:http");
    const fs = require("node:fs");
    const file = ${JSON.stringify(file)};
    const bytes = fs.readFileSync(file);
    http.createServer(${handler}).listen(${port}, "127.0.0.1");
  `;
  const child = spawn(process.execPath, ["-e", script], { detached: true, stdio: "inherit" });
  const url = `http://127.0.0.1:${port}`;
  const stopChild = stopper(child);
  const stop = async () => {
    await stopChild();
    rmSync(dir, { recursive: true, force: true });
  };
  await waitFor(url, 10_000).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stop };
}

/** nginx with deploy/nginx.conf, its ports, paths and upstream rewritten for this run. */
export async function startNginx(port: number, upstreamPort: number): Promise<Started> {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));
  if (!nginx) throw new Error("nginx is not installed: apt-get install -y nginx-light");
  const dir = mkdtempSync(join(tmpdir(), "claimdesk-nginx-"));
  // nginx's workers run as an unprivileged user (nobody) when started as root.
  chmodSync(dir, 0o755);
  for (const sub of ["cache", "temp", "body"]) {
    mkdirSync(join(dir, sub));
    chmodSync(join(dir, sub), 0o777);
  }
  const replacements: Record<string, string> = {
    workers: "worker_processes 1;",
    pid: `pid ${dir}/nginx.pid;`,
    error_log: `error_log ${dir}/error.log warn;`,
    access_log: "access_log off;",
    temp: `proxy_temp_path ${dir}/temp;`,
    body: `client_body_temp_path ${dir}/body;`,
    cache: `proxy_cache_path ${dir}/cache levels=1:2 keys_zone=claimdesk:20m max_size=256m inactive=1h use_temp_path=off;`,
    upstream: `server 127.0.0.1:${upstreamPort};`,
    listen: `listen 127.0.0.1:${port};`,
  };
  const source = readFileSync(join(REPO_DIR, "deploy/nginx.conf"), "utf8");
  const config = source.replace(/^(\s*).*#\s*bench:\s*(\w+)\s*$/gm, (_line, indent: string, key: string) => {
    const replacement = replacements[key];
    if (!replacement) throw new Error(`unknown bench marker ${key}`);
    return `${indent}${replacement}`;
  });
  const configFile = join(dir, "nginx.conf");
  writeFileSync(configFile, config);
  const child = spawn(nginx, ["-c", configFile, "-p", dir, "-g", "daemon off;"], {
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const stopChild = stopper(child);
  const stop = async () => {
    await stopChild();
    rmSync(dir, { recursive: true, force: true });
  };
  await waitFor(`${url}/api/health`, 10_000).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stop };
}

/** The seeded demo verdict's path. */
export async function firstVerdictPath(appUrl: string): Promise<string> {
  const response = await fetch(`${appUrl}/api/v1/verdicts?per_page=1`);
  const body = (await response.json()) as { verdicts: { slug: string }[] };
  const slug = body.verdicts[0]?.slug;
  if (!slug) throw new Error("the demo seed published no verdict");
  return `/verdicts/${slug}`;
}
