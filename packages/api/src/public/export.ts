/** CSV export of the newsroom's published verdicts, for editors (spreadsheets, IFCN reports). */
import { articles, claims, type Database, publications } from "@claimdesk/db";
import { stringify } from "csv-stringify/sync";
import { and, asc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../actor";

export const CSV_COLUMNS = [
  "slug",
  "status",
  "claim",
  "speaker",
  "rating",
  "rating_value",
  "best_rating",
  "worst_rating",
  "summary",
  "tags",
  "sources",
  "article_title",
  "article_url",
  "published_at",
  "updated_at",
  "version",
  "unpublished_at",
] as const;

export async function exportVerdictsCsv(
  db: Database,
  actor: Actor,
  options: { from?: Date | null; to?: Date | null; includeUnpublished?: boolean },
) {
  const filters: SQL[] = [eq(publications.newsroomId, actor.newsroomId)];
  if (!options.includeUnpublished) {
    const notUnpublished = isNull(publications.unpublishedAt);
    filters.push(notUnpublished);
  }
  if (options.from) filters.push(sql`${publications.publishedAt} >= ${options.from}`);
  if (options.to) filters.push(sql`${publications.publishedAt} <= ${options.to}`);
  const rows = await db
    .select({
      slug: publications.slug,
      status: claims.status,
      snapshot: publications.snapshot,
      tags: claims.tags,
      articleTitle: articles.title,
      articleUrl: articles.url,
      publishedAt: publications.publishedAt,
      updatedAt: publications.updatedAt,
      version: publications.version,
      unpublishedAt: publications.unpublishedAt,
    })
    .from(publications)
    .innerJoin(claims, eq(claims.id, publications.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(...filters))
    .orderBy(asc(publications.publishedAt), asc(publications.slug));
  const records = rows.map((row) => [
    row.slug,
    row.unpublishedAt ? "unpublished" : row.status,
    row.snapshot.claimText,
    row.snapshot.speaker ?? "",
    row.snapshot.ratingLabel,
    row.snapshot.ratingValue ?? "",
    row.snapshot.bestRating ?? "",
    row.snapshot.worstRating ?? "",
    row.snapshot.summary,
    row.tags.join("; "),
    row.snapshot.sources.map((source) => source.url).join(" "),
    row.articleTitle,
    row.articleUrl ?? "",
    row.publishedAt.toISOString(),
    row.updatedAt.toISOString(),
    row.version,
    row.unpublishedAt?.toISOString() ?? "",
  ]);
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  const safe = records.map((record) =>
    record.map((cell) => (typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
  );
  return {
    filename: `verdicts-${new Date().toISOString().slice(0, 10)}.csv`,
    rowCount: rows.length,
    csv: stringify([[...CSV_COLUMNS], ...safe], { bom: true }),
  };
}
