import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import type { ExtractedClaim } from "../types";
import { pageFurniture } from "./furniture";
import { originalSpan, proseCopy } from "./markup";

/** Every claim quotes the original body at its offsets, in each of its spans too. */
function expectQuotesOriginal(body: string, claims: ExtractedClaim[]): void {
  for (const claim of claims) {
    expect(body.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claim.spans[0]).toEqual({ start: claim.start, end: claim.end });
    for (const span of claim.spans)
      expect(0 <= span.start && span.start < span.end && span.end <= body.length).toBe(true);
  }
}

function textsInOrder(claims: ExtractedClaim[]): string[] {
  return [...claims].sort((a, b) => a.start - b.start).map((claim) => claim.text);
}

/** An invented page, pasted with its HTML. */
const HTML_PAGE = `<!DOCTYPE html><html><head><title>Orvik ferry fares</title>
<style>p { margin: 0; }</style></head><body>
<h1>Orvik ferry fares to rise in spring</h1>
<p class="byline">By Senna Draal</p>
<p>Fares on the Orvik ferry will rise 9&nbsp;percent in April, the harbour board said on Monday.</p>
<!-- promo slot: The board sold 80 ferries last year. -->
<script type="text/javascript">var note = "The board doubled its fleet in 2021."; load();</script>
<p>The board carried 2.4 million passengers in 2024, <a href="https://example.org/annual?y=2024&amp;p=3">according to its annual report</a>.</p>
<h2>Crews say the timetable is too tight.</h2>
<p>The <strong>four</strong> oldest vessels date from 1988, the <em>board&#8217;s</em> fleet review found.<br>
A new vessel will cost &pound;31 million &mdash; a third more than planned, Commissioner Pell Astrid said.</p>
<ul><li>The night crossing will stop in May.</li><li>The island route will gain two sailings a day.</li></ul>
</body></html>`;

describe("proseCopy", () => {
  it("leaves a body without markup alone", () => {
    expect(proseCopy("Fares rose 9 percent in April, the board said.")).toBeNull();
    expect(proseCopy("Turnout was <40% and AT&T paid R&D costs; x < y > z.")).toBeNull();
  });

  it("takes tags, comments and scripts out, reads references, and maps each character back", () => {
    const body = `<p>Fares rose <em>9%</em> in April<!-- note -->.</p><script>x = "<p>";</script><p>Orvik&rsquo;s board&nbsp;met.</p>`;
    const copy = proseCopy(body);
    expect(copy?.text).toBe("\n\nFares rose 9% in April.\n\n\n\n\n\nOrvik’s board met.\n\n");
    if (copy === null) return;
    // Characters copied as they are map to themselves; a reference maps to its whole "&rsquo;".
    const fares = copy.text.indexOf("Fares");
    expect(originalSpan(copy, { start: fares, end: fares + 5 })).toEqual({
      start: body.indexOf("Fares"),
      end: body.indexOf("Fares") + 5,
    });
    const apostrophe = copy.text.indexOf("’");
    const reference = originalSpan(copy, { start: apostrophe, end: apostrophe + 1 });
    expect(body.slice(reference.start, reference.end)).toBe("&rsquo;");
    // A span of an emphasised word takes its tags in, so the quote opens and closes them.
    const nine = copy.text.indexOf("9%");
    const alone = originalSpan(copy, { start: nine, end: nine + 2 });
    expect(body.slice(alone.start, alone.end)).toBe("<em>9%</em>");
    const across = originalSpan(copy, { start: fares, end: copy.text.indexOf(".") + 1 });
    expect(body.slice(across.start, across.end)).toBe("Fares rose <em>9%</em> in April<!-- note -->.");
  });

  it("reads headings as Markdown headings, table cells apart by tabs and list items as bullets", () => {
    const copy = proseCopy(
      "<h3>Fleet</h3><table><tr><td>Ferries</td><td>12</td></tr></table><ol><li>One</li></ol>",
    );
    expect(copy?.text).toBe("\n\n# Fleet\n\n\n\n\n\tFerries\t12\n\n\n\n\n\n- One\n\n\n");
  });

  it("keeps unknown tags and unclosed comments and scripts as written, rather than drop what follows", () => {
    expect(proseCopy("The <Orvik> board met.")).toBeNull();
    expect(proseCopy("Fares rose. <!-- Fares fell.")).toBeNull();
    expect(proseCopy("<script>Fares rose 9 percent in April.")?.text).toBe("Fares rose 9 percent in April.");
  });
});

