// Bundles the CLI into one ESM file so `pnpm claims` starts without a TypeScript loader.
import { build } from "esbuild";

export async function buildCli(packageDir) {
  await build({
    entryPoints: [`${packageDir}/src/cli/index.ts`],
    outfile: `${packageDir}/dist/cli.mjs`,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    logLevel: "warning",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli(new URL("..", import.meta.url).pathname.replace(/\/$/, ""));
}
