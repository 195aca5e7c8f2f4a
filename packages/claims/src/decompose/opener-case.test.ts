import { describe, expect, it } from "vitest";
import { lowerFirst } from "../util/text";
import { lowerBulletOpener, lowerCommonOpener, lowerLineOpener, WordCases } from "./opener-case";

const article = new WordCases([
  { text: "The first Kestrel missiles arrive in May." },
  { text: "Crews will also get thermal sights and Field radios." },
  { text: "Kestrel crews trained in Halden: Artillery units watched." },
]);

describe("WordCases", () => {
  it("reads how the article writes a word mid-sentence, not at a sentence's or a colon list's start", () => {
    expect(article.caseOf("Kestrel")).toBe("capitalised");
    expect(article.caseOf("Thermal")).toBe("lower");
    expect(article.caseOf("Field")).toBe("capitalised");
    expect(article.caseOf("Artillery")).toBeNull();
    expect(article.caseOf("Crews")).toBe("lower");
  });
});

describe("lowerLineOpener", () => {
  it("keeps a word the article only capitalises and lowers one it writes in lower case", () => {
    expect(lowerLineOpener("Kestrel anti-tank missiles", article, true)).toBe("Kestrel anti-tank missiles");
    expect(lowerLineOpener("Thermal sights", article, false)).toBe("thermal sights");
  });

  it("lowers an everyday compound before a name ('Long-range Skyfire rockets'), not a name's own", () => {
    expect(lowerLineOpener("Long-range Skyfire rockets", article, false)).toBe("long-range Skyfire rockets");
    expect(lowerLineOpener("Anti-tank Kestrel missiles", article, false)).toBe("anti-tank Kestrel missiles");
    expect(lowerLineOpener("Saint-Vell Harbour cranes", article, false)).toBe("Saint-Vell Harbour cranes");
  });

  it("lets the list's style decide a word the article gives no evidence for", () => {
    expect(lowerLineOpener("Artillery rounds", article, true)).toBe("artillery rounds");
    expect(lowerLineOpener("Artillery rounds", article, false)).toBe("Artillery rounds");
  });

  it("always lowers a common opener and never a name followed by another capital", () => {
    expect(lowerLineOpener("Additional interceptors", article, false)).toBe("additional interceptors");
    expect(lowerLineOpener("A maintenance depot", article, false)).toBe("a maintenance depot");
    expect(lowerLineOpener("Tarn River barriers", article, true)).toBe("Tarn River barriers");
  });

  it("reads the thing of a 'Label: count' line and a one-word line", () => {
    expect(lowerLineOpener("Generators: 60", article, true)).toBe("generators: 60");
    expect(lowerLineOpener("Kestrel: 12", article, true)).toBe("Kestrel: 12");
    expect(lowerLineOpener("Howitzers (18)", article, true)).toBe("howitzers (18)");
  });
});

describe("lowerBulletOpener on a sentence-case list the article says nothing else about", () => {
  it("keeps a capitalised word no everyday English word spells, before the noun it names", () => {
    for (const line of [
      "Skyrax missiles",
      "Tarvos rocket systems",
      "Gepard anti-aircraft guns",
      "Harrier drones",
    ])
      expect(lowerBulletOpener(line, WordCases.NONE, true)).toBe(line);
  });

  it("lowers everyday openers, however rare, and a rare word that is the thing itself", () => {
    const lines = [
      "Artillery rounds",
      "Medical kits",
      "Night-vision goggles",
      "Fuel trucks",
      "Anti-tank mines",
      "Demining equipment",
      "Loitering munitions",
      "Riverine boats",
      "Demolition charges for mine clearing",
      "Replacements parts",
      "Stretchers: 200",
      "Excavators and cranes",
    ];
    for (const line of lines) expect(lowerBulletOpener(line, WordCases.NONE, true)).toBe(lowerFirst(line));
  });

  it("keeps every capital of a list that mixes cases", () => {
    expect(lowerBulletOpener("Artillery rounds", WordCases.NONE, false)).toBe("Artillery rounds");
    expect(lowerBulletOpener("Kestrel launchers", article, false)).toBe("Kestrel launchers");
  });

  it("leaves an item opening a sentence to the list's style", () => {
    expect(lowerLineOpener("Skyrax missiles", WordCases.NONE, true)).toBe("skyrax missiles");
  });
});

describe("lowerCommonOpener", () => {
  it("lowers only the closed list of common openers, mid-sentence", () => {
    expect(lowerCommonOpener("Additional interceptors")).toBe("additional interceptors");
    expect(lowerCommonOpener("Kestrel drones")).toBe("Kestrel drones");
    expect(lowerCommonOpener("Artillery rounds")).toBe("Artillery rounds");
  });
});

describe("an opener paired with a name of the same kind", () => {
  it("is a name too ('Sparrow and Vel-7 air defence systems')", () => {
    expect(lowerLineOpener("Sparrow and Vel-7 air defence systems", WordCases.NONE, true)).toBe(
      "Sparrow and Vel-7 air defence systems",
    );
    expect(lowerLineOpener("Harrier rockets and KX-9 rockets", WordCases.NONE, true)).toBe(
      "Harrier rockets and KX-9 rockets",
    );
    // A different kind after the second name says nothing of the first.
    expect(lowerLineOpener("Blankets for shelters and Vel-7 launchers", WordCases.NONE, true)).toBe(
      "blankets for shelters and Vel-7 launchers",
    );
  });
});

describe("an everyday word that names a weapon system (s19)", () => {
  it("keeps its capital before the kind it names", () => {
    expect(lowerBulletOpener("Patriot interceptors", WordCases.NONE, true)).toBe("Patriot interceptors");
    expect(lowerLineOpener("Leopard 2 tanks", WordCases.NONE, true)).toBe("Leopard 2 tanks");
    expect(lowerLineOpener("Harpoon coastal defence missiles", WordCases.NONE, true)).toBe(
      "Harpoon coastal defence missiles",
    );
  });

  it("lowers the same word before anything else", () => {
    expect(lowerLineOpener("Warrior veterans' pensions", WordCases.NONE, true)).toBe(
      "warrior veterans' pensions",
    );
  });
});

describe("a capitalised opener before a comma (s20)", () => {
  it("is a word of the list, not a name of the word after it ('Pumps, hoses and …')", () => {
    expect(lowerBulletOpener("Pumps, hoses and sandbags for 12 villages", WordCases.NONE, true)).toBe(
      "pumps, hoses and sandbags for 12 villages",
    );
  });
});
