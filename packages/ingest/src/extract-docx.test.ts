import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocx } from "./extract-docx";

describe("extractDocx", () => {
  it("reads the title and the paragraphs of a Word document", async () => {
    const file = readFileSync(new URL("./__fixtures__/reservoir-report.docx", import.meta.url));
    const { title, body } = await extractDocx(file);
    expect(title).toBe("Reservoir levels fall to a ten-year low");
    const paragraphs = body.split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^The regional water authority said on Friday/);
  });

  it("explains a file that isn't a .docx", async () => {
    await expect(extractDocx(Buffer.from("not a zip file"))).rejects.toThrow(
      /could not be read as a Word document/,
    );
  });
});
