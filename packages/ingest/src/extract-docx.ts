import mammoth from "mammoth";

/** Plain text of a Word document, one paragraph per block; the first line doubles as the title. */
export async function extractDocx(file: Buffer): Promise<{ title: string; body: string }> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: file }));
  } catch {
    throw new Error("This file could not be read as a Word document (.docx).");
  }
  const paragraphs = value
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const [first = "", ...rest] = paragraphs;
  const titled = first.length <= 200 && rest.length > 0;
  return { title: titled ? first : "Untitled document", body: (titled ? rest : paragraphs).join("\n\n") };
}
