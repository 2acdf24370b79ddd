import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

/**
 * Whole fictional stories (issue 13), each with planted first-hand origins, relays and
 * commentators, one origin named in several ways, and wire copy: every planted speaker is
 * checked. The stories are invented; no text comes from a corpus.
 */
type Article = { location: string; known: { outlet: string }; text: string };

function read(articles: Article[]) {
  const d = analyzeTexts(articles);
  const p = d.provenance;
  const file = new Map(d.documents.map((x) => [x.id, x.source.location ?? x.id]));
  const files = (ids: readonly string[]) => ids.map((i) => file.get(i)!).sort();
  const origins = (p.origins ?? []).map((o) => ({ label: o.label, files: files(o.documents) }));
  const relays = (p.relays ?? []).map((r) => ({
    label: r.label,
    of: r.of.map((id) => p.nodes.find((n) => n.id === id)?.label ?? id),
    files: files(r.documents),
  }));
  const commentators = (p.commentators ?? []).map((c) => c.label);
  /** The one origin whose label matches (two would be a split). */
  const origin = (label: RegExp) => {
    const hits = origins.filter((o) => label.test(o.label));
    expect(
      hits.map((h) => h.label),
      String(label),
    ).toHaveLength(1);
    return hits[0]!;
  };
  const noOrigin = (label: RegExp) => expect(origins.filter((o) => label.test(o.label))).toEqual([]);
  const commentator = (label: RegExp) =>
    expect(
      commentators.some((c) => label.test(c)),
      String(label),
    ).toBe(true);
  return { origins, relays, commentators, origin, noOrigin, commentator };
}

const CRASH: Article[] = [
  {
    location: 'herald.txt',
    known: { outlet: 'Brindle Herald' },
    text: `Four dead as coach overturns near Marrow Bridge

A coach carrying 32 passengers overturned on the Marrow Bridge road on Tuesday night, killing four people, police said.

The Lowmarsh County Sheriff's Office said the driver, a 51-year-old man from Fenwick, had been taken to St Agnes Hospital with serious injuries.

"The coach swerved and then it just rolled over," said Petra Holm, who was driving behind it. "I saw people climbing out of the windows."

The operator, Greyline Coaches, said in a statement that it was cooperating fully with investigators.

The Herald has learned that the coach failed a brake inspection in March.

Aaron Vile, a professor of transport engineering at Fenwick University, said the road should have been closed years ago.

Sheriff's spokesman Lt. Dana Crowe said the road would remain closed until Thursday.
`,
  },
  {
    location: 'radio.txt',
    known: { outlet: 'Coast Radio' },
    text: `Coach crash: brakes had failed inspection

Four people died when a coach overturned near Marrow Bridge late on Tuesday, according to the Brindle Herald.

The coach had failed a brake inspection in March, as first reported by the Herald.

Deputies with the county sheriff's office said the driver survived the crash.

The Road Victims Alliance, a campaign group, called for a public inquiry. "This tragedy was entirely preventable," said its director, Mona Sledge.

Greyline Coaches spokeswoman Tara Finch said the company had suspended all services on the route.
`,
  },
  {
    location: 'post.txt',
    known: { outlet: 'Fen Post' },
    text: `Four killed in coach crash

MARROW BRIDGE, June 3 (Pressline) - Four people were killed when a coach overturned on a rural road late on Tuesday, the sheriff's office said on Wednesday.

Twenty-eight passengers were treated in hospital, sheriff's office spokesman Dana Crowe told reporters. The coach was travelling from Fenwick to the coast.

Greyline Coaches, which operates the route, said it would pay for the funerals of the victims.

Transport safety campaigners said the crash showed the need for stricter inspections.
`,
  },
  {
    location: 'weekly.txt',
    known: { outlet: 'Marsh Weekly' },
    text: `Coach crash near Marrow Bridge kills four

MARROW BRIDGE, June 3 (Pressline) - Four people were killed when a coach overturned on a rural road late on Tuesday, the sheriff's office said on Wednesday.

Twenty-eight passengers were treated in hospital, sheriff's office spokesman Dana Crowe told reporters. The coach was travelling from Fenwick to the coast.

Greyline Coaches, which operates the route, said it would pay for the funerals of the victims.
`,
  },
];

