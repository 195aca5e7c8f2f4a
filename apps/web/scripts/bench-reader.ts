/**
 * `pnpm bench:reader`: autocannon (50 connections) against a verdict page served by the app (from
 * Next's cache), the same HTML bytes from a plain Node static server, and the app behind the
 * shipped nginx cache (deploy/nginx.conf). "app" is the app as deployed behind that proxy
 * (CLAIMDESK_COMPRESS=off: nginx gzips); "app-alone", printed for context, is `pnpm start`'s default
 * with Next compressing. "static" reads the page file on every request, as a static file server
 * does; "static-mem", printed for context, answers from memory. Prints req/s, p50 and p99 for each;
 * the last line is `ratios: app/static=X.XX proxy/static=Y.YY`.
 *
 * BENCH_DURATION (seconds per target, default 10), BENCH_DIST_DIR (build dir, default .next-bench;
 * built if missing), BENCH_PORT_BASE (default 3400: app, static +1, nginx +2, app-alone +3,
 * static-mem +4).
 */
import autocannon from "autocannon";
import {
  ensureBuild,
  firstVerdictPath,
  type Started,
  startApp,
  startNginx,
  startStatic,
} from "./bench-reader-harness";

const duration = Number(process.env.BENCH_DURATION ?? 10);
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
const base = Number(process.env.BENCH_PORT_BASE ?? 3400);
const connections = 50;

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(name: string, url: string): Promise<Result> {
  // Warm-up: fills caches and JITs the path before the measured run.
  await autocannon({ url, connections, duration: 2 });
  const result = await autocannon({ url, connections, duration });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The app on its own, as `pnpm start` serves it (Next compressing): printed, not in the ratios. */
async function measureStandalone(): Promise<Result> {
  const standalone = await startApp(base + 3, distDir);
  try {
    const url = `${standalone.url}${await firstVerdictPath(standalone.url)}`;
    await fetch(url);
    return await measure("app-alone", url);
  } finally {
    await standalone.stop();
  }
}

const running: Started[] = [];
try {
  ensureBuild(distDir);
  const standaloneResult = await measureStandalone();
  // The app as deployed behind the shipped proxy (deploy/nginx.conf gzips, so Next doesn't).
  const app = await startApp(base, distDir, { behindProxy: true });
  running.push(app);
  const path = await firstVerdictPath(app.url);
  const pageUrl = `${app.url}${path}`;
  // Two views: the first renders and caches the page, the second must come from the cache.
  await fetch(pageUrl);
  const cached = await fetch(pageUrl);
  const html = await cached.text();
  if (cached.headers.get("x-nextjs-cache") !== "HIT") {
    throw new Error(
      `the verdict page is not served from Next's cache (x-nextjs-cache: ${cached.headers.get("x-nextjs-cache")})`,
    );
  }
  const contentType = cached.headers.get("content-type") ?? "text/html";
  const staticServer = await startStatic(base + 1, html, contentType, "file");
  running.push(staticServer);
  const memoryServer = await startStatic(base + 4, html, contentType, "memory");
  running.push(memoryServer);
  const proxy = await startNginx(base + 2, base);
  running.push(proxy);
  await fetch(`${proxy.url}${path}`);
  const viaProxy = await fetch(`${proxy.url}${path}`);
  console.log(`page ${path}: ${html.length} bytes; proxy cache ${viaProxy.headers.get("x-cache-status")}`);
  console.log(`autocannon: ${connections} connections, ${duration} s per target (after a 2 s warm-up)`);

  const results = [
    standaloneResult,
    await measure("app", pageUrl),
    await measure("static", `${staticServer.url}/`),
    await measure("proxy", `${proxy.url}${path}`),
    await measure("static-mem", `${memoryServer.url}/`),
  ];
  for (const result of results) {
    console.log(
      `${result.name.padEnd(10)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${String(result.p50).padStart(4)} ms  p99 ${String(result.p99).padStart(4)} ms` +
        (result.errors || result.non2xx ? `  (errors ${result.errors}, non-2xx ${result.non2xx})` : ""),
    );
  }
  const [, appResult, staticResult, proxyResult] = results;
  if (!appResult || !staticResult || !proxyResult) throw new Error("missing results");
  console.log(
    `ratios: app/static=${(appResult.rps / staticResult.rps).toFixed(2)} proxy/static=${(proxyResult.rps / staticResult.rps).toFixed(2)}`,
  );
} finally {
  for (const server of running.reverse()) await server.stop();
}
