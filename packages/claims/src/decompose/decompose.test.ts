import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { isFiniteVerb, isPastTense, splitClauses } from "./clauses";
import { EntityMemory } from "./entities";
import { bulletSeries, decomposeList, describeListLead } from "./enumerations";
import { countFirst, splitListItems } from "./list-items";
import { amountPair, seriesList } from "./series";

function texts(content: string, memory = new EntityMemory()): string[] | undefined {
  return decomposeList(content, 0, memory)?.items.map((i) => i.text);
}

/** The texts of the claims extracted from a body, in rank order. */
function claimTexts(body: string): string[] {
  return extractClaims({ body }).map((claim) => claim.text);
}

/** A memory that has read of Norvland's aid package for Castria. */
function packageMemory(): EntityMemory {
  const memory = new EntityMemory();
  memory.learn("Norvland announced a 600 million crown aid package for Castria.", null);
  return memory;
}

describe("splitListItems", () => {
  it("reads 'both A and B', 'A, B and also C' and '40 trucks and some 3,000 rounds' as lists", () => {
    const items = (text: string) => splitListItems(text, 0)?.map((i) => [i.text, text.slice(i.start, i.end)]);
    expect(items("both radars and launchers")).toEqual([
      ["radars", "radars"],
      ["launchers", "launchers"],
    ]);
    expect(items("trucks, fuel and also spare parts")?.at(-1)).toEqual(["spare parts", "spare parts"]);
    expect(items("40 trucks and some 3,000 rounds of ammunition")).toHaveLength(2);
  });

  it("gives the day closing the last item to every item ('… and 43C in Jaen on Sunday')", () => {
    expect(texts("Temperatures reached 45C in Varna, 44C in Lune and 43C in Tesk on Sunday")).toEqual([
      "Temperatures reached 45C in Varna on Sunday.",
      "Temperatures reached 44C in Lune on Sunday.",
      "Temperatures reached 43C in Tesk on Sunday.",
    ]);
  });

  it("reads 'plus' between counted things as one more item ('40 trucks plus 12 boats and two cranes')", () => {
    expect(splitListItems("40 trucks plus 12 boats and two cranes", 0)?.map((i) => i.text)).toEqual([
      "40 trucks",
      "12 boats",
      "two cranes",
    ]);
    expect(texts("Norland will provide 40 trucks plus 12 boats and two cranes")).toEqual([
      "Norland will provide 40 trucks.",
      "Norland will provide 12 boats.",
      "Norland will provide two cranes.",
    ]);
  });

  it("splits rounds of a kind from a modified plural after them, not a measure both share", () => {
    const items = (text: string) => splitListItems(text, 0)?.map((i) => i.text) ?? null;
    expect(items("3,000 rounds of 30 mm ammunition and night-vision goggles")).toEqual([
      "3,000 rounds of 30 mm ammunition",
      "night-vision goggles",
    ]);
    expect(items("40 tonnes of flour and cooking oil")).toBeNull();
  });

  it("splits a short kind and a counted thing inside a longer list into two items, with their spans", () => {
    const text =
      "60 ambulances, small arms and more than 3 million rounds of ammunition, and demolition charges";
    expect(splitListItems(text, 0)?.map((i) => [i.text, text.slice(i.start, i.end)])).toEqual([
      ["60 ambulances", "60 ambulances"],
      ["small arms", "small arms"],
      ["more than 3 million rounds of ammunition", "more than 3 million rounds of ammunition"],
      ["demolition charges", "demolition charges"],
    ]);
    // Two numbers of one measure stay one item.
    expect(splitListItems("tents, 2 and 3 tonne trucks, and fuel", 0)?.map((i) => i.text)).toEqual([
      "tents",
      "2 and 3 tonne trucks",
      "fuel",
    ]);
  });

  it("splits a counted thing from a thing with its own phrase ('40 mobile clinics and fuel for plants')", () => {
    const items = (text: string) => splitListItems(text, 0)?.map((i) => [i.text, text.slice(i.start, i.end)]);
    expect(items("40 mobile clinics and fuel for district heating plants")).toEqual([
      ["40 mobile clinics", "40 mobile clinics"],
      ["fuel for district heating plants", "fuel for district heating plants"],
    ]);
    expect(items("12 generators and spare parts for water pumps")?.map(([text]) => text)).toEqual([
      "12 generators",
      "spare parts for water pumps",
    ]);
    // The "and" inside the first's "of" phrase, a predicate after it, or no count: one thing.
    expect(splitListItems("supplies of food and water for 3,000 people", 0)).toBeNull();
    expect(splitListItems("12 tonnes of flour and sugar for bakeries", 0)).toBeNull();
    expect(splitListItems("40 trucks and sent troops to the border", 0)).toBeNull();
    expect(splitListItems("tents and blankets for displaced families", 0)).toBeNull();
  });

  it("splits comma and semicolon lists with a final conjunction, keeping item offsets", () => {
    const text = "fuel subsidies for farmers, 500 electric buses, and free school meals";
    const items = splitListItems(text, 10) ?? [];
    expect(items.map((i) => i.text)).toEqual([
      "fuel subsidies for farmers",
      "500 electric buses",
      "free school meals",
    ]);
    expect(items.map((i) => text.slice(i.start - 10, i.end - 10))).toEqual(items.map((i) => i.text));
    expect(
      splitListItems("$4 million for schools; $2 million for roads; and $1 million for parks", 0)?.length,
    ).toBe(3);
  });

  it("splits coordinated modifiers", () => {
    expect(splitListItems("tents, and 12 kV and 33 kV power cables", 0)?.map((i) => i.text)).toEqual([
      "tents",
      "12 kV power cables",
      "33 kV power cables",
    ]);
  });

  it("completes short later items with the first item's phrase", () => {
    expect(splitListItems("subsidies for farmers, fishers and truckers", 0)?.map((i) => i.text)).toEqual([
      "subsidies for farmers",
      "subsidies for fishers",
      "subsidies for truckers",
    ]);
    expect(
      splitListItems("fuel subsidies for farmers, 500 electric buses and free meals", 0)?.[1]?.text,
    ).toBe("500 electric buses");
  });

  it("keeps a comma-introduced relative clause, with its own inner list, on its item", () => {
    const text =
      "40 Kestrel launchers, which can be fired from land, sea or air, 300 Harrow drones and 12 field radars";
    const items = splitListItems(text, 0) ?? [];
    expect(items.map((i) => i.text)).toEqual([
      "40 Kestrel launchers, which can be fired from land, sea or air",
      "300 Harrow drones",
      "12 field radars",
    ]);
    expect(items.map((i) => text.slice(i.start, i.end))).toEqual(items.map((i) => i.text));
    // Without more of the outer list after it, the inner conjunction is the outer list's.
    expect(
      splitListItems("40 Kestrel launchers, which fire from land, 300 Harrow drones and 12 radars", 0)?.map(
        (i) => i.text,
      ),
    ).toEqual(["40 Kestrel launchers, which fire from land", "300 Harrow drones", "12 radars"]);
  });

  it("puts a bracketed count first, keeping a name's capital", () => {
    expect(
      splitListItems("Halberd launchers (40), field radios (300) and trucks (12)", 0)?.map((i) => i.text),
    ).toEqual(["40 Halberd launchers", "300 field radios", "12 trucks"]);
  });

  it("refuses things that are not lists", () => {
    expect(splitListItems("provisions that would raise taxes, cut spending and expand care", 0)).toBeNull();
    expect(splitListItems("2,000 homes", 0)).toBeNull();
    expect(splitListItems("money for schools, for their buildings", 0)).toBeNull();
    expect(splitListItems("a grant for schools and hospitals", 0)).toBeNull();
  });
});

describe("decomposeList", () => {
  it("makes one standalone claim per included item", () => {
    expect(
      texts(
        "the $2 billion relief plan announced March 3 includes fuel subsidies, 500 new buses and free school meals",
      ),
    ).toEqual([
      "The $2 billion relief plan announced March 3 includes fuel subsidies.",
      "The $2 billion relief plan announced March 3 includes 500 new buses.",
      "The $2 billion relief plan announced March 3 includes free school meals.",
    ]);
  });

  it("gives a relative clause after a 'such as' list to every item, its pronoun with it", () => {
    const content = "Operators added fees for services such as laundry and meals that were already covered";
    const items = decomposeList(content, 0, new EntityMemory())?.items ?? [];
    expect(items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["Operators added fees for services such as laundry that were already covered.", "laundry"],
      ["Operators added fees for services such as meals that were already covered.", "meals"],
    ]);
  });

  it("reads later base verbs after 'includes provisions to A' as more provisions", () => {
    expect(
      texts(
        "The bill includes provisions to rebuild 14 bridges, compensate 3,000 farmers and raise river walls",
      ),
    ).toEqual([
      "The bill includes provisions to rebuild 14 bridges.",
      "The bill includes provisions to compensate 3,000 farmers.",
      "The bill includes provisions to raise river walls.",
    ]);
    // Things after "money to …" stay things.
    expect(texts("The bill includes money to rebuild 14 bridges, new trucks and fuel")?.[1]).toBe(
      "The bill includes new trucks.",
    );
  });

  it("keeps the context of an 'including' list", () => {
    expect(texts("The agency counted 900 cases, including 40 children, 12 nurses and 3 pilots")).toEqual([
      "The agency counted 900 cases, including 40 children.",
      "The agency counted 900 cases, including 12 nurses.",
      "The agency counted 900 cases, including 3 pilots.",
    ]);
  });

  it("names the earlier-described package for a list continued in a later sentence", () => {
    const memory = new EntityMemory();
    memory.learn("The ministry announced a new aid package worth $40 million on May 2.", "the ministry");
    expect(
      texts(
        "Tents and water pumps were part of the package, along with blankets, stoves, and medicine",
        memory,
      ),
    ).toEqual([
      "The new aid package worth $40 million announced May 2 includes tents.",
      "The new aid package worth $40 million announced May 2 includes water pumps.",
      "The new aid package worth $40 million announced May 2 includes blankets.",
      "The new aid package worth $40 million announced May 2 includes stoves.",
      "The new aid package worth $40 million announced May 2 includes medicine.",
    ]);
    expect(
      decomposeList("the latest Norland aid comprises tents, stoves and fuel", 0, memory)?.items[0]?.text,
    ).toBe("The new Norland aid package worth $40 million announced May 2 includes tents.");
  });

  it("reads a relative clause's predicates after the thing it describes ('a budget that will A, B and C')", () => {
    expect(
      texts(
        "Harwick council has approved a £48 million budget that will close three libraries, move bin collections to every three weeks and raise council tax by 4.99%",
      ),
    ).toEqual([
      "Harwick council has approved a £48 million budget.",
      "The £48 million budget will close three libraries.",
      "The £48 million budget will move bin collections to every three weeks.",
      "The £48 million budget will raise council tax by 4.99%.",
    ]);
    // One predicate is no list: the sentence stays one claim.
    expect(texts("The board backed a plan that will cut 40 jobs")).toBeUndefined();
  });

  it("reads predicates a company's plan lists, the closing reason with the last ('…, as it struggles')", () => {
    expect(
      texts(
        "Vell Motors would cut 4,000 jobs, close two plants and stop diesel production, as it struggles with falling sales",
      ),
    ).toEqual([
      "Vell Motors would cut 4,000 jobs.",
      "Vell Motors would close two plants.",
      "Vell Motors would stop diesel production, as it struggles with falling sales.",
    ]);
  });

  it("keeps the verb after a modal and its adverb ('will also receive A, B and C')", () => {
    expect(texts("Valdoria will also receive night-vision devices, body armor and medical supplies")).toEqual(
      [
        "Valdoria will also receive night-vision devices.",
        "Valdoria will also receive body armor.",
        "Valdoria will also receive medical supplies.",
      ],
    );
  });

  it("reads a past verb before its infinitive as a predicate ('…, and failed to verify their ages')", () => {
    expect(
      texts("Kesto had made the accounts public, published their addresses, and failed to verify their ages"),
    ).toEqual([
      "Kesto had made the accounts public.",
      "Kesto had published their addresses.",
      "Kesto had failed to verify their ages.",
    ]);
  });

  it("reads an '-ed' word after a count or a verb as the first item's adjective ('20 armoured vehicles')", () => {
    expect(texts("Valdoria will receive 20 armoured vehicles, 3,000 shells and four radar systems")).toEqual([
      "Valdoria will receive 20 armoured vehicles.",
      "Valdoria will receive 3,000 shells.",
      "Valdoria will receive four radar systems.",
    ]);
    // The adjective is the first thing's own, not each item's ("armoured shells").
    expect(texts("Valdoria received armoured vehicles, shells and radar systems")).toEqual([
      "Valdoria received armoured vehicles.",
      "Valdoria received shells.",
      "Valdoria received radar systems.",
    ]);
  });

  it("keeps a list of places inside an item with that item ('floods in A, B and C, heatwaves in D and E, and …')", () => {
    expect(
      texts(
        "The storms caused floods in Varna, Lune and Tesk, power cuts in Orvo, Kesh and Dorne, and landslides in Brask and Vell",
      ),
    ).toEqual([
      "The storms caused floods in Varna, Lune and Tesk.",
      "The storms caused power cuts in Orvo, Kesh and Dorne.",
      "The storms caused landslides in Brask and Vell.",
    ]);
  });

  it("reads a longer thing with its own phrase in the middle of four or more ('new cranes for the ports of A and B')", () => {
    expect(
      texts(
        "The bank will finance the dredging of Varna harbour, new cranes for the ports of Lune and Tesk, a training centre, and 14 patrol boats",
      ),
    ).toEqual([
      "The bank will finance the dredging of Varna harbour.",
      "The bank will finance new cranes for the ports of Lune and Tesk.",
      "The bank will finance a training centre.",
      "The bank will finance 14 patrol boats.",
    ]);
  });

  it("keeps the object before a phrase that opens the series ('spoke to the Courier about A, B and C')", () => {
    expect(
      texts("Lund spoke to the Courier about staff shortages, waiting times and the new hospital"),
    ).toEqual([
      "Lund spoke to the Courier about staff shortages.",
      "Lund spoke to the Courier about waiting times.",
      "Lund spoke to the Courier about the new hospital.",
    ]);
  });

  it("reads things added after a clause ('…, along with A, B and C') as more of what its verb took", () => {
    expect(
      texts(
        "Officers found the plants growing across three floors, along with lamps, fans and a bypass cable",
      ),
    ).toEqual([
      "Officers found the plants growing across three floors.",
      "Officers found lamps.",
      "Officers found fans.",
      "Officers found a bypass cable.",
    ]);
  });

  it("reads an '-ing' thing with its own phrase as the last item ('and training for 300 engineers')", () => {
    expect(
      texts(
        "The grant will pay for gas turbines, spare parts for power lines and training for 300 engineers",
      ),
    ).toEqual([
      "The grant will pay for gas turbines.",
      "The grant will pay for spare parts for power lines.",
      "The grant will pay for training for 300 engineers.",
    ]);
  });

  it("puts an aside between the last 'and' and its item after the item ('and, for 900,000 customers, passport numbers')", () => {
    expect(
      texts(
        "The stolen records include names, dates of birth and, for about 900,000 customers, passport numbers",
      ),
    ).toEqual([
      "The stolen records include names.",
      "The stolen records include dates of birth.",
      "The stolen records include passport numbers, for about 900,000 customers.",
    ]);
  });

  it("reads a colon list of counted things with a time after them ('signed three players this summer: A, B and C')", () => {
    expect(
      texts(
        "The club has signed three players this summer: striker Ola Berg, midfielder Tom Aas and goalkeeper Ivo Lund",
      ),
    ).toEqual([
      "The club has signed striker Ola Berg.",
      "The club has signed midfielder Tom Aas.",
      "The club has signed goalkeeper Ivo Lund.",
    ]);
  });

  it("reads later subjects after a progressive verb ('Germany is sending 40 vehicles, France 12 howitzers …')", () => {
    expect(
      texts("Germany is sending 40 Marder vehicles, France 12 Caesar howitzers and Italy two batteries"),
    ).toEqual([
      "Germany is sending 40 Marder vehicles.",
      "France is sending 12 Caesar howitzers.",
      "Italy is sending two batteries.",
    ]);
  });

  it("repeats what an owner's figure measures for each later owner ('Norland's inflation rate rose to 2.4%, Estavia's to 1.7%')", () => {
    expect(
      splitClauses("Norland's inflation rate rose to 2.4%, Estavia's to 1.7% and Vesk's to 1.6%", 0).map(
        (c) => c.text,
      ),
    ).toEqual([
      "Norland's inflation rate rose to 2.4%",
      "Estavia's inflation rate rose to 1.7%",
      "Vesk's inflation rate rose to 1.6%",
    ]);
    expect(
      texts("Norland's economy is expected to grow 0.2% this year, Estavia's 0.8% and Vesk's 2.4%"),
    ).toEqual([
      "Norland's economy is expected to grow 0.2% this year.",
      "Estavia's economy is expected to grow 0.8%.",
      "Vesk's economy is expected to grow 2.4%.",
    ]);
  });

  it("reads a pair of clauses opening with names, the second without its verb ('A got X and B Y')", () => {
    expect(texts("Tor Sala received a five-year sentence and Ivo Greco four years")).toEqual([
      "Tor Sala received a five-year sentence.",
      "Ivo Greco received four years.",
    ]);
    expect(texts("Norland sent 40 tanks and Estavia 12 howitzers")).toEqual([
      "Norland sent 40 tanks.",
      "Estavia sent 12 howitzers.",
    ]);
    // A verb that takes names lists whom it took.
    expect(texts("Ana Roe met Tom Ash and Eva Lind two weeks ago")).toBeUndefined();
  });

  it("reads a series after a name and its age ('Anton Kessler, 61, was convicted of A, B and C')", () => {
    const content =
      "Anton Kessler, 61, was convicted in May of bribery, money laundering and abuse of office";
    const items = decomposeList(content, 0, new EntityMemory())?.items ?? [];
    expect(items.map((item) => item.text)).toEqual([
      "Anton Kessler was convicted in May of bribery.",
      "Anton Kessler was convicted in May of money laundering.",
      "Anton Kessler was convicted in May of abuse of office.",
    ]);
    expect(items.map((item) => content.slice(item.start, item.end))).toEqual([
      "bribery",
      "money laundering",
      "abuse of office",
    ]);
  });

  it("names what a later predicate's bare count counts ('killed 12 people, injured 40 and …')", () => {
    expect(
      texts("The storm killed at least 12 people, injured 40 and left 200,000 homes without power"),
    ).toEqual([
      "The storm killed at least 12 people.",
      "The storm injured 40 people.",
      "The storm left 200,000 homes without power.",
    ]);
  });

  it("keeps one sum over listed kinds whole ('€88bn in financial, military and humanitarian support')", () => {
    expect(
      texts("The EU has provided Kessia with €88bn in financial, military and humanitarian support"),
    ).toBeUndefined();
    expect(texts("The ship carried 3,000 tonnes of wheat, rice and sugar")).toBeUndefined();
    expect(texts("The plan includes €2bn in grants, €1bn in loans and €500m in guarantees")).toHaveLength(3);
  });

  it("keeps a relation shared by all the items whole ('split equally between A, B and C')", () => {
    expect(
      texts("The fund will be split equally between housing, transport and green energy projects"),
    ).toBeUndefined();
    expect(texts("Aid will be shared among Kesh, Varna and Dovria")).toBeUndefined();
  });

  it("reads 'covers A, B and C' as one claim per thing covered, the verb kept", () => {
    expect(texts("The package also covers spare parts, 5,000 shells and training for 300 soldiers")).toEqual([
      "The package also covers spare parts.",
      "The package also covers 5,000 shells.",
      "The package also covers training for 300 soldiers.",
    ]);
  });

  it("shares the lead of a semicolon list and of a colon list", () => {
    expect(
      texts("The budget gives $40 million to schools; $25 million to roads; and $10 million to parks"),
    ).toEqual([
      "The budget gives $40 million to schools.",
      "The budget gives $25 million to roads.",
      "The budget gives $10 million to parks.",
    ]);
    expect(texts("The report names three causes: drought, overgrazing and fires")?.[1]).toBe(
      "The report names overgrazing.",
    );
  });

  it("ends a semicolon list's lead after its verb, not at the first word shaped like an item", () => {
    expect(texts("The grant funds housing; spare parts for pumps; and sandbags")).toEqual([
      "The grant funds housing.",
      "The grant funds spare parts for pumps.",
      "The grant funds sandbags.",
    ]);
    expect(texts("The plan includes new pumps for Arla; sandbags for Bex; and boats for Cove")?.[1]).toBe(
      "The plan includes sandbags for Bex.",
    );
  });

  it("reads 'urged X to A, B and C' as three things urged, 'fund' opening a predicate", () => {
    expect(
      texts(
        "The council urged ministers to ban new petrol cars from 2030, double the carbon tax and fund insulation for 200,000 homes",
      ),
    ).toEqual([
      "The council urged ministers to ban new petrol cars from 2030.",
      "The council urged ministers to double the carbon tax.",
      "The council urged ministers to fund insulation for 200,000 homes.",
    ]);
  });

  it("reads a subject's relative clause as part of the subject, not as an item", () => {
    expect(
      texts(
        "Dunn, who leads the party, promised to cut income tax by 5 points, build 100,000 homes a year and hire 20,000 police officers",
      ),
    ).toEqual([
      "Dunn, who leads the party, promised to cut income tax by 5 points.",
      "Dunn promised to build 100,000 homes a year.",
      "Dunn promised to hire 20,000 police officers.",
    ]);
  });

  it("keeps a total over the places listed whole: no one place has it", () => {
    expect(texts("1,400 buildings had collapsed in the provinces of Vell, Arno and Tesk")).toBeUndefined();
    expect(texts("The army sent 3,000 troops to Ostra, Vell and Kesh")).toBeUndefined();
    expect(texts("The ministry gave 4 million crowns to schools, clinics and libraries")).toBeUndefined();
    expect(texts("Prices rose in Ostra, Vell and Kesh")).toHaveLength(3);
  });

  it("joins an aside opening with 'mostly' to the item before, unless the list is the aside's", () => {
    expect(texts("The package includes 40 tanks, mostly older models, and 12 jets")).toEqual([
      "The package includes 40 tanks, mostly older models.",
      "The package includes 12 jets.",
    ]);
    expect(texts("Exports rose 4% in May, mainly cars, machinery and chemicals")).toBeUndefined();
    expect(texts("The company employs 4,000 people, mostly in Ostra, Vell and Kesh")).toBeUndefined();
  });

  it("keeps a ranking's runners-up after 'followed by' whole, and reads the agents after 'led by' as the list", () => {
    // Each runner-up read alone would rank right after the first ("… second with 27.5%, followed by
    // the Liberals on 6.3%" says the Liberals came third).
    expect(
      texts(
        "The Social Democrats came second with 27.5%, followed by the Greens on 12.1%, the nationalist Norland First on 11.8% and the Liberals on 6.3%",
      ),
    ).toBeUndefined();
    expect(
      texts(
        "The Social Democrats came second with 27.5%, followed by the Greens on 12.1% and the Liberals on 6.3%",
      ),
    ).toBeUndefined();
    expect(texts("The quake struck at dawn, followed by a tsunami")).toBeUndefined();
    expect(texts("Exports rose 4% in May, led by cars, machinery and chemicals")).toEqual([
      "Exports rose 4% in May, led by cars.",
      "Exports rose 4% in May, led by machinery.",
      "Exports rose 4% in May, led by chemicals.",
    ]);
  });

  it("reads no clause before 'are part of … , as well as' as listed things", () => {
    expect(
      texts(
        "Norland on Monday imposed sanctions on 30 tankers it says are part of a shadow fleet, as well as on two banks in Vesk",
      ),
    ).toBeUndefined();
  });

  it("leaves ordinary sentences alone", () => {
    expect(texts("The mayor said the plan is a wise investment in our future")).toBeUndefined();
    expect(texts("Prices in the plan range from $5 to $9 and $12")).toBeUndefined();
    expect(texts("Estimates of the damage range from storms to floods and fires")).toBeUndefined();
    // "so" opens a clause of consequence, no item.
    expect(texts("This is an observational study, so it cannot prove cause and effect")).toBeUndefined();
  });
});

