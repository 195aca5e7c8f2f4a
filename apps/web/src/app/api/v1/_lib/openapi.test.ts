import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const APP = join(import.meta.dirname, "../../..");
const spec = JSON.parse(readFileSync(join(APP, "../../public/openapi.json"), "utf8")) as {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { $ref?: string; name?: string }[] }>>;
  components: { parameters: Record<string, unknown> };
};

/** "/api/v1/verdicts/{slug}" → "api/v1/verdicts/[slug]/route.ts" */
function routeFile(path: string): string {
  return join(APP, path.replace(/^\//, "").replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
}

describe("openapi.json", () => {
  it("is OpenAPI 3.1 and documents only routes that exist, each with a GET handler", () => {
    expect(spec.openapi).toBe("3.1.0");
    const paths = Object.keys(spec.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/v1/verdicts",
        "/api/v1/verdicts/{slug}",
        "/api/v1/claims",
        "/api/v1/external-reviews",
        "/api/claimreview",
      ]),
    );
    for (const path of paths) {
      const file = routeFile(path);
      expect({ path, exists: existsSync(file) }).toEqual({ path, exists: true });
      expect(readFileSync(file, "utf8")).toContain("export async function GET");
    }
  });

  it("resolves every parameter reference", () => {
    for (const operations of Object.values(spec.paths)) {
      for (const operation of Object.values(operations)) {
        for (const parameter of operation.parameters ?? []) {
          if (parameter.$ref) {
            const name = parameter.$ref.replace("#/components/parameters/", "");
            expect(spec.components.parameters[name]).toBeDefined();
          }
        }
      }
    }
  });
});
