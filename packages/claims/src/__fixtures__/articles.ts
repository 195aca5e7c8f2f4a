/**
 * Invented news articles (no real events) in the shapes scraped pages come in:
 * page furniture, several list styles and several attribution styles.
 */

/** Relief package: repeated headline, caption + credit, timestamps, player residue, continued list. */
export const RELIEF_PACKAGE = `Norland Expands Flood Relief for Coastal Provinces, Ministry Says

Officials said the new funding reflects the scale of the damage along the coast.
Norland Expands Flood Relief for Coastal Provinces, Ministry Says
Volunteers stack sandbags near the harbor in Port Elsin on March 2, 2025. (Tomas Berg/Nordic Wire via Pressbild Images)
3/4/2025
Updated:
3/4/2025
0:00
Norland is expanding flood relief for its coastal provinces and sends engineers to rebuild damaged levees, the Finance Ministry said on Tuesday.
The floods have displaced 48,000 people since mid-February.

“The coastal economy cannot recover without this money,” Finance Ministry spokeswoman Ana Ferreira said.

“We are moving as fast as we can. Every week matters.”

Ms. Ferreira added that the provinces had requested the aid in January.

Relief Details

The Finance Ministry has unveiled a new relief package worth $2.3 billion, according to a statement on March 3.

The ministry said that the relief package includes fuel subsidies for farmers, 500 electric buses, free school meals, and 12 kV and 33 kV power cables.

Water purification units and mobile clinics were part of the package, along with 40,000 tents, two field hospitals, and winter clothing.

“This is a wise investment in our future,” the ministry said.

Opposition leader Piet Varn referred to Prime Minister Lena Osk’s claim that the floods were the worst in a century.

“I hope the money arrives before the next storm,” he said.`;

/** Budget: byline, dateline, semicolon list, bullet list after a colon, "as well as". */
export const CITY_BUDGET = `By Marta Quill

RIVERTON — The Riverton City Council approved a $310 million budget for 2025 on Monday by a vote of 7 to 2.

The budget allocates $40 million to schools; $25 million to road repairs; and $10 million to parks.

The spending plan includes:
- a 3% raise for city workers;
- 200 new police officers;
- a property tax freeze.

Mayor Dana Whitfield said the plan also funds a new library branch as well as a youth sports center.

Oct. 5, 2024 3:15 p.m. ET

“It is a responsible budget that keeps taxes flat,” Whitfield told reporters.`;

/** Health statistics: "according to", "including", multi-sentence quote, "said X". */
export const HEALTH_REPORT = `Flu Cases Climb 18% as Hospitals Add Beds

Listen to this article

According to the National Health Agency, flu cases rose 18% in January compared with December.

The agency recorded 12,400 hospital admissions, including 900 children under five, 3,100 adults over 65 and 450 pregnant women.

“Most patients recover within a week. Vaccination remains the best protection,” said Dr. Samuel Okoro, the agency’s chief epidemiologist.

Dr. Okoro also said that the vaccine was 62% effective this season.

Vaccination Campaign

Photo: City Health Service

Officials expect the outbreak to peak in February.`;

/** Court ruling and sports results, with initials, titles and "told". */
export const COURT_AND_SPORTS = `Judge Blocks Riverton Water Rate Increase

Judge Maria J. Okafor of the Riverton District Court ruled on Tuesday that the city’s 14% water rate increase violated state law.

The ruling orders the city to refund $3.2 million to residents, according to court documents.

Sen. Paul Delgado (D-Calif.) told reporters that the city would appeal the decision.

Mr. Delgado said the rate increase was necessary to replace aging pipes.

The Riverton Rovers beat the Lakeside Herons 3-1 on Saturday, and the squad includes striker Leo Brandt, defender Tom Ruiz and goalkeeper Ivo Sand.

“We played with heart. We deserved it,” coach Ines Varga said.`;

