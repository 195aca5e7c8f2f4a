import { describe, expect, it } from "vitest";
import { CsvFormatError, parseClaimBusterCsv, parseCsv } from "./csv";

const HEADER =
  "Sentence_id,Text,Speaker,Speaker_title,Speaker_party,File_id,Length,Line_number,Sentiment,Verdict";

describe("parseCsv", () => {
  it("handles quoted commas, newlines, doubled quotes, CRLF and a BOM", () => {
    const text = '\ufeffa,b\r\n"x, y","line1\nline2"\r\n"say ""hi""",\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b"],
      ["x, y", "line1\nline2"],
      ['say "hi"', ""],
    ]);
  });

  it("keeps a last row without trailing newline and skips blank lines", () => {
    expect(parseCsv("a,b\n\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("rejects an unterminated quote", () => {
    expect(() => parseCsv('a,"b\n')).toThrow(CsvFormatError);
  });
});

describe("parseClaimBusterCsv", () => {
  it("maps Verdict 1 to positive and 0/-1 to negative, and reads the debate year", () => {
    const text = [
      HEADER,
      '1,"We spent $5, not $6.",A,B,C,1988-09-25.txt,5,1,0.0,1',
      "2,Thank you.,A,B,C,1988-09-25.txt,2,2,0.0,-1",
      "3,It is Tuesday.,A,B,C,2016-10-09.txt,3,3,0.0,0",
    ].join("\n");
    const rows = parseClaimBusterCsv(text);
    expect(rows.map((row) => row.positive)).toEqual([true, false, false]);
    expect(rows.map((row) => row.verdict)).toEqual([1, -1, 0]);
    expect(rows[0]?.text).toBe("We spent $5, not $6.");
    expect(rows.map((row) => row.year)).toEqual([1988, 1988, 2016]);
  });

  it("names missing columns", () => {
    expect(() => parseClaimBusterCsv("Sentence_id,Text\n1,hello\n")).toThrow(/File_id, Verdict/);
  });

  it("rejects an empty file and bad verdicts", () => {
    expect(() => parseClaimBusterCsv("")).toThrow(/empty/);
    expect(() => parseClaimBusterCsv(`${HEADER}\n1,x,A,B,C,f.txt,1,1,0,yes\n`)).toThrow(/row 2/);
  });
});
