import { describe, expect, it } from 'vitest';
import { ESCAPE, LANDSLIDE, TRANSFER } from './h-trial28.fixture.js';
import { analyze, datedEntries, docNumber, entries, factualValues, tell } from './read.js';

// Three fictional stories read as a demanding fact-checker reads their dossiers (a prison escape
// with a recapture and a court appearance, a footballer's transfer, a landslide after heavy rain),
// and the rules of news language their misreadings named, each with a fictional pair (failing
// before) and a control (the look-alike it leaves alone).

type Dossier = ReturnType<typeof analyze>;
const ages = (d: Dossier): string[] =>
  (d.facts ?? []).filter((f) => f.kind === 'age').map((f) => `${f.value} ${f.about}`);
const dates = (d: Dossier): string[] =>
  (d.facts ?? []).filter((f) => f.kind === 'date').map((f) => `${f.value}${f.event ? ` ${f.event}` : ''}`);

describe('the trial story of a prison escape', () => {
  const story = analyze(ESCAPE);
  it('reports the inmates who escaped, two against three, with who says each', () => {
    expect(entries(story, 'count')).toEqual([
      ['Three inmates broke (2)', 'Two inmates escape (1)', 'Two inmates escaped (1)'],
    ]);
  });
  it("reports the inmate's age, 34 against 35, and his name and the judge's, each written two ways", () => {
    expect(entries(story, 'age')).toEqual([['34 (1)', '34 (4)', '35 (2)']]);
    const spellings = story.discrepancies.filter((x) => x.kind === 'spelling').map((x) => x.note);
    expect(spellings).toEqual([
      'one name, written 2 ways: Dorin Malek / Dorin Mallek',
      'one name, written 2 ways: Ilona Farkas / Ilona Farkash',
    ]);
  });
  // Before `date:one-incident-weekdays` (compare/dates.ts) and the escape's verbs in
  // `DATED_EVENTS` (facts.ts), two weekdays of one breakout were compared only between sentences
  // stating one claim about one subject.
  it('reports the night of the escape, late on Sunday against Saturday night', () => {
    expect(entries(story, 'date')).toEqual([['Saturday (2)', 'Sunday (1)']]);
  });
  it('sets no look-alike against another: the reward in two notations, the floor, two sentences, 2033', () => {
    const values = factualValues(story);
    for (const look of [/50,000|\$50/, /\b12\b|Thirteen/, /22|six/, /2033|2036/, /400/])
      expect(values).not.toMatch(look);
  });
  // Before `clause:relative-closed` (text/clause-break.ts), the relative clause's `on Sunday` and
  // the main clause's `on Wednesday` were one clause, neither dated an event, and the timeline
  // gave the court appearance with the escape's words.
  it("dates the update's escape and court appearance each in its own clause", () => {
    const third = datedEntries(story).filter((t) => t.doc === 3);
    expect(third.map((t) => `${t.date} ${t.text}`)).toEqual([
      '2040-10-14 Dorin Malek, who escaped from Kessany prison on Sunday',
      '2040-10-16 Police caught Malek on Tuesday in a barn near Lurin, two days after the escape',
      '2040-10-17 appeared in court on Wednesday charged with escaping lawful custody',
    ]);
  });
  // Before `fact:description-past-pronoun` (facts.ts, `goesOnAbout`), `The 34-year-old` after
  // `He appeared before Judge Ilona Farkash` was the judge's age.
  it('reads `The 34-year-old` after a sentence opening on `He` as the inmate, not the judge', () => {
    expect(ages(story).filter((a) => /farkas/.test(a))).toEqual([]);
  });
  // The Tribune's `arrested on Wednesday` against the update's `caught ... on Tuesday` (the verb
  // `caught` dates no event: `caught fire` is a fire's), and where he was caught (`in a barn near
  // Lurin` / `in a flat in Kessany`: `caught` is no verb of the place rule) are not read yet.
  it.fails('reports the day of the recapture, Tuesday against Wednesday', () => {
    expect(entries(story, 'date')).toContainEqual(['Tuesday (3)', 'Wednesday (4)']);
  });
});