/** Wire story: bylines with outlet, dateline with outlet, mid-sentence tags, appositives, subject lists. */
export const HARBOR_FEES = `Harbor Authority Cuts Fees as Cargo Slumps

By Lena Ortiz and Sam Reed | Coastal Wire
Published 9:14 AM EST, Tue February 4, 2025

PORTVILLE (Coastal Wire) — The Portville Harbor Authority will cut docking fees by 15% starting in April, officials said Tuesday, after cargo volumes fell for a third straight quarter.

In a statement, the authority said container traffic dropped 8.2% in 2024 to 1.4 million units.

"We have to stay competitive," said Harbor Authority Director Grace Mbeki, who took office last year. "Shippers have options, and they are using them."

Mbeki told the Coastal Tribune on Monday that the cuts would cost the authority about $12 million a year.

The authority's board voted 5-2 to approve the cuts. Board member Alan Choi, who voted against the plan, said it was "a giveaway to shipping giants."

“The numbers don’t add up.

“We are cutting revenue while debt payments are rising,” Choi said.

Shipping lines including Marlow Lines, Eastwind and Baltic Star have asked for further discounts, according to documents reviewed by Coastal Wire.

The fee cut follows a series of measures announced in January, such as longer gate hours, a new truck booking system and a freeze on storage charges.

What happens next?

The state’s transportation secretary, Mia Lund, said she supports the decision.
Copyright 2025 Coastal Wire. All rights reserved.`;

/** A bulleted list after a bare lead-in, an inverted "Also included are" list and quote tags with appositives. */
export const ARMS_TRANCHE = `Valdoria Unveils Arms Tranche for Ostmark

OSTGRAD (Wire) - Valdoria will send Ostmark a new security assistance tranche worth 640 million crowns, Defense Minister Ilse Varga announced on Tuesday.

The tranche contains:
- six mobile air defense launchers;
- 18 armored ambulances;
- 12,000 rounds of 120mm mortar ammunition; and
- field radios and thermal sights.

Also included are bridging equipment and spare parts for older tanks, a ministry spokeswoman said.

"This is our largest delivery since the border clashes began," Varga told reporters, D-Valdoria.

"Farm income fell by a third in two years," Sen. Petra Holm, D-Lakeland, said on the chamber floor.

Sen. Otto Brandt, R-Hillside, disagreed. He argued that most of the money would go to large contractors.

Per the Parliamentary Budget Office, the tranche would add 400 million crowns to this year's deficit.

The Harbor Engineering Corps estimated in a 2024 report that a major storm would cause 90 million crowns in damage.

The tranche's main provisions:
1. Training for 300 Ostmark medics.
2. A maintenance depot near the border.
`;

/** A series of determined objects after a verb, whose subject names a thing described earlier. */
export const LEVEE_PLAN = `The Brookfield council voted 6-3 on Monday to approve a $31 million flood defense plan.

The plan will pay for a 2-mile levee along the Tern River, three new pumping stations, and the buyout of 85 homes in the floodplain.

Under the plan, homeowners will receive buyout offers by June, the river wall will be raised by two feet, and three schools will get flood barriers.

The plan would raise property taxes by an average of $60 a year.
`;

/** Relative-clause, pronoun-led and "Other items" lists, amounts joined by "and", and tags with participles. */
export const ISLAND_PACKAGE = `The Foreign Office on Friday approved a $250 million maritime security package for Corvenna, the second this year.

The package, which includes 30 coastal drones and 8 fast patrol boats, is the largest since 2015, a Foreign Office spokesman said.

It also includes fuel for the patrol fleet, diving equipment and satellite phones.

Other items in the package include harbor sonar systems as well as spare engines for older cutters.

Funding will be split as follows: $200 million in equipment and $50 million in training.

"Corvenna is being used as a pawn," ministry spokeswoman Dara Vel told reporters in Ostra, adding that her government would respond.

According to a Maritime Research Council report, Corvenna's coast guard has only 14 working vessels.
`;

/** A report referred back to, two "that" clauses, and a speaker's own second action after the claim. */
export const WARD_AUDIT = `Spending on temporary ward staff rose 21 percent to $640 million in 2025, the State Audit Bureau found in a report published in May.

The report also found that one in six midwives left within a year of qualifying, and that night shifts in small clinics were often staffed by a single nurse.

The opposition's health spokeswoman, Nora Quill, said the findings were shameful and called for a public inquiry.
`;

