import type { NextConfig } from "next";

/** Worst staleness through a shared cache: s-maxage + stale-while-revalidate = 30 s. */
const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=20";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them.
  transpilePackages: [
    "@claimdesk/api",
    "@claimdesk/auth",
    "@claimdesk/claims",
    "@claimdesk/db",
    "@claimdesk/ingest",
  ],
  // PGlite loads its WASM and data files from its own package directory at run time; pg-boss and
  // its pg driver use optional native and dynamic requires that are best left to Node. Externals must
  // be direct dependencies of this app.
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss"],
  poweredByHeader: false,
  // Behind deploy/nginx.conf, which gzips, set CLAIMDESK_COMPRESS=off: Next's own compression layer
  // costs about a third of its cached-page throughput even for clients that don't ask for gzip
  // (Next's self-hosting guide recommends leaving compression to the proxy). Served alone, it's on.
  compress: process.env.CLAIMDESK_COMPRESS !== "off",
  // Lets two builds (e.g. a second checkout's e2e run) coexist in one working tree.
  distDir: process.env.CLAIMDESK_NEXT_DIST_DIR ?? ".next",
  // Reader pages (issue 5): shared caches (deploy/nginx.conf) keep them 10 s and may serve them up to
  // 20 s more while refreshing, so a correction reaches readers through the proxy within 30 s.
  // Next itself serves them from its ISR cache, revalidated on publish (server/revalidate.ts).
  async headers() {
    const publicCache = [{ key: "Cache-Control", value: READER_CACHE_CONTROL }];
    return [
      ...["/", "/verdicts/:slug", "/articles/:id", "/speakers/:name", "/about/:page"].map((source) => ({
        source,
        headers: publicCache,
      })),
      {
        source: "/embed/:path*",
        headers: [...publicCache, { key: "Content-Security-Policy", value: "frame-ancestors *" }],
      },
    ];
  },
};

export default config;
