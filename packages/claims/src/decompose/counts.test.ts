import { describe, expect, it } from "vitest";
import { nameBareCount } from "./counts";

describe("nameBareCount", () => {
  it("reads a bare count with the plural counted just before", () => {
    expect(nameBareCount("120 were injured", ["Four people died in the blast at the Orvo depot."])).toBe(
      "120 people were injured",
    );
    expect(nameBareCount("12 remain trapped underground", ["Eight miners were rescued on Monday."])).toBe(
      "12 miners remain trapped underground",
    );
    expect(nameBareCount("At least 40 remain missing", ["The ferry carried 210 passengers."])).toBe(
      "At least 40 passengers remain missing",
    );
    expect(nameBareCount("Of those, 12 were children", ["About 300 pupils were sent home."])).toBe(
      "Of the pupils, 12 were children",
    );
    expect(nameBareCount("12 were stolen from a depot", ["Police seized 40 rifles in the raid."])).toBe(
      "12 rifles were stolen from a depot",
    );
    // The scale of "1.2 million" is no part of what was counted.
    expect(nameBareCount("800,000 were on order", ["Allies delivered 1.2 million artillery shells."])).toBe(
      "800,000 artillery shells were on order",
    );
  });

  it("looks past a nearer text that counts nothing, but no further than one that does", () => {
    expect(nameBareCount("3,000 were displaced", ["120 were injured", "Four people died"])).toBe(
      "3,000 people were displaced",
    );
    expect(
      nameBareCount("120 were injured", ["The storm damaged 400 homes.", "Four people died."]),
    ).toBeNull();
  });

  it("leaves a count whose noun is unclear or absent", () => {
    // People's predicates need people: "31 bodies" are not missing.
    expect(nameBareCount("At least 40 remain missing", ["Rescuers recovered 31 bodies."])).toBeNull();
    expect(nameBareCount("12 were sold", ["The club sold 40 shirts and 12 scarves."])).toBeNull();
    expect(nameBareCount("120 were injured", ["The blast shook the town."])).toBeNull();
    // A subject with its noun, or a measure, is no bare count.
    expect(nameBareCount("120 people were injured", ["Four workers died."])).toBeNull();
    expect(nameBareCount("2 were sold", ["Prices rose for 3 years."])).toBeNull();
    // A year, a share and a fraction are no counts of things.
    expect(nameBareCount("2023 was the warmest year", ["It rained in 40 countries."])).toBeNull();
    expect(nameBareCount("40% were children", ["About 300 pupils were sent home."])).toBeNull();
    expect(nameBareCount("1.5 were missing", ["The ferry carried 210 passengers."])).toBeNull();
  });
});

describe("a count of more of the same", () => {
  it("names what it counts ('12 more would follow' → '12 more trucks would follow')", () => {
    expect(nameBareCount("12 more would follow next week.", ["We have sent 40 trucks."])).toBe(
      "12 more trucks would follow next week.",
    );
    expect(nameBareCount("Twelve more will follow.", ["The army sent 40 trucks on Monday."])).toBe(
      "Twelve more trucks will follow.",
    );
  });
});