/** A sentence-case headline, a dated dateline, "Capabilities in this package include:" bullets and ", saying". */
export const DRAWDOWN_NOTICE = `Ministry details $90 million drawdown for Corvenna

OSTRA, Dec. 1 (Wire) — The Defense Ministry announced a $90 million drawdown package for Corvenna on Friday, its ninth since 2024.

Capabilities in this package include:
• Additional interceptors for short-range air defense batteries;
• 120mm and 81mm mortar rounds;
• Anti-tank systems.

The package includes: demolition charges, winter tents, and generators.

President Ilya Mott thanked the United States in a video address, saying the interceptors would protect hospitals.
`;

/** Attribution styles: social media posts, statements, anonymous officials, named spokespeople, late speakers. */
export const STORM_REPAIRS = `Storm Repairs Will Cost 12 Million Euros, Minister Says

The Tarn River bridge will stay closed until May, Transport Minister Vera Kallas wrote on social media on Monday.

In a statement, the Roads Ministry said 300 workers had been sent to the valley.

Kallas told reporters on Tuesday that the repair bill would exceed 12 million euros.

A senior official, who spoke on condition of anonymity, said the army had been asked to help.

The rail line will reopen on Friday, the Rail Agency said in a statement Tuesday.

Kallas's spokesperson said the minister would visit the valley next week.

Diesel prices in the valley rose 9 percent in January, according to a statement from the Energy Board.

Opposition leader Ilan Dost posted on X that the repairs were two years overdue.

The valley has 14,000 residents.

"We warned them about the cables in 2023." The union had written to the ministry twice. Union leader Pia Marr said nobody had replied.

Mayor Lotte Brink visited the shelter on Sunday. "We have enough water for a month," she said.
`;

/** Aid lists: "comprises", "will consist of", dash-enclosed lists, bracketed counts, "Label: count" lines. */
export const WINTER_AID = `Tavria Sends Winter Aid to Mirovia

KESLO (Wire) — Tavria on Thursday announced a 95 million euro winter aid package for Mirovia, its third this year.

The package comprises 60 diesel generators, 4,000 sleeping bags and two mobile water plants.

The first shipment will consist of heating fuel, field stoves and medical kits.

Heavier equipment — including 14 bulldozers, six cranes and a pontoon bridge — will arrive in March, the Defense Ministry said in a statement Tuesday.

The package also includes howitzers (18), cargo trucks (40) and fuel tankers (6).

The second tranche — which includes 300 tons of flour, winter boots and spare transformers — will leave Keslo in April.

Its contents are listed below:

Field kitchens: 12
Thermal blankets: 9,000
Water purification plants: 2
`;

/** Budget lists: amounts with a left-out verb, a semicolon list after "It", bracketed shares, "Among the cuts:". */
export const LAKEMOOR_BUDGET = `Lakemoor Council Passes 2026 Budget

The Lakemoor council on Wednesday passed a 480 million crown budget for 2026, the largest in the city's history.

The budget earmarks 40 million crowns for schools, 25 million crowns for road repairs and 9 million crowns for libraries.

Of the total, 120 million crowns will go to public transport, 60 million to housing and 15 million to parks.

The spending plan sets aside money for 200 new teachers, a tram extension and free school lunches.

It also funds three new fire stations; a youth center in Eastgate; and flood barriers along the Lake Road.

New spending in the budget is split between health care (30 million crowns), policing (22 million crowns) and street lighting (4 million crowns).

Among the cuts: a 10 percent reduction in consultancy fees, fewer council cars and a hiring freeze at city hall.

Finance chief Oskar Lind said the budget would be balanced by 2027.
`;