const RECALL: Article[] = [
  {
    location: 'wire1.txt',
    known: { outlet: 'Daily Ledger' },
    text: `Norwell recalls 400,000 heaters over fire risk

(Meridian) - Norwell Appliances is recalling 400,000 space heaters sold in the past two years because they can overheat and catch fire, the company said on Monday.

The Consumer Product Safety Board (CPSB) said it had received 112 reports of heaters overheating, including nine fires.

A CPSB spokeswoman said no injuries had been reported.

"Safety is our first priority," Norwell chief executive Ilse Brandt said in a statement.

Joel Markey, an analyst at Harrow Capital, said the recall could cost the company up to $30 million.
`,
  },
  {
    location: 'wire2.txt',
    known: { outlet: 'Coastline Business' },
    text: `Norwell heater recall

(Meridian) - Norwell Appliances is recalling 400,000 space heaters sold in the past two years because they can overheat and catch fire, the company said on Monday.

The Consumer Product Safety Board (CPSB) said it had received 112 reports of heaters overheating, including nine fires.

"Safety is our first priority," Norwell chief executive Ilse Brandt said in a statement.
`,
  },
  {
    location: 'times.txt',
    known: { outlet: 'Fenwick Times' },
    text: `Heater maker recalls 400,000 units after fires

Norwell Appliances said on Monday it would recall 400,000 space heaters after reports of overheating.

The safety board said the heaters had caused nine fires. Customers should stop using them at once, the board said.

Norwell's chief executive, Ilse Brandt, said the company would refund every customer.

The Fair Homes Consumer Alliance said the recall came too late. "Families were put at risk for months," said Rita Cole, the group's president.

Shares in Norwell fell 6 percent, Reuters reported.
`,
  },
];

const ELECTION: Article[] = [
  {
    location: 'bulletin.txt',
    known: { outlet: 'Capital Bulletin' },
    text: `Lanmark wins Valdoria presidency

Opposition leader Ana Lanmark won Sunday's presidential election in Valdoria with 54 percent of the vote, the Independent Electoral Commission (IEC) said on Monday.

IEC chairwoman Ruth Obi said turnout was 71 percent, the highest since 1994.

Lanmark told supporters in the capital that she would form a government within two weeks. "Tonight the people of Valdoria have chosen change," she said.

Outgoing president Victor Sand conceded defeat in a televised address.

Observers from the Regional Monitoring Mission said the vote had been largely peaceful.

Paul Dray, a political scientist at Valdoria National University, said Lanmark would struggle to pass laws without a majority in parliament.
`,
  },
  {
    location: 'observer.txt',
    known: { outlet: 'Northern Observer' },
    text: `http://www.northernobserver.example/world/valdoria-election-lanmark-wins

Lanmark declared winner in Valdoria

Ana Lanmark has won the presidency of Valdoria, according to official results published by the electoral commission.

The commission said Lanmark received 54 percent of the vote against 43 percent for Victor Sand.

An exit poll for Channel 9 had predicted a narrower win.

Two senior officials in Sand's party told the Northern Observer that the president had been advised to concede early on Monday.

The Valdorian Human Rights League welcomed the peaceful transfer of power. "This is a good day for democracy," said the league's director, Omar Feld.
`,
  },
  {
    location: 'daily.txt',
    known: { outlet: 'Harbour Daily' },
    text: `Valdoria elects Lanmark

Ana Lanmark won Valdoria's presidential election, the Northern Observer reported on Monday, citing official results.

The president conceded after senior party officials urged him to do so, the Observer reported.

The electoral commission put turnout at 71 percent.

Neighbouring Castria congratulated Lanmark on her victory.
`,
  },
];