describe("verb forms of lower-case words", () => {
  // ASCII words are read by their codes; words with other letters still go through \p{Ll}.
  it("reads '-ed' past forms of three letters or more before the ending", () => {
    expect(["digitized", "cited", "résumed", "naïved"].map(isPastTense)).toEqual([true, true, true, true]);
    expect(["red", "bed", "Cited", "cit3d", "cited,", "Émed"].map(isPastTense)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isPastTense("died")).toBe(true);
  });

  it("reads '-s' present forms, not '-ss' or '-ness' nouns", () => {
    expect(["includes", "funds", "crées", "is"].map(isFiniteVerb)).toEqual([true, true, true, true]);
    expect(["bus", "business", "Funds", "fund", "ends.", "Éstes"].map(isFiniteVerb)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("splitClauses", () => {
  const texts = (text: string) => splitClauses(text, 0).map((c) => c.text);

  it("splits 'A and that B' when A's verb opens a quotation ('the plan \"lacks ambition\" and that …')", () => {
    expect(texts('the plan "lacks ambition" and that emissions must fall 55% by 2030')).toEqual([
      'the plan "lacks ambition"',
      "emissions must fall 55% by 2030",
    ]);
  });

  it("splits a singular's priced predicate after a list and ', and' ('…, and costs €1,199')", () => {
    expect(
      texts("The phone comes with a large screen, a big battery and four cameras, and costs €1,199"),
    ).toEqual([
      "The phone comes with a large screen, a big battery and four cameras",
      "The phone costs €1,199",
    ]);
  });

  it("names what a gapped count with a thousands comma counts ('retail 43,000')", () => {
    expect(texts("Health care added 46,000 jobs, retail 43,000 and government 33,000")).toEqual([
      "Health care added 46,000 jobs",
      "retail added 43,000 jobs",
      "government added 33,000 jobs",
    ]);
  });

  it("splits off what a speaker added ('A, adding that B')", () => {
    expect(
      texts("allies had delivered 90,000 shells since May, adding that another 8,000 were on order"),
    ).toEqual(["allies had delivered 90,000 shells since May", "another 8,000 were on order"]);
  });

  it("reads an '-s' noun after an ordinal as the subject's ('the first walkouts could …')", () => {
    expect(texts("The first walkouts could take place in January and would affect every school")).toEqual([
      "The first walkouts could take place in January",
      "The first walkouts would affect every school",
    ]);
  });

  it("ends a plural subject at a base verb: 'The shells come from … and will be replaced …'", () => {
    expect(
      texts("The shells come from army stocks and will be replaced by new orders from Vell Arms"),
    ).toEqual([
      "The shells come from army stocks",
      "The shells will be replaced by new orders from Vell Arms",
    ]);
  });

  it("keeps a demonstrative 'that' before its verb as the second clause's subject", () => {
    expect(texts("Fuel costs are rising fast, and that will hit margins this year")).toEqual([
      "Fuel costs are rising fast",
      "that will hit margins this year",
    ]);
    expect(texts("The audit found the firm overcharged, and that it hid the losses")).toEqual([
      "The audit found the firm overcharged",
      "it hid the losses",
    ]);
  });

  it("repeats a perfect tense's auxiliary for its second participle", () => {
    expect(
      texts(
        "A wildfire in Sorvik province has burned 34,000 hectares and forced 12,000 people from their homes",
      ),
    ).toEqual([
      "A wildfire in Sorvik province has burned 34,000 hectares",
      "A wildfire in Sorvik province has forced 12,000 people from their homes",
    ]);
    expect(texts("The company had cut 300 jobs and closed two plants by May")).toEqual([
      "The company had cut 300 jobs",
      "The company had closed two plants by May",
    ]);
    expect(texts("The storm has damaged roads and bridges across the region")).toEqual([
      "The storm has damaged roads and bridges across the region",
    ]);
  });

  it("repeats a shared subject for a coordinated predicate", () => {
    expect(
      splitClauses("Acme is closing 12 stores and plans new outlets in the north", 0).map((c) => c.text),
    ).toEqual(["Acme is closing 12 stores", "Acme plans new outlets in the north"]);
  });

  it("reads an '-s' word before 'for' or 'of' after 'and' as a noun, unless it takes one as a verb", () => {
    const one = (text: string) => splitClauses(text, 0).map((c) => c.text);
    expect(one("The package includes 40 tents and stoves for shelters")).toHaveLength(1);
    expect(one("Also included are 300 tents and blankets for displaced families")).toHaveLength(1);
    expect(one("It contains 12 radars and spare parts of older tanks")).toHaveLength(1);
    expect(one("The mayor rejected the plan and calls for new talks")).toEqual([
      "The mayor rejected the plan",
      "The mayor calls for new talks",
    ]);
    expect(one("The council bought 12 buses and pays for their fuel")).toHaveLength(2);
  });

  it("ends a shared subject at a past-tense verb, but not at an attributive one", () => {
    expect(
      splitClauses("The council approved the budget and expects a surplus of 3 million", 0).map(
        (c) => c.text,
      ),
    ).toEqual(["The council approved the budget", "The council expects a surplus of 3 million"]);
    expect(
      splitClauses("The revised plan cuts taxes by 2 percent and adds 300 jobs", 0).map((c) => c.text),
    ).toEqual(["The revised plan cuts taxes by 2 percent", "The revised plan adds 300 jobs"]);
  });

  it("separates independent clauses joined by ', and' or ';'", () => {
    expect(
      splitClauses("The Rovers beat the Herons 3-1, and the squad includes four rookies", 0).map(
        (c) => c.text,
      ),
    ).toEqual(["The Rovers beat the Herons 3-1", "the squad includes four rookies"]);
    expect(splitClauses("Rents rose 3% in May; wages stayed flat for the year", 0).length).toBe(2);
  });

  it("reads a spending '-s' word after a share of money as a verb, so its semicolon parts are clauses", () => {
    const parts = (text: string) => splitClauses(text, 0).map((c) => c.text);
    expect(parts("Half of the money funds housing; the rest will fund schools and clinics")).toEqual([
      "Half of the money funds housing",
      "the rest will fund schools and clinics",
    ]);
    expect(
      parts("A third of the funds pays for roads; the remainder covers bridges and tunnels"),
    ).toHaveLength(2);
    expect(parts("$10 million funds new pumps; $5 million buys sandbags")).toHaveLength(2);
    // A listed thing after a semicolon stays an item: "spare parts" is no share of money.
    expect(parts("The grant pays for housing; spare parts for pumps; and sandbags")).toHaveLength(1);
  });

  it("reads no clause series into objects that close with a relative clause ('farmers whose crops failed')", () => {
    expect(
      splitClauses(
        "The fund will help families who lost homes, farmers whose crops failed and shops that flooded",
        0,
      ),
    ).toHaveLength(1);
    expect(splitClauses("Exports rose 4%, imports fell 2% and the surplus widened", 0)).toHaveLength(3);
  });

  it("separates reported claims joined by ', but that'", () => {
    expect(
      splitClauses("prices had slowed to 3 percent in May, but that rents remained high", 0).map(
        (c) => c.text,
      ),
    ).toEqual(["prices had slowed to 3 percent in May", "rents remained high"]);
  });

  it("splits a series of clauses whose last 'and' has no comma, however short the clauses", () => {
    expect(texts("Exports rose 4% to 12 billion euros, imports fell 2% and the surplus widened")).toEqual([
      "Exports rose 4% to 12 billion euros",
      "imports fell 2%",
      "the surplus widened",
    ]);
    expect(texts("40 people died, 120 were injured and 3,000 were displaced")).toEqual([
      "40 people died",
      "120 were injured",
      "3,000 were displaced",
    ]);
  });

  it("splits 'A, while B' when both are clauses", () => {
    expect(
      splitClauses("Inflation rose to 3.1% in March, while unemployment fell to 4.2%", 0).map((c) => [
        c.text,
        c.start,
      ]),
    ).toEqual([
      ["Inflation rose to 3.1% in March", 0],
      ["unemployment fell to 4.2%", 39],
    ]);
    expect(splitClauses("He served two terms, while in office", 0)).toHaveLength(1);
  });

  it("repeats the subject for a second past tense before its object", () => {
    expect(
      splitClauses("Police arrested 14 people and seized 200 kilograms of cocaine", 0).map((c) => c.text),
    ).toEqual(["Police arrested 14 people", "Police seized 200 kilograms of cocaine"]);
    expect(
      splitClauses("The court sentenced Ivo Tarn to 12 years and ordered him to pay 2 million crowns", 0)[1]
        ?.text,
    ).toBe("The court ordered Ivo Tarn to pay 2 million crowns");
    expect(
      splitClauses("The firm reported revenue of 3 billion euros and adjusted earnings of 1 billion", 0),
    ).toHaveLength(1);
  });

  it("repeats the subject for a second past tense with a particle, a counted object or 'then'", () => {
    expect(texts("Winger Tomas Brell scored twice and set up a third for Oskar Lind")).toEqual([
      "Winger Tomas Brell scored twice",
      "Winger Tomas Brell set up a third for Oskar Lind",
    ]);
    expect(texts("Shares in Dalvik Steel rose 4% at the open and then fell back to 2%")).toEqual([
      "Shares in Dalvik Steel rose 4% at the open",
      "Shares in Dalvik Steel then fell back to 2%",
    ]);
    expect(texts("A man opened fire outside the depot and wounded three security guards")).toEqual([
      "A man opened fire outside the depot",
      "A man wounded three security guards",
    ]);
    // A one-word subject and a two-word predicate are enough.
    expect(texts("Brell scored twice and set up a third")).toEqual([
      "Brell scored twice",
      "Brell set up a third",
    ]);
    expect(texts("They drew 1-1 and then agreed a rematch")[1]).toBe("They then agreed a rematch");
    expect(texts("Prices rose sharply and wages fell behind")).toHaveLength(1);
    expect(texts("The union called a strike for May and later called off the walkout")[1]).toBe(
      "The union later called off the walkout",
    );
    // Each piece spans its own words: the second from its adverb on.
    const content = "Prices jumped 6% in June and then dropped back in July";
    expect(splitClauses(content, 0).map((c) => content.slice(c.start, c.end))).toEqual([
      "Prices jumped 6% in June",
      "then dropped back in July",
    ]);
  });

  it("splits predicates around an appositive that describes a figure", () => {
    expect(texts("Brenna Foods cut 300 jobs, about 5 percent of its staff, and closed two plants")).toEqual([
      "Brenna Foods cut 300 jobs, about 5 percent of its staff",
      "Brenna Foods closed two plants",
    ]);
    expect(
      texts("Norvik Air raised fares by 8 percent, the steepest rise since 2015, and dropped three routes"),
    ).toEqual([
      "Norvik Air raised fares by 8 percent, the steepest rise since 2015",
      "Norvik Air dropped three routes",
    ]);
    expect(texts("The port handles 4 million tonnes, up from 3 million, and employs 900 people")[1]).toBe(
      "The port employs 900 people",
    );
    expect(texts("Selby cut bus fares by a third, the first cut since 2009, and added 14 routes")[1]).toBe(
      "Selby added 14 routes",
    );
    // Two nouns after commas are a series, and an aside with a verb is no appositive.
    expect(splitClauses("The plan funds the clinic, the new school, and roads in the north", 0)).toHaveLength(
      1,
    );
    expect(splitClauses("The unit lacks trucks, the audit found, and needs more fuel", 0)).toHaveLength(1);
  });

  it("repeats the subject and its modal for a second base verb", () => {
    expect(texts("The Harlow council will cut bus fares by 10 percent and raise parking charges")).toEqual([
      "The Harlow council will cut bus fares by 10 percent",
      "The Harlow council will raise parking charges",
    ]);
    expect(
      texts("The ministry would also freeze fuel duty until 2028 and extend the winter payment")[1],
    ).toBe("The ministry would also extend the winter payment");
    expect(texts("Dalvik Steel could shut its Orvo mill and then move 300 jobs to Varna")[1]).toBe(
      "Dalvik Steel could then move 300 jobs to Varna",
    );
    // Nouns after the verb, a negated modal and a passive stay whole.
    const whole = (text: string) => expect(splitClauses(text, 0)).toHaveLength(1);
    whole("The plan will fund schools and hospitals in the north");
    whole("The budget will cover rent and other costs for 3,000 families");
    whole("The program will include tax cuts and pay rises for nurses");
    whole("The council will not raise taxes and cut services");
    whole("The board will be cut in size and lose two seats");
    // "to hire staff and give …": the infinitive's second verb, or the modal's?
    whole("The new law will make it easier to hire staff and give workers more rights");
  });

  it("keeps nouns joined by 'and' before a preposition whole", () => {
    expect(splitClauses("The agency delivered rice and beans to the town of Orvo", 0)).toHaveLength(1);
    expect(splitClauses("The charity is sending blankets and tents for 400 families", 0)).toHaveLength(1);
    expect(splitClauses("Volunteers cleared roads and drains in the old quarter", 0)).toHaveLength(1);
    // A verb before its object still splits.
    expect(splitClauses("The agency delivered rice and plans a second convoy", 0)).toHaveLength(2);
  });

  it("knows more irregular past tenses that news reports use", () => {
    expect(texts("The Korvo Port Authority froze its harbour fees and said they would rise")[0]).toBe(
      "The Korvo Port Authority froze its harbour fees",
    );
    expect(texts("The firm withdrew its bid on Friday and sought a new partner in Varna")).toEqual([
      "The firm withdrew its bid on Friday",
      "The firm sought a new partner in Varna",
    ]);
    expect(texts("The court upheld the ban in March and rejected an appeal by the union")[1]).toBe(
      "The court rejected an appeal by the union",
    );
  });

  it("repeats a short opening phrase with the subject", () => {
    expect(
      texts("Under the deal, Brenna Foods will close its Leeton plant and move 200 jobs to Varna"),
    ).toEqual([
      "Under the deal, Brenna Foods will close its Leeton plant",
      "Under the deal, Brenna Foods will move 200 jobs to Varna",
    ]);
    expect(texts("On Friday, the club sold two players and signed a new goalkeeper")[1]).toBe(
      "On Friday, the club signed a new goalkeeper",
    );
    // An opening clause with its own verb is no short phrase.
    expect(texts("After talks collapsed, the union called a strike and closed the port")).toHaveLength(1);
  });

  it("shares no subject with the predicates of a reported 'that' clause", () => {
    expect(
      texts("The court heard that the defendant bought two rifles in 2022 and hid them in a barn"),
    ).toHaveLength(1);
    // A relative clause keeps the subject's second predicate: "who …, and threatens".
    expect(texts("The army jails soldiers who desert and threatens their families")).toEqual([
      "The army jails soldiers who desert",
      "The army threatens their families",
    ]);
  });

  it("keeps the range of 'between A and B' whole", () => {
    expect(splitClauses("Talks broke down between the union and hired staff over pay", 0)).toHaveLength(1);
    expect(splitClauses("Fighting flared between rebels and deployed units near the dam", 0)).toHaveLength(1);
  });

  it("names an object 'them', 'it' or 'her' after the second verb when the first predicate holds one match", () => {
    const cases: Array<[string, string]> = [
      [
        "The council hired three inspectors in May but replaced them in June",
        "The council replaced the three inspectors in June",
      ],
      [
        "Police arrested 14 protesters on Monday and later released them without charge",
        "Police later released the 14 protesters without charge",
      ],
      [
        "The ministry bought about 200 buses and leased them to towns in the north",
        "The ministry leased the buses to towns in the north",
      ],
      [
        "The council bought a disused quarry in 2023 and sold it to a developer",
        "The council sold the disused quarry to a developer",
      ],
      [
        "Police questioned Mira Holt for six hours and released her without charge",
        "Police released Mira Holt without charge",
      ],
      // Two plurals, an idiom, a pronoun opening its own clause and a possible possessive stay as written.
      [
        "The charity raised funds for the children and gave them toys in May",
        "The charity gave them toys in May",
      ],
      ["Police seized two rifles and a pistol in Orvo and sent them to a lab", "Police sent them to a lab"],
      // "their" speaks of owners "them" may mean as well.
      [
        "The sanctions freeze their bank accounts in Lusk and ban them from travel",
        "The sanctions ban them from travel",
      ],
      [
        "The agency gave the families the new keys and later collected them again",
        "The agency later collected them again",
      ],
      [
        "The striker missed a penalty and made it to the final anyway",
        "The striker made it to the final anyway",
      ],
      ["The firm tested a new engine and found it was too loud", "The firm found it was too loud"],
      [
        "The bank hired Ana Ruiz in May and named her chair of the board",
        "The bank named her chair of the board",
      ],
    ];
    for (const [sentence, second] of cases) expect(texts(sentence)[1]).toBe(second);
  });

  it("splits predicates joined by 'but', reading the word after a possessive as a noun", () => {
    expect(texts("The bank raised rates but kept its growth forecast at 2%")).toEqual([
      "The bank raised rates",
      "The bank kept its growth forecast at 2%",
    ]);
    expect(texts("The city's buses carried 2 million people and earned 4 million euros")).toEqual([
      "The city's buses carried 2 million people",
      "The city's buses earned 4 million euros",
    ]);
  });

  it("splits off an independent clause with a number subject or a past tense", () => {
    expect(
      splitClauses("Most cases were in children under five, and 310 patients needed hospital care", 0).map(
        (c) => c.text,
      ),
    ).toEqual(["Most cases were in children under five", "310 patients needed hospital care"]);
  });

  it("does not split noun coordination or adjective lists", () => {
    expect(splitClauses("Flu cases rose 18% in January and deaths fell 4%", 0)).toHaveLength(1);
    expect(splitClauses("The troops remain underpaid, overworked, and unready for winter", 0)).toHaveLength(
      1,
    );
  });
});

describe("series that belong to a phrase, not to the verb", () => {
  const series = (text: string) => seriesList(text, 0)?.map((item) => item.text) ?? null;

  it("leaves compass points after a place phrase whole: 'over the north, east and centre of the country'", () => {
    expect(
      series("Air defence destroyed 62 drones over the north, east and centre of the country"),
    ).toBeNull();
  });

  it("leaves names that share the last one's noun whole: 'in the Velki, Dorne and Harrow regions'", () => {
    expect(series("Power cuts were introduced in the Velki, Dorne and Harrow regions")).toBeNull();
  });

  it("keeps a name with the relation or role before it: 'its defence minister, Ola Brandt, …'", () => {
    expect(
      series("Valdoria sent its defence minister, Ola Brandt, its finance minister and two generals"),
    ).toEqual([
      "Valdoria sent its defence minister, Ola Brandt.",
      "Valdoria sent its finance minister.",
      "Valdoria sent two generals.",
    ]);
    expect(series("She is survived by her husband, Per, and three children")).toBeNull();
  });
});

describe("seriesList", () => {
  const series = (text: string) =>
    seriesList(text, 0)?.map((item) => [item.text, text.slice(item.start, item.end)]);

  it("gives each predicate of a series the subject", () => {
    expect(
      series("The storm killed 12 people, destroyed 300 homes and cut power to 4,000 customers"),
    ).toEqual([
      ["The storm killed 12 people.", "The storm killed 12 people"],
      ["The storm destroyed 300 homes.", "destroyed 300 homes"],
      ["The storm cut power to 4,000 customers.", "cut power to 4,000 customers"],
    ]);
  });

  it("gives each object of a series the lead, even when the series starts mid-phrase", () => {
    expect(series("The museum bought paintings, sculptures and rare books")?.map(([text]) => text)).toEqual([
      "The museum bought paintings.",
      "The museum bought sculptures.",
      "The museum bought rare books.",
    ]);
    expect(
      series(
        "The court ruled for the city, rejecting claims from the Port Board, two unions and a bank",
      )?.[1],
    ).toEqual(["The court ruled for the city, rejecting claims from two unions.", "two unions"]);
  });

  it("reads objects that close with a clause saying which ('grants to farmers who lost crops')", () => {
    expect(
      series(
        "The relief fund set up by the province will pay for temporary housing, repairs to roads and bridges, and grants to farmers who lost crops",
      ),
    ).toEqual([
      ["The relief fund set up by the province will pay for temporary housing.", "temporary housing"],
      [
        "The relief fund set up by the province will pay for repairs to roads and bridges.",
        "repairs to roads and bridges",
      ],
      [
        "The relief fund set up by the province will pay for grants to farmers who lost crops.",
        "grants to farmers who lost crops",
      ],
    ]);
    expect(
      series("The plan funds new pumps, repairs to levees that failed in May, and sandbags")?.[1],
    ).toEqual([
      "The plan funds repairs to levees that failed in May.",
      "repairs to levees that failed in May",
    ]);
    // "that" before a noun is a determiner: "repairs to that bridge" is no clause.
    expect(series("The grant covers fuel, repairs to that bridge and two boats")?.[1]?.[0]).toBe(
      "The grant covers repairs to that bridge.",
    );
  });

  it("keeps a series whole after 'an object to do the thing': it may be what was sent or what is done", () => {
    expect(series("The city sent a crane to lift the wreck, two tugs and a diving team")).toBeUndefined();
    expect(series("The port sent 12 cranes to clear the docks, four tugs and a fireboat")).toBeUndefined();
    // After "to" with no object before it, or before bare things, the series is the infinitive's objects.
    expect(series("The board voted to fund the library, two parks and a pool")?.[1]?.[0]).toBe(
      "The board voted to fund two parks.",
    );
    expect(series("The army sent 40 trucks to carry food, water and medicine")?.[2]?.[0]).toBe(
      "The army sent 40 trucks to carry medicine.",
    );
  });

  it("keeps the first object's own phrase when the later objects have one", () => {
    expect(
      series(
        "The plan would also fund training for 300 Vessian medics, repairs to damaged bridges and a new depot near the border",
      ),
    ).toEqual([
      ["The plan would also fund training for 300 Vessian medics.", "training for 300 Vessian medics"],
      ["The plan would also fund repairs to damaged bridges.", "repairs to damaged bridges"],
      ["The plan would also fund a new depot near the border.", "a new depot near the border"],
    ]);
    expect(series("The storm cut power to homes in Arla, schools in Bex and clinics in Cove")?.[1]).toEqual([
      "The storm cut power to schools in Bex.",
      "schools in Bex",
    ]);
  });

  it("keeps a sentence whole when the lead before the objects is a series itself", () => {
    expect(
      series(
        "The sanctions target firms in Arla, freeze the assets of nine people and ban exports of tools, chips and cameras",
      ),
    ).toBeUndefined();
  });

  it("says a closing clause about all of its objects once, of the group, and each object without it", () => {
    expect(
      series(
        "The worst-hit regions were Kora, Vell and the capital, which together accounted for 70% of cases",
      ),
    ).toEqual([
      ["The worst-hit regions included Kora.", "Kora"],
      ["The worst-hit regions included Vell.", "Vell"],
      ["The worst-hit regions included the capital.", "the capital"],
      [
        "The worst-hit regions were Kora, Vell and the capital, which together accounted for 70% of cases.",
        "Kora, Vell and the capital, which together accounted for 70% of cases",
      ],
    ]);
    // Without a figure too: "who together ran the scheme" is said of the three.
    expect(
      series("The court convicted Ana Ruiz, Ivo Tarn and Oda Brekke, who together ran the scheme"),
    ).toEqual([
      ["The court convicted Ana Ruiz.", "Ana Ruiz"],
      ["The court convicted Ivo Tarn.", "Ivo Tarn"],
      ["The court convicted Oda Brekke.", "Oda Brekke"],
      [
        "The court convicted Ana Ruiz, Ivo Tarn and Oda Brekke, who together ran the scheme.",
        "Ana Ruiz, Ivo Tarn and Oda Brekke, who together ran the scheme",
      ],
    ]);
  });

  it("keeps adjective series, subject lists and two-item pairs whole", () => {
    expect(series("The troops remain underpaid, overworked, and unready for winter")).toBeUndefined();
    expect(series("Voters in Ohio, Texas and Maine approved the measure")).toBeUndefined();
    expect(series("The city approved the budget, and the mayor signed it")).toBeUndefined();
  });
});

describe("an inclusion list that opens with its kind", () => {
  it("gives each example the kind: 'weapons such as A and B'", () => {
    expect(
      texts("The package contains weapons such as rocket launchers and mortars", packageMemory()),
    ).toEqual([
      "The 600 million crown aid package for Castria includes weapons such as rocket launchers.",
      "The 600 million crown aid package for Castria includes weapons such as mortars.",
    ]);
  });
});

describe("an inclusion list with an opening 'As well as A,'", () => {
  const pkg = "The 600 million crown aid package for Castria includes";

  it("counts the opening's things as items", () => {
    expect(
      texts("As well as 40 trucks, the package includes 12 tanks and 6 cranes", packageMemory()),
    ).toEqual([`${pkg} 40 trucks.`, `${pkg} 12 tanks.`, `${pkg} 6 cranes.`]);
  });

  it("leaves things named before ('In addition to the ambulances') in the lead", () => {
    expect(
      texts("In addition to the ambulances, the package includes two trucks and fuel", packageMemory())?.[0],
    ).toBe(
      "In addition to the ambulances, the 600 million crown aid package for Castria includes two trucks.",
    );
  });
});

describe("a list of a thing's parts: 'Key items in the package are A, B and C'", () => {
  it("makes each item something the package includes", () => {
    expect(texts("Key items in the package are radars, launchers and trucks", packageMemory())).toEqual([
      "The 600 million crown aid package for Castria includes radars.",
      "The 600 million crown aid package for Castria includes launchers.",
      "The 600 million crown aid package for Castria includes trucks.",
    ]);
  });
});

describe("an inclusion list whose subject is the package's items: 'Items in the package also include …'", () => {
  it("names the package, keeping the adverb or modal after it", () => {
    expect(texts("Items in the package also include radars and trucks", packageMemory())).toEqual([
      "The 600 million crown aid package for Castria also includes radars.",
      "The 600 million crown aid package for Castria also includes trucks.",
    ]);
    expect(texts("Weapons in the package will include radars and trucks", packageMemory())?.[0]).toBe(
      "The 600 million crown aid package for Castria will include radars.",
    );
    expect(texts("Other items in the package will include radars and trucks", packageMemory())?.[1]).toBe(
      "The 600 million crown aid package for Castria will also include trucks.",
    );
  });
});

describe("bulletSeries", () => {
  const series = (text: string) =>
    bulletSeries({ text, start: 0, end: text.length })?.map((item) => item.text);

  it("splits a bullet that lists three short things", () => {
    expect(series("spare parts, servicing, and other field kit")).toEqual([
      "spare parts",
      "servicing",
      "other field kit",
    ]);
  });

  it("keeps a name with commas, a pair and a clause as one item", () => {
    expect(series("Long-Range, Low-Light (LRL) sensors")).toBeUndefined();
    expect(series("anti-armour systems and rockets")).toBeUndefined();
    expect(series("trucks, which carry fuel, water and food")).toBeUndefined();
  });

  it("splits a pair of counted things, however long, or a short kind and a counted thing, but not a pair with the second uncounted", () => {
    expect(series("18 self-propelled howitzers and 40,000 rounds of 155 mm ammunition")).toEqual([
      "18 self-propelled howitzers",
      "40,000 rounds of 155 mm ammunition",
    ]);
    expect(series("$20 million for demining and $15 million for mobile shelters")).toEqual([
      "$20 million for demining",
      "$15 million for mobile shelters",
    ]);
    expect(series("two field hospitals and 40 ambulances")).toEqual(["two field hospitals", "40 ambulances"]);
    expect(series("Radars and launchers for air defense")).toBeUndefined();
    expect(series("18 howitzers and their ammunition")).toBeUndefined();
    expect(series("Hand grenades and more than 3 million rounds of rifle ammunition")).toEqual([
      "Hand grenades",
      "more than 3 million rounds of rifle ammunition",
    ]);
    expect(series("Maintenance and sustainment of 40 armored vehicles")).toBeUndefined();
  });
});

describe("amountPair", () => {
  it("reads the amounts after 'supply X with' as what is supplied", () => {
    const text = "Norvland will supply Castria with 20 tanks and 40 armoured vehicles";
    expect(amountPair(text, 0)?.map((item) => item.text)).toEqual([
      "Norvland will supply Castria with 20 tanks.",
      "Norvland will supply Castria with 40 armoured vehicles.",
    ]);
    expect(amountPair("The city paid with 3 cheques and 2 transfers", 0)).toBeNull();
  });

  it("reads a count written as a word as an amount too ('12 tanks and two batteries')", () => {
    expect(
      amountPair("Valdoria will get 12 Leopard tanks and two Hawk batteries", 0)?.map((item) => item.text),
    ).toEqual(["Valdoria will get 12 Leopard tanks.", "Valdoria will get two Hawk batteries."]);
  });

  it("reads 'between' two amounts as one range", () => {
    expect(
      amountPair("Nordgrid raised its guidance to between 4.1 billion and 4.4 billion crowns.", 0),
    ).toBeNull();
    expect(amountPair("The fund will pay between 2 million and 3 million euros.", 0)).toBeNull();
  });

  it("reads a verb with its particle ('sets aside') as the verb the amounts follow", () => {
    const text =
      "The plan also sets aside 2 million euros for grants to homeowners and 1.5 million euros for sirens";
    expect(amountPair(text, 0)?.map((item) => [item.text, text.slice(item.start, item.end)])).toEqual([
      [
        "The plan also sets aside 2 million euros for grants to homeowners.",
        "2 million euros for grants to homeowners",
      ],
      ["The plan also sets aside 1.5 million euros for sirens.", "1.5 million euros for sirens"],
    ]);
  });
});

describe("a described thing's receiver", () => {
  it("names who a thing is sent to, after 'to' or as the indirect object", () => {
    for (const sentence of [
      "Estovia will deliver a 90 million euro winter aid package to Marrland, the ministry said.",
      "Estovia will send Marrland a 90 million euro winter aid package.",
    ]) {
      const memory = new EntityMemory();
      memory.learn(sentence, null);
      expect(texts("The package includes 40 generators and 12,000 tents", memory)).toEqual([
        "The 90 million euro winter aid package for Marrland includes 40 generators.",
        "The 90 million euro winter aid package for Marrland includes 12,000 tents.",
      ]);
    }
  });

  it("leaves a thing that already names its receiver, or is not given, as it is", () => {
    const memory = new EntityMemory();
    memory.learn("Estovia will send a 90 million euro aid package for Marrland.", null);
    expect(texts("The package includes 40 generators and 12,000 tents", memory)?.[0]).toBe(
      "The 90 million euro aid package for Marrland includes 40 generators.",
    );
    memory.learn("The mayor sent a 30 million euro school plan to Parliament.", null);
    expect(texts("The plan includes 40 classrooms and 12 gyms", memory)?.[0]).toBe(
      "The 30 million euro school plan includes 40 classrooms.",
    );
  });
});

describe("a verb after a modal", () => {
  it("is no described thing: 'a bill that would fund the government' describes no fund", () => {
    const memory = new EntityMemory();
    memory.learn("Senators agreed on a $2 billion spending bill that would fund the army.", null);
    expect(texts("The fund includes 4 clinics and 2 schools", memory)).toEqual([
      "The fund includes 4 clinics.",
      "The fund includes 2 schools.",
    ]);
  });
});

describe("a described thing's postmodifier", () => {
  it("reads a participle on through a short 'by' phrase, and drops it when the phrase runs on", () => {
    const memory = new EntityMemory();
    memory.learn("Parliament approved a $310 million relief plan for farmers hit by the drought.", null);
    expect(texts("The plan includes seed grain and fuel", memory)?.[0]).toBe(
      "The $310 million relief plan for farmers hit by the drought includes seed grain.",
    );
    memory.learn(
      "Tarn unveiled a 5 million euro aid package for towns affected by floods in the Vell valley.",
      null,
    );
    expect(texts("The package includes tents and pumps", memory)?.[0]).toBe(
      "The 5 million euro aid package for towns affected by floods in the Vell valley includes tents.",
    );
    memory.learn(
      "Orna approved a 9 million euro grant for villages hit by the worst spring storms and floods in living memory.",
      null,
    );
    expect(texts("The grant includes tents and pumps", memory)?.[0]).toBe(
      "The 9 million euro grant for villages includes tents.",
    );
  });
});

describe("mentions that describe no particular thing", () => {
  it("are not remembered: 'No bill is.', 'a good bill', 'any deal'", () => {
    const memory = new EntityMemory();
    memory.learn("The Senate passed a $1.2 trillion spending bill on Saturday.", null);
    memory.learn("“It is a good bill. No bill is perfect,” Voss said.", "Clara Voss");
    memory.learn("Critics said any deal would fail.", null);
    expect(texts("The bill includes pay and fuel", memory)?.[0]).toBe(
      "The $1.2 trillion spending bill includes pay.",
    );
  });
});

describe("a described thing's participle phrase", () => {
  // The time or amount a participle or value word gives stays; a participle with neither goes.
  it.each([
    [
      "It follows an earlier $30 million tranche announced in September.",
      "earlier $30 million tranche announced in September",
    ],
    ["Kelvar sent a $30 million tranche announced last week.", "$30 million tranche announced last week"],
    [
      "Kelvar sent a $30 million tranche unveiled on Oct. 3, officials said.",
      "$30 million tranche unveiled on Oct. 3",
    ],
    [
      "Kelvar sent a $30 million tranche announced in March 2024.",
      "$30 million tranche announced in March 2024",
    ],
    ["Kelvar sent a tranche valued at $30 million in May.", "tranche valued at $30 million"],
    [
      "Kelvar sent a tranche valued at 30 million euros, officials said.",
      "tranche valued at 30 million euros",
    ],
    ["Kelvar sent a $30 million tranche approved in parliament on a close vote.", "$30 million tranche"],
  ])("%s → the %s", (sentence, described) => {
    const memory = new EntityMemory();
    memory.learn(sentence, null);
    expect(texts("The tranche includes 200 field kitchens and 15 ambulances", memory)?.[0]).toBe(
      `The ${described} includes 200 field kitchens.`,
    );
  });
});

describe("a described thing's amount and compounds", () => {
  it("keeps an amount with its currency word and skips a head word that modifies another noun", () => {
    const memory = new EntityMemory();
    memory.learn("Osk will give 75 million kroner in humanitarian aid to Tarn.", null);
    memory.learn("Local aid groups (20 million) will help too.", null);
    expect(texts("The aid includes tents and flour", memory)?.[0]).toBe(
      "The 75 million kroner in humanitarian aid for Tarn includes tents.",
    );
  });
});

describe("an inverted list under a heading that holds no package", () => {
  it("leaves 'Among the programmes that lose money are A and B' whole", () => {
    const memory = new EntityMemory();
    memory.learn("Senators passed a $2 billion spending bill on Friday.", null);
    expect(
      texts("Among the programmes that lose money are public radio and a rural broadband fund", memory),
    ).toBeUndefined();
    expect(texts("Among the weapons are 12 radars and 40 drones", memory)?.[0]).toBe(
      "The $2 billion spending bill includes 12 radars.",
    );
    // A colon in place of "are".
    expect(texts("Among the weapons in the bill: 12 radars and 40 drones", memory)?.[1]).toBe(
      "The $2 billion spending bill includes 40 drones.",
    );
  });
});

describe("a counted list after 'has'", () => {
  it("reads 'has three parts:' as 'includes' and lists the package described before", () => {
    const memory = new EntityMemory();
    memory.learn("Osk will send a 90 million euro aid package to Tarn.", "the ministry");
    const list = decomposeList("The package has three parts: 40 generators, 900 tents and fuel", 0, memory);
    expect(list?.items[0]?.text).toBe("The package includes 40 generators.");
    expect(list?.entity?.speaker).toBe("the ministry");
  });
});

describe("a series of predicates after a modal, 'to' or a relative clause's verb", () => {
  it("reads later base verbs with the subject and modal, not as objects of the first verb", () => {
    expect(
      texts(
        "The ferry board would lease two vessels to the islands, extend evening sailings and hire 30 deckhands.",
      ),
    ).toEqual([
      "The ferry board would lease two vessels to the islands.",
      "The ferry board would extend evening sailings.",
      "The ferry board would hire 30 deckhands.",
    ]);
    expect(
      texts("The guild hopes to settle the dispute, restore night shifts and reopen the kilns."),
    ).toEqual([
      "The guild hopes to settle the dispute.",
      "The guild hopes to restore night shifts.",
      "The guild hopes to reopen the kilns.",
    ]);
  });

  it("gives a relative clause's later predicates its thing and auxiliary, the first spanning its verb", () => {
    const content =
      "The assembly backed a water bill that will fund canal linings, build two reservoirs and raise well fees.";
    const items = decomposeList(content, 0, new EntityMemory())?.items ?? [];
    expect(items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The assembly backed a water bill.", "The assembly backed a water bill"],
      ["The water bill will fund canal linings.", "will fund canal linings"],
      ["The water bill will build two reservoirs.", "build two reservoirs"],
      ["The water bill will raise well fees.", "raise well fees"],
    ]);
    expect(
      texts(
        "Deputies passed a harbor budget that funds heat pumps, caps the ferry fare and trims two levies.",
      ),
    ).toEqual([
      "Deputies passed a harbor budget.",
      "The harbor budget funds heat pumps.",
      "The harbor budget caps the ferry fare.",
      "The harbor budget trims two levies.",
    ]);
  });

  it("reads a later base verb with its own modal's subject, not as a clause whose subject is the verb", () => {
    const clauses = splitClauses(
      "The grant will cover fuel for the clinics, repair flooded wards and replace lost ambulances.",
      0,
    );
    expect(clauses.map((clause) => clause.text)).toEqual([
      "The grant will cover fuel for the clinics, repair flooded wards and replace lost ambulances",
    ]);
    expect(
      texts("The grant will cover fuel for the clinics, repair flooded wards and replace lost ambulances."),
    ).toEqual([
      "The grant will cover fuel for the clinics.",
      "The grant will repair flooded wards.",
      "The grant will replace lost ambulances.",
    ]);
  });

  it("keeps a set phrase and a present verb after an appositive out of object series", () => {
    expect(texts("This is accounting fraud, plain and simple")).toBeUndefined();
    expect(
      texts(
        "Arne Holt starts the engine of the Marta, a 60-year-old wooden ferry, and crosses Lake Vessa twice a day",
      ),
    ).toBeUndefined();
  });

  it("keeps a sentence whole when a later item is a verb with its object, which no object series reads", () => {
    expect(
      texts(
        "You can invest in a company, bankrupt it, lay off the workers, strip away their pensions, and you still profit",
      ),
    ).toBeUndefined();
    expect(
      texts("You can invest in a company, bankrupt it, lay off the workers and strip away their pensions"),
    ).toEqual([
      "You can invest in a company.",
      "You can bankrupt it.",
      "You can lay off the workers.",
      "You can strip away their pensions.",
    ]);
  });

  it("keeps things whose names open with a word that can be a verb as objects", () => {
    expect(texts("The port will buy cargo cranes, trains and pilot boats.")).toEqual([
      "The port will buy cargo cranes.",
      "The port will buy trains.",
      "The port will buy pilot boats.",
    ]);
    expect(texts("The depot will stock rails, cuts and repair kits.")).toEqual([
      "The depot will stock rails.",
      "The depot will stock cuts.",
      "The depot will stock repair kits.",
    ]);
    // "drilling two wells" is no base verb after "would".
    expect(texts("The grant would fund pumps, drilling two wells and spare hoses.")?.[1]).not.toBe(
      "The grant would drilling two wells.",
    );
    // "bring" is a base verb, for all its "-ing".
    expect(texts("The aim is to bring down tolls, widen the quay and hire two pilots.")?.[1]).toBe(
      "The aim is to widen the quay.",
    );
    // "to flood victims": "flood" has no object of its own, so the verb meant is "send".
    expect(
      texts("The charity would send food to flood victims, open two shelters and train 40 medics."),
    ).toEqual([
      "The charity would send food to flood victims.",
      "The charity would open two shelters.",
      "The charity would train 40 medics.",
    ]);
  });

  it("says each clause of result with the clause it follows, and keeps '-ing' things as objects", () => {
    expect(
      texts(
        "The blizzard struck the valley, stranding 200 drivers, closing the pass and cutting phone lines.",
      ),
    ).toEqual([
      "The blizzard struck the valley, stranding 200 drivers.",
      "The blizzard struck the valley, closing the pass.",
      "The blizzard struck the valley, cutting phone lines.",
    ]);
    expect(texts("Volunteers carried blankets, sleeping mats and cooking pots.")).toEqual([
      "Volunteers carried blankets.",
      "Volunteers carried sleeping mats.",
      "Volunteers carried cooking pots.",
    ]);
  });
});

describe("a colon list's lead", () => {
  it("reads on into each item with no colon after a verb, a preposition or a counted phrase after one", () => {
    expect(
      texts("The levy is spent mostly in four wards: Dunmore, Kell, Arbor Hill and the old docks."),
    ).toEqual([
      "The levy is spent mostly in Dunmore.",
      "The levy is spent mostly in Kell.",
      "The levy is spent mostly in Arbor Hill.",
      "The levy is spent mostly in the old docks.",
    ]);
    expect(texts("The inspectors will visit: the foundry, the mill and the tannery.")).toEqual([
      "The inspectors will visit the foundry.",
      "The inspectors will visit the mill.",
      "The inspectors will visit the tannery.",
    ]);
    expect(texts("Police questioned the following witnesses: a cook, two porters and a cabbie.")?.[1]).toBe(
      "Police questioned two porters.",
    );
  });

  it("keeps a counted phrase that is no object slot the items fill", () => {
    // After "has" the count says what the items are; "hire staff" is no recommendation made.
    expect(texts("The mayor has three goals: parks, housing and jobs.")?.[0]).toBe(
      "The mayor has three goals: parks.",
    );
    expect(
      texts("The panel made three proposals: merge the boards, sell the depot and hire a warden.")?.[0],
    ).toBe("The panel made three proposals: merge the boards.");
    expect(texts("Payment will be made as follows: $3 million in May and $2 million in June.")?.[0]).toBe(
      "Payment will be made as follows: $3 million in May.",
    );
  });

  it("keeps the colon after a clause of its own, a reporting verb and a copula before predicates", () => {
    expect(texts("We know where the cash went: two bridges, a stadium and a yacht.")?.[0]).toBe(
      "We know where the cash went: two bridges.",
    );
    expect(texts("Tenants were told: pay the arrears, leave the flats or face eviction.")?.[0]).toBe(
      "Tenants were told: pay the arrears.",
    );
    expect(texts("Her rule was: audit the books, sack the clerk and sell the barge.")?.[0]).toBe(
      "Her rule was: audit the books.",
    );
    // After a modal the predicates read on.
    expect(texts("The trust will: audit the books, sack the clerk and sell the barge.")?.[1]).toBe(
      "The trust will sack the clerk.",
    );
  });
});

describe("a thing added with 'as well as' or 'along with' after a verb of spending or giving", () => {
  it("is one more thing paid for or given", () => {
    expect(texts("The levy also covers canal dredging as well as lock repairs.")).toEqual([
      "The levy also covers canal dredging.",
      "The levy also covers lock repairs.",
    ]);
    expect(texts("The trust will fund two rowing sheds along with a boat ramp.")).toEqual([
      "The trust will fund two rowing sheds.",
      "The trust will fund a boat ramp.",
    ]);
  });

  it("reads 'in addition to', a receiver's 'with' and a verb of receiving the same way", () => {
    expect(texts("The island will also receive four ferries in addition to a floating dock.")).toEqual([
      "The island will also receive four ferries.",
      "The island will also receive a floating dock.",
    ]);
    expect(texts("Norva will supply Tesk with 30 snowploughs and road salt for the passes.")).toBeUndefined();
    expect(texts("Norva will provide Tesk with 30 snowploughs and thermal suits for the crews.")).toEqual([
      "Norva will provide Tesk with 30 snowploughs.",
      "Norva will provide Tesk with thermal suits for the crews.",
    ]);
  });

  it("leaves a companion and a predicate as they were", () => {
    expect(texts("The warden toured the marsh along with two rangers.")).toBeUndefined();
    expect(texts("The levy will fund 12 wardens as well as cut the ferry toll.")).toBeUndefined();
  });
});

describe("a predicate series' shared auxiliary", () => {
  it("repeats a perfect's or a modal's auxiliary before each later verb", () => {
    expect(texts("The trust has sold the quarry, cut 40 posts and closed its café.")).toEqual([
      "The trust has sold the quarry.",
      "The trust has cut 40 posts.",
      "The trust has closed its café.",
    ]);
    expect(texts("The mill will shut two kilns, cut shifts and set new quotas.")).toEqual([
      "The mill will shut two kilns.",
      "The mill will cut shifts.",
      "The mill will set new quotas.",
    ]);
    // "had" with an object of its own is the verb, not an auxiliary.
    expect(texts("The club had a poor season, lost nine matches and sacked its manager.")?.[1]).toBe(
      "The club lost nine matches.",
    );
  });

  it("takes any object after a modal or an infinitive's 'to'", () => {
    expect(texts("The board intends to hire new wardens, widen the towpath and dredge the basin.")).toEqual([
      "The board intends to hire new wardens.",
      "The board intends to widen the towpath.",
      "The board intends to dredge the basin.",
    ]);
    expect(texts("The levy would pay wardens, train lock keepers and repair the sluices.")?.[1]).toBe(
      "The levy would train lock keepers.",
    );
    expect(texts("The port will pay for new buoys, raise mooring fees and close the west slip.")).toEqual([
      "The port will pay for new buoys.",
      "The port will raise mooring fees.",
      "The port will close the west slip.",
    ]);
  });
});

describe("a list in a relative clause before the predicate", () => {
  it("ends where an irregular past verb starts the predicate", () => {
    expect(
      texts("The flotilla, which includes six tugs and two oil skimmers, left Harwick on Monday."),
    ).toEqual([
      "The flotilla includes six tugs.",
      "The flotilla includes two oil skimmers.",
      "The flotilla left Harwick on Monday.",
    ]);
  });
});

describe("'between A and B'", () => {
  it("is one range, not a pair of items", () => {
    expect(splitListItems("fell 9 percent between 1990 and 2025", 0)).toBeNull();
    expect(splitListItems("tents and stoves", 0)?.map((item) => item.text)).toEqual(["tents", "stoves"]);
  });
});

describe("a particle after the verb of an object series", () => {
  it("stays with the verb in every item ('handed out A, B and C')", () => {
    expect(
      seriesList("Crews gave out tents, camp beds and bottled water.", 0)?.map((item) => item.text),
    ).toEqual(["Crews gave out tents.", "Crews gave out camp beds.", "Crews gave out bottled water."]);
  });
});

describe("pairs of things given or paid for", () => {
  it("shares a closing 'under the package' between two counted things", () => {
    expect(texts("Valdoria will provide 20 armored vehicles and 12 howitzers under the package")).toEqual([
      "Valdoria will provide 20 armored vehicles under the package.",
      "Valdoria will provide 12 howitzers under the package.",
    ]);
    expect(texts("The plan allocates $4 million to housing and $2 million to Kesh")).toEqual([
      "The plan allocates $4 million to housing.",
      "The plan allocates $2 million to Kesh.",
    ]);
  });

  it("reads 'will go toward' and 'will be used for' as spending", () => {
    expect(texts("The aid will go toward armored vehicles and howitzers")).toEqual([
      "The aid will go toward armored vehicles.",
      "The aid will go toward howitzers.",
    ]);
    expect(texts("The money will be used for new pumps and sirens")?.[1]).toBe(
      "The money will be used for sirens.",
    );
  });

  it("gives the second of two amounts the verb the first one has", () => {
    expect(texts("Of the total, $50 million will go to schools and $20 million to clinics")).toEqual([
      "Of the total, $50 million will go to schools.",
      "Of the total, $20 million will go to clinics.",
    ]);
  });
});

describe("hedged counts and lists with no subject of their own", () => {
  it("keeps 'up to 300 drones' one count, not a phrase 'to 300 drones' shared by the other items", () => {
    expect(
      texts("The package includes more than 20 trucks, about 12 howitzers and up to 300 drones"),
    ).toEqual([
      "The package includes more than 20 trucks.",
      "The package includes about 12 howitzers.",
      "The package includes up to 300 drones.",
    ]);
  });

  it("lists the package described last after 'Among them:' and 'Also included:'", () => {
    expect(texts("Among them: 20 trucks and 12 howitzers", packageMemory())).toEqual([
      "The 600 million crown aid package for Castria includes 20 trucks.",
      "The 600 million crown aid package for Castria includes 12 howitzers.",
    ]);
    expect(texts("Also included: 12 howitzers and 300 drones", packageMemory())?.[1]).toBe(
      "The 600 million crown aid package for Castria also includes 300 drones.",
    );
    // With no package described, the colon list stays as written.
    expect(texts("Among them: 20 trucks and 12 howitzers")?.[0]).toBe("Among them: 20 trucks.");
  });
});

describe("a suspended hyphen ('short- and medium-range missiles')", () => {
  it("gives each modifier the shared second half and the head", () => {
    expect(texts("The package includes short- and medium-range missiles")).toEqual([
      "The package includes short-range missiles.",
      "The package includes medium-range missiles.",
    ]);
  });
});

describe("asides that are no items: changes and comparisons", () => {
  it("keeps ', up 12% from a year earlier,' with the figure it is said of", () => {
    const items = splitListItems(
      "revenue of $4.1 billion, up 12% from a year earlier, and net income of $310 million",
      0,
    );
    expect(items?.map((item) => item.text)).toEqual([
      "revenue of $4.1 billion, up 12% from a year earlier",
      "net income of $310 million",
    ]);
  });

  it("does not split what a figure is compared with into clauses", () => {
    expect(
      splitClauses("Ostmark's economy grew 2.1% last year, faster than Tervia's 1.4% and Vell's 0.9%", 0).map(
        (c) => c.text,
      ),
    ).toEqual(["Ostmark's economy grew 2.1% last year, faster than Tervia's 1.4% and Vell's 0.9%"]);
    expect(
      texts("The package includes 20 trucks, more than 12 howitzers and fewer than 300 drones"),
    ).toHaveLength(3);
  });
});

describe("a participle between commas after the subject", () => {
  it("is left out when the later predicate repeats the subject ('The dam, built in 1962, holds … and supplies …')", () => {
    expect(
      splitClauses(
        "The dam, built in 1962, holds 2 billion cubic meters of water and supplies 3 million people",
        0,
      ).map((c) => c.text),
    ).toEqual([
      "The dam, built in 1962, holds 2 billion cubic meters of water",
      "The dam supplies 3 million people",
    ]);
  });
});

describe("list styles found in qa9 wire stories", () => {
  const items = (text: string) => splitListItems(text, 0)?.map((i) => [i.text, text.slice(i.start, i.end)]);

  it("splits a pair of spelled or hedged counts, and a named plural thing from a thing with a phrase", () => {
    expect(items("two mobile bridges and more than 200 satellite phones for front-line units")).toEqual([
      ["two mobile bridges", "two mobile bridges"],
      [
        "more than 200 satellite phones for front-line units",
        "more than 200 satellite phones for front-line units",
      ],
    ]);
    expect(items("Harrow interceptor missiles and equipment to link radars with launchers")).toEqual([
      ["Harrow interceptor missiles", "Harrow interceptor missiles"],
      ["equipment to link radars with launchers", "equipment to link radars with launchers"],
    ]);
    // A one-word first part may share the phrase: one thing.
    expect(splitListItems("food and water for 3,000 people", 0)).toBeNull();
  });

  it("keeps a closing 'with' phrase on the last item", () => {
    expect(items("30 Corra jets and 10 of the larger model, with options for 20 more")).toEqual([
      ["30 Corra jets", "30 Corra jets"],
      [
        "10 of the larger model, with options for 20 more",
        "10 of the larger model, with options for 20 more",
      ],
    ]);
  });

  it("reads items before 'are also in the package'", () => {
    expect(
      texts("Field kitchens, generators and 60 tonnes of seed are also in the package.", packageMemory()),
    ).toEqual([
      "The 600 million crown aid package for Castria includes field kitchens.",
      "The 600 million crown aid package for Castria includes generators.",
      "The 600 million crown aid package for Castria includes 60 tonnes of seed.",
    ]);
    expect(texts("Two teachers and a priest were in the room.")).toBeUndefined();
  });

  it("reads a bracketed list after a subject naming a package, and what is said of the package", () => {
    expect(
      texts(
        "The relief package (tents, blankets and water filters) will be flown in on Friday.",
        packageMemory(),
      ),
    ).toEqual([
      "The 600 million crown aid package for Castria includes tents.",
      "The 600 million crown aid package for Castria includes blankets.",
      "The 600 million crown aid package for Castria includes water filters.",
      "The 600 million crown aid package for Castria will be flown in on Friday.",
    ]);
    expect(texts("Kesh's new budget (which parliament approved on Monday) raises taxes.")).toBeUndefined();
  });

  it("names the package after 'On the list:' and the subject after 'What X will get:'", () => {
    expect(texts("On the list as well: 2,000 rifles and 12 fuel trucks.", packageMemory())).toEqual([
      "The 600 million crown aid package for Castria also includes 2,000 rifles.",
      "The 600 million crown aid package for Castria also includes 12 fuel trucks.",
    ]);
    expect(texts("On the list for schools: new roofs, heating and 300 laptops.", packageMemory())).toEqual([
      "The 600 million crown aid package for Castria includes, for schools, new roofs.",
      "The 600 million crown aid package for Castria includes, for schools, heating.",
      "The 600 million crown aid package for Castria includes, for schools, 300 laptops.",
    ]);
    expect(texts("What Castria will get: 24 armoured cars, three boats and 50 radios.")).toEqual([
      "Castria will get 24 armoured cars.",
      "Castria will get three boats.",
      "Castria will get 50 radios.",
    ]);
  });

  it("names the package over bullets led by 'Among the new capabilities' or 'On the list'", () => {
    expect(describeListLead("Among the new capabilities", packageMemory()).lead).toBe(
      "The 600 million crown aid package for Castria includes",
    );
    expect(describeListLead("Also on the list", packageMemory()).lead).toBe(
      "The 600 million crown aid package for Castria also includes",
    );
  });

  it("reads 'Also covered are A, B and C' as the package's items, whatever each item opens with", () => {
    expect(
      texts(
        "Also covered are demining of farmland, the rebuilding of 60 schools and a fund for farmers.",
        packageMemory(),
      ),
    ).toEqual([
      "The 600 million crown aid package for Castria includes demining of farmland.",
      "The 600 million crown aid package for Castria includes the rebuilding of 60 schools.",
      "The 600 million crown aid package for Castria includes a fund for farmers.",
    ]);
  });

  it("lists no age: 'found Ivo Sarn, 63, guilty of fraud and bribery' stays whole", () => {
    expect(splitListItems("Ivo Sarn, 63, guilty of fraud and bribery", 0)).toBeNull();
    expect(seriesList("The judge found Ivo Sarn, 63, guilty of fraud and bribery.", 0)).toBeNull();
  });

  it("reads 'between 2021 and 2023' after an amount as one range, not a second amount", () => {
    expect(amountPair("Roe received 2.3 million crowns from Halvar between 2021 and 2023.", 0)).toBeNull();
    expect(
      amountPair("The plan gives 4 million crowns to housing and 2 million crowns to transit.", 0),
    ).toHaveLength(2);
  });

  it("lets the last of four things carry a longer phrase ('…, plus compensation of 5,000 crowns for each family')", () => {
    expect(
      seriesList(
        "The money will pay for tents, food and water, plus compensation of 5,000 crowns for each family.",
        0,
      )?.map((item) => item.text),
    ).toEqual([
      "The money will pay for tents.",
      "The money will pay for food.",
      "The money will pay for water.",
      "The money will pay for compensation of 5,000 crowns for each family.",
    ]);
  });

  it("pairs each subject with its value before 'respectively', sharing the last value's unit", () => {
    expect(
      texts("The Farmers' Union, the Greens and the Liberal Front won 18, 9 and 6 seats respectively."),
    ).toEqual([
      "The Farmers' Union won 18 seats.",
      "The Greens won 9 seats.",
      "The Liberal Front won 6 seats.",
    ]);
    expect(texts("Exports and imports rose 4% and 2.5% of output, respectively.")).toEqual([
      "Exports rose 4% of output.",
      "Imports rose 2.5% of output.",
    ]);
    // Not as many values as subjects: as written.
    expect(texts("Vell and Kesh won 18 seats respectively.")).toBeUndefined();
  });

  it("drops an opening 'Among other things,' and keeps the subject of 'Ostmark's central bank'", () => {
    expect(
      texts("Among other things, the package also includes tents and 40 stoves.", packageMemory()),
    ).toEqual([
      "The 600 million crown aid package for Castria also includes tents.",
      "The 600 million crown aid package for Castria also includes 40 stoves.",
    ]);
    expect(
      splitClauses(
        "Vell's central bank kept its rate at 4% on Thursday and cut its growth forecast to 1%.",
        0,
      ).map((piece) => piece.text),
    ).toEqual([
      "Vell's central bank kept its rate at 4% on Thursday",
      "Vell's central bank cut its growth forecast to 1%",
    ]);
  });

  it("reads 'The package breaks down as follows: A, B and C' as the package's items", () => {
    expect(
      texts(
        "The package breaks down as follows: 18 million crowns for food, 12 million for shelter and 7 million for water.",
        packageMemory(),
      ),
    ).toEqual([
      "The 600 million crown aid package for Castria includes 18 million crowns for food.",
      "The 600 million crown aid package for Castria includes 12 million for shelter.",
      "The 600 million crown aid package for Castria includes 7 million for water.",
    ]);
  });

  it("lets no predicate pass for a long last thing, and reads 'Let's' as no possessive", () => {
    expect(
      seriesList(
        "The plan will provide students aid, lower fees, cheaper books or keep low interest rates on all student loans.",
        0,
      ),
    ).toBeNull();
    expect(splitClauses("Let's reform the levy and fund the clinics.", 0).map((piece) => piece.text)).toEqual(
      ["Let's reform the levy", "Let's fund the clinics"],
    );
  });

  it("reads sums after 'The money goes mainly to X:' as what the thing includes", () => {
    expect(
      texts(
        "The package goes mainly to energy: 900 million crowns to repair the grid and 400 million crowns for housing.",
        packageMemory(),
      ),
    ).toEqual([
      "The 600 million crown aid package for Castria includes 900 million crowns to repair the grid.",
      "The 600 million crown aid package for Castria includes 400 million crowns for housing.",
    ]);
  });

  it("keeps a series whole when its first object is a pair of its own, unless all are names", () => {
    expect(
      seriesList(
        "The money will be spent on dredging the harbours at Lune and Ferra, a new terminal and cranes.",
        0,
      ),
    ).toBeNull();
    expect(
      seriesList("The party has produced Vorn and Hale, Ruda, Kest and Lind.", 0)?.map((item) => item.text),
    ).toEqual([
      "The party has produced Vorn and Hale.",
      "The party has produced Ruda.",
      "The party has produced Kest.",
      "The party has produced Lind.",
    ]);
  });
});

describe("'while' between two changes in figures, with no comma", () => {
  it("splits 'Unemployment fell to 5.1% while wages rose 3.2%' and keeps 'He worked while prices rose' whole", () => {
    expect(
      splitClauses("Unemployment fell to 5.1% in May while wages rose 3.2%", 0).map((c) => c.text),
    ).toEqual(["Unemployment fell to 5.1% in May", "wages rose 3.2%"]);
    expect(splitClauses("He worked while prices rose", 0)).toHaveLength(1);
  });
});

describe("a season closing a list", () => {
  it("is said of every item ('to Ostmark, Vell and Arvania next summer')", () => {
    expect(texts("The airline will add routes to Ostmark, Vell and Arvania next summer")?.[0]).toBe(
      "The airline will add routes to Ostmark next summer.",
    );
  });
});

describe("list styles found in qa11 wire stories", () => {
  it("ends a predicate series at the 'and' that opens a predicate, not one between two places", () => {
    expect(
      texts("The mill would cut 300 jobs, shut its sites in Orlo and Peth and sell its paper arm."),
    ).toEqual([
      "The mill would cut 300 jobs.",
      "The mill would shut its sites in Orlo and Peth.",
      "The mill would sell its paper arm.",
    ]);
    // A list of things keeps the first "and" as the last item's.
    expect(texts("The mill bought two presses, a boiler and spare rollers and belts.")?.at(-1)).toBe(
      "The mill bought spare rollers and belts.",
    );
  });

  it("gives a modal and its verb to gapped counts ('will have 61 seats, the Moss Party 40')", () => {
    expect(
      splitClauses("The Harbor League will have 61 seats, the Moss Party 40 and the Reform Bloc 12", 0).map(
        (clause) => clause.text,
      ),
    ).toEqual([
      "The Harbor League will have 61 seats",
      "the Moss Party will have 40 seats",
      "the Reform Bloc will have 12 seats",
    ]);
    expect(splitClauses("Fares will rise 3 percent and tolls 5 percent", 0).map((c) => c.text)).toEqual([
      "Fares will rise 3 percent",
      "tolls will rise 5 percent",
    ]);
  });

  it("names a closing 'them' in an item by the counted thing listed before it", () => {
    expect(texts("The aid includes six Brenn launchers, 90 rockets for them and two cranes.")).toEqual([
      "The aid includes six Brenn launchers.",
      "The aid includes 90 rockets for the Brenn launchers.",
      "The aid includes two cranes.",
    ]);
    // An uncounted item before, or words after "them": what "them" is stays unclear.
    expect(texts("The aid includes tents for 300 families, stoves and blankets to warm them.")?.at(-1)).toBe(
      "The aid includes blankets to warm them.",
    );
    expect(texts("The aid includes 300 tents, 40 stoves and blankets to keep them warm.")?.at(-1)).toBe(
      "The aid includes blankets to keep them warm.",
    );
  });

  it("lists 'Other items are A, B and C' as more of the package described last", () => {
    expect(texts("Other items are fuel pumps, 30 trailers and field kitchens.", packageMemory())).toEqual([
      "The 600 million crown aid package for Castria also includes fuel pumps.",
      "The 600 million crown aid package for Castria also includes 30 trailers.",
      "The 600 million crown aid package for Castria also includes field kitchens.",
    ]);
    // No package described: the items are read as any series.
    expect(texts("Other items are fuel pumps, 30 trailers and field kitchens.")?.[0]).toBe(
      "Other items are fuel pumps.",
    );
  });

  it("reads roman and bare letter markers ('(i) A, (ii) B', 'a) A, b) B'), also inside a quotation", () => {
    expect(texts("The charter has (i) a rent cap, (ii) a tenant board and (iii) a repair fund.")).toEqual([
      "The charter has a rent cap.",
      "The charter has a tenant board.",
      "The charter has a repair fund.",
    ]);
    const content = "the goals were “i) safer roads, ii) cleaner air and iii) quieter nights.”";
    const items = decomposeList(content, 0, new EntityMemory())?.items ?? [];
    expect(items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The goals were safer roads.", "safer roads"],
      ["The goals were cleaner air.", "cleaner air"],
      ["The goals were quieter nights.", "quieter nights"],
    ]);
    expect(texts("The mayor will a) cut fares, b) add buses and c) fix lifts.")?.[1]).toBe(
      "The mayor will add buses.",
    );
  });

  it("splits two amounts after 'will also pay' and after a verb whose first amount has a longer phrase", () => {
    expect(
      amountPair("Lisk will also pay 4 million marks for fuel and $2 million for tents", 0)?.map(
        (i) => i.text,
      ),
    ).toEqual(["Lisk will also pay 4 million marks for fuel.", "Lisk will also pay $2 million for tents."]);
    expect(
      amountPair(
        "The budget allots 300 million lek for sea walls along the Orra coast and 90 million lek to cut fares",
        0,
      )?.map((i) => i.text),
    ).toEqual([
      "The budget allots 300 million lek for sea walls along the Orra coast.",
      "The budget allots 90 million lek to cut fares.",
    ]);
  });

  it("names 'the package' by the headline's package when the body describes none", () => {
    const memory = new EntityMemory();
    memory.learnHeadline("Ostia sends $35 million flood relief package for Varn");
    expect(texts("The package includes 40 pumps, 12 boats and 900 tents.", memory)?.[0]).toBe(
      "Ostia's $35 million flood relief package for Varn includes 40 pumps.",
    );
    // A package the body describes comes first.
    memory.learn("Ostia announced a 12 million dollar loan package for Varn's farmers.", null);
    expect(texts("The package includes 40 pumps, 12 boats and 900 tents.", memory)?.[0]).toBe(
      "The 12 million dollar loan package for Varn's farmers includes 40 pumps.",
    );
  });

  it("says 'Among the injured were A and B' as written when no noun agrees with 'includes'", () => {
    expect(texts("Among the injured were three pupils, a guard and Lena Orr.")).toEqual([
      "Among the injured were three pupils.",
      "Among the injured was a guard.",
      "Among the injured was Lena Orr.",
    ]);
    // A plural head still reads "include".
    expect(texts("Among the weapons are rifles and mortars.")?.[0]).toBe("The weapons include rifles.");
  });

  it("keeps a role closing a list of names with the last name ('and Ada Vell, head of the port')", () => {
    expect(
      texts("Lusk banned Ivo Marr, Tomas Rell, Oda Brin and Ada Vell, head of the port authority."),
    ).toEqual([
      "Lusk banned Ivo Marr.",
      "Lusk banned Tomas Rell.",
      "Lusk banned Oda Brin.",
      "Lusk banned Ada Vell, head of the port authority.",
    ]);
  });

  it("gives a closing phrase to counted things whose 'of' belongs to their measure ('600 tonnes of flour')", () => {
    expect(texts("Lusk sent 300 tonnes of rice, 20 pumps and water tanks through the Red Crescent.")).toEqual(
      [
        "Lusk sent 300 tonnes of rice through the Red Crescent.",
        "Lusk sent 20 pumps through the Red Crescent.",
        "Lusk sent water tanks through the Red Crescent.",
      ],
    );
  });

  it("reads a series closed by ', among other things' or ', and more' as a list", () => {
    expect(texts("Lusk sent 90 tents, 12 boats and four cranes, among other things.")).toEqual([
      "Lusk sent 90 tents.",
      "Lusk sent 12 boats.",
      "Lusk sent four cranes.",
    ]);
    expect(
      texts("The flood shut 40 schools, cut power to 9,000 homes and closed roads, and more.")?.at(-1),
    ).toBe("The flood closed roads.");
  });

  it("gives gapped shares after a passive their verb and 'by', 'the rest' too", () => {
    expect(
      texts(
        "Of the bonds, 70 percent are held by Lusk Bank, 20 percent by Orra Trust and the rest by savers.",
      ),
    ).toEqual([
      "Of the bonds, 70 percent are held by Lusk Bank.",
      "Of the bonds, 20 percent are held by Orra Trust.",
      "Of the bonds, the rest are held by savers.",
    ]);
    expect(texts("40 million will go to ports, 12 million to rail and the rest to roads.")?.at(-1)).toBe(
      "The rest will go to roads.",
    );
  });

  it("reads a later base verb before a name or a preposition as a predicate once another item is one", () => {
    expect(texts("The bank would sell its bonds, leave the index and move to Orra.")).toEqual([
      "The bank would sell its bonds.",
      "The bank would leave the index.",
      "The bank would move to Orra.",
    ]);
    expect(texts("Lusk would send tents to Vell, fuel to Orra and water to Kesh.")?.[1]).toBe(
      "Lusk would send fuel to Orra.",
    );
  });

  it("splits 'A and B as well as C' into three things", () => {
    expect(splitListItems("40 pumps and 12 boats as well as 300 tents", 0)?.map((item) => item.text)).toEqual(
      ["40 pumps", "12 boats", "300 tents"],
    );
  });

  it("lists 'Key items include A, B and C' as the package described last", () => {
    expect(texts("Key items include fuel pumps, 30 trailers and field kitchens.", packageMemory())?.[1]).toBe(
      "The 600 million crown aid package for Castria includes 30 trailers.",
    );
  });

  it("lists 'The items: A, B and C' as the package described last", () => {
    expect(texts("The items: fuel pumps, 30 trailers and field kitchens.", packageMemory())?.[2]).toBe(
      "The 600 million crown aid package for Castria includes field kitchens.",
    );
  });
});

describe("a gapped series of subjects with amounts after a present tense", () => {
  it("stays whole instead of reading each subject as one more object", () => {
    const content = "Health gets 600 million dinars, schools 450 million and defence 900 million";
    expect(seriesList(content, 0)).toBeNull();
    expect(seriesList("The fund pays for 40 tanks, 12 jets and 300 missiles", 0)?.length).toBe(3);
  });
});

describe("a series of subjects said of each", () => {
  it("splits counted subjects before an unambiguous verb, each item its own span", () => {
    const content = "Eight trucks, 14 pumps and a field kitchen will be shipped from Ostra on Friday.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["Eight trucks will be shipped from Ostra on Friday.", "Eight trucks"],
      ["14 pumps will be shipped from Ostra on Friday.", "14 pumps"],
      ["A field kitchen will be shipped from Ostra on Friday.", "a field kitchen"],
    ]);
    expect(texts("Two bakers, three cooks and a porter were hired in May.")?.at(-1)).toBe(
      "A porter was hired in May.",
    );
  });

  it("splits counted subjects after 'A total of' and past an '-ed' word describing one of them", () => {
    const content = "A total of 12 tanks, 40 armoured vehicles and 300 missiles will be sent by May.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["12 tanks will be sent by May.", "12 tanks"],
      ["40 armoured vehicles will be sent by May.", "40 armoured vehicles"],
      ["300 missiles will be sent by May.", "300 missiles"],
    ]);
  });

  it("splits named subjects that 'each' do the deed, without the 'each'", () => {
    expect(texts("Tolvia, Marsk and Brennland will each send 40 tonnes of rice.")).toEqual([
      "Tolvia will send 40 tonnes of rice.",
      "Marsk will send 40 tonnes of rice.",
      "Brennland will send 40 tonnes of rice.",
    ]);
    expect(texts("Ada Roe and Per Lund were each fined 2,000 crowns.")).toEqual([
      "Ada Roe was fined 2,000 crowns.",
      "Per Lund was fined 2,000 crowns.",
    ]);
    expect(texts("Ada Roe and Per Lund each pledged 2 million crowns.")).toEqual([
      "Ada Roe pledged 2 million crowns.",
      "Per Lund pledged 2 million crowns.",
    ]);
  });

  it("keeps the sentence whole when the deed is theirs together, the series is short or uncounted", () => {
    expect(texts("Eight trucks, 14 pumps and two boats together cost 3 million crowns.")).toBeUndefined();
    expect(texts("Eight trucks, 14 pumps and two boats make up the convoy.")).toBeUndefined();
    expect(texts("Eight trucks, 14 pumps and two boats are what Tosk asked for.")).toBeUndefined();
    expect(texts("Eight trucks and 14 pumps were shipped on Friday.")).toBeUndefined();
    expect(texts("Trucks, pumps and boats were shipped on Friday.")).toBeUndefined();
    // "each" inside the predicate is no "each" of the subjects.
    expect(texts("Tolvia, Marsk and Brennland sent 40 tonnes of rice to each town.")).toBeUndefined();
  });
});