/** Attribution around interviews, letters, appositive participles, spokespeople and "said, adding that". */
export const HARBOR_STRIKE = `Harbor Strike Enters Third Week

Port director Henrik Sol said in an interview with Radio Keslo that the strike had cost 40 million euros.

In an interview on Monday, union leader Maja Rusk said the dockers had lost 6 percent of their wages since 2022.

Sol, speaking at a news conference in Keslo, said 18 ships were waiting offshore.

The ministry's spokeswoman, Ada Krol, told reporters that talks would resume on Friday.

Freight rates rose 12 percent in a week, according to figures released by the Shipping Board on Monday.

A ministry spokesman confirmed that 200 police officers had been sent to the port.

Fuel stocks will last for nine days, the Energy Board said, adding that rationing was not planned.

Rusk wrote in a letter to the council that the union would not accept a wage freeze.

"We are not going back without a deal," Rusk said. "Our members voted 94 percent to strike."

Ferry services to the islands were cut by half, Sol added.
`;

/** Aid lists after an appositive subject, "Also in the package:", and attribution to committees, visits and unnamed diplomats. */
export const OSTMARK_PACKAGE = `Valdoria approved a new military aid package worth 310 million crowns for Ostmark on Tuesday.

The latest package, announced by the Defense Ministry, includes 20 armored trucks, 6,000 mortar rounds and four radar units.

The package — the ninth since 2023 — also includes bridging equipment and 500 helmets.

Also in the package: night-vision goggles, satellite terminals and spare barrels.

The package is made up of light arms, first-aid kits and 90 tons of rations.

Items being sent include snow tents, stoves and 12 field ambulances.

Defense Minister Ilse Varga told a parliamentary committee that deliveries would start within days.

Varga said during a visit to Ostgrad that the tanks would follow in June.

The shipment will cross the border on Friday, according to two people familiar with the plans.

The trucks were built in Halden, a ministry official told Wire.

"The radars will change the war," said one diplomat, who asked not to be named.

Varga said late Tuesday that a tenth package was being prepared.

The ministry declined to comment on the cost.
`;

/** Speakers given by possessives, surnames that became subjects, unnamed officials and latest figures. */
export const KESLO_WATER = `Keslo officials said the water supply had been restored to 80 percent of homes.

Keslo's mayor, Ines Dahl, said the rest would be connected by Sunday.

Senator Tove Lund's office said in a statement that the senator would seek emergency funds.

The official, who was not authorized to speak publicly, said repairs would cost 3 million crowns.

Dahl has been mayor since 2019. She said the pipes were more than 80 years old.

"We did everything right," a city engineer said. "The pipes simply gave out."

Residents have been without water for nine days, according to the Keslo Water Board's latest figures.

Lund, a member of the budget committee, said the state would cover half the cost.
`;

/** Wire lead with a list in the main clause, "along with" pairs, opening adverbials, "declined to say". */
export const VALDORIA_WIRE = `KESLO (Wire) — Valdoria will send Ostmark air defense interceptors, artillery ammunition and armored vehicles in a new 410 million crown package, the Defense Ministry said on Friday, as fighting intensified in the east.

The package, the 14th of its kind, will be drawn from Valdorian army stocks, ministry spokesman Jon Eik told reporters.

It contains more than 200 armored personnel carriers, along with trucks and fuel trailers.

In addition, the package provides funding for training 1,500 Ostmark soldiers.

The aid brings Valdoria's total military support for Ostmark to 3.2 billion crowns since 2023, according to ministry figures.

Eik declined to say when the vehicles would arrive. "We do not discuss delivery dates," he said.
`;

/** Bullets with a name opening an item, a speaker before the bullets' lead, one-word "Label: count" lines, subjects that don't name the package. */
export const HALDEN_SHIPMENT = `Halden Ships Winter Aid to Ostmark

HALDEN (Wire) — Valdoria on Monday announced a 120 million crown aid package for Ostmark, its fifth this year.

The Defense Ministry said the package includes:
• Kestrel anti-tank missiles;
• Artillery rounds;
• Night-vision goggles; and
• Spare barrels for older howitzers.

The first Kestrel missiles will be delivered in May, a ministry spokesman said.

The first shipment includes:

Generators: 60
Water tanks: 12
Stoves: 400

Background

Ostmark has asked for more winter equipment since October.

Items being sent include snow tents, field stoves and 12 field ambulances.

Of the total, 40 million crowns will go to medical supplies, 30 million to fuel and 10 million to training.
`;

