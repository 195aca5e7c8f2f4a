import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them.
  transpilePackages: ["@claimdesk/api", "@claimdesk/auth", "@claimdesk/claims", "@claimdesk/db"],
  // PGlite loads its WASM and data files from its own package directory at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Lets two builds (e.g. a second checkout's e2e run) coexist in one working tree.
  distDir: process.env.CLAIMDESK_NEXT_DIST_DIR ?? ".next",
};

export default config;