describe("a value in a currency word after 'worth'", () => {
  it("keeps the currency of a sum in krona, dinars or shekels in the package's description", () => {
    for (const currency of ["krona", "dinars", "shekels"]) {
      const memory = new EntityMemory();
      memory.learn(
        `Velmark announced its second aid package for Tosk on Monday, worth 90 million ${currency}.`,
        null,
      );
      expect(texts("The package includes 40 trucks and 12 boats.", memory)?.[0]).toBe(
        `Velmark's second aid package for Tosk, worth 90 million ${currency}, includes 40 trucks.`,
      );
    }
  });
});

describe("a predicate after ', and' closing an object series", () => {
  it("is one more clause, with no empty clause for the comma's 'and'", () => {
    const content =
      "The levies hit Ostra's two ports, four steel mills and the airline Velair, and bar 30 traders.";
    expect(
      splitClauses(content, 0).map((clause) => [clause.text, content.slice(clause.start, clause.end)]),
    ).toEqual([
      [
        "The levies hit Ostra's two ports, four steel mills and the airline Velair",
        "The levies hit Ostra's two ports, four steel mills and the airline Velair",
      ],
      ["The levies bar 30 traders", "bar 30 traders"],
    ]);
  });
});

describe("a semicolon between a list and a clause of its own", () => {
  it("splits the clause off and names its 'it' by the first side's subject", () => {
    const content =
      "The grant covers, among other things, 12 boats and 40 pumps; it also funds diver training.";
    expect(
      splitClauses(content, 0).map((clause) => [clause.text, content.slice(clause.start, clause.end)]),
    ).toEqual([
      [
        "The grant covers, among other things, 12 boats and 40 pumps",
        "The grant covers, among other things, 12 boats and 40 pumps",
      ],
      ["The grant also funds diver training", "it also funds diver training"],
    ]);
    const plural = "The new rules cap rents at 4 percent; they also ban fees.";
    expect(splitClauses(plural, 0).map((clause) => clause.text)).toEqual([
      "The new rules cap rents at 4 percent",
      "The new rules also ban fees",
    ]);
  });

  it("keeps semicolon lists of things whole", () => {
    const content = "The package includes 12 boats; spare parts for pumps; and diver training.";
    expect(splitClauses(content, 0)).toHaveLength(1);
  });
});

