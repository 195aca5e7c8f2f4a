import { type Database, sources, verdicts } from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { asc, eq } from "drizzle-orm";
import type { TSource } from "../schemas";

export type VerdictRow = typeof verdicts.$inferSelect;

export async function loadVerdict(db: Database, claimId: string): Promise<VerdictRow | null> {
  const [verdict] = await db.select().from(verdicts).where(eq(verdicts.claimId, claimId));
  return verdict ?? null;
}

export async function loadSources(db: Database, verdictId: string) {
  return db
    .select({
      url: sources.url,
      title: sources.title,
      publisher: sources.publisher,
      quote: sources.quote,
      accessedAt: sources.accessedAt,
    })
    .from(sources)
    .where(eq(sources.verdictId, verdictId))
    .orderBy(asc(sources.position));
}

export async function replaceSources(db: Database, verdictId: string, list: TSource[]): Promise<void> {
  await db.delete(sources).where(eq(sources.verdictId, verdictId));
  if (list.length > 0) {
    await db.insert(sources).values(list.map((source, position) => ({ ...source, verdictId, position })));
  }
}

/** CONFLICT carrying the version now stored, so the client can show it beside the user's text. */
export function staleVersion(current: { version: number }): TRPCError {
  return new TRPCError({
    code: "CONFLICT",
    message: `Someone saved this verdict after you opened it (now version ${current.version}). Review their changes before saving yours.`,
  });
}
