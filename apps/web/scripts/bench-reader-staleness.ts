/**
 * `pnpm check:proxy-staleness`: a correction, then an unpublish, reach a signed-out reader through
 * the shipped nginx cache (deploy/nginx.conf) within the bound the app's Cache-Control states
 * (s-maxage=10 + stale-while-revalidate=20 = 30 s), while the app itself shows them at once.
 * Exits non-zero when a bound is broken. Uses the same build dir and harness as bench:reader.
 */
import { ensureBuild, firstVerdictPath, type Started, startApp, startNginx } from "./bench-reader-harness";

const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
const base = Number(process.env.STALENESS_PORT_BASE ?? 3420);
const BOUND_S = 30;
const SLACK_S = 3;

/** A tiny cookie jar for one signed-in editor. */
class Session {
  private cookies = new Map<string, string>();
  constructor(private readonly appUrl: string) {}
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) this.cookies.set(name.trim(), value.join("="));
    }
  }
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(`${this.appUrl}${path}`, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: this.header() },
    });
    this.keep(response);
    return response;
  }
  async signIn(email: string, password: string) {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        csrfToken,
        email,
        password,
        callbackUrl: `${this.appUrl}/desk`,
      }).toString(),
    });
    if (![...this.cookies.keys()].some((name) => name.endsWith("authjs.session-token"))) {
      throw new Error(`sign-in as ${email} failed`);
    }
  }
  async trpc<T>(procedure: string, input: unknown, kind: "query" | "mutation"): Promise<T> {
    const response =
      kind === "query"
        ? await this.fetch(
            `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
          )
        : await this.fetch(`/api/trpc/${procedure}`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ json: input }),
          });
    const body = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
    if (!body.result) throw new Error(`${procedure} failed: ${JSON.stringify(body.error)}`);
    return body.result.data.json;
  }
}

/** Seconds until `check` passes on the proxy, polling every 500 ms, or null after `limitS`. */
async function secondsUntil(check: () => Promise<boolean>, limitS: number): Promise<number | null> {
  const start = Date.now();
  while (Date.now() - start < limitS * 1000) {
    if (await check()) return (Date.now() - start) / 1000;
    await new Promise((done) => setTimeout(done, 500));
  }
  return null;
}

const running: Started[] = [];
let failed = false;
try {
  ensureBuild(distDir);
  const app = await startApp(base, distDir);
  running.push(app);
  const proxy = await startNginx(base + 2, base);
  running.push(proxy);
  const path = await firstVerdictPath(app.url);
  const slug = path.replace("/verdicts/", "");
  const readProxy = async () => {
    const response = await fetch(`${proxy.url}${path}`);
    return {
      status: response.status,
      cache: response.headers.get("x-cache-status"),
      html: await response.text(),
    };
  };
  await readProxy();
  const primed = await readProxy();
  console.log(`proxy primed: ${path} → ${primed.status} ${primed.cache}`);
  if (primed.cache !== "HIT") throw new Error("the proxy did not cache the verdict page");

  const editor = new Session(app.url);
  await editor.signIn("editor@example.com", "claimdesk-demo");
  const claims = (await (await fetch(`${app.url}/api/v1/claims?per_page=100`)).json()) as {
    claims: { id: string; verdict: { slug: string } | null }[];
  };
  const claimId = claims.claims.find((claim) => claim.verdict?.slug === slug)?.id;
  if (!claimId) throw new Error("the verdict's claim is not in /api/v1/claims");
  const verdict = (await (await fetch(`${app.url}/api/v1/verdicts/${slug}`)).json()) as {
    version: number;
    explanation: string;
    sources: unknown[];
  };
  const workspace = await editor.trpc<{ ratingLabels: { id: string; label: string }[] }>(
    "claim.get",
    { claimId },
    "query",
  );
  const mostlyFalse = workspace.ratingLabels.find((label) => label.label === "Mostly false");
  if (!mostlyFalse) throw new Error("rating missing");
  const marker = `Corrected ${Date.now().toString(36)}`;
  await editor.trpc(
    "verdict.correct",
    {
      claimId,
      expectedVersion: verdict.version,
      note: "We misread the gauge archive.",
      ratingLabelId: mostlyFalse.id,
      summary: `${marker}: the archive shows fewer crossings.`,
      explanation: verdict.explanation,
      sources: verdict.sources,
    },
    "mutation",
  );
  const direct = await (await fetch(`${app.url}${path}`)).text();
  console.log(`correction visible in the app at once: ${direct.includes(marker)}`);
  if (!direct.includes(marker)) failed = true;
  const signedIn = await fetch(`${proxy.url}${path}`, { headers: { cookie: editor.header() } });
  const signedInHtml = await signedIn.text();
  console.log(
    `signed-in through the proxy: ${signedIn.headers.get("x-cache-status")}, correction shown: ${signedInHtml.includes(marker)}`,
  );
  if (!signedInHtml.includes(marker)) failed = true;
  const corrected = await secondsUntil(async () => (await readProxy()).html.includes(marker), BOUND_S + 15);
  console.log(
    `correction visible through the proxy after ${corrected ?? "more than 45"} s (bound ${BOUND_S} s)`,
  );
  if (corrected === null || corrected > BOUND_S + SLACK_S) failed = true;

  await editor.trpc("verdict.unpublish", { claimId, reason: "Checking the proxy bound." }, "mutation");
  const gone = await secondsUntil(async () => (await readProxy()).status === 404, BOUND_S + 15);
  console.log(
    `unpublished page gone through the proxy after ${gone ?? "more than 45"} s (bound ${BOUND_S} s)`,
  );
  if (gone === null || gone > BOUND_S + SLACK_S) failed = true;
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  for (const server of running.reverse()) await server.stop();
}
console.log(failed ? "proxy staleness: FAILED" : "proxy staleness: within the bound");
process.exit(failed ? 1 : 0);