describe("'plus' and 'and/or' inside a series", () => {
  it("reads 'plus' without a comma and 'and/or' before the last item as joining items", () => {
    const items = (text: string) => splitListItems(text, 0)?.map((i) => [i.text, text.slice(i.start, i.end)]);
    expect(items("rice, cooking oil plus 90 stoves")).toEqual([
      ["rice", "rice"],
      ["cooking oil", "cooking oil"],
      ["90 stoves", "90 stoves"],
    ]);
    expect(items("90 stoves, 300 lamps and/or fuel vouchers")?.at(-1)).toEqual([
      "fuel vouchers",
      "fuel vouchers",
    ]);
  });

  it("splits a predicate's series that mixes them", () => {
    expect(
      texts(
        "The fund will provide rice, cooking oil plus 90 stoves, as well as 300 lamps and/or fuel vouchers.",
      ),
    ).toEqual([
      "The fund will provide rice.",
      "The fund will provide cooking oil.",
      "The fund will provide 90 stoves.",
      "The fund will provide 300 lamps.",
      "The fund will provide fuel vouchers.",
    ]);
  });
});

describe("a pair whose first item has an aside with its own 'and'", () => {
  it("joins the pair at the 'and' outside brackets and dashes", () => {
    const items = (text: string) => splitListItems(text, 0)?.map((i) => [i.text, text.slice(i.start, i.end)]);
    expect(items("two cranes (one large and one small) and 40 pumps")).toEqual([
      ["two cranes (one large and one small)", "two cranes (one large and one small)"],
      ["40 pumps", "40 pumps"],
    ]);
    expect(items("two cranes — one large and one small — and 40 pumps")?.map(([text]) => text)).toEqual([
      "two cranes — one large and one small",
      "40 pumps",
    ]);
  });
});

describe("a day before an appositive that lists things", () => {
  it("is no first item of the things listed after it", () => {
    expect(
      texts(
        "Velmark unveiled its third grant for Tosk on Friday, a 9 million crown bundle of 40 pumps, 12 boats and two cranes.",
      ),
    ).toBeUndefined();
    expect(texts("The ferry to Tosk sails on Monday, Wednesday and Friday.")).toEqual([
      "The ferry to Tosk sails on Monday.",
      "The ferry to Tosk sails on Wednesday.",
      "The ferry to Tosk sails on Friday.",
    ]);
  });
});

describe("an owner's parts before a list, and 'It's made up of'", () => {
  it("lists 'The package's main components are A, B and C' as the package's items", () => {
    expect(
      texts("The package's main components are 40 trucks, 12 boats and two cranes.", packageMemory()),
    ).toEqual([
      "The 600 million crown aid package for Castria includes 40 trucks.",
      "The 600 million crown aid package for Castria includes 12 boats.",
      "The 600 million crown aid package for Castria includes two cranes.",
    ]);
  });

  it("reads 'It's made up of A, B and C' as 'is made up of'", () => {
    expect(texts("It's made up of 40 trucks, 12 boats and two cranes.", packageMemory())?.[0]).toBe(
      "The 600 million crown aid package for Castria includes 40 trucks.",
    );
  });
});

describe("'the following:' between an inclusion verb and its items", () => {
  it("is left out of the first item and its span", () => {
    const content = "The package contains the following items: 40 trucks, 12 boats and two cranes.";
    const result = decomposeList(content, 0, packageMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The 600 million crown aid package for Castria includes 40 trucks.", "40 trucks"],
      ["The 600 million crown aid package for Castria includes 12 boats.", "12 boats"],
      ["The 600 million crown aid package for Castria includes two cranes.", "two cranes"],
    ]);
    expect(
      texts("The package contains the following: tents, blankets and stoves.", packageMemory())?.[0],
    ).toBe("The 600 million crown aid package for Castria includes tents.");
  });
});

describe("a thing's contents between dashes after it", () => {
  it("lists each with its span and says the predicate of the thing", () => {
    const content = "The shipment – 40 pumps, 12 boats and two cranes – left Ostra on Monday.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The shipment includes 40 pumps.", "40 pumps"],
      ["The shipment includes 12 boats.", "12 boats"],
      ["The shipment includes two cranes.", "two cranes"],
      ["The shipment left Ostra on Monday.", content],
    ]);
  });

  it("reads counted things between dashes as the contents of any subject, the verb agreeing", () => {
    expect(texts("The supplies — 500 generators and 40 mobile clinics — will be delivered by May.")).toEqual([
      "The supplies include 500 generators.",
      "The supplies include 40 mobile clinics.",
      "The supplies will be delivered by May.",
    ]);
    // Uncounted things after a subject that holds nothing are an aside, left alone.
    expect(texts("The talks — the first since 2019 — ended without a deal.")).toBeUndefined();
  });

  it("leaves an aside between dashes to the readers of asides", () => {
    expect(texts("The new equipment — including 40 pumps and 12 boats — will arrive in May.")).toEqual([
      "The new equipment, including 40 pumps, will arrive in May.",
      "The new equipment, including 12 boats, will arrive in May.",
    ]);
  });
});

describe("a singular's second predicate after a list and ', and'", () => {
  it("splits at the comma's 'and' before a verb and its preposition", () => {
    const content = "The grant gives fishers nets, fuel and ice, and pays for 40 new boats.";
    expect(
      splitClauses(content, 0).map((clause) => [clause.text, content.slice(clause.start, clause.end)]),
    ).toEqual([
      ["The grant gives fishers nets, fuel and ice", "The grant gives fishers nets, fuel and ice"],
      ["The grant pays for 40 new boats", "pays for 40 new boats"],
    ]);
  });

  it("keeps a pair with no list before it to the pair readers", () => {
    expect(splitClauses("The grant gives fishers nets, and pays for 40 new boats.", 0)).toHaveLength(1);
  });
});

describe("an opening 'Among other measures,' before any list", () => {
  it("is dropped, each item keeping its own span", () => {
    const content =
      "Among other measures, the bill funds 300 homes, repairs to 40 dikes and two new pumping stations.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The bill funds 300 homes.", "300 homes"],
      ["The bill funds repairs to 40 dikes.", "repairs to 40 dikes"],
      ["The bill funds two new pumping stations.", "two new pumping stations"],
    ]);
  });
});

describe("a subject's appositive before a modal and an inclusion verb", () => {
  it("names the package, says its value once and keeps the verb's base form", () => {
    expect(
      texts(
        "The aid package, worth 600 million crowns, will include 40 trucks and 12 boats.",
        packageMemory(),
      ),
    ).toEqual([
      "The 600 million crown aid package for Castria will include 40 trucks.",
      "The 600 million crown aid package for Castria will include 12 boats.",
    ]);
  });
});

describe("an item's own contents in a relative clause", () => {
  it("gives one item per thing the item includes, each keeping the item", () => {
    const content =
      "The package includes a field kitchen, which includes four stoves and a cold store, and 30 tents.";
    const result = decomposeList(content, 0, packageMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      [
        "The 600 million crown aid package for Castria includes a field kitchen, which includes four stoves.",
        "four stoves",
      ],
      [
        "The 600 million crown aid package for Castria includes a field kitchen, which includes a cold store.",
        "a cold store",
      ],
      ["The 600 million crown aid package for Castria includes 30 tents.", "30 tents"],
    ]);
  });
});

describe("an opening 'In all,' before a list", () => {
  it("is dropped, each item keeping its span and the shared closing phrase", () => {
    const content = "In all, the fund pays for 14 docks, six cranes and two ferries to be repaired.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The fund pays for 14 docks to be repaired.", "14 docks"],
      ["The fund pays for six cranes to be repaired.", "six cranes"],
      ["The fund pays for two ferries to be repaired.", "two ferries to be repaired"],
    ]);
    expect(texts("Overall, the fund grew 3 percent.")).toBeUndefined();
  });
});

describe("later subjects with the first's verb left out", () => {
  it("reads 'its navy 12 boats' and 'Estavia, 12 boats' as clauses with the verb", () => {
    expect(texts("Tosk's army will get 40 trucks, its navy 12 boats and its police two cranes.")).toEqual([
      "Tosk's army will get 40 trucks.",
      "Tosk's navy will get 12 boats.",
      "Tosk's police will get two cranes.",
    ]);
    const content = "Velmark will send 40 pumps; Osterlund, 12 boats; and Brask, two cranes.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["Velmark will send 40 pumps.", "Velmark will send 40 pumps"],
      ["Osterlund will send 12 boats.", "Osterlund, 12 boats"],
      ["Brask will send two cranes.", "Brask, two cranes"],
    ]);
  });

  it("keeps objects that are no subjects as objects", () => {
    expect(texts("Velmark will send 40 pumps, 12 boats and two cranes.")?.[1]).toBe(
      "Velmark will send 12 boats.",
    );
  });
});

describe("a list line's count written with 'x', 'qty' or a unit", () => {
  it("puts the count before its thing", () => {
    expect(countFirst("Stretchers x 400")).toBe("400 Stretchers");
    expect(countFirst("1,500 x water tanks")).toBe("1,500 water tanks");
    expect(countFirst("Pumps: 25 units")).toBe("25 Pumps");
    expect(countFirst("Cots (qty 3,000)")).toBe("3,000 Cots");
    expect(countFirst("Max Lind x")).toBeNull();
  });
});

describe("items counted roughly ('at least', 'as many as', 'nearly')", () => {
  it("lists each counted item with its own hedge, and only its own", () => {
    const content = "The deal covers more than 80 jeeps, at least 16 cutters and up to 900 flares.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The deal covers more than 80 jeeps.", "more than 80 jeeps"],
      ["The deal covers at least 16 cutters.", "at least 16 cutters"],
      ["The deal covers up to 900 flares.", "up to 900 flares"],
    ]);
    const series = (text: string) => seriesList(text, 0)?.map((item) => item.text);
    expect(
      series("Varn will supply as many as 9 barges, nearly 300 pumps and about 2 million sandbags."),
    ).toEqual([
      "Varn will supply as many as 9 barges.",
      "Varn will supply nearly 300 pumps.",
      "Varn will supply about 2 million sandbags.",
    ]);
  });

  it("leaves a preposition's 'about' out of the first item", () => {
    expect(seriesList("Varn spoke about 9 barges, 300 pumps and 2 million sandbags.", 0)?.[0]?.text).toBe(
      "Varn spoke about 9 barges.",
    );
  });
});

describe("two amounts with their phrases before 'as well as'", () => {
  it("splits the lead's last amount from the second, and both from the thing added", () => {
    const text = "Osk will lend £40m in loans and £9m in grants, as well as 2,000 tents";
    expect(splitListItems(text, 0)?.map((i) => [i.text, text.slice(i.start, i.end)])).toEqual([
      ["Osk will lend £40m in loans", "Osk will lend £40m in loans"],
      ["£9m in grants", "£9m in grants"],
      ["2,000 tents", "2,000 tents"],
    ]);
    // Amounts in different phrases are no pair ("in" and "for").
    const unlike = "Osk will lend £40m in loans to farmers and £9m for roads, as well as tents";
    expect(splitListItems(unlike, 0)?.[0]?.text).toBe(
      "Osk will lend £40m in loans to farmers and £9m for roads",
    );
  });
});

describe("a thing 'consisting of' or 'made up of' its contents", () => {
  it("lists the contents as the thing's, and keeps what is said of the thing", () => {
    const content = "The convoy, consisting of 30 tankers, 8 cranes and two tugs, is due in Osk on Friday.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The convoy includes 30 tankers.", "30 tankers"],
      ["The convoy includes 8 cranes.", "8 cranes"],
      ["The convoy includes two tugs.", "two tugs"],
      ["The convoy is due in Osk on Friday.", "is due in Osk on Friday."],
    ]);
    expect(texts("A second convoy made up of tankers, cranes and tugs will follow in May.")).toEqual([
      "A second convoy includes tankers.",
      "A second convoy includes cranes.",
      "A second convoy includes tugs.",
      "A second convoy will follow in May.",
    ]);
  });
});

describe("a total, then ', split between' its shares", () => {
  it("gives each share with its amount", () => {
    expect(
      texts(
        "Aid to Osk this year totals 9 billion crowns, split between housing (6 billion) and roads (3 billion).",
      ),
    ).toEqual([
      "Aid to Osk this year includes 6 billion for housing.",
      "Aid to Osk this year includes 3 billion for roads.",
    ]);
  });
});

describe("a colon list after a subject with an aside", () => {
  it("drops the count before the colon as it does without the aside", () => {
    expect(texts("The grant, worth 9 million crowns, covers two areas: dredging and flood walls.")).toEqual([
      "The grant, worth 9 million crowns, covers dredging.",
      "The grant, worth 9 million crowns, covers flood walls.",
    ]);
  });
});

describe("a closing relative clause that sets money aside", () => {
  it("gives the main clause and one claim per sum", () => {
    expect(
      texts(
        "Tosk adopted a budget that sets aside 9 million crowns for ferries, 4 million for docks and 2 million for buoys.",
      ),
    ).toEqual([
      "Tosk adopted a budget.",
      "The budget sets aside 9 million crowns for ferries.",
      "The budget sets aside 4 million for docks.",
      "The budget sets aside 2 million for buoys.",
    ]);
  });
});

describe("a bullet naming two things of one kind", () => {
  it("gives both, the one opening 'AT-9' included", () => {
    const text = "Harrier anti-tank rockets and AT-9 anti-tank rockets";
    expect(bulletSeries({ text, start: 0, end: text.length })?.map((item) => item.text)).toEqual([
      "Harrier anti-tank rockets",
      "AT-9 anti-tank rockets",
    ]);
    const unlike = "Harrier anti-tank rockets and spare parts for launchers";
    expect(bulletSeries({ text: unlike, start: 0, end: unlike.length })).toBeNull();
  });
});

describe("two counted things joined by 'and' inside a longer list", () => {
  it("are two items, with their spans", () => {
    const text = "over 30 radars; 12 towed guns and 9,000 shells; and 80 trucks";
    expect(splitListItems(text, 0)?.map((i) => [i.text, text.slice(i.start, i.end)])).toEqual([
      ["over 30 radars", "over 30 radars"],
      ["12 towed guns", "12 towed guns"],
      ["9,000 shells", "9,000 shells"],
      ["80 trucks", "80 trucks"],
    ]);
  });
});

describe("object series whose items carry a name's '-ed' word or a closing participle clause", () => {
  it("lists 'Kestrel unmanned aerial systems' and 'people accused of …' as objects", () => {
    const series = (text: string) => seriesList(text, 0)?.map((item) => item.text);
    expect(series("Osk has supplied Tesk with radars, Kestrel unmanned aerial systems and flares.")).toEqual([
      "Osk has supplied Tesk with radars.",
      "Osk has supplied Tesk with Kestrel unmanned aerial systems.",
      "Osk has supplied Tesk with flares.",
    ]);
    expect(
      series("Vell put sanctions on two banks, a port operator and 9 people accused of aiding Tesk."),
    ).toEqual([
      "Vell put sanctions on two banks.",
      "Vell put sanctions on a port operator.",
      "Vell put sanctions on 9 people accused of aiding Tesk.",
    ]);
  });
});

describe("'not only A but also B'", () => {
  it("says each side with the lead, the second side's own list item by item", () => {
    const content = "The loan covers not only 12 ferries but also crew training and spare parts.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The loan covers 12 ferries.", "12 ferries"],
      ["The loan covers crew training.", "crew training"],
      ["The loan covers spare parts.", "spare parts"],
    ]);
    expect(texts("Not only did fares rise, but also wages fell.")).toBeUndefined();
  });
});

describe("item spans without the marks around a list", () => {
  it("leave out a closing dash and an opening quotation mark", () => {
    const dashed = "two aims — dredging and flood walls —";
    expect(splitListItems(dashed.slice(11), 11)?.map((i) => dashed.slice(i.start, i.end))).toEqual([
      "dredging",
      "flood walls",
    ]);
    const quoted = '"tents, stoves and cots"';
    expect(splitListItems(quoted, 0)?.map((i) => quoted.slice(i.start, i.end))).toEqual([
      "tents",
      "stoves",
      "cots",
    ]);
  });

  it("keep a ranking relative clause from reading as a container", () => {
    expect(
      texts("Osk will send 12 tugs, which are among the newest in its fleet, as well as 40 barges."),
    ).toBeUndefined();
  });
});

describe("later subjects without a comma before what they get", () => {
  it("read as clauses when the first verb's object opens with a count", () => {
    const series = (text: string) => seriesList(text, 0)?.map((item) => item.text);
    expect(
      series("Under the pact, Osk will pay 50 percent, Tesk 30 percent and Vell the remaining 20 percent."),
    ).toEqual([
      "Under the pact, Osk will pay 50 percent.",
      "Under the pact, Tesk will pay 30 percent.",
      "Under the pact, Vell will pay the remaining 20 percent.",
    ]);
    // A receiver after the verb: later names may be receivers too, and no subjects are read.
    expect(series("Osk will send Tesk 40 pumps, Vell 12 boats and Arno two cranes.")?.[1]).not.toBe(
      "Vell will send 12 boats.",
    );
  });
});

describe("objects each with the same preposition and a noun of another length", () => {
  it("take the first object whole ('food to 9,000 people')", () => {
    const series = (text: string) => seriesList(text, 0)?.map((item) => item.text);
    expect(series("Crews brought food to 9,000 people, clean water to 4,000 and blankets to 700.")).toEqual([
      "Crews brought food to 9,000 people.",
      "Crews brought clean water to 4,000 people.",
      "Crews brought blankets to 700 people.",
    ]);
  });
});

describe("things added before the clause ('Along with A, X will send B and C')", () => {
  it("are what the clause's verb does too, each with its own span", () => {
    const content = "Along with 20 tugs, Osk will send 12 barges, 300 buoys and two cranes.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["Osk will send 20 tugs.", "20 tugs"],
      ["Osk will send 12 barges.", "12 barges"],
      ["Osk will send 300 buoys.", "300 buoys"],
      ["Osk will send two cranes.", "two cranes"],
    ]);
    expect(texts("Along with the tugs sent in May, the barges will clear the channel.")).toBeUndefined();
  });
});

describe("an open-ended inclusion list and a kind before a counted thing", () => {
  it("lists 'A, B, C and more' without 'more', with or without the comma", () => {
    for (const content of [
      "The kit includes soap, towels, razors and more.",
      "The kit includes soap, towels, razors, and more.",
    ])
      expect(texts(content)).toEqual([
        "The kit includes soap.",
        "The kit includes towels.",
        "The kit includes razors.",
      ]);
  });

  it("splits 'flares and tens of thousands of rounds'", () => {
    expect(
      splitListItems("flares and tens of thousands of rounds of ammunition", 0)?.map((i) => i.text),
    ).toEqual(["flares", "tens of thousands of rounds of ammunition"]);
  });
});

describe("amounts in the first object and gapped pledges", () => {
  it("takes the first object after the verb, not a count in the subject", () => {
    const series = (text: string) => seriesList(text, 0)?.map((item) => item.text);
    expect(
      series(
        "The convoy of 30 trucks carried 500 tonnes of rice, 90 tonnes of beans and 40 tonnes of oil.",
      )?.[0],
    ).toBe("The convoy of 30 trucks carried 500 tonnes of rice.");
    expect(
      series("At the summit in Osk, Vell pledged $90 million, Tesk $40 million and Arno $15 million."),
    ).toEqual([
      "At the summit in Osk, Vell pledged $90 million.",
      "At the summit in Osk, Tesk pledged $40 million.",
      "At the summit in Osk, Arno pledged $15 million.",
    ]);
  });
});

describe("a colon after an account of a thing ('a breakdown of the aid:')", () => {
  it("lists the thing's items, credited to whoever gave the account", () => {
    const result = decomposeList(
      "The agency gave a breakdown of the relief sent so far: 90 tonnes of rice, 30 pumps and 12 boats.",
      0,
      new EntityMemory(),
    );
    expect(result?.items.map((item) => item.text)).toEqual([
      "The relief sent so far includes 90 tonnes of rice.",
      "The relief sent so far includes 30 pumps.",
      "The relief sent so far includes 12 boats.",
    ]);
    expect(result?.lister).toBe("the agency");
  });
});