describe('the trial story of a transfer', () => {
  const story = analyze(TRANSFER);
  // Before `mentions:club-prefix` (mentions/entities.ts), `Real Ostravia` was a person, the
  // subject `The 24-year-old` went on about.
  it("reports the striker's age, 23 against 24", () => {
    expect(entries(story, 'age')).toEqual([['23 (1)', '24 (2)']]);
  });
  // Before `fact:agreement-term-of-subject` (facts.ts) and `figures:term-signed-now`
  // (compare/figures.ts), the tabloid's four-year deal was no one's, and two terms of one
  // person were compared only in sentences stating one claim.
  it('reports his contract, five years against four', () => {
    expect(entries(story, 'quantity')).toContainEqual(['five-year (1)', 'four-year (2)']);
  });
  it("reports the coach's name written two ways", () => {
    expect(entries(story, 'spelling')).toEqual([['Piet Vanlande (1)', 'Piet van Lande (2)']]);
  });
  it('sets no look-alike against another: one fee in two notations, two goal tallies, 2037, the seats', () => {
    const values = factualValues(story);
    for (const look of [/62m/, /31|27/, /€8 million|2037/, /40,000|52,000/]) expect(values).not.toMatch(look);
  });
  // Before `fact:sum-of-signing` (facts.ts, `SIGNED_FOR`), a sum after `signed ... for` was no
  // fee (the player's apposition, `, 23,`, stopped the bought thing), and then, keyed, a later
  // report's fee read as an update.
  it('reports the fee, €62 million against €58 million', () => {
    expect(entries(story, 'quantity')).toContainEqual(['€58 million (3)', '€62 million (1)']);
  });
  // The day, `on Thursday` against `on Friday`: two plain weekdays a day apart may be one night
  // or two zones, and a signing is no incident told once.
  it.fails('reports the day of the signing, Thursday against Friday', () => {
    expect(entries(story, 'date')).toContainEqual(['Friday (3)', 'Thursday (1)']);
  });
});

describe('the trial story of a landslide', () => {
  const story = analyze(LANDSLIDE);
  // Before `count:rises-day-by-day` (compare/figures.ts), the third day's 26 left the first two
  // days' figures (`at least 12` and 13, then 21) as a conflict beside the update.
  it('reads the toll as one update over three days, not a conflict', () => {
    const toll = story.discrepancies.filter((x) => /killed/.test(x.note));
    expect(toll.map((x) => x.kind)).toEqual(['update']);
    expect(toll[0]!.note).toMatch(/Thirteen dead \/ 12 dead → 21 → 26/);
  });
  it('reads the missing as an update, and reports the homes buried, 30 against 45', () => {
    expect(story.discrepancies.filter((x) => /missing/.test(x.note)).map((x) => x.kind)).toEqual(['update']);
    expect(entries(story, 'count')).toEqual([['30 homes (1)', '45 homes (2)']]);
  });
  // Before `name:one-post-alike` (compare/names.ts), two surnames two letters apart were two people.
  it("reports the mayor's name written two ways", () => {
    expect(entries(story, 'spelling')).toEqual([['Radu Cernat (2)', 'Radu Cernea (3)']]);
  });
  // Before `date:figure-change` (facts.ts, compare/dates.ts), the day the toll rose to 26 was set
  // against the day of the landslide.
  it('sets no look-alike against another: the rain in two units, 1,500 twice, 2029, the day the toll rose', () => {
    expect(
      entries(story, 'date')
        .flat()
        .filter((v) => /Tuesday|Monday/.test(v)),
    ).toEqual([]);
    const values = factualValues(story);
    for (const look of [/millimetres|centimetres/, /1,500/, /2029|40 people/, /48 hours/])
      expect(values).not.toMatch(look);
  });
  // `on Saturday` against `on Sunday`: the deaths (`were killed when a landslide buried ...`) and
  // the collapse (`died when a hillside collapsed`) date two events, and two plain weekdays a day
  // apart may be a night and the morning after.
  it.fails('reports the day of the landslide, Saturday against Sunday', () => {
    expect(entries(story, 'date')).toContainEqual(['Saturday (2)', 'Sunday (1)']);
  });
});

// The rules, each on a pair (failing before) and its control.
const wire = (day: string, ...body: string[]) => ['Landslide in Tovrin', 'Marsovia Press', day, ...body];
const KILLED = (day: string) =>
  `TOVRIN - At least 12 people were killed when a landslide buried part of Tovrin on ${day}, the emergency service said.`;