/** Present-tense amounts with a left-out verb ("goes to A, 30 million to B"). */
export const VARNHOLM_BUDGET = `Varnholm Council Backs 2027 Budget

The Varnholm city council on Tuesday approved an 80 million crown budget for 2027.

Of the total, 40 million crowns goes to road repairs, 30 million to schools and 10 million to parks.

Next year, 12 million crowns go to the harbor, 5 million to the museum and 2 million to the zoo.
`;

/** Inclusion said as "contained", "consists of", "is made up of", inline and before bullets. */
export const TASKO_RELIEF = `Mirelia on Monday announced a 45 million euro relief package for the flooded province of Tasko.

The aid is made up of two field hospitals and 20 ambulances.

The package also contained:
- 300 water pumps
- 12 mobile kitchens

The first shipment is made up of:
- sandbags
- rescue boats

Later shipments consist of:
- road graders
- fuel trucks
`;

/** Where and when a speaker spoke, with a relative clause of its own before the claim's "that". */
export const NORRBY_RALLY = `Mayor Ilse Dahl said at a rally that drew 5,000 people that the city would hire 200 new teachers.

Dahl said in a speech that was broadcast live on Sunday that property taxes would not rise next year.

Councillor Bo Stam told supporters at a meeting where the budget was debated that the harbor would close in June.

Stam said in a statement that the tram plan the council passed was flawed.
`;

/** "The new aid" as a reference, "includes, among other things,", "Included in the package:" and "What's in the package:". */
export const BRASK_AID = `Tervia on Friday announced a 70 million crown relief package for the island of Brask, the foreign ministry said.

The new aid includes, among other things, water tankers, 30 generators and tarpaulins.

Included in the package: 12 field clinics, 400 cots and baby food.

What's in the package: roofing sheets, chainsaws and rain boots.
`;

/** Items listed before "are among the items", with and without the package named. */
export const SELVA_ARMS = `Corvenna on Friday announced a $60 million arms package for Selva, the defense ministry said.

Howitzer shells, Marlin radars and mine rollers are among the items, according to a ministry fact sheet.

Field radios and 30 pickup trucks were also among the supplies in the package.

Nurses and cooks are among the workers on strike at the port.
`;

/** One item per sentence after the package's lister, and bullets after "It also contains:". */
export const DORNE_TRANCHE = `Estria on Tuesday approved a 25 million euro aid tranche for Dorne, the finance ministry said.

The tranche also includes 40 school buses.

It will also contain 8 mobile clinics.

The tranche contains 300 laptops and 90 printers, Finance Minister Oda Brekke said.

It also contains:
- solar panels;
- water filters.
`;

/** Bare one-word items after a sentence-long first item ("… funding for border fences, training and fuel"). */
export const KOLVA_GRANT = `Pelland on Wednesday approved a 9 million euro border grant for Kolva, the interior ministry said.

The grant also provides funding for border fences, training and fuel.
`;

/** Inclusion after a modal ("will include", "will consist mainly of") and "The equipment includes". */
export const MARRA_DEAL = `Sundria on Monday signed a 30 million euro equipment deal with the port of Marra, the trade ministry said.

The deal will include two harbor cranes, a tugboat and 14 forklifts.

The deal would also consist mainly of spare engines and repair kits.

The equipment includes diesel pumps, welding sets and cargo nets.
`;

/** A list sent "as part of" / "under" the package, which each item names. */
export const TOLLAN_PACKAGE = `Ardenne on Thursday unveiled a 55 million crown winter aid package for Tollan.

Tollan will receive 20 snowplows, 300 heaters and 40 generators as part of the package.

Ardenne will also send 12 field bakeries under the package.
`;

/** A quotation opening with "The package" or "The new aid", then later references to the package. */
export const QUERN_QUOTES = `Halvik on Tuesday announced a 12 million crown school aid package for the town of Quern.

“The package includes desks, chalkboards and textbooks,” Education Minister Runa Vell said.

“The new aid also includes laptops and projectors,” Vell said.

The package, Vell said, includes school buses, heaters and bicycles.
`;