describe("an 'including' list closed by a clause of result", () => {
  it("lists the examples and says the result without them", () => {
    const content =
      "Vell blacklisted 9 firms, including Osk Marine, Tesk Oil and Arno Bank, freezing all their assets.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["Vell blacklisted 9 firms, including Osk Marine.", "Osk Marine"],
      ["Vell blacklisted 9 firms, including Tesk Oil.", "Tesk Oil"],
      ["Vell blacklisted 9 firms, including Arno Bank.", "Arno Bank"],
      ["Vell blacklisted 9 firms, freezing all their assets.", "freezing all their assets."],
    ]);
  });
});

describe("a count of parts before the items", () => {
  it("is left out after a colon, in a numbered list too ('has three strands: (1) …')", () => {
    expect(
      texts("The scheme has three strands: (1) free ferries; (2) new piers; and (3) a fuel subsidy."),
    ).toEqual([
      "The scheme includes free ferries.",
      "The scheme includes new piers.",
      "The scheme includes a fuel subsidy.",
    ]);
    expect(texts("The grant includes two things: 40 pumps and 12 boats.")).toEqual([
      "The grant includes 40 pumps.",
      "The grant includes 12 boats.",
    ]);
  });
});

describe("amounts with the verb left out, apart by semicolons", () => {
  it("read each amount with the verb, after a total opening the sentence", () => {
    expect(
      texts(
        "Of the 9 million crowns, 5 million will go to ferries; 3 million to piers; and the rest to buoys.",
      ),
    ).toEqual([
      "Of the 9 million crowns, 5 million will go to ferries.",
      "Of the 9 million crowns, 3 million will go to piers.",
      "Of the 9 million crowns, the rest will go to buoys.",
    ]);
  });
});

describe("phrases repeating a preposition ('on A by 8 percent, on B by 5 percent and on C …')", () => {
  it("gives one claim per phrase with the lead before the first", () => {
    const content =
      "The levy cuts fares on ferries by 9 percent, on trams by 4 percent and on buses by 2 percent.";
    const result = decomposeList(content, 0, new EntityMemory());
    expect(result?.items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      ["The levy cuts fares on ferries by 9 percent.", "on ferries by 9 percent"],
      ["The levy cuts fares on trams by 4 percent.", "on trams by 4 percent"],
      ["The levy cuts fares on buses by 2 percent.", "on buses by 2 percent"],
    ]);
  });
});

describe("an 'including' list closed by a time", () => {
  it("keeps the time in each claim", () => {
    expect(texts("Vell has fined 40 firms, including ferry lines, ports and shipyards, since 2021.")).toEqual(
      [
        "Vell has fined 40 firms, including ferry lines, since 2021.",
        "Vell has fined 40 firms, including ports, since 2021.",
        "Vell has fined 40 firms, including shipyards, since 2021.",
      ],
    );
  });
});

describe("a thing 'carrying' a list", () => {
  it("lists what is carried, in a subject or after a determined noun", () => {
    expect(texts("A third barge carrying pumps, tents and 90 stoves is due in Osk on Friday.")).toEqual([
      "A third barge carrying pumps is due in Osk on Friday.",
      "A third barge carrying tents is due in Osk on Friday.",
      "A third barge carrying 90 stoves is due in Osk on Friday.",
    ]);
    const series = (text: string) => seriesList(text, 0)?.map((item) => item.text);
    expect(series("Vell sent a barge carrying pumps, tents and stoves.")?.[2]).toBe(
      "Vell sent a barge carrying stoves.",
    );
    expect(series("He was stopped while carrying cash, gold and a pistol.")).toBeUndefined();
  });
});

describe("things that 'form part of' a package, along with others", () => {
  it("are the package's items", () => {
    expect(texts("Pumps and boats form part of the package, alongside 12 cranes.", packageMemory())).toEqual([
      "The 600 million crown aid package for Castria includes pumps.",
      "The 600 million crown aid package for Castria includes boats.",
      "The 600 million crown aid package for Castria includes 12 cranes.",
    ]);
  });
});

describe("one-word modifiers before the kind the last item names", () => {
  it("keep the sentence whole ('Osk's farming, fishing and mining sectors')", () => {
    expect(splitListItems("Osk's farming, fishing and mining sectors", 0)).toBeNull();
    expect(splitListItems("bread, rice and bottles of water", 0)).toHaveLength(3);
  });
});

describe("two names sharing a kind after a lead", () => {
  it("are no pair of things ('deliver both Sparrow and KX-9 launchers')", () => {
    const text = "Osk will deliver both Sparrow and KX-9 launchers, along with short- and long-range rockets";
    expect(splitListItems(text, 0)?.map((i) => i.text)).not.toContain("Osk will deliver both Sparrow");
    expect(splitListItems(text, 0)?.map((i) => i.text)).not.toContain("short-");
  });
});

describe("a closing 'which include' after plural things given", () => {
  it("lists them as those things", () => {
    expect(texts("Osk sent new boats to Tesk on Friday, which include 4 tugs and 2 ferries.")).toEqual([
      "Osk sent new boats to Tesk on Friday.",
      "Osk's new boats include 4 tugs.",
      "Osk's new boats include 2 ferries.",
    ]);
  });
});

describe("lists a session's QA found unsplit (s12b lists)", () => {
  it("reads 'a further 40 vehicles' as an amount, so a relative clause after the subject lists two things", () => {
    const memory = new EntityMemory();
    memory.learn("Kesh will send a $90m aid package to Tesk.", null);
    expect(
      texts(
        "The package, which also includes $20m for radios and a further 30 trucks, was signed by Ana Roe.",
        memory,
      ),
    ).toEqual([
      "The $90m aid package for Tesk includes $20m for radios.",
      "The $90m aid package for Tesk includes a further 30 trucks.",
      "The $90m aid package for Tesk was signed by Ana Roe.",
    ]);
  });

  it("names the package for 'Among the items to be delivered … are', keeping when they come", () => {
    const memory = new EntityMemory();
    memory.learn("Kesh announced a $40m winter aid package for Tesk.", null);
    expect(texts("Among the items to be delivered in March are 200 stoves and 9,000 coats.", memory)).toEqual(
      [
        "The $40m winter aid package for Tesk includes 200 stoves, to be delivered in March.",
        "The $40m winter aid package for Tesk includes 9,000 coats, to be delivered in March.",
      ],
    );
  });

  it("reads 'such as A and B, as well as C' as two examples of the kind and one more thing", () => {
    expect(texts("Osk will buy goods such as rice and salt, plus 30 tractors.")).toEqual([
      "Osk will buy goods, such as rice.",
      "Osk will buy goods, such as salt.",
      "Osk will buy 30 tractors.",
    ]);
    expect(texts("Osk sent goods such as rice and salt, as well as fuel, to Tesk in May.")?.at(-1)).toBe(
      "Osk sent fuel to Tesk in May.",
    );
  });

  it("lists what 'military support, which included' holds, as the giver's", () => {
    expect(
      texts("The council also provided medical aid, which included 12 ambulances and a field clinic."),
    ).toEqual([
      "The council also provided medical aid.",
      "The council's medical aid includes 12 ambulances.",
      "The council's medical aid includes a field clinic.",
    ]);
  });
});

describe("gapped subjects with sums and a total (s12b lists)", () => {
  it("splits 'A pledged $20m, B $15m and C $5m, bringing total pledges to $90m' and keeps the total", () => {
    expect(texts("Osk pledged $20m, Tesk $15m and Varn $5m, bringing total pledges to $90m.")).toEqual([
      "Osk pledged $20m.",
      "Tesk pledged $15m.",
      "Varn pledged $5m.",
      "Total pledges reached $90m.",
    ]);
  });

  it("splits 'The army received 30 tanks and the navy 4 boats' with no comma", () => {
    expect(texts("The army received 30 tanks last year and the navy 4 boats.")).toEqual([
      "The army received 30 tanks last year.",
      "The navy received 4 boats.",
    ]);
  });
});

describe("closing participles, gapped kinds and counted colon leads (s12b lists)", () => {
  it("reads 'arrived … carrying A, B and C' as one claim per thing carried", () => {
    expect(texts("A column of 12 trucks reached Osk on Friday carrying rice, salt and tents.")).toEqual([
      "A column of 12 trucks reached Osk on Friday carrying rice.",
      "A column of 12 trucks reached Osk on Friday carrying salt.",
      "A column of 12 trucks reached Osk on Friday carrying tents.",
    ]);
  });

  it("gives each gapped kind the head it shares ('Defence spending rises to A, health to B')", () => {
    expect(
      texts("Farm spending falls to 3 billion crowns, road to 2 billion and rail to 1 billion."),
    ).toEqual([
      "Farm spending falls to 3 billion crowns.",
      "Road spending falls to 2 billion.",
      "Rail spending falls to 1 billion.",
    ]);
    expect(texts("Under the plan, farm spending will rise 6%, road 4% and rail 11%.")?.[2]).toBe(
      "Under the plan, rail spending will rise 11%.",
    );
    // "rents" is a noun of its own, no kind of price.
    expect(texts("Food prices rose by 4%, energy by 9% and rents by 2%.")).toBeUndefined();
  });

  it("reads a colon after counted things for someone as 'including' each item", () => {
    expect(texts("The bank approved two grants for Osk: $5m for roads and $3m for schools.")).toEqual([
      "The bank approved two grants for Osk, including $5m for roads.",
      "The bank approved two grants for Osk, including $3m for schools.",
    ]);
  });
});

describe("respective sums and things making up most of a thing (s12b lists)", () => {
  it("splits 'A and B have pledged $4m and $2m respectively to the fund', keeping what follows", () => {
    expect(texts("Osk and Tesk have pledged $4m and $2m respectively to the school fund.")).toEqual([
      "Osk has pledged $4m to the school fund.",
      "Tesk has pledged $2m to the school fund.",
    ]);
  });

  it("reads 'A, B and C make up the bulk of the first shipment' as the shipment's items", () => {
    expect(texts("Rice, tents and soap make up the bulk of the first shipment.", packageMemory())).toEqual([
      "The first shipment of the 600 million crown aid package for Castria includes rice.",
      "The first shipment of the 600 million crown aid package for Castria includes tents.",
      "The first shipment of the 600 million crown aid package for Castria includes soap.",
    ]);
  });
});

describe("a 'What it includes:' lead inside a paragraph (s12b lists)", () => {
  it("names the package described last for each item", () => {
    for (const lead of [
      "What it includes:",
      "What's in the package:",
      "Here is what the package will provide:",
    ])
      expect(texts(`${lead} rice, tents and soap.`, packageMemory())).toEqual([
        "The 600 million crown aid package for Castria includes rice.",
        "The 600 million crown aid package for Castria includes tents.",
        "The 600 million crown aid package for Castria includes soap.",
      ]);
  });
});

describe("a count measuring the noun before 'of' (s12b lists)", () => {
  it("is no shared object of things that are no counts", () => {
    // Not "… receive a monthly grant of a tent."
    expect(
      texts("Each family will receive a monthly grant of 90 euros, a tent and free meals."),
    ).toBeUndefined();
    expect(texts("Osk sent a package of 40 tanks, 12 boats and 3 cranes.")).toEqual([
      "Osk sent a package of 40 tanks.",
      "Osk sent a package of 12 boats.",
      "Osk sent a package of 3 cranes.",
    ]);
  });
});

describe("a thing's contents between dashes after the clause naming it (s12b lists)", () => {
  it("gives the clause without the dashes and one claim per thing the dashes hold", () => {
    expect(
      texts(
        "Osk announced new medical aid for Tesk on Friday — 12 ambulances, 900 beds and two clinics — worth $9m.",
      ),
    ).toEqual([
      "Osk announced new medical aid for Tesk on Friday worth $9m.",
      "The new medical aid for Tesk includes 12 ambulances.",
      "The new medical aid for Tesk includes 900 beds.",
      "The new medical aid for Tesk includes two clinics.",
    ]);
    // A list that ends the sentence has no closing dash.
    expect(texts("Osk announced a new aid package for Tesk — 12 ambulances and 900 beds.")).toEqual([
      "Osk announced a new aid package for Tesk.",
      "The new aid package for Tesk includes 12 ambulances.",
      "The new aid package for Tesk includes 900 beds.",
    ]);
  });
});

describe("'Also targeted were A, B and C' (s12b lists)", () => {
  it("says each in the usual order, the verb agreeing with it", () => {
    expect(texts("Also sanctioned were three judges, a bank in Osk and the head of the port.")).toEqual([
      "Three judges were also sanctioned.",
      "A bank in Osk was also sanctioned.",
      "The head of the port was also sanctioned.",
    ]);
  });
});

describe("'A, B and C were among those sanctioned' (s12b lists)", () => {
  it("says of each that it was among them", () => {
    expect(texts("Osk's mayor, two judges and the head of the port were among those arrested.")).toEqual([
      "Osk's mayor was among those arrested.",
      "Two judges were among those arrested.",
      "The head of the port was among those arrested.",
    ]);
  });
});

describe("'Those listed include A, B and C' (s12b lists)", () => {
  it("says of each that it is among those listed, a count of several being many", () => {
    expect(texts("Those named include two banks based in Osk, a judge and the head of the port.")).toEqual([
      "Two banks based in Osk are among those named.",
      "A judge is among those named.",
      "The head of the port is among those named.",
    ]);
  });
});

describe("a second clause that shares the first one's head noun", () => {
  const clauseTexts = (text: string) => splitClauses(text, 0).map((clause) => clause.text);

  it("repeats the head before the preposition ('Exports to China fell 8% and to the EU rose 1.5%')", () => {
    expect(clauseTexts("Exports to China fell 8% and to the EU rose 1.5%.")).toEqual([
      "Exports to China fell 8%",
      "Exports to the EU rose 1.5%",
    ]);
    expect(
      clauseTexts("Shipments to Asia plunged 19%, while exports to China fell 8% and to the EU rose 1.5%."),
    ).toEqual(["Shipments to Asia plunged 19%", "exports to China fell 8%", "Exports to the EU rose 1.5%"]);
  });

  it("leaves two objects of one verb and two infinitives alone", () => {
    expect(clauseTexts("Aid to Kesh and to Varna was cut by 40%.")).toHaveLength(1);
    expect(
      clauseTexts("I want to see market economies spring up and to the degree they do, we are succeeding."),
    ).not.toContain("I want to the degree they do, we are succeeding");
  });
});

describe("a measure of several kinds with the verb left out", () => {
  it("reads each kind as a measure of its own ('Sales of cars rose 14%, vans 8% and trucks 3%')", () => {
    expect(
      splitClauses("Sales of cars rose 14%, vans 8% and trucks 3%.", 0).map((clause) => clause.text),
    ).toEqual(["Sales of cars rose 14%", "Sales of vans rose 8%", "Sales of trucks rose 3%"]);
  });
});

describe("an aside saying something was expected", () => {
  it("ends the first predicate before 'but' ('kept rates at 4.25%, as expected, but signalled …')", () => {
    expect(
      splitClauses(
        "The central bank kept its key rate at 4.25% on Wednesday, as expected, but signalled it could cut rates in March.",
        0,
      ).map((clause) => clause.text),
    ).toEqual([
      "The central bank kept its key rate at 4.25% on Wednesday",
      "The central bank signalled it could cut rates in March",
    ]);
  });
});

describe("participles saying what an agreed thing does", () => {
  it("reads each as a claim of the thing ('agreed a package …, adding A and banning B')", () => {
    expect(
      texts(
        "EU governments on Monday agreed a 19th package of sanctions against Vostria, adding 117 vessels to a list of barred tankers and banning transactions with five more banks",
      ),
    ).toEqual([
      "EU governments on Monday agreed a 19th package of sanctions against Vostria.",
      "The 19th package of sanctions against Vostria adds 117 vessels to a list of barred tankers.",
      "The 19th package of sanctions against Vostria bans transactions with five more banks.",
    ]);
    expect(
      texts("The council approved new measures, capping rents and requiring landlords to register"),
    ).toEqual([
      "The council approved new measures.",
      "The new measures cap rents.",
      "The new measures require landlords to register.",
    ]);
  });

  it("leaves talk and a single participle alone", () => {
    expect(
      texts("The ministry unveiled a plan, saying it would cut costs and calling it historic"),
    ).not.toContain("The plan says it would cut costs.");
    expect(texts("The council approved a new budget, cutting 40 jobs")).toBeUndefined();
    expect(
      splitClauses("it would cut costs and calling it historic", 0).map((clause) => clause.text),
    ).toEqual(["it would cut costs and calling it historic"]);
  });
});

describe("figures compared with the first (s15)", () => {
  it("keeps 'up from A in X and B in Y' and 'compared with A in X and B in Y' whole", () => {
    expect(
      claimTexts(
        "The 2026 count found 3,100 people sleeping rough in Dorne, up from 2,600 in 2025 and 2,050 in 2024.",
      ),
    ).toEqual([
      "The 2026 count found 3,100 people sleeping rough in Dorne, up from 2,600 in 2025 and 2,050 in 2024.",
    ]);
    expect(
      claimTexts(
        "Norland's spending per pupil was the lowest of any province, at $9,100, compared with $9,800 in Vesk and $10,300 in Arden.",
      ),
    ).toHaveLength(1);
    expect(
      claimTexts(
        "Unemployment fell to 4.1 percent, down from 4.4 percent in May and 4.9 percent a year earlier.",
      ),
    ).toHaveLength(1);
  });
});

describe("lists of things sent (s15)", () => {
  it("reads a number after a model's name as the model's, and a spelled count as the first item's", () => {
    expect(
      seriesList(
        "Tavria has previously donated eight Karst 2 battle tanks, 39 armoured support vehicles, a howitzer battery and 12 drones.",
        0,
      )?.map((item) => item.text),
    ).toEqual([
      "Tavria has previously donated eight Karst 2 battle tanks.",
      "Tavria has previously donated 39 armoured support vehicles.",
      "Tavria has previously donated a howitzer battery.",
      "Tavria has previously donated 12 drones.",
    ]);
  });

  it("keeps one sum given to several recipients whole, as it is no sum for each", () => {
    expect(
      seriesList("The ministry announced $12m in emergency assistance for Dorne, Vesk and Arla.", 0),
    ).toBeNull();
  });

  it("shares only the place after 'a sum in kind to a place', not the kind", () => {
    expect(
      extractClaims({
        body: "Norland is to send a field hospital, medical supplies and an additional £14m in humanitarian funding to Arla.",
      }).map((claim) => claim.text),
    ).toEqual(
      expect.arrayContaining([
        "Norland is to send a field hospital to Arla.",
        "Norland is to send medical supplies to Arla.",
        "Norland is to send an additional £14m in humanitarian funding to Arla.",
      ]),
    );
  });
});

describe("an aside on who led the subject (s15)", () => {
  it("is no list of agents and no list item", () => {
    expect(
      extractClaims({
        body: "The study, led by researchers at the Halvik Institute in Varna, followed women in Norland, Vesk and Arden for an average of 14 years.",
      }).map((claim) => claim.text),
    ).toEqual([
      "The study, led by researchers at the Halvik Institute in Varna, followed women in Norland, Vesk and Arden for an average of 14 years.",
    ]);
  });
});

describe("gapped clauses read with care (s15)", () => {
  it("gives later names the first clause's verb and preposition", () => {
    expect(
      claimTexts(
        "Norland accounted for about a third of the spending, Vesk for 18% and the Arden Union for 16%.",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Norland accounted for about a third of the spending.",
        "Vesk accounted for 18%.",
        "The Arden Union accounted for 16%.",
      ]),
    );
  });

  it("keeps a participle's objects with the participle", () => {
    expect(claimTexts("The Harbour party more than doubled its share, winning 13.9% and 25 seats.")).toEqual([
      "The Harbour party more than doubled its share, winning 13.9% and 25 seats.",
    ]);
  });

  it("takes no name's head ('Health care') for one the later kinds share", () => {
    expect(
      claimTexts("Health care added 54,000 jobs, construction 38,000 and leisure and hospitality 31,000."),
    ).toEqual(["Health care added 54,000 jobs, construction 38,000 and leisure and hospitality 31,000."]);
    expect(
      claimTexts(
        "Defence spending rises to 2.4 billion crowns, health to 9.1 billion and roads to 7.3 billion.",
      ),
    ).toEqual([
      "Defence spending rises to 2.4 billion crowns, health to 9.1 billion and roads to 7.3 billion.",
    ]);
  });
});

describe("counts over calibres and long counted last items (s15)", () => {
  const claims = (body: string) =>
    extractClaims({ body })
      .sort((a, b) => a.start - b.start)
      .map((claim) => claim.text);

  it("keeps one count over two calibres whole", () => {
    expect(claims("The package includes 9,000 rounds of 155 mm and 105 mm artillery ammunition.")).toEqual([
      "The package includes 9,000 rounds of 155 mm and 105 mm artillery ammunition.",
    ]);
  });

  it("lets the last of three counted things carry a phrase of its own", () => {
    expect(
      claims(
        "Tavria would send four radar systems, 20 Karst 1 tanks and 30,000 rounds of 35 mm ammunition for its guns.",
      ),
    ).toEqual([
      "Tavria would send four radar systems.",
      "Tavria would send 20 Karst 1 tanks.",
      "Tavria would send 30,000 rounds of 35 mm ammunition for its guns.",
    ]);
  });
});

describe("names after a preposition, counts at places, lengths of time (s15)", () => {
  const claims = (body: string) =>
    extractClaims({ body })
      .sort((a, b) => a.start - b.start)
      .map((claim) => claim.text);

  it("gives every named place the first one's preposition", () => {
    expect(claims("Officials said Norland was importing chips through Vesk, Arla and Dorne.")).toEqual([
      "Norland was importing chips through Vesk.",
      "Norland was importing chips through Arla.",
      "Norland was importing chips through Dorne.",
    ]);
    expect(claims("The new sanctions package included companies in Vesk, Arla and Dorne.")).toEqual([
      "The new sanctions package included companies in Vesk.",
      "The new sanctions package included companies in Arla.",
      "The new sanctions package included companies in Dorne.",
    ]);
  });

  it("keeps 'in the past two years for 250 tanks, …' whole in every item", () => {
    expect(
      claims("Norland has signed deals in the past two years for 250 tanks, 486 launchers and 32 fighters."),
    ).toEqual([
      "Norland has signed deals in the past two years for 250 tanks.",
      "Norland has signed deals in the past two years for 486 launchers.",
      "Norland has signed deals in the past two years for 32 fighters.",
    ]);
  });

  it("reads counts at places as clauses, 'one' in the singular", () => {
    expect(
      claims("Fourteen people were killed in Vell, nine in Arno, three in Tesk and one in Kesh."),
    ).toEqual([
      "Fourteen people were killed in Vell.",
      "Nine people were killed in Arno.",
      "Three people were killed in Tesk.",
      "One person was killed in Kesh.",
    ]);
  });

  it("keeps one length of time whole", () => {
    expect(claims("Aaron Vale, 29, of Dorne, received 10 years and six months.")).toEqual([
      "Aaron Vale, 29, of Dorne, received 10 years and six months.",
    ]);
  });

  it("learns no thing from a phrase opening with 'despite'", () => {
    expect(
      claims(
        "Norland's economy grew by 3.6% in 2025, despite sanctions. Economists say the sanctions have had mixed results.",
      )[1],
    ).toBe("The sanctions have had mixed results.");
  });

  it("repeats no subject cut inside a quotation", () => {
    const body =
      'The mayor\'s statement that "we hired 300 new officers" is accurate but leaves out that the force is smaller.';
    expect(claims(body)).toEqual([body]);
  });
});

describe("a comma that closes a quoted phrase (s15)", () => {
  it("is no list separator before a participle or 'including'", () => {
    expect(
      claimTexts(
        'Ana Pell said needs remained "enormous," listing tents, heaters and water tanks as the most urgent.',
      ),
    ).toEqual(['Needs remained "enormous," listing tents, heaters and water tanks as the most urgent.']);
    expect(
      claimTexts(
        'Ana Pell said the bill held "the strongest safeguards in the world," including approval by two doctors and a judge.',
      ),
    ).toEqual([
      'The bill held "the strongest safeguards in the world," including approval by two doctors and a judge.',
    ]);
  });
});

describe("pairs of phrased nouns and lists of what a plural subject was (s16)", () => {
  it("splits two nouns that each carry a phrase after the same preposition", () => {
    const items = (text: string) => splitListItems(text, 0)?.map((i) => text.slice(i.start, i.end));
    expect(items("an asset freeze on 14 banks and a ban on coal imports")).toEqual([
      "an asset freeze on 14 banks",
      "a ban on coal imports",
    ]);
    expect(items("travel bans on 30 officials and limits on tin exports")).toEqual([
      "travel bans on 30 officials",
      "limits on tin exports",
    ]);
    expect(items("tax cuts for families and new funding for rural clinics")).toHaveLength(2);
  });

  it("keeps a pair whole when a verb opens a side or the prepositions differ", () => {
    expect(splitListItems("cuts costs for shippers and raises prices for buyers", 0)).toBeNull();
    expect(splitListItems("a ban on imports of coal and exports of tin", 0)).toBeNull();
  });

  it("says 'included' when each item is only one of what a plural subject was", () => {
    expect(texts("The victims were a teacher, a nurse and a student")).toEqual([
      "The victims included a teacher.",
      "The victims included a nurse.",
      "The victims included a student.",
    ]);
    expect(texts("Its main trading partners are Velk, Orsa and Tamin")?.[0]).toBe(
      "Its main trading partners include Velk.",
    );
  });
});

describe("a list of measures continued with 'They also include' (s16)", () => {
  it("names the measures in every later item", () => {
    const claims = extractClaims({
      body: "The emergency measures include rent freezes and bus passes. They also include free school meals and a moratorium on evictions, the council said.",
    }).map((claim) => claim.text);
    expect(claims).toContain("The emergency measures also include free school meals.");
    expect(claims).toContain("The emergency measures also include a moratorium on evictions.");
  });
});

describe("set terms and a clause after a list (s16)", () => {
  it("keeps set terms whose commas list nothing whole", () => {
    expect(
      splitListItems("2.1 times earnings before interest, tax, depreciation and amortisation", 0),
    ).toBeNull();
    expect(seriesList("Few had two doses of the measles, mumps and rubella vaccine.", 0)).toBeNull();
  });

  it("reads a last part with its own verb as the next clause, not an item", () => {
    expect(splitListItems("nine children under five, and one baby is in intensive care", 0)).toBeNull();
  });
});

describe("a past tense after a 'who' clause (s16)", () => {
  it("keeps 'urged anyone who had been … and developed …' whole", () => {
    expect(
      splitClauses("She urged anyone who had been at the clinics and developed a rash to call ahead", 0),
    ).toHaveLength(1);
  });
});

describe("respectively, carried things and phrases that are one item's (s16)", () => {
  it("pairs each subject with its value across a preposition, and agrees the verb", () => {
    expect(
      texts("Varn, Tesk and Lune grew by 9.1%, 7.8% and 5.2% respectively, the fastest rates in the region"),
    ).toEqual(["Varn grew by 9.1%.", "Tesk grew by 7.8%.", "Lune grew by 5.2%."]);
    expect(texts("The Green Party and the Farmers' League are on 12% and 10% respectively")).toEqual([
      "The Green Party is on 12%.",
      "The Farmers' League is on 10%.",
    ]);
  });

  it("keeps a 'respectively' sentence whole when its lists cannot be paired", () => {
    expect(
      texts(
        "The measure follows two earlier measures, adopted in 2029 and 2030, worth €95 million and €140 million respectively",
      ),
    ).toBeUndefined();
    expect(
      texts("The Dorne, Vell and Aster districts accounted for 18%, 14% and 11% of offences respectively"),
    ).toBeUndefined();
  });

  it("gives the things a participle of carrying takes the clause and the participle", () => {
    expect(
      texts("The first relief flights landed at Orsk airport, carrying tents, blankets and medical kits"),
    ).toEqual([
      "The first relief flights landed at Orsk airport, carrying tents.",
      "The first relief flights landed at Orsk airport, carrying blankets.",
      "The first relief flights landed at Orsk airport, carrying medical kits.",
    ]);
  });

  it("leaves a place after one new thing, or a relative clause's day, to the last item", () => {
    expect(
      texts(
        "The package also contains 200 missiles, recovery vehicles and a repair hub in Vesk to keep the tanks running",
      ),
    ).toEqual([
      "The package also includes 200 missiles.",
      "The package also includes recovery vehicles.",
      "The package also includes a repair hub in Vesk to keep the tanks running.",
    ]);
  });

  it("reads an 'and' after a phrase's noun as the phrase's, not a new item", () => {
    expect(
      texts(
        "Each basket contains 15 kilograms of cereals and 2 litres of oil, along with flour for children under five and nursing mothers",
      )?.at(-1),
    ).toBe("Each basket includes flour for children under five and nursing mothers.");
  });
});

describe("a sum after 'of' before counted things (s16)", () => {
  it("keeps 'revenue of about £14.8bn, 41,000 employees and 96 depots' whole", () => {
    expect(
      seriesList("The group will have annual revenue of about £14.8bn, 41,000 employees and 96 depots.", 0),
    ).toBeNull();
  });
});

