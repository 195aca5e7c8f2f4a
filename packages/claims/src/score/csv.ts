/**
 * RFC 4180-style CSV parsing (quoted fields with commas, newlines and doubled quotes),
 * plus a loader for ClaimBuster-format files.
 */

export class CsvFormatError extends Error {
  override name = "CsvFormatError";
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldWasQuoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    row.push(field);
    field = "";
    fieldWasQuoted = false;
  };
  const endRow = (): void => {
    endField();
    // A blank line yields a single empty field; it carries no record.
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field.length === 0 && !fieldWasQuoted) {
      inQuotes = true;
      fieldWasQuoted = true;
    } else if (char === ",") {
      endField();
    } else if (char === "\n" || char === "\r") {
      endRow();
      if (char === "\r" && text[i + 1] === "\n") i++;
    } else {
      field += char;
    }
    i++;
  }
  if (inQuotes) throw new CsvFormatError("unterminated quoted field at end of file");
  if (field.length > 0 || row.length > 0 || fieldWasQuoted) endRow();
  return rows;
}

export interface LabelledSentence {
  text: string;
  /** true for Verdict 1 (check-worthy factual claim); false for 0 and -1. */
  positive: boolean;
  /** The raw label: 1 check-worthy, 0 unimportant factual, -1 non-factual. */
  verdict: -1 | 0 | 1;
  /** Debate transcript the sentence came from, e.g. "1988-09-25.txt". */
  fileId: string;
  /** Year of the debate, parsed from File_id; NaN when File_id carries none. */
  year: number;
}

export const CLAIMBUSTER_REQUIRED_COLUMNS = ["Text", "File_id", "Verdict"] as const;

export function parseClaimBusterCsv(text: string): LabelledSentence[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (header === undefined) throw new CsvFormatError("file is empty (expected a ClaimBuster CSV header)");
  const columns = header.map((name) => name.trim());
  const missing = CLAIMBUSTER_REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    throw new CsvFormatError(
      `missing column(s) ${missing.join(", ")}; found: ${columns.join(", ") || "(none)"}`,
    );
  }
  const textColumn = columns.indexOf("Text");
  const fileColumn = columns.indexOf("File_id");
  const verdictColumn = columns.indexOf("Verdict");
  const sentences: LabelledSentence[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const verdictRaw = (row[verdictColumn] ?? "").trim();
    const verdict = Number(verdictRaw);
    if (verdictRaw === "" || !(verdict === 1 || verdict === 0 || verdict === -1)) {
      throw new CsvFormatError(`row ${r + 1}: Verdict must be 1, 0 or -1, got "${verdictRaw}"`);
    }
    const fileId = (row[fileColumn] ?? "").trim();
    const yearMatch = /^(\d{4})/.exec(fileId);
    sentences.push({
      text: row[textColumn] ?? "",
      positive: verdict === 1,
      verdict: verdict === 1 ? 1 : verdict === 0 ? 0 : -1,
      fileId,
      year: yearMatch?.[1] === undefined ? Number.NaN : Number(yearMatch[1]),
    });
  }
  return sentences;
}