const QUAKE: Article[] = [
  {
    location: 'express.txt',
    known: { outlet: 'Morning Express' },
    text: `Quake kills 31 in northern Tessaly

A magnitude 6.2 earthquake struck northern Tessaly early on Saturday, killing at least 31 people and injuring more than 200, the Interior Ministry said.

The National Seismology Centre said the quake hit at 4:12 a.m. at a depth of 10 kilometres near the town of Orvel.

Interior Ministry spokesman Daniel Petros said rescue teams were still searching the ruins of two apartment blocks.

"I heard a roar and then the walls came down," said Lina Marek, 34, who escaped from one of the buildings with her two children.

The Tessaly Red Crescent said it had set up shelters for 3,000 people.

Seismologist Hugo Brandl of Orvel Technical University said the region was overdue for a large quake and that building rules had not been enforced.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Gulf Times Online' },
    text: `ORVEL, Tessaly, May 9 (Continental Press) - At least 31 people were killed when a strong earthquake struck northern Tessaly on Saturday, the interior minister said.

Interior Minister Sara Kallis told reporters that more than 200 people had been injured, 40 of them seriously.

The country's seismology centre measured the quake at 6.2.

State news agency TNA reported that power had been cut across the province.

The UN refugee agency (UNHCR) said it was sending tents and blankets. A UNHCR spokesman in Geneva said the agency stood ready to help.
`,
  },
  {
    location: 'chronicle.txt',
    known: { outlet: 'Tessaly Chronicle' },
    text: `Orvel quake: death toll rises to 31

The ministry of the interior said on Saturday that 31 people had died in the earthquake.

A spokesman for the ministry said search efforts would continue through the night.

According to the National Seismology Centre (NSC), the quake measured 6.2. NSC director Ilya Voss said aftershocks were likely for several days.

Residents said many buildings in the old town had collapsed. "My neighbour's house is gone," said Petr Halas, a baker.

Amnesty Watch, a human rights group, criticised the government's response as slow.
`,
  },
];

describe('who says it, on whole fictional stories', () => {
  it('a coach crash: police under four names are one origin; wire copy rests on its agency', () => {
    const s = read(CRASH);
    // `police`, the sheriff's office, `Sheriff's spokesman Lt. Dana Crowe`, `Deputies with the county sheriff's office`.
    expect(s.origin(/sheriff|police|Crowe|deputies/i).files).toEqual([
      'herald.txt',
      'post.txt',
      'radio.txt',
      'weekly.txt',
    ]);
    // The operator, its statement and its spokeswoman.
    expect(s.origin(/Greyline|Finch/).files).toEqual(['herald.txt', 'post.txt', 'radio.txt', 'weekly.txt']);
    // A witness.
    expect(s.origin(/Petra Holm/).files).toEqual(['herald.txt']);
    // `The Herald has learned` is the Brindle Herald's own reporting, which Coast Radio relays.
    expect(s.origin(/Herald/).label).toBe('Brindle Herald');
    expect(s.relays).toContainEqual({ label: 'Coast Radio', of: ['Brindle Herald'], files: ['radio.txt'] });
    // Two outlets run one agency's copy under its dateline.
    expect(s.origin(/Pressline/).files).toEqual(['post.txt', 'weekly.txt']);
    expect(s.relays).toContainEqual({ label: 'Fen Post', of: ['Pressline'], files: ['post.txt'] });
    expect(s.relays).toContainEqual({ label: 'Marsh Weekly', of: ['Pressline'], files: ['weekly.txt'] });
    // A professor and a campaign group with its director are commentators, never origins.
    s.commentator(/Aaron Vile/);
    s.commentator(/Road Victims Alliance/);
    s.noOrigin(/Vile|Sledge|Alliance|campaign/i);
  });

  it('a recall: the chief executive and the company are one origin, the regulator under its acronym too', () => {
    const s = read(RECALL);
    expect(s.origin(/Norwell|Brandt/).files).toEqual(['times.txt', 'wire1.txt', 'wire2.txt']);
    // `The Consumer Product Safety Board (CPSB)` and `A CPSB spokeswoman`.
    expect(s.origin(/Consumer Product Safety Board|CPSB/).files).toEqual(['wire1.txt', 'wire2.txt']);
    // `(Meridian) -`: the agency is the origin of its copy, both outlets relay it.
    expect(s.origin(/Meridian/).files).toEqual(['wire1.txt', 'wire2.txt']);
    expect(
      s.relays
        .filter((r) => r.of.includes('Meridian'))
        .map((r) => r.label)
        .sort(),
    ).toEqual(['Coastline Business', 'Daily Ledger']);
    // `Shares fell 6 percent, Reuters reported`: Reuters' own reporting, relayed by the Times.
    expect(s.origin(/Reuters/).files).toEqual(['times.txt']);
    expect(s.relays).toContainEqual({ label: 'Fenwick Times', of: ['Reuters'], files: ['times.txt'] });
    // An analyst; a consumer group and its president (`Rita Cole, the group's president`).
    s.commentator(/Joel Markey/);
    s.commentator(/Fair Homes Consumer Alliance/);
    s.noOrigin(/Markey|Rita Cole|Fair Homes/);
  });

  it('an election: the commission and its chairwoman are one origin; a relay by short name; reactions', () => {
    const s = read(ELECTION);
    // `the Independent Electoral Commission (IEC)` and `IEC chairwoman Ruth Obi`.
    expect(s.origin(/Electoral Commission|IEC|Obi/).files).toContain('bulletin.txt');
    s.noOrigin(/Ruth Obi/);
    s.origin(/Ana Lanmark/);
    s.origin(/Regional Monitoring Mission/);
    // The Observer's own unnamed sources are an origin; Harbour Daily relays `the Observer`.
    s.origin(/senior officials in Sand's party/);
    expect(s.origin(/Observer$/).files).toEqual(['daily.txt', 'observer.txt']);
    // A political scientist, a rights league with its director, a neighbour's congratulations.
    s.commentator(/Paul Dray/);
    s.commentator(/Valdorian Human Rights League/);
    s.commentator(/Castria/);
    s.noOrigin(/Dray|Omar Feld|League|Castria/);
  });

  it('an earthquake: a ministry under five names is one origin; an agency dateline; a seismologist comments', () => {
    const s = read(QUAKE);
    // `the Interior Ministry`, its spokesman, `the interior minister`, `Interior Minister Sara Kallis`,
    // `The ministry of the interior`, `A spokesman for the ministry`.
    expect(s.origin(/[Ii]nterior|ministry|Petros|Kallis/).files).toEqual([
      'chronicle.txt',
      'express.txt',
      'wire.txt',
    ]);
    // `the National Seismology Centre (NSC)` and `NSC director Ilya Voss`; no fragment in its label.
    expect(s.origin(/Seismology|NSC|Voss/)).toEqual({
      label: 'National Seismology Centre',
      files: ['chronicle.txt', 'express.txt'],
    });
    // `The UN refugee agency (UNHCR)` and `A UNHCR spokesman in Geneva`.
    s.origin(/UNHCR/);
    s.origin(/Red Crescent/);
    s.origin(/Lina Marek/);
    s.origin(/Petr Halas/);
    // `ORVEL, Tessaly, May 9 (Continental Press) -`.
    s.origin(/Continental Press/);
    expect(s.relays.find((r) => r.label === 'Gulf Times Online')?.of).toContain('Continental Press');
    s.commentator(/Hugo Brandl/);
    s.commentator(/Amnesty Watch/);
    s.noOrigin(/Brandl|Amnesty/);
  });
});
