import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";

const page = readFileSync(new URL("./__fixtures__/article-page.html", import.meta.url), "utf8");

describe("extractArticle", () => {
  const article = extractArticle(page, "https://gazette.example.com/business/port-record-cargo?utm_source=x");

  it("keeps the body paragraphs in order", () => {
    const paragraphs = article.body.split("\n\n");
    expect(paragraphs[0]).toMatch(/^The Port of Marlow handled 2\.4 million containers/);
    expect(article.body).toContain("£85 million in rail links");
    expect(paragraphs.at(-1)).toMatch(/employs about 3,100 people/);
  });

  it("drops captions, ads, navigation, related links, scripts and styles", () => {
    for (const noise of [
      "Cranes unload",
      "Advertisement",
      "Related stories",
      "Ferry fares",
      "tracker",
      "color: red",
      "Sport",
      "All rights reserved",
    ]) {
      expect(article.body).not.toContain(noise);
    }
  });

  it("reads metadata from JSON-LD and meta tags", () => {
    expect(article).toMatchObject({
      title: "Port of Marlow handles record cargo in 2025",
      byline: "Priya Natarajan",
      publisher: "The Coastal Gazette",
      canonicalUrl: "https://gazette.example.com/business/port-record-cargo",
      language: "en-GB",
    });
    expect(article.publishedAt?.toISOString()).toBe("2026-02-03T08:30:00.000Z");
  });

  it("leaves out text meant only for screen readers", () => {
    const linked = extractArticle(
      `<html><body><article><p>The ministry said in <a href="/s">a statement<span class="text__visually-hidden">, opens new tab</span></a> that exports rose 4% in May, the third monthly rise in a row and the largest since the harbour reopened.</p><p>Imports fell 2%, according to <a href="/d">customs data<span class="sr-only"> (opens in a new window)</span></a> published on Monday by the statistics office in Marlow.</p></article></body></html>`,
      "https://x.example/",
    );
    expect(linked.body).toContain("said in a statement that exports rose 4% in May");
    expect(linked.body).toContain("according to customs data published on Monday");
    expect(linked.body).not.toMatch(/new (?:tab|window)/);
  });

  it("copes with a page that has no article markup", () => {
    const bare = extractArticle(
      "<html><body><p>Only one short line.</p></body></html>",
      "https://x.example/",
    );
    expect(bare.body).toBe("Only one short line.");
    expect(bare.title).toBe("Untitled article");
    expect(bare.publishedAt).toBeNull();
  });
});