describe("aid lists of the second round (s16)", () => {
  it("gives each gapped donor its own sum, whatever its currency's letters", () => {
    expect(texts("Vell committed €60 million, Japan $70 million and Canada C$45 million")).toEqual([
      "Vell committed €60 million.",
      "Japan committed $70 million.",
      "Canada committed C$45 million.",
    ]);
  });

  it("leaves a purpose to the last thing when the thing is 'sufficient' for it", () => {
    expect(
      texts(
        "The convoy carried 620 tonnes of flour, 12,000 hygiene kits and medical supplies sufficient to treat 50,000 people",
      ),
    ).toEqual([
      "The convoy carried 620 tonnes of flour.",
      "The convoy carried 12,000 hygiene kits.",
      "The convoy carried medical supplies sufficient to treat 50,000 people.",
    ]);
  });

  it("keeps what a bracket lists with its item", () => {
    expect(
      texts(
        "The package includes air defence (two systems and 40 interceptors), artillery (24 howitzers and 6,000 rounds) and 30 trucks",
      ),
    ).toEqual([
      "The package includes air defence (two systems and 40 interceptors).",
      "The package includes artillery (24 howitzers and 6,000 rounds).",
      "The package includes 30 trucks.",
    ]);
  });

  it("leaves the day of a clause without its 'that' to the last item", () => {
    expect(
      texts(
        "The package also includes four radars, 250 missiles and spare parts for the system the United States delivered last year",
      )?.[0],
    ).toBe("The package also includes four radars.");
  });

  it("keeps a role's name with the role in a list of signatories", () => {
    expect(
      seriesList(
        "The deal was signed by Orsa's Ambassador to Vell, Ivo Marek, and Finance Minister Ana Roe.",
        0,
      ),
    ).toBeNull();
  });

  it("keeps an opening 'Since …' clause with the clause it opens", () => {
    expect(
      splitClauses(
        "Since the war began, the country has sanctioned 4,000 individuals and entities linked to Orsk",
        0,
      ),
    ).toHaveLength(1);
  });
});

describe("ordinals in references and a combined value (s16)", () => {
  it("does not read 'the first tranche' as the headline's second one", () => {
    const claims = extractClaims({
      body: "Orsa delivers second tranche of aid to Vell\n\nOrsa delivered a second consignment of aid to Vell on Tuesday.\n\nThe first tranche, delivered on 9 May, included 40 tonnes of food and 6,000 sleeping mats.",
    }).map((claim) => claim.text);
    expect(claims).toContain("The first tranche, delivered on 9 May, included 40 tonnes of food.");
    expect(claims.some((text) => text.includes("delivers second tranche of aid to Vell,"))).toBe(false);
  });

  it("says a combined value of all the items once, of the group", () => {
    expect(
      texts(
        "The convoy included 40 tonnes of food, 6,000 mats and three water units, with a combined value of 22 million crowns",
      ),
    ).toEqual([
      "The convoy included 40 tonnes of food.",
      "The convoy included 6,000 mats.",
      "The convoy included three water units.",
      "The convoy included 40 tonnes of food, 6,000 mats and three water units, with a combined value of 22 million crowns.",
    ]);
  });
});

describe("a second predicate after a list (s17)", () => {
  it("splits ', and will …' or ', and hired …' after a series off it, and lists the series", () => {
    expect(
      splitClauses(
        "The council bought 40 buses, 12 trams and six ferries, and will open a depot in May",
        0,
      ).map((piece) => piece.text),
    ).toEqual([
      "The council bought 40 buses, 12 trams and six ferries",
      "The council will open a depot in May",
    ]);
    expect(
      claimTexts("Medics handed out 900 tents, 4,000 blankets and 60 stoves, and set up two field clinics."),
    ).toEqual(
      expect.arrayContaining([
        "Medics handed out 900 tents.",
        "Medics handed out 60 stoves.",
        "Medics set up two field clinics.",
      ]),
    );
  });

  it("keeps the sentence whole without the series' own 'and', or after 'but'", () => {
    const whole = (text: string) => splitClauses(text, 0).map((piece) => piece.text);
    expect(whole("Everyone who was in town then, and had been there, knew it was closed")).toHaveLength(1);
    expect(whole("The firm sold 40 vans, 12 lorries and two boats, but had kept its depot")).toHaveLength(1);
  });
});

describe("an appeal is a thing later sentences name (s17)", () => {
  it("reads an appeal's 'It seeks …' as the appeal's", () => {
    const claims = extractClaims({
      body: "The Red Cross launched an emergency appeal for Ostvar on Monday. It seeks 40 million francs to shelter 90,000 people.",
    });
    expect(claims.map((claim) => claim.text)).toContain(
      "The emergency appeal for Ostvar seeks 40 million francs to shelter 90,000 people.",
    );
  });
});

describe("gapped perfects and whole values in a package's name (s17)", () => {
  it("gives each gapped donor of 'has given' its own sum", () => {
    expect(
      claimTexts("Norland has given $81 million, the Arden Union $42 million and Tessia $19 million."),
    ).toEqual(
      expect.arrayContaining([
        "Norland has given $81 million.",
        "The Arden Union has given $42 million.",
        "Tessia has given $19 million.",
      ]),
    );
  });

  it("keeps the whole amount of 'worth up to $310 million' and '1.4 billion euro ($1.5 billion)'", () => {
    expect(
      claimTexts(
        "Today, the ministry announces a new package of aid for Kesh worth up to $310 million. The package includes 12 trucks, 40 radios and 300 tents.",
      ),
    ).toContain("The new package of aid for Kesh worth up to $310 million includes 40 radios.");
    expect(
      claimTexts(
        "Norland will send Kesh a new 1.4 billion euro ($1.5 billion) military aid package. The package includes 60 guns and 12 radars.",
      ),
    ).toContain("The 1.4 billion euro ($1.5 billion) military aid package includes 12 radars.");
  });
});

describe("ranges and counts in brackets after names (s17)", () => {
  it("keeps 'between 30 October and 5 November' one range", () => {
    expect(
      claimTexts("Tallis Research surveyed 2,104 adults online between 30 October and 5 November."),
    ).toEqual(["Tallis Research surveyed 2,104 adults online between 30 October and 5 November."]);
  });

  it("leaves a bracketed count after a name where it is, and the lead before the first item", () => {
    expect(
      claimTexts("The largest groups were born in Norland (142,000), Tessia (118,000) and Vark (97,000)."),
    ).toEqual(
      expect.arrayContaining([
        "The largest groups were born in Norland (142,000).",
        "The largest groups were born in Tessia (118,000).",
      ]),
    );
  });
});

describe("gapped donors in one-word sums, and a ranking's runners-up (s17)", () => {
  it("gives each donor of '€120m, the Arden Union €42m … and Tessia $28m' its own pledge", () => {
    const texts = claimTexts(
      "Norland pledged €120m, the Arden Union €42m, Vark 300m Danish kroner and Tessia $28m.",
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "Norland pledged €120m.",
        "The Arden Union pledged €42m.",
        "Vark pledged 300m Danish kroner.",
        "Tessia pledged $28m.",
      ]),
    );
    expect(texts.some((text) => text.startsWith("Norland pledged Tessia"))).toBe(false);
  });

  it("reads no hedge as a gapped subject after a sum in one word", () => {
    const pieces = splitClauses(
      "The freeze will raise £3.1bn a year and pull about 180,000 more people into the band",
      0,
    );
    expect(pieces.some((piece) => piece.text.includes("about will raise"))).toBe(false);
  });

  it("keeps 'followed by A with 22 million and B with 15 million' whole", () => {
    expect(
      claimTexts(
        "Vark gave the largest amount, 28 million euros, followed by Tessia with 22 million and Orn with 15 million.",
      ),
    ).toEqual([
      "Vark gave the largest amount, 28 million euros, followed by Tessia with 22 million and Orn with 15 million.",
    ]);
  });
});

describe("lists that are no lists, and a first item after 'to' (s17)", () => {
  it("keeps a figure's appositive and cause out of any list", () => {
    const sentence =
      "Prices rose 3.2% in January from a year earlier, the fastest pace since 2024, driven by food and fuel costs.";
    expect(claimTexts(sentence)).toEqual([sentence]);
  });

  it("reads 'not guilty to securities fraud, wire fraud and conspiracy charges' as three charges", () => {
    expect(
      claimTexts("Tal has pleaded not guilty to securities fraud, wire fraud and conspiracy charges."),
    ).toEqual(
      expect.arrayContaining([
        "Tal has pleaded not guilty to securities fraud.",
        "Tal has pleaded not guilty to wire fraud.",
        "Tal has pleaded not guilty to conspiracy charges.",
      ]),
    );
  });

  it("keeps a count over several places, and the names of people identified, whole", () => {
    const total =
      "The aid will reach 1.8 million people in the regions of Orno, Vell and Tass over the next three months.";
    expect(claimTexts(total)).toEqual([total]);
    const named =
      "The men were identified as Ivo Tarn, 24, of Lune; Pol Vesk, 29, of Arden; and Tom Rell, 22, of Bex.";
    expect(claimTexts(named)).toEqual([named]);
  });
});

describe("predicates inside a subordinate clause (s17)", () => {
  const pieces = (text: string) => splitClauses(text, 0).map((piece) => piece.text);

  it("does not give the sentence's subject the 'after' clause's second predicate", () => {
    expect(
      pieces(
        "Tarn Foods shares fell 14% on Tuesday after the maker of crisps and biscuits reported weak sales and cut its outlook",
      ),
    ).toHaveLength(1);
  });

  it("still splits after a phrase that is no clause", () => {
    expect(pieces("Police arrested 14 people after a raid and seized 200 kilograms of cocaine")).toEqual([
      "Police arrested 14 people after a raid",
      "Police seized 200 kilograms of cocaine",
    ]);
  });
});

describe("one sum over several purposes (s17)", () => {
  it("keeps a sum spent on several things, or set aside for them, whole", () => {
    const spent = "The council had spent £1.1m of its own reserves on pumps, skips and temporary housing.";
    expect(claimTexts(spent)).toEqual([spent]);
    const earmarked =
      "Of the total, $40m is earmarked for demining, 12 bulldozers and training for 300 engineers.";
    expect(claimTexts(earmarked)).toEqual([earmarked]);
  });

  it("still lists a sum that is one item among counted things", () => {
    expect(
      claimTexts("The package includes $40m for demining, 12 bulldozers and training for engineers."),
    ).toContain("The package includes 12 bulldozers.");
  });
});

describe("whom a package is for, and sums or gerunds over several things (s17)", () => {
  it("keeps 'a package for households, farms and businesses' whole, and names the package so", () => {
    const texts = claimTexts(
      "The cabinet has approved a €185 million recovery package for households, farms and businesses.\n\nThe package includes tents for families, blankets and stoves.",
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "The cabinet has approved a €185 million recovery package for households, farms and businesses.",
        "The €185 million recovery package for households, farms and businesses includes blankets.",
        "The €185 million recovery package for households, farms and businesses includes tents for families.",
      ]),
    );
    expect(texts.some((text) => text.includes("tents for blankets"))).toBe(false);
  });

  it("still gives 'funding for' and 'subsidies for farmers' to each item", () => {
    expect(claimTexts("The grant provides funding for border fences, training and fuel.")).toContain(
      "The grant provides funding for training.",
    );
    expect(claimTexts("The plan includes fuel subsidies for farmers, fishers and truckers.")).toContain(
      "The plan includes fuel subsidies for fishers.",
    );
  });

  it("keeps one sum 'not only for A but also for B', and a gerund's two objects, whole", () => {
    const pledge = "Tessia pledged 450 million euros, not only for food and shelter but also for schooling.";
    expect(claimTexts(pledge)).toEqual([pledge]);
    const gerund = "Two thirds of the package goes to protecting cities and infrastructure.";
    expect(claimTexts(gerund)).toEqual([gerund]);
  });
});

describe("things named inside a quotation (s17)", () => {
  it("are no things a later 'it' or reference means", () => {
    const texts = extractClaims({
      body: 'Vessia condemned the sale and said it would take "resolute and forceful measures".\n\nA second case, worth $780 million, includes 120 drones. It also covers ground stations and spare parts.',
    }).map((claim) => claim.text);
    expect(texts.some((text) => text.includes("forceful measures also"))).toBe(false);
  });
});

describe("'amongst others' and 'comprises of' (s17)", () => {
  it("lists the items of 'comprises of A, B and C, amongst others'", () => {
    const texts = extractClaims({
      body: "The consignment comprises of tents, blankets, sleeping mats and solar lamps, amongst others.",
    }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining(["The consignment includes tents.", "The consignment includes solar lamps."]),
    );
  });
});

describe("a count in the first thing's own phrase after 'for' (s17)", () => {
  it("reads 'food for 40,000 people, 12 generators and 300 tents' as three things carried", () => {
    const texts = extractClaims({
      body: "The convoy carried food for 40,000 people, 12 generators and 300 tents.",
    }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "The convoy carried food for 40,000 people.",
        "The convoy carried 12 generators.",
        "The convoy carried 300 tents.",
      ]),
    );
  });

  it("keeps 'will pay for A, B and C' and 'funding for' as they were", () => {
    const texts = extractClaims({
      body: "The £2bn will pay for two frigates, 24 helicopters and 1,500 reservists.",
    }).map((claim) => claim.text);
    expect(texts).toContain("The £2bn will pay for 24 helicopters.");
  });
});

describe("currencies written as words and codes (s18)", () => {
  it("keeps a currency code with its own sum, and gives later counted things none", () => {
    const texts = claimTexts(
      "The government has allocated Tk 4.5 crore in cash, 2,100 tonnes of rice and 15,000 blankets.",
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "The government has allocated Tk 4.5 crore in cash.",
        "The government has allocated 2,100 tonnes of rice.",
        "The government has allocated 15,000 blankets.",
      ]),
    );
  });

  it("pairs 'respectively' values that name their own currencies, and shares a last value's measure", () => {
    expect(
      texts(
        "Arvia, Qesh and the United Kingdom pledged $10 million, $25 million and 8 million pounds respectively.",
      ),
    ).toEqual([
      "Arvia pledged $10 million.",
      "Qesh pledged $25 million.",
      "The United Kingdom pledged 8 million pounds.",
    ]);
    expect(texts("Osk, Tesk and Lune gave 40, 30 and 20 million euros respectively.")).toEqual([
      "Osk gave 40 million euros.",
      "Tesk gave 30 million euros.",
      "Lune gave 20 million euros.",
    ]);
    expect(
      texts(
        "Canada, Norway and Switzerland pledged 60 million Canadian dollars, 500 million Norwegian kroner and 45 million Swiss francs, respectively.",
      ),
    ).toEqual([
      "Canada pledged 60 million Canadian dollars.",
      "Norway pledged 500 million Norwegian kroner.",
      "Switzerland pledged 45 million Swiss francs.",
    ]);
  });

  it("pairs 'respectively' values after an opening phrase, which each claim keeps", () => {
    expect(
      texts(
        "At a meeting of donors in Paris on Thursday, the UK, Osk and Tesk announced new funding of £25m, €40m and €15m respectively.",
      ),
    ).toEqual([
      "At a meeting of donors in Paris on Thursday, the UK announced new funding of £25m.",
      "At a meeting of donors in Paris on Thursday, Osk announced new funding of €40m.",
      "At a meeting of donors in Paris on Thursday, Tesk announced new funding of €15m.",
    ]);
  });

  it("reads every gapped donor whose sum names its currency ('Italy 40 million euros')", () => {
    expect(
      claimTexts("Britain pledged 45 million pounds, Italy 40 million euros and Denmark 200 million kroner."),
    ).toEqual(
      expect.arrayContaining([
        "Britain pledged 45 million pounds.",
        "Italy pledged 40 million euros.",
        "Denmark pledged 200 million kroner.",
      ]),
    );
  });

  it("keeps a spelled count of teams sent to several places whole", () => {
    expect(
      claimTexts("Medaid has deployed three emergency medical teams to Dinar, Siro and Sula City."),
    ).toEqual(["Medaid has deployed three emergency medical teams to Dinar, Siro and Sula City."]);
  });
});

describe("model codes, company names and one sum paid for two things (s18)", () => {
  it("reads 'M577 armoured command vehicles' as one thing, so later items keep no part of it", () => {
    expect(
      claimTexts("Valdonia pledged M577 armoured command vehicles, anti-drone systems and 35,000 rounds."),
    ).toEqual(
      expect.arrayContaining([
        "Valdonia pledged M577 armoured command vehicles.",
        "Valdonia pledged anti-drone systems.",
        "Valdonia pledged 35,000 rounds.",
      ]),
    );
    expect(
      claimTexts(
        "Valdonia has provided Castria with radar spares, M113 and M577 armoured vehicles, L-70 guns and mortars.",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Valdonia has provided Castria with M113 armoured vehicles.",
        "Valdonia has provided Castria with M577 armoured vehicles.",
        "Valdonia has provided Castria with L-70 guns.",
      ]),
    );
  });

  it("keeps a company's name with 'and' in it after its role whole", () => {
    expect(
      claimTexts(
        "The plant employs about 360 people through its operating contractor, Brask Ordnance and Tactical Systems.",
      ),
    ).toEqual([
      "The plant employs about 360 people through its operating contractor, Brask Ordnance and Tactical Systems.",
    ]);
  });

  it("keeps one sum paid for two things whole, and still splits two sums", () => {
    expect(
      claimTexts("The clinic asked her to pay £1,400 privately for a filling and two extractions."),
    ).toEqual(["The clinic asked her to pay £1,400 privately for a filling and two extractions."]);
    expect(claimTexts("The council will pay £4 million for roads and £2 million for parks.")).toEqual(
      expect.arrayContaining([
        "The council will pay £4 million for roads.",
        "The council will pay £2 million for parks.",
      ]),
    );
  });
});

describe("lists that are none: adjectives of one noun, a range's two ends (s18)", () => {
  it("keeps adjectives before one noun whole", () => {
    expect(
      claimTexts("Preserving glaciers is not just an environmental, economic and societal necessity."),
    ).toEqual(["Preserving glaciers is not just an environmental, economic and societal necessity."]);
    expect(claimTexts("We have a modern, federally inspected plant and a trained workforce.")).toEqual([
      "We have a modern, federally inspected plant and a trained workforce.",
    ]);
    expect(claimTexts("She met an official, two diplomats and a minister.")).toContain(
      "She met two diplomats.",
    );
  });

  it("keeps 'between Canal Street and Route 110' whole, and still splits shares", () => {
    expect(
      texts("Mill Street will remain closed between Canal Street and Route 110 until Wednesday."),
    ).toBeUndefined();
    expect(
      texts("Aid totals 9 billion crowns, split between housing (6 billion) and roads (3 billion)."),
    ).toHaveLength(2);
  });
});

describe("leads over lines: 'recommend that X:', 'the following measures come into force:', 'Fatigue (61%)' (s18)", () => {
  it("reads a 'that' clause's subject on into each line's base verb, without the colon", () => {
    const body =
      "The study's authors recommend that cities:\n\n- fund air conditioners for low-income seniors;\n- Open cooling centres before heat warnings are issued;\n- track heat deaths in real time.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The study's authors recommend that cities fund air conditioners for low-income seniors.",
        "The study's authors recommend that cities open cooling centres before heat warnings are issued.",
      ]),
    );
  });

  it("gives each clause under 'the following measures come into force:' the lead's opening phrase only", () => {
    const body =
      "Under Stage 4, the following measures come into force:\n\n- entry of trucks into the city is banned;\n- construction work on public projects is suspended.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "Under Stage 4, entry of trucks into the city is banned.",
        "Under Stage 4, construction work on public projects is suspended.",
      ]),
    );
  });

  it("reads unmarked lines ending in a bracketed count as the lead's items", () => {
    const body =
      "The most commonly reported symptoms were:\n\nFatigue (61%)\nBrain fog (44%)\nShortness of breath (29%)";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The most commonly reported symptoms included fatigue (61%).",
        "The most commonly reported symptoms included brain fog (44%).",
        "The most commonly reported symptoms included shortness of breath (29%).",
      ]),
    );
  });
});

describe("what each thing holds, and a situation report's boxes (s18)", () => {
  it.each([
    "Partners have distributed 4,200 shelter kits, each consisting of two tarpaulins, a rope, a toolkit and fixings.",
    "The agency has provided 410 tonnes of food to 28,000 people, made up of maize meal, pulses, oil and salt.",
    "The department has distributed 620,000 food packs, each containing 6 kilos of rice, 4 cans of fish and coffee.",
    "Mobile health brigades (eight) are operating in Caia, Mopeia and Morrumbala.",
  ])("keeps %s whole", (sentence) => {
    expect(claimTexts(sentence)).toEqual([sentence]);
  });

  it("reads sentences under 'Needs:' and 'Response:' as claims of their own, lists and all", () => {
    const body =
      "Shelter\nNeeds:\n- An estimated 9,500 households require emergency shelter.\nResponse:\n- The agency has distributed 6,800 blankets and 3,100 kitchen sets in Mopeia.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "An estimated 9,500 households require emergency shelter.",
        "The agency has distributed 6,800 blankets in Mopeia.",
        "The agency has distributed 3,100 kitchen sets in Mopeia.",
      ]),
    );
  });
});

describe("a modal going on a clause of belief inside the object (s18)", () => {
  it("keeps 'people he knew would trust him and would be slow to complain' whole", () => {
    expect(
      claimTexts(
        "Moran had deliberately chosen people he knew would trust him and would be slow to complain.",
      ),
    ).toEqual([
      "Moran had deliberately chosen people he knew would trust him and would be slow to complain.",
    ]);
  });
});

describe("a colon's semicolon list with 'including' inside one item (s18)", () => {
  it("lists the semicolon items, each read on from the lead without its hedge", () => {
    const texts = claimTexts(
      "Our countries have delivered to Castria, among other things: 31 fighter aircraft; 46 infantry fighting vehicles; air defence systems including launchers and missiles; and more than 1.2 million drones.",
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "Our countries have delivered to Castria 31 fighter aircraft.",
        "Our countries have delivered to Castria air defence systems including launchers and missiles.",
        "Our countries have delivered to Castria more than 1.2 million drones.",
      ]),
    );
    expect(texts.some((text) => text.includes("systems including more than"))).toBe(false);
  });
});

describe("a list inside the last of several sums (s18)", () => {
  it("keeps 'Rs 150 crore for restoration of schools, anganwadi centres and health sub-centres' one item", () => {
    const texts = claimTexts(
      "The minister said the package would consist of four components: Rs 450 crore for repair of roads, Rs 380 crore for housing, Rs 220 crore for crop losses, and Rs 150 crore for restoration of schools, anganwadi centres and health sub-centres.",
    );
    expect(texts).toHaveLength(4);
    expect(texts.some((text) => text.endsWith("include anganwadi centres."))).toBe(false);
  });
});

describe("a 'separate' package after a time phrase (s19)", () => {
  it("names the giver's package, not 'The separate package'", () => {
    const texts = claimTexts(
      "Norvland on Tuesday pledged a separate €2.7 billion package that includes 30 tanks, 20 infantry fighting vehicles and four air defence systems.",
    );
    expect(texts).toContain("Norvland's €2.7 billion package includes 30 tanks.");
    expect(texts).toContain("Norvland's €2.7 billion package includes four air defence systems.");
    expect(texts.some((text) => text.includes("separate €2.7 billion package includes"))).toBe(false);
  });

  it("remembers a separate package as its giver's", () => {
    const memory = new EntityMemory();
    memory.learn("Norvland pledged a separate €2.7 billion package for Castria.", null);
    expect(memory.find("the package")?.phrase).toBe("Norvland's €2.7 billion package for Castria");
  });
});

describe("sums in rupees (s19)", () => {
  it("gives the second of two amounts in rupees the verb the first one has", () => {
    expect(texts("Of the total, Rs 850 crore will go to Vantra and Rs 350 crore to Mehal")).toEqual([
      "Of the total, Rs 850 crore will go to Vantra.",
      "Of the total, Rs 350 crore will go to Mehal.",
    ]);
  });

  it("names 'Of this' after a sum in crore", () => {
    expect(
      claimTexts(
        "The Centre on Monday released Rs 1,200 crore to Vantra and Mehal for flood relief, officials said. Of this, Rs 850 crore will go to Vantra and Rs 350 crore to Mehal, an official said.",
      ),
    ).toContain("Of the Rs 1,200 crore, Rs 350 crore will go to Mehal.");
  });
});

describe("a remainder several places share (s19)", () => {
  it("stays one claim: none of them gets all of it", () => {
    expect(texts("The remainder is for Chad, South Sudan and Egypt")).toBeUndefined();
    expect(texts("The rest will go to the Red Cross and Caritas")).toBeUndefined();
  });
});

describe("a plural subject opened by an '-ing' word (s19)", () => {
  it("is no subject to repeat: 'Shrinking glaciers also raise the risk of A and B as …' stays whole", () => {
    expect(
      splitClauses(
        "Shrinking glaciers also raise the risk of rockfalls and mudslides as the ground thaws",
        0,
      ),
    ).toHaveLength(1);
  });
});

describe("a list before a tag and the reporter's 'as …' (s19)", () => {
  it("still splits into its items", () => {
    const texts = claimTexts(
      "Norvland will send Kesh a new $425 million weapons package that includes air defense interceptors, 155mm and 105mm artillery rounds, and armored vehicles, the ministry said on Tuesday, as Kesh braces for a winter of strikes.",
    );
    expect(texts).toContain("The new $425 million weapons package includes 105mm artillery rounds.");
    expect(texts).toContain("The new $425 million weapons package includes armored vehicles.");
  });
});

describe("a subject with a relative clause without 'that' (s19)", () => {
  it("keeps the series' verb in every item: 'a convoy it organised delivered A, B and C'", () => {
    expect(
      texts("a convoy it organised delivered surgical kits, anaesthetics and insulin to Al-Ahli hospital"),
    ).toEqual([
      "A convoy delivered surgical kits to Al-Ahli hospital.",
      "A convoy delivered anaesthetics to Al-Ahli hospital.",
      "A convoy delivered insulin to Al-Ahli hospital.",
    ]);
  });
});

describe("two origins of one kind of thing (s19)", () => {
  it("splits 'Swedish-made and second-hand Estonian ammunition' sharing the noun", () => {
    expect(texts("The package includes radars, Swedish-made and second-hand Estonian ammunition")).toEqual([
      "The package includes radars.",
      "The package includes Swedish-made ammunition.",
      "The package includes second-hand Estonian ammunition.",
    ]);
  });
});

describe("two origins of one kind before 'as well as' (s19)", () => {
  it("still share the noun", () => {
    expect(
      texts(
        "It also includes Swedish-made and second-hand Estonian ammunition, as well as mine clearance equipment",
      ),
    ).toEqual([
      "It also includes Swedish-made ammunition.",
      "It also includes second-hand Estonian ammunition.",
      "It also includes mine clearance equipment.",
    ]);
  });
});

describe("a last part after 'as well as' with two 'and's (s19)", () => {
  it("stays one item rather than pairing words wrongly ('includes U.S. government.')", () => {
    expect(
      texts(
        "The package includes radar spares, as well as U.S. government and contractor engineering and logistics services",
      ),
    ).toEqual([
      "The package includes radar spares.",
      "The package includes U.S. government and contractor engineering and logistics services.",
    ]);
  });
});

describe("a grant to a recipient closing a list (s20)", () => {
  it("keeps the recipient with the grant, not with every item", () => {
    expect(
      texts(
        "The aid includes 50 generators, 20 field kitchens and a grant of $4 million to the state utility Ergon",
      ),
    ).toEqual([
      "The aid includes 50 generators.",
      "The aid includes 20 field kitchens.",
      "The aid includes a grant of $4 million to the state utility Ergon.",
    ]);
  });
});

describe("a count across places named with 'of' (s20)", () => {
  it("stays whole: no one county has all 2.4 million customers", () => {
    const body =
      "Wessex Power serves about 2.4 million customers across Dorset, Wiltshire and the Isle of Purbeck.";
    expect(claimTexts(body)).toEqual([body]);
  });
});

describe("semicolons between clauses and between sums (s20)", () => {
  it("reads a repeated verb with its own subject as a clause, not an item", () => {
    expect(texts("The ferry company blames low tides; islanders blame the new timetable")).toEqual([
      "The ferry company blames low tides.",
      "Islanders blame the new timetable.",
    ]);
  });

  it("keeps an 'including' inside one semicolon item with that item", () => {
    expect(
      texts(
        "The council will spend NOK 8 billion on care homes; NOK 5 billion on roads; NOK 3 billion on schools, including 12 new gyms; and NOK 2 billion on libraries",
      ),
    ).toEqual([
      "The council will spend NOK 8 billion on care homes.",
      "The council will spend NOK 5 billion on roads.",
      "The council will spend NOK 3 billion on schools, including 12 new gyms.",
      "The council will spend NOK 2 billion on libraries.",
    ]);
  });
});

describe("a list inside the last of several sums (s20)", () => {
  it("keeps what a hedged last sum was spent on with it ('around £90,000 on cars, boats and watches')", () => {
    expect(
      texts(
        "The bursar spent £210,000 on a flat, £65,000 on a yacht, and around £90,000 on cars, boats and watches",
      ),
    ).toEqual([
      "The bursar spent £210,000 on a flat.",
      "The bursar spent £65,000 on a yacht.",
      "The bursar spent around £90,000 on cars, boats and watches.",
    ]);
  });
});

describe("a participle between commas after a subject with a phrase (s20)", () => {
  it("is no item of a list ('The accounts for the season, filed in May, showed …')", () => {
    const body = "The accounts for the 2024 season, filed in May, showed revenue of £90m and a loss of £4m.";
    expect(claimTexts(body).some((text) => text.includes("The accounts for filed"))).toBe(false);
    expect(claimTexts(body).some((text) => text.includes("£90m"))).toBe(true);
  });
});