describe('date:figure-change — the day a figure moved is not the day of the event', () => {
  it('pair: `the toll rose to 26 on Tuesday` against `killed ... on Sunday` is an update, no date entry', () => {
    const d = tell(
      wire('3 April 2039', KILLED('Sunday')),
      wire(
        '5 April 2039',
        'TOVRIN - The death toll from the Tovrin landslide rose to 26 on Tuesday, the emergency service said.',
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
    expect(d.discrepancies.map((x) => x.kind)).toContain('update');
  });
  it('control: the landslide itself on Sunday against Tuesday is still a date entry', () => {
    const d = tell(wire('3 April 2039', KILLED('Sunday')), wire('5 April 2039', KILLED('Tuesday')));
    expect(entries(d, 'date')).toEqual([['Sunday (1)', 'Tuesday (2)']]);
  });
});

describe('count:rises-day-by-day — a toll updated over three days', () => {
  const three = (first: string) =>
    tell(
      wire('3 April 2039', KILLED('Sunday')),
      [
        'Tovrin deaths',
        'The Tovrin Herald',
        '3 April 2039',
        `${first} people died in the Tovrin landslide on Sunday, the mayor said.`,
      ],
      wire(
        '4 April 2039',
        'TOVRIN - The death toll from the Tovrin landslide rose to 21 on Monday, the emergency service said.',
      ),
      wire(
        '5 April 2039',
        'TOVRIN - The death toll from the Tovrin landslide rose to 26 on Tuesday, the emergency service said.',
      ),
    );
  it('pair: at least 12 and 13, then 21, then 26 is one update', () => {
    const d = three('Thirteen');
    expect(d.discrepancies.filter((x) => /killed/.test(x.note)).map((x) => x.kind)).toEqual(['update']);
  });
  it('control: at least 12 against nine on the first day is still a conflict beside the update', () => {
    const d = three('Nine');
    expect(d.discrepancies.filter((x) => /killed/.test(x.note)).map((x) => x.kind)).toEqual([
      'count',
      'update',
    ]);
  });
});

describe('name:one-post-alike — one mayor, his surname written two ways', () => {
  const two = (a: string, b: string) =>
    tell(
      ['Tovrin landslide', 'The Tovrin Herald', '3 April 2039', `Thirteen people died in Tovrin, ${a} said.`],
      wire('4 April 2039', `${b} said rescuers had worked through the night.`),
    );
  it('pair: `mayor Radu Cernat` / `Mayor Radu Cernea` is one name written two ways', () => {
    expect(entries(two('mayor Radu Cernat', 'Mayor Radu Cernea'), 'spelling')).toEqual([
      ['Radu Cernat (1)', 'Radu Cernea (2)'],
    ]);
  });
  it('control: the same names without a post, or another surname, are two people', () => {
    expect(entries(two('Radu Cernat', 'Radu Cernea'), 'spelling')).toEqual([]);
    expect(entries(two('mayor Radu Cernat', 'Mayor Radu Popescu'), 'spelling')).toEqual([]);
  });
});

describe('fact:description-past-pronoun — `The 34-year-old` after a sentence opening on `He`', () => {
  const one = (second: string) =>
    tell([
      'Escapee in court',
      'The Capital Tribune',
      '18 October 2040',
      'Dorin Malek was arrested on Wednesday in Kessany, officers said.',
      second,
      'The 34-year-old had been on the run since Sunday night.',
    ]);
  it('pair: the description is the person before the pronoun, not the judge it names', () => {
    expect(ages(one('He appeared before Judge Ilona Farkash hours later.'))).toEqual([
      '34 person:dorin-malek',
    ]);
  });
  it('control: a sentence opening on the judge goes on about the judge', () => {
    expect(ages(one('Judge Ilona Farkash ordered him held.'))).toEqual(['34 person:ilona-farkash']);
  });
});

describe('mentions:club-prefix — `Real Ostravia` is a club', () => {
  const d = tell([
    'Ostravia land Osei-Bonsu',
    'The Daily Shout',
    '11 July 2041',
    'Real Ostravia have paid 62m euros for the striker Kwame Osei-Bonsu.',
    'The 24-year-old has signed a four-year deal.',
    'Real wages in Ostravia fell last year.',
  ]);
  const kinds = (label: RegExp) => d.entities.filter((e) => label.test(e.label)).map((e) => e.kind);
  it('pair: the club is an organisation, and the description goes on about the striker', () => {
    expect(kinds(/^Real Ostravia$/)).toEqual(['organization']);
    expect(ages(d)).toEqual(['24 person:kwame-bonsu']);
  });
  it('control: `Real` opening a sentence alone names no club', () => {
    expect(kinds(/^Real$/)).toEqual([]);
  });
});

describe('fact:agreement-term-of-subject and figures:term-signed-now — one signing, two terms', () => {
  const two = (second: string) =>
    tell(
      [
        'Ostravia sign Osei-Bonsu',
        'Sportwire',
        '11 July 2041',
        'Kwame Osei-Bonsu signed a five-year contract with Real Ostravia, the club said.',
      ],
      [
        'Osei-Bonsu deal',
        'The Daily Shout',
        '11 July 2041',
        'Real Ostravia have paid 62m euros for the striker Kwame Osei-Bonsu.',
        second,
      ],
    );
  it('pair: `The 24-year-old has signed a four-year deal` against a five-year contract', () => {
    expect(entries(two('The 24-year-old has signed a four-year deal.'), 'quantity')).toEqual([
      ['five-year (1)', 'four-year (2)'],
    ]);
  });
  it('control: an earlier deal (`had signed ... in 2037`) is another term', () => {
    expect(entries(two('He had signed a four-year deal with FC Merlin in 2037.'), 'quantity')).toEqual([]);
  });
});

describe('fact:sum-of-signing — the fee of a move, told from either side', () => {
  const two = (second: string) =>
    tell(
      [
        'Ostravia sign Osei-Bonsu',
        'Sportwire',
        '11 July 2041',
        'Real Ostravia signed the striker Kwame Osei-Bonsu, 23, from FC Merlin for €62 million, the club said.',
      ],
      ['Osei-Bonsu unveiled', 'The Ostravia Gazette', '13 July 2041', second],
    );
  it('pair: `signed ... for €62 million` against `signed for Real Ostravia ... for €58 million`', () => {
    expect(
      entries(two('The striker signed for Real Ostravia on Friday for €58 million.'), 'quantity'),
    ).toEqual([['€58 million (2)', '€62 million (1)']]);
  });
  it('control: an earlier move of another year (`joined Merlin ... in 2037 for €8 million`) is no fee of this one', () => {
    expect(
      entries(two('Osei-Bonsu joined FC Merlin from Atlético Sarno in 2037 for €8 million.'), 'quantity'),
    ).toEqual([]);
  });
});

describe('date:one-incident-weekdays — two nights of one breakout', () => {
  const two = (a: string, b: string) =>
    tell(
      [
        'Inmates escape',
        'Valdor News Agency',
        '15 October 2040',
        `Two inmates escaped from the prison in Kessany ${a}, the ministry said.`,
      ],
      [
        'Manhunt in Kessany',
        'The Kessany Voice',
        '15 October 2040',
        `Two inmates broke out of Kessany prison ${b}, an officer said.`,
      ],
    );
  it('pair: `escaped ... late on Sunday` against `broke out ... on Saturday night`', () => {
    expect(entries(two('late on Sunday', 'on Saturday night'), 'date')).toEqual([
      ['Saturday (2)', 'Sunday (1)'],
    ]);
  });
  it('control: a night and the next morning (`late on Sunday` / `early on Monday`) are one moment', () => {
    expect(entries(two('late on Sunday', 'early on Monday'), 'date')).toEqual([]);
  });
  it('control: two plain weekdays a day apart (`on Sunday` / `on Saturday`) may be one night, or two zones', () => {
    expect(entries(two('on Sunday', 'on Saturday'), 'date')).toEqual([]);
  });
});

describe('clause:relative-closed — a date in a relative clause and one in the main clause', () => {
  const one = (body: string) =>
    tell(['Inmate in court', 'Valdor News Agency', '17 October 2040', 'An inmate appeared in court.', body]);
  it('pair: `who escaped ... on Sunday, appeared in court on Wednesday` dates two events', () => {
    expect(
      dates(one('Dorin Malek, who escaped from prison on Sunday, appeared in court on Wednesday.')),
      // (Wednesday is the appearance's, read from `appeared`: rule `fact:date:weekday-of-act`.)
    ).toEqual(['W:0 escape', 'W:3 act:appear']);
  });
  it('control: two days of one clause (`on Monday and Tuesday`) date none', () => {
    expect(dates(one('Dorin Malek, who was questioned on Monday and Tuesday, was charged.'))).toEqual([]);
  });
});

describe('the trial stories: every document has a number', () => {
  it('numbers the documents of each story from 1', () => {
    for (const s of [ESCAPE, TRANSFER, LANDSLIDE]) {
      const d = analyze(s);
      expect(d.documents.map((x) => docNumber(d, x.id))).toEqual(s.map((_, i) => i + 1));
    }
  });
});

describe('masthead:the-daily — a tabloid named `The Daily ...`', () => {
  const outletOf = (line: string) =>
    tell([
      'Ostravia land Osei-Bonsu',
      line,
      '11 July 2041',
      'Real Ostravia have paid 62m euros for the striker Kwame Osei-Bonsu.',
    ]).documents[0]!.outlet;
  it('pair: the line `The Daily Shout` under the headline is the outlet', () => {
    expect(outletOf('The Daily Shout')).toBe('The Daily Shout');
  });
  it('control: `The Sporting Shout` (no word of an issue) is not read as one', () => {
    expect(outletOf('The Sporting Shout')).not.toBe('The Sporting Shout');
  });
});
