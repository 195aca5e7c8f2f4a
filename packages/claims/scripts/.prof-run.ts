import { CITY_BUDGET, COURT_AND_SPORTS, HEALTH_REPORT, RELIEF_PACKAGE } from "../src/__fixtures__/articles";
import { extractClaims } from "../src/index";
const SOURCE = [RELIEF_PACKAGE, CITY_BUDGET, HEALTH_REPORT, COURT_AND_SPORTS].join("\n\n");
function articleOfSize(bytes: number): string {
  const parts: string[] = []; let size = 0;
  for (let round = 0; size < bytes; round++) { const v = SOURCE.replace(/\d+/g, (d) => String(Number(d) + round)); parts.push(v); size += v.length + 2; }
  return parts.join("\n\n").slice(0, bytes);
}
const body = articleOfSize(1_000_000);
for (let i = 0; i < 3; i++) extractClaims({ body });
const t = performance.now();
for (let i = 0; i < 6; i++) extractClaims({ body });
console.log(((performance.now() - t) / 6).toFixed(0), "ms/MB");