describe("a town's country and a closing reason in an inclusion list (s20)", () => {
  it("keeps 'Tarvik, Norway' one place and the reason out of the items", () => {
    const body =
      "The shipyard will invest €900 million in Scandinavia, including a new dry dock in Tarvik, Norway, as it seeks to win navy contracts.";
    expect(claimTexts(body)).toEqual([body]);
  });

  it("says each item with the reason", () => {
    expect(
      texts("The agency bought 40 boats, including 12 lifeboats and six tugs, as it prepares for winter"),
    ).toEqual([
      "The agency bought 40 boats, including 12 lifeboats, as it prepares for winter.",
      "The agency bought 40 boats, including six tugs, as it prepares for winter.",
    ]);
  });

  it("still lists countries after a country ('to Kenya, Uganda and Chad')", () => {
    expect(texts("The grain went to Kenya, Uganda and Chad")).toHaveLength(3);
  });
});

describe("a 'due in' aside after the subject of a list (s20)", () => {
  it("is no item ('A second batch, due in May, adds A, B and C')", () => {
    expect(texts("A second batch, due in May, adds 90 pumps, 14 boats and 600 tents")).toEqual([
      "A second batch adds 90 pumps.",
      "A second batch adds 14 boats.",
      "A second batch adds 600 tents.",
    ]);
  });
});

describe("aid appeal list styles (s20)", () => {
  it("keeps one sum for several purposes after a colon whole", () => {
    expect(
      texts("Shelter: US$40 million to repair 900 homes, hand out 3,000 tents and clear rubble"),
    ).toBeUndefined();
  });

  it("gives 'to the northern regions' after counted things to every one of them", () => {
    expect(texts("The agency delivered 30 pumps, 12 boats and four cranes to the northern regions")).toEqual([
      "The agency delivered 30 pumps to the northern regions.",
      "The agency delivered 12 boats to the northern regions.",
      "The agency delivered four cranes to the northern regions.",
    ]);
  });

  it("pairs sums written with a spaced currency code ('R$ 9 billion')", () => {
    expect(texts("The state will give R$ 9 billion to towns and R$ 2 billion to clinics")).toEqual([
      "The state will give R$ 9 billion to towns.",
      "The state will give R$ 2 billion to clinics.",
    ]);
  });

  it("makes no claim of a sentence that only announces a list", () => {
    const body =
      "The relief plan is divided into the following measures. Cash payments of €300 will reach 40,000 families by May.";
    expect(claimTexts(body)).toEqual(["Cash payments of €300 will reach 40,000 families by May."]);
  });
});

describe("a plural thing before 'for' and a count, after a modal's verb (s20)", () => {
  it("keeps 'food rations for 600,000 people' one item, not a head for the later things", () => {
    expect(texts("The grant will fund food rations for 90,000 people, water filters and vaccines")).toEqual([
      "The grant will fund food rations for 90,000 people.",
      "The grant will fund water filters.",
      "The grant will fund vaccines.",
    ]);
  });
});

describe("lists after 'to' (s22)", () => {
  it("keeps a noun after 'to' whole ('to nursing homes', 'to everyone over 65')", () => {
    expect(texts("The ministry will send teams to nursing homes, prisons and remote villages")).toEqual([
      "The ministry will send teams to nursing homes.",
      "The ministry will send teams to prisons.",
      "The ministry will send teams to remote villages.",
    ]);
    expect(
      texts("The state will offer free vaccines to everyone over 65, pregnant women and children"),
    ).toEqual([
      "The state will offer free vaccines to everyone over 65.",
      "The state will offer free vaccines to pregnant women.",
      "The state will offer free vaccines to children.",
    ]);
  });

  it("reads an infinitive's objects after 'plans to open' without repeating the lead", () => {
    expect(claimTexts("The charity plans to open schools, clinics and wells.")).toEqual([
      "The charity plans to open schools.",
      "The charity plans to open clinics.",
      "The charity plans to open wells.",
    ]);
  });

  it("names no bare count in a year after a preposition ('by 2027')", () => {
    expect(
      claimTexts("Velto plans to hire 2,000 engineers, open two plants and launch five models by 2027."),
    ).toContain("Velto plans to launch five models by 2027.");
  });
});

describe("clauses with a modal each (s22)", () => {
  it("splits a series of sums that each 'would' do something, keeping the opening phrase", () => {
    expect(
      splitClauses(
        "Of the grant, $23 million would repair roads, $11 million would pay nurses and $4 million would buy buses",
        0,
      ).map((piece) => piece.text),
    ).toEqual([
      "Of the grant, $23 million would repair roads",
      "Of the grant, $11 million would pay nurses",
      "Of the grant, $4 million would buy buses",
    ]);
  });

  it("splits two clauses with the same modal and their own subjects, with no comma", () => {
    expect(claimTexts("The city would get 40 buses and the region would get 12 trains.")).toEqual([
      "The city would get 40 buses.",
      "The region would get 12 trains.",
    ]);
  });

  it("keeps a modal inside a relative clause in its noun phrase", () => {
    expect(
      claimTexts("Youth jobs would be our priority, both the 1980 act and a program that I would fund."),
    ).toHaveLength(1);
  });
});

describe("shares of a bill (s22)", () => {
  const body =
    "The Senate passed a $95 billion aid bill. The bill provides $61 billion for Vesk. Of that, $11 billion would fund military operations and $14 billion would buy new weapons. It also sets aside $26 billion for Orland.";

  it("reads 'Of that' as the share the sentence before gave, in every clause", () => {
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "Of the $61 billion, $11 billion would fund military operations.",
        "Of the $61 billion, $14 billion would buy new weapons.",
      ]),
    );
  });

  it("reads 'fund' after 'would' as a verb, and 'It' after the share as the bill", () => {
    expect(claimTexts(body)).toContain("The $95 billion aid bill also sets aside $26 billion for Orland.");
  });
});

describe("an opening phrase before two clauses (s22)", () => {
  it("goes with the second clause when it says where or of what, not when it is a discourse marker", () => {
    expect(
      claimTexts("In Osk alone, 40 schools will close in June and 12 clinics will open in May."),
    ).toContain("In Osk alone, 12 clinics will open in May.");
    expect(
      claimTexts("For instance, 40 schools will close in June and 12 clinics will open in May."),
    ).toContain("12 clinics will open in May.");
  });
});

describe("sums written '£12m' with a left-out verb, and 'Among the items are:' (s22)", () => {
  it("gives each '£9m to …' back the first sum's verb", () => {
    expect(
      claimTexts("£12m will go to road repairs, £9m to school buildings and £4.5m to a new shelter.").sort(),
    ).toEqual([
      "£12m will go to road repairs.",
      "£4.5m will go to a new shelter.",
      "£9m will go to school buildings.",
    ]);
  });

  it("reads bullets under 'Among the items are:' as the package's contents", () => {
    const body =
      "Norland announced a $2.3 billion aid package for Vesk.\n\nAmong the items are:\n- 30 mine-clearing vehicles;\n- 500 anti-tank missiles.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The $2.3 billion aid package for Vesk includes 30 mine-clearing vehicles.",
        "The $2.3 billion aid package for Vesk includes 500 anti-tank missiles.",
      ]),
    );
  });
});

describe("', but' after a list of things (s22)", () => {
  it("splits the list from what the subject would not do", () => {
    expect(
      claimTexts(
        "Japan had already sent helmets, food and medicine, but would not send weapons to Vesk.",
      ).sort(),
    ).toEqual([
      "Japan had already sent food.",
      "Japan had already sent helmets.",
      "Japan had already sent medicine.",
      "Japan would not send weapons to Vesk.",
    ]);
  });

  it("leaves a relative clause's 'but' to the relative clause's subject", () => {
    expect(
      claimTexts("We need countries that are, I think, not allies, but have extensive trade with Norland."),
    ).toHaveLength(1);
  });
});

describe("gapped clauses that share a measure or a count's noun (s22)", () => {
  it("names the measure for a later kind ('clothing 1.4%' → 'Clothing prices fell 1.4%'), not for 'rents'", () => {
    expect(
      splitClauses("Fuel prices fell 6.2%, clothing 1.4%, rents 5.1% and furniture 0.8%", 0).map(
        (p) => p.text,
      ),
    ).toEqual([
      "Fuel prices fell 6.2%",
      "clothing prices fell 1.4%",
      "rents fell 5.1%",
      "furniture prices fell 0.8%",
    ]);
  });

  it("counts later bare counts in the noun of '78 of the 150 seats'", () => {
    expect(claimTexts("Labour will hold 78 of the 150 seats, the Greens 12 and the Liberals 8.")).toEqual(
      expect.arrayContaining(["The Greens will hold 12 seats.", "The Liberals will hold 8 seats."]),
    );
  });
});

describe("an '-ing' kind of thing closing a list (s22)", () => {
  it("is a thing, with its phrase ('drinking water to the north')", () => {
    expect(texts("The government will send tents, blankets and drinking water to the north")).toEqual([
      "The government will send tents.",
      "The government will send blankets.",
      "The government will send drinking water to the north.",
    ]);
  });
});

describe("a perfect tense's participles, each with its object (s22)", () => {
  it("splits three or more into clauses with the subject and auxiliary", () => {
    expect(
      splitClauses(
        "Ravn had taken 2.4 million crowns in bribes, hidden the money in Malta, and used part of it to buy a villa",
        0,
      ).map((p) => p.text),
    ).toEqual([
      "Ravn had taken 2.4 million crowns in bribes",
      "Ravn had hidden the money in Malta",
      "Ravn had used part of it to buy a villa",
    ]);
  });

  it("splits a pair with an irregular participle ('taken … and hidden …')", () => {
    expect(
      splitClauses("Ravn had taken 2.4 million crowns and hidden the money in Malta", 0).map((p) => p.text),
    ).toEqual(["Ravn had taken 2.4 million crowns", "Ravn had hidden the money in Malta"]);
  });
});

describe("a value aside and an opening connective (s22)", () => {
  it("keeps 'valued at C$15 million' with the item before it", () => {
    expect(
      claimTexts(
        "In addition, Canada is sending 200 drone cameras, valued at C$15 million, and 1,000 sleeping bags.",
      ).sort(),
    ).toEqual([
      "Canada is sending 1,000 sleeping bags.",
      "Canada is sending 200 drone cameras, valued at C$15 million.",
    ]);
  });

  it("drops 'However,' from a standalone claim, keeping it in the quote", () => {
    const [claim] = extractClaims({ body: "However, exports rose 4% in May." });
    expect([claim?.text, claim?.quote]).toEqual([
      "Exports rose 4% in May.",
      "However, exports rose 4% in May.",
    ]);
  });
});

describe("a subject announcing its deeds, and a built thing's cost (s22)", () => {
  it("reads 'does three things: it A, it B and it C' as the subject's predicates, inline or numbered", () => {
    const expected = [
      "The budget adds 40 police officers.",
      "The budget closes two libraries.",
      "The budget freezes council tax.",
    ];
    expect(
      claimTexts(
        "The budget does three things: it freezes council tax, it adds 40 police officers and it closes two libraries.",
      ).sort(),
    ).toEqual(expected);
    expect(
      claimTexts(
        "The budget does the following: (1) it freezes council tax, (2) it adds 40 police officers and (3) it closes two libraries.",
      ).sort(),
    ).toEqual(expected);
  });

  it("never reads a year after a preposition as a gapped amount ('… and open in 2029')", () => {
    expect(claimTexts("The hospital will cost £1.2bn and open in 2029.").join(" ")).not.toContain(
      "will cost 2029",
    );
  });

  it("names the built thing the sentence before opened with as what 'It' costs", () => {
    expect(claimTexts("The new Osk hospital will have two helipads. It will cost £1.2bn.")).toContain(
      "The new Osk hospital will cost £1.2bn.",
    );
  });
});

describe("counts in brackets after things (s22)", () => {
  it("puts the first thing's count first too", () => {
    expect(texts("The agency delivered tents (4,000), blankets (12,000) and solar lamps (6,000)")).toEqual([
      "The agency delivered 4,000 tents.",
      "The agency delivered 12,000 blankets.",
      "The agency delivered 6,000 solar lamps.",
    ]);
  });

  it("reads a last thing's 'displaced by …' clause as part of the thing, not a verb of the sentence", () => {
    expect(
      claimTexts("The agency delivered tents, blankets and lamps to families displaced by the fighting."),
    ).toHaveLength(3);
  });
});

describe("a sum in a currency with a nationality (s22)", () => {
  it("is what 'The money' means ('45 million Swiss francs')", () => {
    expect(
      claimTexts(
        "The Red Cross launched an appeal on Monday for 45 million Swiss francs. The money will be used for food and shelter.",
      ),
    ).toContain("The 45 million Swiss francs will be used for food.");
  });
});

describe("a plural subject before a modal (s22)", () => {
  it("splits 'The measures would cost … but create …' into two predicates of the measures", () => {
    expect(
      splitClauses("The measures would cost 40 billion euros over ten years but create 150,000 jobs", 0).map(
        (p) => p.text,
      ),
    ).toEqual([
      "The measures would cost 40 billion euros over ten years",
      "The measures would create 150,000 jobs",
    ]);
  });
});

describe("a closing 'after …' clause over charges (s22)", () => {
  it("is said with every charge, 'two counts of manslaughter' included", () => {
    expect(
      texts(
        "Reid has been charged with arson, two counts of manslaughter and fraud after a fire in Osk killed two workers",
      ),
    ).toEqual([
      "Reid has been charged with arson after a fire in Osk killed two workers.",
      "Reid has been charged with two counts of manslaughter after a fire in Osk killed two workers.",
      "Reid has been charged with fraud after a fire in Osk killed two workers.",
    ]);
  });
});

describe("'as well as' before a pair, and 'It will also get 12 boats' (s22)", () => {
  it("splits the pair after 'as well as' too", () => {
    expect(texts("The package comprises 40 tanks as well as 12 boats and 300 trucks")).toEqual([
      "The package includes 40 tanks.",
      "The package includes 12 boats.",
      "The package includes 300 trucks.",
    ]);
  });

  it("names a one-word country as the 'It' that will get a count", () => {
    expect(claimTexts("Vesk will receive 40 tanks. It will also get 12 boats.")).toContain(
      "Vesk will also get 12 boats.",
    );
    expect(claimTexts("The storm hit on Monday. It got worse on Tuesday.")).toContain(
      "It got worse on Tuesday.",
    );
  });
});

describe("leads that name a package's parts (s22)", () => {
  it("reads 'The ministry listed what the package contains:' as the package's items, listed by the ministry", () => {
    const claims = extractClaims({
      body: "The ministry listed what the package contains: 40 tanks, 12 boats and 300 trucks.",
    });
    expect(claims.map((c) => [c.text, c.speaker]).sort()).toEqual([
      ["The package includes 12 boats.", "the ministry"],
      ["The package includes 300 trucks.", "the ministry"],
      ["The package includes 40 tanks.", "the ministry"],
    ]);
  });

  it("reads 'It is split into two parts:' after a package as the package's parts", () => {
    expect(
      claimTexts(
        "Norland announced a $400 million package. It is split into two parts: $250 million in arms and $150 million in aid.",
      ),
    ).toContain("The $400 million package includes $250 million in arms.");
  });

  it("gives 'The second will include' the noun of 'The first tranche'", () => {
    expect(
      claimTexts("The first tranche will include 40 tanks and 12 boats. The second will include 300 trucks."),
    ).toContain("The second tranche will include 300 trucks.");
  });
});

describe("a value in a currency named with its country (s22)", () => {
  it("keeps 'Swedish crowns' in the package's value", () => {
    expect(
      claimTexts(
        "Sweden unveiled a new aid package, worth 7.1 billion Swedish crowns. The package contains 20 tanks.",
      ),
    ).toContain("The new aid package, worth 7.1 billion Swedish crowns, contains 20 tanks.");
  });
});

describe("results listed with an '-ing' kind (s22)", () => {
  it("reads 'operating profit of $610m' as a thing reported", () => {
    expect(
      texts(
        "The company reported revenue of $4.2bn, up 8%, operating profit of $610m and net income of $402m",
      ),
    ).toEqual([
      "The company reported revenue of $4.2bn, up 8%.",
      "The company reported operating profit of $610m.",
      "The company reported net income of $402m.",
    ]);
  });
});

describe("', among other things,' inside a sentence (s22)", () => {
  it("is read as no part of the list, with spans on the items", () => {
    const body = "Vesk will receive, among other things, 40 tanks and 12 boats.";
    const claims = extractClaims({ body }).sort((a, b) => a.start - b.start);
    expect(claims.map((c) => [c.text, c.quote])).toEqual([
      ["Vesk will receive 40 tanks.", "40 tanks"],
      ["Vesk will receive 12 boats.", "12 boats"],
    ]);
    expect(claimTexts("Vesk has received, in total, 40 tanks and 12 boats.").sort()).toEqual([
      "Vesk has received 12 boats.",
      "Vesk has received 40 tanks.",
    ]);
  });
});

describe("'according to X' between a list's lead and its items (s22)", () => {
  it("after a plural subject ('The items, according to the ministry, include …')", () => {
    const claims = extractClaims({
      body: "The items, according to the ministry, include 40 tanks and 12 boats.",
    });
    expect(claims.map((c) => [c.text, c.speaker]).sort()).toEqual([
      ["The items include 12 boats.", "the ministry"],
      ["The items include 40 tanks.", "the ministry"],
    ]);
  });

  it("after a verb of receiving, before counted things", () => {
    const claims = extractClaims({
      body: "Vesk will receive, according to the ministry, 40 tanks and 12 boats.",
    });
    expect(claims.map((c) => [c.text, c.speaker]).sort()).toEqual([
      ["Vesk will receive 12 boats.", "the ministry"],
      ["Vesk will receive 40 tanks.", "the ministry"],
    ]);
  });

  it("still closes the claim before a source's age ('according to Elin Varga, 62, a shopkeeper')", () => {
    expect(claimTexts("The town has 4,000 residents, according to Elin Varga, 62, a shopkeeper.")).toEqual([
      "The town has 4,000 residents.",
    ]);
  });
});

describe("gapped groups with the first clause's preposition (s22)", () => {
  it("gives 'teenagers for 21% and adults for the rest' the verb (was 'accounted for teenagers for 21%')", () => {
    expect(
      texts("Children under five accounted for 58% of cases, teenagers for 21% and adults for the rest"),
    ).toEqual([
      "Children under five accounted for 58% of cases.",
      "Teenagers accounted for 21%.",
      "Adults accounted for the rest.",
    ]);
  });
});

describe("bare spelled counts and a nested list of places (s22)", () => {
  it("counts 'drew eight and lost six' in the first item's noun", () => {
    expect(texts("The team won 24 games, drew eight and lost six")).toEqual([
      "The team won 24 games.",
      "The team drew eight games.",
      "The team lost six games.",
    ]);
  });

  it("keeps 'plants in A, B and C, and offices in 12 countries' whole rather than garbled", () => {
    expect(
      claimTexts("The company owns plants in Germany, Poland and Hungary, and offices in 12 countries.").join(
        " ",
      ),
    ).not.toContain("in Germany in 12 countries");
  });
});

describe("examples after 'covered', and a phrase closing whom a thing is for (s22)", () => {
  it("reads ', including A, B and C' after what was covered as examples of it", () => {
    expect(texts("The survey covered 40 cities, including Osk, Varn and Tessa")).toEqual([
      "The survey covered 40 cities, including Osk.",
      "The survey covered 40 cities, including Varn.",
      "The survey covered 40 cities, including Tessa.",
    ]);
  });

  it("keeps 'over 60' with 'prescriptions for people'", () => {
    expect(texts("The scheme covers dental care, eye tests and prescriptions for people over 60")).toEqual([
      "The scheme covers dental care.",
      "The scheme covers eye tests.",
      "The scheme covers prescriptions for people over 60.",
    ]);
  });
});

describe("two lists in one sentence (s22)", () => {
  it("stays whole when a middle part closes one list and an infinitive opens another", () => {
    expect(
      claimTexts(
        "Dorn met leaders of Orland, Ilvar and Dorne on Tuesday to discuss trade, energy and security.",
      ),
    ).toEqual([
      "Dorn met leaders of Orland, Ilvar and Dorne on Tuesday to discuss trade, energy and security.",
    ]);
  });
});

describe("a year after a preposition, and 'in three stages:' (s22)", () => {
  it("takes no year for the first item's count ('set up in 2019 with $500m from Japan, …')", () => {
    expect(
      texts("The fund was set up in 2019 with $500m from Japan, $300m from Korea and $200m from Peru"),
    ).toEqual([
      "The fund was set up in 2019 with $500m from Japan.",
      "The fund was set up in 2019 with $300m from Korea.",
      "The fund was set up in 2019 with $200m from Peru.",
    ]);
  });

  it("reads the stages after 'in three stages:' as when each part comes", () => {
    expect(texts("The package would be delivered in three stages: in May, July and September")).toEqual([
      "The package would be delivered in May.",
      "The package would be delivered in July.",
      "The package would be delivered in September.",
    ]);
  });
});

describe("gapped donors with bare counts (s22)", () => {
  it("gives 'Denmark 19 and Norway six' the verb and the first count's model", () => {
    expect(texts("The Netherlands will send 18 F-16s, Denmark 19 and Norway six")).toEqual([
      "The Netherlands will send 18 F-16s.",
      "Denmark will send 19 F-16s.",
      "Norway will send six F-16s.",
    ]);
  });
});

describe("a combined value over the items (s22)", () => {
  it("keeps 'A and B worth a combined $4bn' whole", () => {
    expect(claimTexts("The airline ordered 20 jets and 10 helicopters worth a combined $4bn.")).toEqual([
      "The airline ordered 20 jets and 10 helicopters worth a combined $4bn.",
    ]);
  });
});

describe("a list set off by spaced hyphens (s22)", () => {
  it("reads ' - A, B and C - ' as dashes", () => {
    expect(claimTexts("The aid - 40 tanks, 12 boats and 300 trucks - arrived on Monday.")).toEqual(
      expect.arrayContaining(["The aid arrived on Monday.", "The aid includes 40 tanks."]),
    );
  });
});

describe("'more' before a list of bare things (s22)", () => {
  it("is every bare item's", () => {
    expect(texts("Vesk wants more air defence systems, artillery shells and long-range missiles")).toEqual([
      "Vesk wants more air defence systems.",
      "Vesk wants more artillery shells.",
      "Vesk wants more long-range missiles.",
    ]);
  });
});

describe("'only' before a pair of counts (s22)", () => {
  it("splits the pair, each with 'only'", () => {
    expect(texts("Norland will send only 40 tanks and 12 boats")).toEqual([
      "Norland will send only 40 tanks.",
      "Norland will send only 12 boats.",
    ]);
  });
});

describe("predicates after 'agreed to' (s22)", () => {
  it("reads each base verb as a predicate of the infinitive ('agreed to boost A, share B and hold C')", () => {
    expect(
      texts("The two leaders agreed to boost trade, share intelligence and hold annual summits"),
    ).toEqual([
      "The two leaders agreed to boost trade.",
      "The two leaders agreed to share intelligence.",
      "The two leaders agreed to hold annual summits.",
    ]);
  });
});

describe("predicates after a verb, its object and 'to' (s22)", () => {
  it("reads 'require banks to hold A, publish B and report C' as three requirements", () => {
    expect(
      texts("The rules will require banks to hold more capital, publish stress tests and report large loans"),
    ).toEqual([
      "The rules will require banks to hold more capital.",
      "The rules will require banks to publish stress tests.",
      "The rules will require banks to report large loans.",
    ]);
  });
});

describe("usual verbs of harm after a modal (s22)", () => {
  it("reads 'will raise prices, hurt small firms and cost jobs' as three predicates", () => {
    expect(texts("The law will raise prices, hurt small firms and cost jobs")).toEqual([
      "The law will raise prices.",
      "The law will hurt small firms.",
      "The law will cost jobs.",
    ]);
  });
});

