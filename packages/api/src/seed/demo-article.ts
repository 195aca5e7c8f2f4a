/** An invented local-news story written for the demo: a list sentence, quotes and attributions. */
export const DEMO_ARTICLE = {
  title: "Riverton council approves $48 million flood defence plan",
  publisher: "The Riverton Ledger",
  author: "Maria Okafor",
  url: "https://ledger.example.com/2026/03/riverton-flood-plan",
  publishedAt: new Date("2026-03-11T17:00:00Z"),
  body: `Riverton council approves $48 million flood defence plan

By Maria Okafor, Staff Reporter
March 11, 2026

The Riverton city council voted 7-2 on Tuesday to approve a $48 million flood defence plan, the largest infrastructure project in the city's history, Mayor Daniel Reyes said.

The plan includes 3.2 miles of new levees along the Cedar River, two pumping stations, a flood warning system for the east side and the restoration of 400 acres of wetlands.

"Flooding has cost Riverton more than $120 million in damage since 2010," Reyes told reporters after the vote. "This plan pays for itself within fifteen years."

According to the state Department of Natural Resources, the Cedar River has exceeded flood stage 11 times in the past decade, compared with four times in the 1990s.

Council member Ellen Park, who voted against the plan, said property taxes would rise by an average of $210 a year for homeowners. She added that the council had not studied cheaper alternatives.

Construction is expected to begin in the fall and take four years to complete.
`,
};