describe("extractClaims on a page pasted with its HTML", () => {
  const claims = extractClaims({ body: HTML_PAGE });

  it("quotes the original body at every claim's offsets", () => {
    expect(claims.length).toBeGreaterThan(0);
    expectQuotesOriginal(HTML_PAGE, claims);
  });

  it("reads clean text: references decoded, tags and link addresses gone", () => {
    expect(textsInOrder(claims)).toEqual([
      "Fares on the Orvik ferry will rise 9 percent in April.",
      "The board carried 2.4 million passengers in 2024.",
      "The four oldest vessels date from 1988.",
      "A new vessel will cost £31 million — a third more than planned.",
      "The night crossing will stop in May.",
      "The island route will gain two sailings a day.",
    ]);
    const report = claims.find((claim) => claim.text.startsWith("The board carried"));
    expect(report?.quote).toContain('<a href="https://example.org/annual?y=2024&amp;p=3">');
    expect(claims.find((claim) => claim.text.startsWith("A new vessel"))?.speaker).toBe("Pell Astrid");
  });

  it("reads the <h1> as the headline: a span of the claim it sums up", () => {
    const fares = claims.find((claim) => claim.text.startsWith("Fares on the Orvik ferry"));
    const headline = fares?.spans[1];
    expect(headline && HTML_PAGE.slice(headline.start, headline.end)).toBe(
      "Orvik ferry fares to rise in spring",
    );
  });

  it("makes no claim of headings, comments, scripts or styles", () => {
    for (const claim of claims) expect(claim.text).not.toMatch(/timetable|80 ferries|fleet in 2021|margin/);
  });

  it("sets the headings, byline and title apart as furniture at their original offsets", () => {
    const furniture = pageFurniture(HTML_PAGE).map((span) => HTML_PAGE.slice(span.start, span.end));
    expect(furniture).toContain("By Senna Draal");
    expect(furniture).toContain("<h2>Crews say the timetable is too tight.");
  });

  it("reads a body whose only markup is character references", () => {
    const body = "Orvik&rsquo;s board raised fares by 9&nbsp;percent in April, the harbour board said.";
    const claims = extractClaims({ body });
    expect(claims.map((claim) => [claim.text, claim.quote])).toEqual([
      ["Orvik’s board raised fares by 9 percent in April.", body],
    ]);
  });
});

/** An invented story, pasted as Markdown. */
const MARKDOWN_STORY = `# Tesvik dairy cooperative cuts milk price

## What changed

The **Tesvik Dairy Cooperative** cut its milk price by _4 percent_ on Friday, [its chair Runa Belk said](https://example.org/belk?id=3).

Sales fell to *210 million litres* in 2024, according to [__the cooperative's annual filing__](https://example.org/filing.pdf).

![Cows at a Tesvik farm](https://example.org/cows.jpg)

### Where the money goes

The cooperative's new plan includes:

* **22** new cooling tanks;
- a feed subsidy of 3 million crowns; and
* two training farms.`;

describe("extractClaims on a story pasted as Markdown", () => {
  const claims = extractClaims({ body: MARKDOWN_STORY });

  it("reads emphasis and links as their words, with offsets into the original", () => {
    expectQuotesOriginal(MARKDOWN_STORY, claims);
    expect(textsInOrder(claims)).toEqual([
      "The Tesvik Dairy Cooperative cut its milk price by 4 percent on Friday.",
      "Sales fell to 210 million litres in 2024.",
      "The cooperative's new plan includes 22 new cooling tanks.",
      "The cooperative's new plan includes a feed subsidy of 3 million crowns.",
      "The cooperative's new plan includes two training farms.",
    ]);
    expect(claims.map((claim) => claim.speaker)).toContain("Runa Belk");
    expect(claims.find((claim) => claim.text.startsWith("Sales"))?.speaker).toBe("the cooperative");
  });

  it("makes no claim of '#' headings or pictures, and reads the first heading as the headline", () => {
    for (const claim of claims) expect(claim.text).not.toMatch(/What changed|money goes|Cows at/);
    const cut = claims.find((claim) => claim.text.startsWith("The Tesvik"));
    const headline = cut?.spans[1];
    expect(headline && MARKDOWN_STORY.slice(headline.start, headline.end)).toBe(
      "Tesvik dairy cooperative cuts milk price",
    );
  });

  it("decomposes a bulleted list, bold marks and all, each item quoting its marks whole", () => {
    const items = claims.filter((claim) => claim.parentId !== null);
    expect(items).toHaveLength(3);
    expect(items.map((item) => item.quote)).toContain("**22** new cooling tanks");
  });

  it("leaves marks inside words and lone marks as written", () => {
    expect(proseCopy("The file_name_here field and 2*3*4 stay; a * b and a _ b too.")).toBeNull();
    expect(proseCopy("Prices rose 5%* in May. *Provisional figures")).toBeNull();
  });
});

const MARKUP_PIECES = [
  "<p>",
  "</p>",
  "<br>",
  "<br/>",
  '<a href="x?a=1&amp;b">',
  "</a>",
  "<em>",
  "</em>",
  "<h2>",
  "</h2>",
  "<li>",
  "<script>",
  "</script>",
  "<style>",
  "<!--",
  "-->",
  "&amp;",
  "&nbsp;",
  "&#8217;",
  "&#x2019;",
  "&#0;",
  "&rsquo",
  "<",
  ">",
  "&",
  "**",
  "_",
  "*",
  "[see](https://example.org/a_(b))",
  "![x](y.png)",
  "# ",
  "\n",
  " said ",
  "Fares rose 9 percent. ",
  "The board said fares would rise. ",
];

describe("markup properties", () => {
  it("never throws, keeps offsets into the original valid and is deterministic", () => {
    const piece = fc.oneof(fc.constantFrom(...MARKUP_PIECES), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const body = pieces.join("");
        const claims = extractClaims({ body });
        expectQuotesOriginal(body, claims);
        expect(extractClaims({ body })).toEqual(claims);
        for (const span of pageFurniture(body))
          expect(0 <= span.start && span.start < span.end && span.end <= body.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("scans unclosed comments and scripts in linear time", () => {
    const timed = (body: string) => {
      const started = performance.now();
      proseCopy(body);
      return performance.now() - started;
    };
    for (const unit of ["<!-- a ", "<script> a ", "<p>a</p>", "&amp;"]) {
      const small = unit.repeat(25_000);
      const smallMilliseconds = Math.min(timed(small), timed(small));
      expect(timed(unit.repeat(100_000))).toBeLessThan(10 * smallMilliseconds + 200);
    }
  });
});