describe("QA round s23", () => {
  it("closes an appositive list before a present-tense predicate ('Firms, including A and B, face …')", () => {
    expect(
      texts("Three lenders, including Arvel Bank and Tosca Credit, face fines and a licence review"),
    ).toEqual([
      "Three lenders, including Arvel Bank, face fines and a licence review.",
      "Three lenders, including Tosca Credit, face fines and a licence review.",
    ]);
    expect(texts("The traders, among them Pell Grain, Odra Oil and Senn Metals, deny the charges")).toEqual([
      "The traders, among them Pell Grain, deny the charges.",
      "The traders, among them Odra Oil, deny the charges.",
      "The traders, among them Senn Metals, deny the charges.",
    ]);
  });
  it("says a dashed aside of the package once, not in each item, and names the package without it", () => {
    const body =
      "The new relief package for Osterra — the ninth since the floods began — includes 300 tents and 40 pumps. It also provides fuel.";
    const claims = extractClaims({ body }).sort((a, b) => a.start - b.start);
    expect(claims.map((claim) => [claim.text, claim.quote])).toEqual([
      [
        "The new relief package for Osterra is the ninth since the floods began.",
        "the ninth since the floods began",
      ],
      ["The new relief package for Osterra includes 300 tents.", "300 tents"],
      ["The new relief package for Osterra includes 40 pumps.", "40 pumps"],
      ["The new relief package for Osterra also provides fuel.", "It also provides fuel."],
    ]);
  });
  it("names the package of a single thing 'there are' in it ('There are also 10 tanks in the package')", () => {
    const body =
      "Ostrel announced a 90 million euro relief package for Danvia. There are also six field kitchens in the package. There are still 200 people in the camps.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The 90 million euro relief package for Danvia includes six field kitchens.",
        "There are still 200 people in the camps.",
      ]),
    );
  });
  it("keeps a sentence with two lists whole ('A, B and C, sold at X, Y and Z'; 'A, B and C to X, Y and Z')", () => {
    expect(
      texts(
        "The recall covers the R5 heater, the M2 fan and the Q7 lamp, sold at Dorvo, Pellmart and online shops",
      ),
    ).toBeUndefined();
    expect(
      texts("The recall covers heaters, fans and lamps sold at Dorvo, Pellmart and online shops"),
    ).toBeUndefined();
    expect(texts("The agency flew blankets, stoves and tents to Arvik, Selna and Porr")).toBeUndefined();
    expect(texts("The agency flew blankets, stoves and tents to Arvik")).toEqual([
      "The agency flew blankets to Arvik.",
      "The agency flew stoves to Arvik.",
      "The agency flew tents to Arvik.",
    ]);
  });
  it("reads the noun after 'The <-ed adjective>' as the subject's, and 'need' as a base verb", () => {
    expect(texts("The flooded villages lack blankets, stoves and clean water")).toEqual([
      "The flooded villages lack blankets.",
      "The flooded villages lack stoves.",
      "The flooded villages lack clean water.",
    ]);
    expect(texts("The stranded crews need fuel, spare parts and food")).toEqual([
      "The stranded crews need fuel.",
      "The stranded crews need spare parts.",
      "The stranded crews need food.",
    ]);
  });
  it("names which of several packages 'The first, worth …,' and 'The second will' are", () => {
    const body =
      "Ostrel unveiled two new packages of flood aid for Danvia on Monday. The first, worth 30 million euros, contains 40 pumps and 12 boats. The second will include tents and generators.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The first of the new packages of flood aid for Danvia, worth 30 million euros, includes 40 pumps.",
        "The second of the new packages of flood aid for Danvia will include generators.",
      ]),
    );
  });
  it("names the package of a single 'The second will include' after 'The first tranche'", () => {
    const body =
      "Ostrel announced a 30 million euro relief package for Danvia. The first tranche will include 40 pumps. The second will include 12 boats.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The second tranche of the 30 million euro relief package for Danvia will include 12 boats.",
      ]),
    );
  });
  it("gives every side of a semicolon series the opening phrase, and the last no 'and'", () => {
    expect(
      splitClauses(
        "Under the new law, ferries must carry life rafts; ports must post timetables; and crews may refuse unsafe loads",
        0,
      ).map((piece) => piece.text),
    ).toEqual([
      "Under the new law, ferries must carry life rafts",
      "Under the new law, ports must post timetables",
      "Under the new law, crews may refuse unsafe loads",
    ]);
  });
  it("gives a hedge before the shared phrase to every item ('wheat, barley and oil, mostly to Asia')", () => {
    expect(texts("Tarvia sells copper, zinc and timber, mainly to Europe")).toEqual([
      "Tarvia sells copper, mainly to Europe.",
      "Tarvia sells zinc, mainly to Europe.",
      "Tarvia sells timber, mainly to Europe.",
    ]);
  });
  it("gives 'more' to a bare last item that closes with a phrase of its own", () => {
    expect(texts("Danvia wants more drones, ammunition and radar systems from its partners")).toEqual([
      "Danvia wants more drones from its partners.",
      "Danvia wants more ammunition from its partners.",
      "Danvia wants more radar systems from its partners.",
    ]);
  });
  it("gives later sentences the first term's unit, and the first its whole phrase ('Reid to 12 years in prison, Moss to eight')", () => {
    expect(
      texts("The tribunal sentenced Brann to nine years in prison, Oduya to six and Kess to three"),
    ).toEqual([
      "The tribunal sentenced Brann to nine years in prison.",
      "The tribunal sentenced Oduya to six years in prison.",
      "The tribunal sentenced Kess to three years in prison.",
    ]);
    expect(texts("The judge jailed Lia Fenn for 14 months, Ivo Sarr for ten and Ute Rahm for eight")).toEqual(
      [
        "The judge jailed Lia Fenn for 14 months.",
        "The judge jailed Ivo Sarr for ten months.",
        "The judge jailed Ute Rahm for eight months.",
      ],
    );
  });
  it("keeps 'A, B and C, and D, E and F' whole: a second list after the comma's 'and'", () => {
    expect(
      texts(
        "The council banned sales of fireworks, flares and lanterns, and use of drones, lasers and sirens near the port",
      ),
    ).toBeUndefined();
  });
  it("reads 'will send 40 A plus 12 B' as a pair, as with 'and'", () => {
    expect(texts("Ostrel will send 30 ambulances plus 16 generators")).toEqual([
      "Ostrel will send 30 ambulances.",
      "Ostrel will send 16 generators.",
    ]);
  });
  it("gives every counted thing the front it goes to ('40 A and 12 B to the southern front')", () => {
    expect(texts("Ostrel will send 30 ambulances and 16 generators to the southern front")).toEqual([
      "Ostrel will send 30 ambulances to the southern front.",
      "Ostrel will send 16 generators to the southern front.",
    ]);
  });
  it("reads 'to care homes' and 'to health centres' as places, no verb and its object", () => {
    expect(texts("The council will send cooks to care homes, hostels and shelters")).toEqual([
      "The council will send cooks to care homes.",
      "The council will send cooks to hostels.",
      "The council will send cooks to shelters.",
    ]);
  });
  it("gives every amount the time closing the last ('$A on X, $B on Y and $C on Z over the next two years')", () => {
    expect(
      texts(
        "The airline will spend $900 million on new jets, $300 million on lounges and $100 million on software over the next three years",
      ),
    ).toEqual([
      "The airline will spend $900 million on new jets over the next three years.",
      "The airline will spend $300 million on lounges over the next three years.",
      "The airline will spend $100 million on software over the next three years.",
    ]);
  });
  it("reads a first sum whose purpose closes with a pair of places ('$A on plants in X and Y, $B on …')", () => {
    expect(
      texts(
        "The group will invest $2 billion on new mills in Orvik and Tessa, $500 million on research and $90 million on training",
      ),
    ).toEqual([
      "The group will invest $2 billion on new mills in Orvik and Tessa.",
      "The group will invest $500 million on research.",
      "The group will invest $90 million on training.",
    ]);
  });
  it("splits a pair whose first thing has a bracketed aside of its own ('A (including X and Y) and B')", () => {
    const content =
      "The shipment also contains first-aid kits (including splints and bandages) and 20 stretchers";
    const items = decomposeList(content, 0, new EntityMemory())?.items ?? [];
    expect(items.map((item) => [item.text, content.slice(item.start, item.end)])).toEqual([
      // s24d: the bracketed examples are read as examples set off by commas, one claim each.
      ["The shipment also includes first-aid kits, including splints.", "splints"],
      ["The shipment also includes first-aid kits, including bandages.", "bandages"],
      ["The shipment also includes 20 stretchers.", "20 stretchers"],
    ]);
  });
  it("names the package of 'Other items, among them A and B, will follow'", () => {
    const body =
      "Ostrel announced a 30 million euro relief package for Danvia. Other items, among them water tanks and field stoves, will arrive in May.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "Other items in the 30 million euro relief package for Danvia, among them water tanks, will arrive in May.",
        "Other items in the 30 million euro relief package for Danvia, among them field stoves, will arrive in May.",
      ]),
    );
  });
  it("keeps 'Bosnia and Herzegovina' and 'Trinidad and Tobago' as one place each in a list", () => {
    expect(texts("Exports grew to Peru, Bosnia and Herzegovina and Trinidad and Tobago")).toEqual([
      "Exports grew to Peru.",
      "Exports grew to Bosnia and Herzegovina.",
      "Exports grew to Trinidad and Tobago.",
    ]);
  });
  it("names what was judged in each item of 'criticised the X, saying it ignored A, B and C'", () => {
    expect(
      claimTexts(
        "The farmers' union rejected the deal, saying it ignored seed prices, water rights and fuel costs.",
      ),
    ).toEqual(
      expect.arrayContaining([
        "The deal ignored seed prices.",
        "The deal ignored water rights.",
        "The deal ignored fuel costs.",
      ]),
    );
  });
  it("reads 'killed at least 38 people' as a predicate of the series, its hedge no preposition", () => {
    expect(texts("The flood destroyed 900 homes, damaged 60 bridges and killed at least 14 people")).toEqual([
      "The flood destroyed 900 homes.",
      "The flood damaged 60 bridges.",
      "The flood killed at least 14 people.",
    ]);
  });
  it("counts 'damaged 1,100 more' with the first item's noun", () => {
    expect(texts("The quake flattened 300 homes, damaged 1,100 more and killed 12 people")).toEqual([
      "The quake flattened 300 homes.",
      "The quake damaged 1,100 more homes.",
      "The quake killed 12 people.",
    ]);
  });
  it("says 'included' for one of several after a speaker's tag too ('said the main needs were A, B and C')", () => {
    expect(claimTexts("Doctors said the main shortages were insulin, bandages and oxygen.")).toEqual(
      expect.arrayContaining([
        "The main shortages included insulin.",
        "The main shortages included bandages.",
        "The main shortages included oxygen.",
      ]),
    );
  });
  it("keeps the capital of a 'Name-type' item paired with another name, and splits the pair", () => {
    const body =
      "Ostrel announced a $90 million package for Danvia. The package includes:\n\n1. Tarvos-type and KR-7-type anti-armour systems;\n2. Spare parts.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The $90 million package for Danvia includes Tarvos-type anti-armour systems.",
        "The $90 million package for Danvia includes KR-7-type anti-armour systems.",
      ]),
    );
  });
  it("names the package of 'The first part, worth …,' and 'The second part'", () => {
    const body =
      "Ostrel approved a 50 million euro aid package for Danvia. The first part, worth 30 million euros, covers pumps and boats. The second part provides 20 million euros for roads.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The first part of the 50 million euro aid package for Danvia, worth 30 million euros, covers pumps.",
        "The second part of the 50 million euro aid package for Danvia provides 20 million euros for roads.",
      ]),
    );
  });
  it("splits 'The first tranche includes A, while the second includes B' and names both tranches", () => {
    const body =
      "Ostrel announced a 50 million euro aid package for Danvia. The first tranche includes 40 pumps, while the second includes 12 boats and 300 tents.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The first tranche of the 50 million euro aid package for Danvia includes 40 pumps.",
        "The second tranche of the 50 million euro aid package for Danvia includes 12 boats.",
        "The second tranche of the 50 million euro aid package for Danvia includes 300 tents.",
      ]),
    );
    expect(splitClauses("The new rules cover trucks, while the old ones covered buses", 0)).toHaveLength(2);
  });
});

describe("sums with a currency written apart from the number (s23)", () => {
  it("splits 'Rs 500 crore for roads, Rs 200 crore for schools and …' like '$500 million for roads, …'", () => {
    const body =
      "The state budget allocates Rs 420 crore for roads, Rs 180 crore for schools and Rs 60 crore for clinics.";
    expect(extractClaims({ body }).map((claim) => [claim.text, claim.quote])).toEqual(
      expect.arrayContaining([
        ["The state budget allocates Rs 420 crore for roads.", "Rs 420 crore for roads"],
        ["The state budget allocates Rs 180 crore for schools.", "Rs 180 crore for schools"],
        ["The state budget allocates Rs 60 crore for clinics.", "Rs 60 crore for clinics"],
      ]),
    );
    const shillings =
      "The plan gives KSh 300 million to wells, KSh 90 million to roads and KSh 40 million to parks.";
    expect(extractClaims({ body: shillings }).map((claim) => claim.text)).toContain(
      "The plan gives KSh 90 million to roads.",
    );
  });
});

describe("'respectively' with a shared head or a shared currency (s23)", () => {
  it("gives each name the first subject's head ('Exports to China, Japan and …')", () => {
    const texts = extractClaims({
      body: "Exports to Brova, Kesh and North Tarn rose 8%, 5% and 3% respectively.",
    }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Exports to Brova rose 8%.",
        "Exports to Kesh rose 5%.",
        "Exports to North Tarn rose 3%.",
      ]),
    );
  });

  it("gives a scaled number the last value's currency ('40 million and 30 million euros')", () => {
    const texts = extractClaims({
      body: "Norland and Valdoria have pledged 40 million and 30 million euros respectively.",
    }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Norland has pledged 40 million euros.",
        "Valdoria has pledged 30 million euros.",
      ]),
    );
  });
});

describe("a closing 'since February' or 'in 2024' is every item's (s23)", () => {
  it("gives the month or year closing a list to each item", () => {
    const texts = extractClaims({
      body: "Norland has sent 18 Karst tanks and 40 Marder fighting vehicles since February.",
    }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Norland has sent 18 Karst tanks since February.",
        "Norland has sent 40 Marder fighting vehicles since February.",
      ]),
    );
    expect(
      extractClaims({ body: "Vell bought 40 jets, 12 helicopters and six tankers in 2024." }).map(
        (c) => c.text,
      ),
    ).toContain("Vell bought 12 helicopters in 2024.");
  });
});

describe("gapped shares of a whole (s23)", () => {
  it("gives a later bare share the first one's whole ('31.2% of the vote, the Greens 18.4% and …')", () => {
    const texts = extractClaims({
      body: "The Unity Party won 31.2% of the vote, the Greens 18.4% and the Liberals 9.1%.",
    }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining(["The Greens won 18.4% of the vote.", "The Liberals won 9.1% of the vote."]),
    );
  });
});

describe("a value, then what the thing holds (s23)", () => {
  it("splits 'was worth X and included A and B' into the value and each thing held", () => {
    const texts = extractClaims({
      body: "The first package, announced in March, was worth 200 million crowns and included anti-drone guns and night-vision goggles.",
    }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "The first package, announced in March, was worth 200 million crowns.",
        "The first package included anti-drone guns.",
        "The first package included night-vision goggles.",
      ]),
    );
  });
});

describe("QA round s23b", () => {
  it("reads a usual base verb before an amount after a modal as a second predicate, not a gapped subject", () => {
    const texts = claimTexts(
      "The grocer said it would shut 18 depots and invest £45 million in its delivery fleet.",
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "The grocer would shut 18 depots.",
        "The grocer would invest £45 million in its delivery fleet.",
      ]),
    );
    expect(texts.some((text) => text.startsWith("Invest"))).toBe(false);
  });

  it("gives a rough count that is a noun 'of' before the plural it takes from before ('hundreds are missing')", () => {
    const texts = claimTexts("At least 52 people have died and hundreds are unaccounted for.");
    expect(texts).toContain("Hundreds of people are unaccounted for.");
    expect(texts.some((text) => text.startsWith("Hundreds people"))).toBe(false);
  });

  it("makes no claim of how long a speaker has lived somewhere, told in a relative clause before 'said'", () => {
    const claims = extractClaims({
      body: "Mr Tanaro, who has worked at the bakery for 25 years, said the flour price had doubled since June.",
    });
    expect(claims.map((claim) => claim.text)).toEqual(["The flour price had doubled since June."]);
    expect(claims[0]?.speaker).toContain("Tanaro");
  });

  it("drops a connective before a mid-sentence tag and splits the list after it ('In addition, X said, …')", () => {
    const claims = extractClaims({
      body: "In addition, the agency said, Norvel would supply 30 pumps, 12 fuel tankers and a field kitchen.",
    });
    expect(claims.map((claim) => claim.text)).toEqual(
      expect.arrayContaining([
        "Norvel would supply 30 pumps.",
        "Norvel would supply 12 fuel tankers.",
        "Norvel would supply a field kitchen.",
      ]),
    );
    expect(claims.every((claim) => claim.speaker === "the agency")).toBe(true);
    expect(claims.find((claim) => claim.text === "Norvel would supply 12 fuel tankers.")?.quote).toBe(
      "12 fuel tankers",
    );
  });

  it("gives a counted 'for N families' after the last of plain things to every item", () => {
    const claims = extractClaims({
      body: "Rellia will ship mattresses, heaters and water filters for 6,500 households.",
    });
    expect(claims.map((claim) => claim.text)).toEqual(
      expect.arrayContaining([
        "Rellia will ship mattresses for 6,500 households.",
        "Rellia will ship heaters for 6,500 households.",
        "Rellia will ship water filters for 6,500 households.",
      ]),
    );
    expect(claims.find((claim) => claim.text.includes("heaters"))?.quote).toBe("heaters");
    // Items with phrases of their own keep theirs alone.
    expect(
      claimTexts("The fund gave meals to 300 pupils, books to 40 schools and laptops for 120 teachers."),
    ).toContain("The fund gave meals to 300 pupils.");
  });

  it("gives a condition or the givers closing the last of a series to every item", () => {
    const ready = extractClaims({
      body: "The central bank stands ready to lift rates further, sell its gold reserves or cap mortgage lending if necessary.",
    });
    expect(ready.map((claim) => claim.text)).toEqual(
      expect.arrayContaining([
        "The central bank stands ready to sell its gold reserves if necessary.",
        "The central bank stands ready to cap mortgage lending if necessary.",
      ]),
    );
    expect(ready.find((claim) => claim.text.includes("gold"))?.quote).toBe("sell its gold reserves");
    expect(claimTexts("Dravia wants more drones, mortars and radar systems from its partners.")).toEqual(
      expect.arrayContaining([
        "Dravia wants more drones from its partners.",
        "Dravia wants more mortars from its partners.",
        "Dravia wants more radar systems from its partners.",
      ]),
    );
  });

  it("names the package for one thing 'there is' or 'there was' in it", () => {
    const texts = claimTexts(
      "Norvel approved a new relief package for Castra on Friday. There is also a water-treatment plant in the package. There was also a mobile clinic in the package.",
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "The new relief package for Castra includes a water-treatment plant.",
        "The new relief package for Castra included a mobile clinic.",
      ]),
    );
  });

  it("reads 'pledged A plus B' as two things pledged", () => {
    const claims = extractClaims({
      body: "Ministers also pledged 60 ambulances plus 15 ferries by next spring.",
    });
    expect(claims.map((claim) => claim.text)).toEqual(
      expect.arrayContaining([
        "Ministers also pledged 60 ambulances by next spring.",
        "Ministers also pledged 15 ferries by next spring.",
      ]),
    );
    expect(claims.find((claim) => claim.text.startsWith("Ministers also pledged 60"))?.quote).toBe(
      "60 ambulances",
    );
  });

  it("splits deeds whose last closes with the regions of a pair of places, giving every deed the regions", () => {
    const claims = extractClaims({
      body: "Storm Pella flattened 2,600 houses, flooded 8,000 more and killed at least 21 people across the southern provinces of Dorn and Ketta.",
    });
    expect(claims.map((claim) => claim.text)).toEqual(
      expect.arrayContaining([
        "Storm Pella flattened 2,600 houses across the southern provinces of Dorn and Ketta.",
        "Storm Pella killed at least 21 people across the southern provinces of Dorn and Ketta.",
      ]),
    );
    expect(claims.find((claim) => claim.text.includes("21 people"))?.quote).toBe(
      "killed at least 21 people across the southern provinces of Dorn and Ketta",
    );
  });

  it("splits two plain things given for a counted group, each for the group", () => {
    const claims = extractClaims({ body: "Rellia will ship mattresses and heaters for 6,500 households." });
    const sorted = claims.slice().sort((a, b) => a.start - b.start);
    expect(sorted.map((claim) => claim.text)).toEqual([
      "Rellia will ship mattresses for 6,500 households.",
      "Rellia will ship heaters for 6,500 households.",
    ]);
    expect(sorted.map((claim) => claim.quote)).toEqual(["mattresses", "heaters for 6,500 households"]);
    expect(claimTexts("Rellia will ship mattresses and heaters.")).toEqual([
      "Rellia will ship mattresses and heaters.",
    ]);
  });
});

describe("an '-s' noun after 'and' under a plural verb (s24)", () => {
  it("keeps 'were moved to schools and sports halls' whole, as no second predicate", () => {
    expect(claimTexts("Around 9,000 residents were moved to schools and sports halls overnight.")).toEqual([
      "Around 9,000 residents were moved to schools and sports halls overnight.",
    ]);
  });

  it("still splits a singular subject's second predicate ('was founded … and employs …')", () => {
    expect(claimTexts("The company was founded in 1990 and employs 400 people.")).toEqual([
      "The company was founded in 1990.",
      "The company employs 400 people.",
    ]);
  });
});

describe("a release's highlights over lines (s24)", () => {
  it("reads each line as one of the highlights, not as something the quarter includes", () => {
    const lines = "\nRevenue of SEK 4.1 billion, up 18%\nOperating profit of SEK 610 million, up 31%";
    expect(claimTexts(`Highlights of the quarter:${lines}`).sort()).toEqual([
      "Highlights of the quarter include operating profit of SEK 610 million, up 31%.",
      "Highlights of the quarter include revenue of SEK 4.1 billion, up 18%.",
    ]);
    // "highlights" after a qualifier is the heading's noun, not a verb ("Third-quarter highlights revenue …").
    expect(claimTexts(`Third-quarter highlights:${lines}`).sort()).toEqual([
      "Third-quarter highlights include operating profit of SEK 610 million, up 31%.",
      "Third-quarter highlights include revenue of SEK 4.1 billion, up 18%.",
    ]);
  });
});

describe("QA round s24d", () => {
  it("pairs 'respectively' values with thousands separators, and a lone name in 's' takes a singular verb", () => {
    expect(
      claimTexts("Strass and Polk were ordered to repay 1.1 million crowns and 240,000 crowns respectively.")
        .slice()
        .sort(),
    ).toEqual([
      "Polk was ordered to repay 240,000 crowns.",
      "Strass was ordered to repay 1.1 million crowns.",
    ]);
    expect(claimTexts("Exports and imports were up 8% and 5% respectively.").slice().sort()).toEqual([
      "Exports were up 8%.",
      "Imports were up 5%.",
    ]);
  });

  it("ends a list of named examples in a bare subject at the verb after the last name", () => {
    expect(
      texts(
        "Donors such as the Karst Foundation, the Hollin Trust and the Greenway Fund gave 2 million crowns.",
      ),
    ).toEqual([
      "Donors such as the Karst Foundation gave 2 million crowns.",
      "Donors such as the Hollin Trust gave 2 million crowns.",
      "Donors such as the Greenway Fund gave 2 million crowns.",
    ]);
    // No name before the verb: the predicate would be glued to the last item, so the sentence stays whole.
    expect(texts("Items such as tents, stoves and blankets donated by Orsk arrived.")).toBeUndefined();
  });

  it("reads examples in brackets as examples set off by commas, never a claim with a stray bracket", () => {
    expect(texts("The Union banned imports of Karsk goods (including diamonds, timber and steel).")).toEqual([
      "The Union banned imports of Karsk goods, including diamonds.",
      "The Union banned imports of Karsk goods, including timber.",
      "The Union banned imports of Karsk goods, including steel.",
    ]);
    expect(texts("Karsk goods (such as diamonds, timber and steel) are banned.")).toEqual([
      "Karsk goods, such as diamonds, are banned.",
      "Karsk goods, such as timber, are banned.",
      "Karsk goods, such as steel, are banned.",
    ]);
    expect(
      texts("Imports of Karsk diamonds (including rough, polished and industrial stones) are banned."),
    ).toBeUndefined();
  });

  it("splits a gapped series with no 'and', and a gapped subject after a determiner", () => {
    const pieces = (text: string) => splitClauses(text, 0).map((piece) => piece.text);
    expect(pieces("Fuel prices fell 6.2%, clothing 1.4%.")).toEqual([
      "Fuel prices fell 6.2%",
      "clothing prices fell 1.4%",
    ]);
    expect(pieces("Orders grew 9%, the order backlog 6% and cash flow 2%.")).toEqual([
      "Orders grew 9%",
      "the order backlog grew 6%",
      "cash flow grew 2%",
    ]);
    expect(pieces("Turnout was 61%, down from 66% four years ago.")).toHaveLength(1);
    expect(pieces("Prices fell 2%, the first drop in 14 months.")).toHaveLength(1);
  });

  it("gives a later gapped scaled amount the first amount's unit", () => {
    expect(
      claimTexts(
        "Some 12 million crowns will be spent on food, 9 million on shelter and 5 million on schooling.",
      )
        .slice()
        .sort(),
    ).toEqual([
      "Some 12 million crowns will be spent on food.",
      "Some 5 million crowns will be spent on schooling.",
      "Some 9 million crowns will be spent on shelter.",
    ]);
  });

  it("reads a hedged amount after 'of' inside an item as a count, not a long phrase", () => {
    expect(
      texts(
        "The board proposed a dividend of 2 crowns a share, a buyback of up to 90 million crowns and the sale of its ferry unit.",
      ),
    ).toEqual([
      "The board proposed a dividend of 2 crowns a share.",
      "The board proposed a buyback of up to 90 million crowns.",
      "The board proposed the sale of its ferry unit.",
    ]);
  });

  it("splits a poll's shares after 'showed X winning', each later party winning its own share", () => {
    const pieces = (text: string) => splitClauses(text, 0).map((piece) => piece.text);
    expect(
      pieces(
        "A poll for the Courier showed the Centre Party winning 38% of the vote, the Greens 21% and Labour 17%.",
      ),
    ).toEqual([
      "A poll for the Courier showed the Centre Party winning 38% of the vote",
      "A poll for the Courier showed the Greens winning 21% of the vote",
      "A poll for the Courier showed Labour winning 17% of the vote",
    ]);
    expect(pieces("A poll showed Labour on 41%, the Tories 30% and the Greens 9%.")).toEqual([
      "A poll showed Labour on 41%",
      "A poll showed the Tories on 30%",
      "A poll showed the Greens on 9%",
    ]);
  });

  it("splits two plain things given for a counted group of people or children", () => {
    expect(claimTexts("Vellmark sent food and water for 3,000 people.").slice().sort()).toEqual([
      "Vellmark sent food for 3,000 people.",
      "Vellmark sent water for 3,000 people.",
    ]);
    expect(claimTexts("Vellmark sent supplies of food and water for 3,000 people.")).toHaveLength(1);
  });

  it("leaves a package named for other people than the one described before as written", () => {
    const body =
      "Tarvia sent a relief package for flood survivors in the Kell valley on Monday. The package for earthquake survivors in Orna also includes tents and stoves.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "The package for earthquake survivors in Orna also includes tents.",
        "The package for earthquake survivors in Orna also includes stoves.",
      ]),
    );
  });

  it("reads a gapped count in words as the item's amount, with or without an Oxford comma", () => {
    for (const body of [
      "The Centre Party won 14 seats, the Greens nine, and Labour four.",
      "The Centre Party won 14 seats, the Greens nine and Labour four.",
    ])
      expect(claimTexts(body).slice().sort()).toEqual([
        "Labour won four seats.",
        "The Centre Party won 14 seats.",
        "The Greens won nine seats.",
      ]);
  });

  it("says a relative clause in dashes once, of the thing, not in every item", () => {
    expect(texts("The shipment — which was paid for by Orna — includes 40 tanks and 12 boats.")).toEqual([
      "The shipment includes 40 tanks.",
      "The shipment includes 12 boats.",
      "The shipment was paid for by Orna.",
    ]);
  });

  it("splits gapped terms in words after names with their roles, each with the term's unit", () => {
    const pieces = (text: string) => splitClauses(text, 0).map((piece) => piece.text);
    expect(pieces("Pilot Ana Roe received six years, mechanic Tom Ash four and clerk Eva Lind two.")).toEqual(
      [
        "Pilot Ana Roe received six years",
        "mechanic Tom Ash received four years",
        "clerk Eva Lind received two years",
      ],
    );
    expect(pieces("Ana Roe received 6 years, Tom Ash 4 and Eva Lind 2.")).toEqual([
      "Ana Roe received 6 years",
      "Tom Ash received 4 years",
      "Eva Lind received 2 years",
    ]);
  });

  it("leaves an owner's aid 'to' a place as written, naming only a bare 'Orna's package'", () => {
    const body =
      "Vesk will send a 40 million euro aid package to the Tarn region. Vesk's aid to Tarn so far amounts to 300 million euros. Vesk's package will arrive in May.";
    expect(claimTexts(body)).toEqual(
      expect.arrayContaining([
        "Vesk's aid to Tarn so far amounts to 300 million euros.",
        "Vesk's 40 million euro aid package will arrive in May.",
      ]),
    );
  });

  it("splits a count clause between a comma and the 'and' of a series of gapped counts", () => {
    const pieces = (text: string) => splitClauses(text, 0).map((piece) => piece.text);
    expect(pieces("About 800 homes were destroyed, 2,100 damaged and 12 bridges washed away.")).toEqual([
      "About 800 homes were destroyed",
      "2,100 homes were damaged",
      "12 bridges were washed away",
    ]);
  });

  it("pairs names with names by 'respectively', a present verb after names taking its '-s'", () => {
    expect(
      claimTexts("Holm and Brandt play for Vesk United and FC Orna respectively.").slice().sort(),
    ).toEqual(["Brandt plays for FC Orna.", "Holm plays for Vesk United."]);
    expect(claimTexts("Orna and Vesk hold 40% and 30% respectively.").slice().sort()).toEqual([
      "Orna holds 40%.",
      "Vesk holds 30%.",
    ]);
  });

  it("says 'is among those' of a person whose surname ends in 's'", () => {
    expect(texts("Those sanctioned include army chief Pavel Orr and bank governor Ines Moss.")).toEqual([
      "Army chief Pavel Orr is among those sanctioned.",
      "Bank governor Ines Moss is among those sanctioned.",
    ]);
  });

  it("splits a gapped pair after a clause of its own, keeping the verb's particle", () => {
    const pieces = (text: string) => splitClauses(text, 0).map((piece) => piece.text);
    expect(pieces("Beer duty was frozen, wine duty went up by 5% and spirits duty by 2%.")).toEqual([
      "Beer duty was frozen",
      "wine duty went up by 5%",
      "spirits duty went up by 2%",
    ]);
  });
});

describe("QA round s24e", () => {
  it("keeps singular modifiers of one trade's people whole ('dairy, pig and poultry farmers')", () => {
    expect(claimTexts("Support will go to dairy, pig and poultry farmers in the Velna valley.")).toEqual([
      "Support will go to dairy, pig and poultry farmers in the Velna valley.",
    ]);
    expect(texts("The grants will go to schools, clinics and aid workers.")).toEqual([
      "The grants will go to schools.",
      "The grants will go to clinics.",
      "The grants will go to aid workers.",
    ]);
  });

  it("keeps years closing a list of things whole ('missing bolts reported in 2021, 2022 and 2023')", () => {
    expect(
      claimTexts("The firm had ignored cracks, corrosion and missing bolts reported in 2019, 2020 and 2021."),
    ).toEqual(["The firm had ignored cracks, corrosion and missing bolts reported in 2019, 2020 and 2021."]);
    expect(
      texts("Inspectors found leaks, rust and loose rivets on the pier, logged in 2020, 2021 and 2022."),
    ).toBeUndefined();
  });

  it("keeps the place after whom a package is for ('for flood-hit towns in the Morsa valley')", () => {
    expect(
      claimTexts(
        "The regional council approved a 30 million euro relief package for flood-hit villages in the Tarn valley on Friday. The package includes 9 million euros for housing, 4 million euros for roads and grants for shops.",
      ).sort(),
    ).toEqual([
      "The 30 million euro relief package for flood-hit villages in the Tarn valley includes 4 million euros for roads.",
      "The 30 million euro relief package for flood-hit villages in the Tarn valley includes 9 million euros for housing.",
      "The 30 million euro relief package for flood-hit villages in the Tarn valley includes grants for shops.",
      "The regional council approved a 30 million euro relief package for flood-hit villages in the Tarn valley on Friday.",
    ]);
  });

  it("names the owner of 'its' inside a package's description ('a package for its farmers')", () => {
    expect(
      claimTexts(
        "Lorvia's government on Tuesday approved a 1.8 billion crown package for its fishermen. The package includes 500 million crowns for fuel, 200 million crowns for nets and cheap loans for new boats.",
      ).sort(),
    ).toEqual([
      "Lorvia's government on Tuesday approved a 1.8 billion crown package for its fishermen.",
      "The 1.8 billion crown package for Lorvia's fishermen includes 200 million crowns for nets.",
      "The 1.8 billion crown package for Lorvia's fishermen includes 500 million crowns for fuel.",
      "The 1.8 billion crown package for Lorvia's fishermen includes cheap loans for new boats.",
    ]);
  });

  it("pairs two named objects with two values by 'respectively' ('ordered A and B to pay X and Y respectively')", () => {
    expect(
      claimTexts(
        "The court also ordered Ivo Marek and Hana Sel to pay 3.1 million crowns and 1.6 million crowns respectively.",
      ).sort(),
    ).toEqual([
      "The court also ordered Hana Sel to pay 1.6 million crowns.",
      "The court also ordered Ivo Marek to pay 3.1 million crowns.",
    ]);
    expect(claimTexts("The judge sentenced Marek and Sel to 7 and 3 years respectively.").sort()).toEqual([
      "The judge sentenced Marek to 7 years.",
      "The judge sentenced Sel to 3 years.",
    ]);
    expect(
      claimTexts("The court sentenced Ivo Marek and Hana Sel to eight and two years respectively.").sort(),
    ).toEqual([
      "The court sentenced Hana Sel to two years.",
      "The court sentenced Ivo Marek to eight years.",
    ]);
  });

  it("splits two survey shares, each with its past tense ('found that 38% planned to quit and 21% worked …')", () => {
    expect(
      claimTexts(
        "A survey of 1,500 teachers found that 42% planned to leave and 19% worked weekends.",
      ).sort(),
    ).toEqual(["19% of teachers worked weekends.", "42% of teachers planned to leave."]);
  });
});