/** Leading speakers with an aside: "The agency, in a statement, said …", "X's minister, Name, said … that …". */
export const VESK_FLOODS = `Brenmark on Monday pledged a 20 million euro flood aid package for the Vesk valley.

The aid agency, in a statement, said the package includes sandbag machines, pumps and dredgers.

Vesk's regional governor, Anka Dorn, said on social media that the package includes rowing boats, life jackets and flares.
`;

/** Inline "1) … 2) …" items, "Key items in the package:" bullets and "items such as". */
export const ORVIK_AID = `Lessany on Wednesday approved an 18 million euro medical aid package for Orvik, the health ministry said.

The package includes: 1) oxygen concentrators, 2) surgical masks, and 3) insulin pens.

Key items in the package:

* Portable ultrasound scanners
* Blood test kits

The package also contains items such as crutches, wheelchairs and bandages.

Work on the clinic (phase 2) begins in May, and the wing (phase 3) opens in June.
`;

/** Items sourced to fact sheets: a named author's, an unnamed ministry's, one "released by" someone. */
export const GARN_FACT_SHEETS = `Pellora on Thursday announced a 14 million euro fisheries aid package for the Garn coast.

The package includes 40 trawler engines and 300 nets, according to a Coast Authority fact sheet.

The package also includes ice machines and cold stores, according to a ministry fact sheet.

The package includes 12 patrol boats and 60 radios, according to a fact sheet released by the fisheries ministry.
`;

/** A series whose last item is a plural before a phrase ("A, B and lanterns from …"), after a progressive verb; a package named by its giver's possessive. */
export const LORN_SUPPLIES = `Lorn is also getting stoves, cots and lanterns from its neighbors.

Kavia's latest aid package for Lorn was announced on Monday.

The package includes blankets, tarpaulins and water jugs.

It also includes lamps, radios and batteries for the shelters.
`;

/** A series after a subject with "of the …" and a verb ("The rest of the grant will go toward A, B and C"). */
export const ISKA_GRANT = `Morvane on Friday approved a 6 million euro school grant for Iska.

Half of the grant buys textbooks. The rest of the grant will go toward teacher training, school meals and bus passes.
`;

/** "Other items include …" and "Additional supplies include:" with no container named. */
export const FENNA_RELIEF = `Ostravia on Sunday sent a 3 million euro storm relief package to the island of Fenna, the interior ministry said.

Other items include chainsaws, roof tiles and rope.

Additional supplies include:
- drinking water
- baby formula
`;

/** Bullet leads that name the package only by asking or pointing: "Here's what …", "What's in …", "The following …". */
export const RAVNO_AID = `Sorbia on Tuesday pledged a 7 million euro drought aid package for the Ravno plains, the farm ministry said.

Here's what the package contains:
- seed grain
- irrigation pipes

What's in the package

- water trucks
- cattle feed

The following items are included:
- soil sensors
- grain silos
`;

/** A series of items with their amounts in brackets after a copula. */
export const TUVA_BUDGET = `The Tuva town council on Monday approved a 15 million crown budget for 2027.

The biggest lines are wages (6 million crowns), heating (3 million crowns) and snow clearing (2 million crowns).
`;

/** Gapped amounts after "Of that," and with "toward". */
export const BRAVIK_BUDGET = `The Bravik county board on Thursday adopted a 22 million euro budget for 2027.

Of that, 9 million euros goes toward nursing homes, 6 million toward bus routes and 2 million toward libraries.
`;

/** Items sourced to a possessive announcement ("The ministry's announcement said …"). */
export const SKELD_ANNOUNCEMENT = `Norvik on Monday announced an 11 million euro housing aid package for Skeld, the housing ministry said.

The housing ministry's announcement said the package includes prefab homes, roof insulation and wood stoves.
`;

/** Inverted lists: "Also part of the package are …", "In the package are …", "Also being sent are …". */
export const HOLM_CONVOY = `Dravia on Saturday sent a 4 million euro medical aid package to the port of Holm, the health ministry said.

Also part of the package are dialysis machines and incubators.

In the package are 30 defibrillators and 600 splints.

Also being sent are two ambulance boats and a mobile pharmacy.

In the convoy's lead truck were the mayor and two nurses.
`;

/** "Also included are …" after a sentence that only mentions another thing (a law). */
export const PRAVA_TRANCHE = `Kestavia on Monday announced a 65 million euro military aid package for Prava, the defense ministry said.

The package includes anti-tank mines and night sights.

The aid was approved under a 2023 defense law passed by parliament.

Also included are bridging equipment and spare barrels.
`;

/** A closing "which will pay for A, B and C" after funding, not a series of what was announced. */
export const ARLA_FUNDING = `The Arla regional council on Tuesday announced 8 million euros in new rail funding, which will pay for signal upgrades, station lifts and ticket machines.
`;

/** Names with a possessive role around them: "Dunmark's trade minister, Sela Varn, thanked …, saying …", "Sela Varn, Dunmark's trade minister, said …". */
export const DUNMARK_THANKS = `Dunmark's trade minister, Sela Varn, thanked Ellory on social media, saying the grain shipments would ease bread prices by spring.

Sela Varn, Dunmark's trade minister, said the first grain ships would dock in Port Aske next week.
`;

/** Two amounts after a verb of spending ("earmarks A for X and B for Y"), and two that are no pair. */
export const SOLBY_BUDGET = `The Solby council on Wednesday passed a 12 million crown budget for 2027.

The budget earmarks 3 million crowns for school meals and 1 million crowns for libraries.

The package provides 400,000 crowns for snow clearing and 250,000 crowns for road salt.

Officials said 40 roads were closed and 12 were reopened by evening.
`;

/** More places and objects between "said"/"told" and the claim's "that". */
export const ELMSTAD_TOWN_HALL = `Mayor Ruth Kessel said during a visit to a school that serves 400 pupils that class sizes would fall next year.

Kessel told a crowd that had gathered outside the town hall that the ferry would run every hour.

Kessel told reporters who had waited since noon that the harbor budget would be balanced.

Deputy Mayor Oren Fisk said at a meeting that the old bridge would be closed in March.
`;

/** A claim opening with "The latest package" after the package was described. */
export const TARVO_LATEST = `Ulmeria on Thursday announced a 48 million euro security aid package for Tarvo.

The latest package brings Ulmeria's total aid to Tarvo to 900 million euros.
`;

/** An inclusion list closed by ", among other items" or ", among others". */
export const WELLO_KITS = `Carvia on Monday sent a 2 million euro school aid package to the valley town of Wello.

The package includes slates, chalk and atlases, among other items.

It also includes footballs and nets, among others.
`;

/** A list in a quotation without a tag of its own: split all the same, the last item stopping before the closing mark. */
export const MERO_QUOTE = `Basca on Friday announced a 5 million euro fishing aid package for the island of Mero.

“The package includes nets and buoys,” Fisheries Minister Edda Holm said. “We are also sending engines, radios and life rafts.”
`;

/** A pair before ", as well as": "A and B, as well as C and D". */
export const NESSA_PAIRS = `Ardovia on Monday sent a 1 million euro mountain rescue package to the Nessa pass.

The package includes ropes and harnesses, as well as stretchers and avalanche probes.
`;

/** A series after a causative verb and its agent ("help Pirra rebuild A, B and C"). */
export const PIRRA_REBUILD = `Ostrava on Monday pledged a 30 million euro reconstruction package for Pirra.

The package is meant to help Pirra rebuild power lines, water mains and footbridges.
`;

/** Series items opening with an "-ing" word that are things ("sleeping bags", "heating oil"). */
export const KORRA_WINTER = `Vessia on Friday sent a 2 million euro winter aid package to the hill villages of Korra.

The package will buy blankets, heating oil and sleeping bags.
`;

/** "There are also A and B in the package", and "there are" about something that holds no items. */
export const BELKA_THERE_ARE = `Morland on Tuesday announced a 6 million euro flood aid package for the Belka delta, the water ministry said.

There are also 40 pumps and 12 dredgers in the package.

There are still 300 families in the shelters.
`;
