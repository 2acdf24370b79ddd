import { describe, expect, it } from 'vitest';
import { H_TRIAL25 } from './h-trial25.fixture.js';
import {
  analyze,
  briefFaults,
  cited,
  claimMembersSaying,
  commentatorNames,
  datedEntries,
  docNumber,
  entries,
  factualValues,
  headlines,
  hedgedMembers,
  notCitingOwn,
  relayChains,
  repeatedClaims,
} from './read.js';

// A fictional phone launch covered over two weeks (a wire from the launch event, two relays of it
// that trim and hedge, a technology site with its own reporting and a correction, the wire's
// update after the first weekend with a denial, an analysis with an analyst), read as a demanding
// fact-checker reads the dossier: the weight (192 against 198 grams), the release day (19 against
// 26 September), the chief executive's spelling and the markets of the pre-orders (30, then 34)
// are found; the price (€999 against €949), the executive's title, the first weekend's sales
// against an analyst's estimate and the denial's tie to the report it denies are not yet. The
// price with its conversion in brackets, the smaller model's price, the rival's launch, the leak
// the site corrected, one value in two notations and `on Friday` against `12 September` are
// look-alikes.

describe('the trial story of a phone launch: discrepancies', () => {
  const story = analyze(H_TRIAL25);
  // Before `figure:rival-background` (compare/figures.ts, `RIVAL_SUBJECT`), the rival's 210
  // grams in the wire made `grams` a key of two things, and 192 was never set against 198.
  it('reports the weight, 192 grams against 198 grams, with who says each', () => {
    const weight = story.discrepancies.filter((x) => /grams/.test(x.note));
    expect(weight).toHaveLength(1);
    expect(entries(story, weight[0]!.kind)).toContainEqual([
      '192 grams (1)',
      '192 grams (3)',
      '198 grams (4)',
    ]);
  });
  // Before `date:day-month-ahead` (compare/dates.ts, `aheadOf`), `goes on sale on 19 September` in
  // a report of 9 September was a day of 2035, set against the update's `went on sale on Friday`
  // (the 19th); before the sale's own preposition (facts.ts, `SALE_BEGAN`), neither sale date was
  // an event's, and the site's pre-orders of the 12th were set against the wire's sale of the 19th.
  it('reports the release day, 19 September against 26 September, and nothing else of the dates', () => {
    expect(entries(story, 'date')).toEqual([['on 19 September (1)', 'on 26 September (4)']]);
  });
  it("reports the chief executive's surname written two ways", () => {
    expect(entries(story, 'spelling')).toEqual([['Ilsa Varene (3)', 'Ilsa Varenne (1)']]);
  });
  it('shows the markets of the pre-orders, 30 at the launch then 34, as an update', () => {
    const update = story.discrepancies.filter((x) => x.kind === 'update' && /markets/.test(x.note));
    expect(update).toHaveLength(1);
    expect(update[0]!.note).toMatch(/30 markets → 34 markets/);
  });
  it('sets no look-alike against another: the conversion, the Mini, the rival, the leak, the notations', () => {
    for (const kind of ['age', 'time', 'place', 'duration'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [
      /1,090|999 euros|749/,
      /\$999|4,800|210|800,000/,
      /4,500|5,000|5000|mAh/,
      /6\.7|3\.4|GHz|7\.9|inch/,
      /12 September|14 August|Tuesday|Monday/,
    ])
      expect(values).not.toMatch(look);
  });
  // `sell the Nova 9 for €949` is about no noun (`BOUGHT_FOR` reads no digit in what is sold, and
  // `PRICE_BEFORE` no object between `sell` and `for`), so it is never set against `priced at €999`.
  it.fails('reports the price, €999 against €949', () => {
    expect(entries(story, 'quantity')).toContainEqual(expect.arrayContaining(['€949 (4)', '€999 (1)']));
  });
  // Roles are never set against other outlets' roles: `head of devices` and `Chief operating
  // officer` are two titles of one man that no entry shows.
  it.fails("reports the executive's title, head of devices against chief operating officer", () => {
    expect(entries(story, 'role')).toEqual([['Chief operating officer (4)', 'head of devices (1)']]);
  });
  // `sold 1.2 million Nova 9 phones` counts `million` in the headline and nothing in the bodies, and
  // the analyst's `estimated ... about 900,000 phones` is read as no fact.
  it.fails(
    "reports the first weekend's sales, the company's 1.2 million against the analyst's 900,000",
    () => {
      expect(factualValues(story)).toMatch(/900,000/);
    },
  );
  // A model's number before a plural (`1.2 million Nova 9 phones`, `800,000 Tide 5 phones`) is read
  // as a count of phones: 5 phones against 9 phones, an update. A rule read it as the model's name
  // (`fact:model-number`), and cost half B a found discrepancy: dropped.
  it.fails("reads no model's number as a count", () => {
    expect(factualValues(story)).not.toMatch(/\b(?:5|9) phones/);
  });
});

describe('the trial story of a phone launch: who says it', () => {
  const story = analyze(H_TRIAL25);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it('reads both relays as passing on the wire, and the analyst as a commentator, never an origin', () => {
    expect(relayChains(story)).toEqual([
      [[2], ['n:org:harlow-news-service']],
      [[3], ['n:org:harlow-news-service']],
    ]);
    expect(commentatorNames(story)).toEqual(['Mara Quell']);
    expect(origins.filter((o) => /Quell|Denholt|gadgetwire|Calmora Daily/i.test(o))).toEqual([]);
  });
  it('has the company and the executive the site spoke to among its origins', () => {
    expect(origins).toEqual(expect.arrayContaining(['Veyra Systems', 'Chief operating officer Dorian Kest']));
  });
  it('reads the first relay as hedging the wire it passes on', () => {
    const relay = hedgedMembers(story, 2);
    expect(relay.length).toBeGreaterThanOrEqual(2);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
  it('names each outlet by its outlet line', () => {
    expect(story.documents.map((d) => d.outlet)).toEqual([
      'Harlow News Service',
      'gadgetwire.net',
      'The Calmora Daily',
      'Circuitline',
      'Harlow News Service',
      'The Lattice Review',
    ]);
  });
  // `Rival Quorin launched its Tide 5`: read as a body's name since h-who18's `company-by-structure`.
  it('names the rival firm, not a person called `Rival Quorin`', () => {
    expect(origins.filter((o) => /Rival/.test(o))).toEqual([]);
  });
});

describe('the trial story of a phone launch: claims', () => {
  const story = analyze(H_TRIAL25);
  it('has distinct claims, none repeating another, none told by a headline', () => {
    expect(repeatedClaims(story)).toEqual([]);
    const heads = headlines(H_TRIAL25);
    expect(story.claims.filter((c) => heads.includes(c.text))).toEqual([]);
  });
  it("leaves the analyst's opinion out of every claim", () => {
    expect(claimMembersSaying(story, /price is steep|strongest selling point/)).toEqual([]);
  });
  // The denial sits in a claim of 13 members that lumps the launch, the headlines and the first
  // weekend's sales; the site's report of a delay is a claim of its own outlet.
  it.fails('ties the denial to the report of a delay it denies, and shows that claim contested', () => {
    const delay = story.claims.find((c) => c.members.some((m) => /could slip to October/.test(m.text)))!;
    expect(delay.members.filter((m) => m.certainty === 'denied').map((m) => docNumber(story, m.doc))).toEqual(
      [5],
    );
  });
});

describe('the trial story of a phone launch: timeline', () => {
  const story = analyze(H_TRIAL25);
  const dated = datedEntries(story);
  const on = (re: RegExp): Array<[string, number]> =>
    dated.filter((e) => re.test(e.text)).map((e) => [e.date, e.doc]);
  it('dates nothing after its report but what is scheduled (the pre-orders, the sale, the delay)', () => {
    for (const e of dated.filter((x) => !/Pre-orders open|on sale|slip/.test(x.text)))
      expect(e.date <= H_TRIAL25[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  // Before `SCHEDULED_PRESENT` (mentions/dates.ts), `Pre-orders open on Friday` in a Tuesday's
  // report was the Friday before, and `goes on sale on 19 September` of 9 September a day of 2035.
  it('dates the launch on Tuesday the 9th, the pre-orders on Friday the 12th, the sale on the 19th', () => {
    expect(on(/on Tuesday/)).toEqual([
      ['2036-09-09', 1],
      ['2036-09-09', 3],
    ]);
    expect(on(/Pre-orders open/)).toEqual([
      ['2036-09-12', 1],
      ['2036-09-12', 4],
    ]);
    expect(on(/goes on sale on 19|go on sale on 19|went on sale on Friday/)).toEqual([
      ['2036-09-19', 1],
      ['2036-09-19', 2],
      ['2036-09-19', 5],
    ]);
    expect(on(/goes on sale on 26/)).toEqual([['2036-09-26', 4]]);
    expect(on(/Rival Quorin launched/)).toEqual([['2036-08-14', 1]]);
    expect(on(/said on Monday it sold/)).toEqual([['2036-09-22', 5]]);
  });
  // Before `MAY_COME` (mentions/dates.ts), `could slip to October` of a September report was the
  // October before.
  it('dates the delay the site reports in the coming October', () => {
    expect(on(/slip to October/)).toEqual([['2036-10', 4]]);
  });
});

describe('the trial story of a phone launch: the brief', () => {
  const story = analyze(H_TRIAL25);
  it('has 4 to 10 distinct body sentences, none a headline, each citing its own document', () => {
    expect(briefFaults(story, H_TRIAL25)).toEqual([]);
    expect(notCitingOwn(story)).toEqual([]);
  });
  it("tells the company's denial, cited to the update, and never the analyst or a hedged relay", () => {
    const denial = story.brief.find((b) => /denied a report/.test(b.text));
    expect(denial && cited(story, denial)).toEqual([5]);
    expect(story.brief.filter((b) => /Quell|reportedly|said to/.test(b.text))).toEqual([]);
  });
  it("tells the wire's lead, cited to the documents that give the price", () => {
    const lead = story.brief.find((b) => b.text.includes('unveiled its Nova 9 smartphone on Tuesday'));
    expect(lead && cited(story, lead)).toEqual([1, 2, 5]);
  });
  // The daily's `showed its new Nova 9 phone in Calmora on Tuesday` is the wire's lead told again
  // (one launch, one day, one place), and it cites the update and the analysis, which do not state it.
  it.fails('tells the launch once, cited to the documents that state it', () => {
    const launch = story.brief.filter((b) => /(?:unveiled|showed) its (?:new )?Nova 9/.test(b.text));
    expect(launch).toHaveLength(1);
    expect(cited(story, launch[0]!)).not.toContain(6);
  });
});

// Two fictional reports of one launch, each with its own outlet and day, for the rules' unit pairs
// (6 May 2031 is a Tuesday).
const two = (a: readonly string[], b: readonly string[], pa = '2031-05-06', pb = '2031-05-07') =>
  analyze([
    {
      location: 'unit/1.txt',
      published: pa,
      text: `Orvane unveils X2\nVelmar Post\n${pa}\n${a.join('\n')}\n`,
    },
    {
      location: 'unit/2.txt',
      published: pb,
      text: `Orvane X2 hands-on\nOrlin Courier\n${pb}\n${b.join('\n')}\n`,
    },
  ]);
const dates = (d: ReturnType<typeof analyze>) => entries(d, 'date');
const when = (d: ReturnType<typeof analyze>, re: RegExp) =>
  datedEntries(d)
    .filter((e) => re.test(e.text))
    .map((e) => e.date);

describe('h-trial25 rules: a present tense of what is scheduled', () => {
  it('pair: `Pre-orders open on Friday` in a Tuesday report is the coming Friday', () => {
    const d = two(
      ['Orvane Mobile unveiled its X2 phone on Tuesday.', 'Pre-orders open on Friday in 20 markets.'],
      [],
    );
    expect(when(d, /Pre-orders open/)).toEqual(['2031-05-09']);
  });
  it('pair: `goes on sale on 16 May` in a report of 6 May is this May, not last year', () => {
    const d = two(['Orvane Mobile said its X2 phone goes on sale on 16 May.'], []);
    expect(when(d, /goes on sale/)).toEqual(['2031-05-16']);
  });
  it('control: a state (`was open on Friday`) is the Friday before', () => {
    const d = two(
      ['Orvane Mobile unveiled its X2 phone on Tuesday.', 'The shop was open on Friday for a preview.'],
      [],
    );
    expect(when(d, /was open/)).toEqual(['2031-05-02']);
  });
});

describe("h-trial25 rules: a day and month of what is to come, against another report's weekday", () => {
  it('pair: `goes on sale on 16 May` (6 May) against `went on sale on Friday` (19 May) is one day', () => {
    const d = two(
      ['Orvane Mobile said its X2 phone goes on sale on 16 May.'],
      ['Orvane Mobile said its X2 phone went on sale on Friday.'],
      '2031-05-06',
      '2031-05-19',
    );
    expect(dates(d)).toEqual([]);
  });
  it('control: `goes on sale on 23 May` against `went on sale on Friday` (the 16th) is still an entry', () => {
    const d = two(
      ['Orvane Mobile said its X2 phone goes on sale on 23 May.'],
      ['Orvane Mobile said its X2 phone went on sale on Friday.'],
      '2031-05-06',
      '2031-05-19',
    );
    expect(dates(d)).toEqual([['Friday (2)', 'on 23 May (1)']]);
  });
});

const WIRE = [
  'DASK - Orvane Mobile unveiled its X2 smartphone on Tuesday, priced at €999, at an event in Dask.',
  'Pre-orders open on Friday in 20 markets, and the phone goes on sale on 16 May, the company said.',
  'The X2 has a 6.5-inch display.',
];
const site = (sale: string, preorders: string) => [
  `Orvane Mobile will sell the X2 for €949 when it goes on sale on ${sale}, according to a price list seen by the Courier.`,
  'Our review unit weighed 198 grams.',
  preorders,
];

describe('h-trial25 rules: the start of sales, and the opening of pre-orders, before a date with its preposition', () => {
  it('pair: `goes on sale on 16 May` against `when it goes on sale on 23 May` is one sale dated two ways', () => {
    expect(dates(two(WIRE, site('23 May', 'Pre-orders open on 9 May.')))).toEqual([
      ['on 16 May (1)', 'on 23 May (2)'],
    ]);
  });
  it('control: the same sale day in both is no entry', () => {
    expect(dates(two(WIRE, site('16 May', 'Pre-orders open on 9 May.')))).toEqual([]);
  });
  it('pair: `Pre-orders open on 9 May in 20 markets` is the opening of pre-orders, not the sale', () => {
    expect(dates(two(WIRE, site('23 May', 'Pre-orders open on 9 May in 20 markets.')))).toEqual([
      ['on 16 May (1)', 'on 23 May (2)'],
    ]);
  });
});

describe("h-trial25 rules: a rival's figures", () => {
  it("pair: the rival's 210 grams beside the phone's 192 leaves 192 against 198 an entry", () => {
    const d = two(
      [
        'The X2 weighs 192 grams and is 7.9 mm thick.',
        'Rival Quorin launched its Tide 5 in April, with a weight of 210 grams.',
      ],
      ['Our review unit of the X2 weighed 198 grams on our scales.'],
    );
    expect(factualValues(d)).toMatch(/192 grams/);
    expect(factualValues(d)).toMatch(/198 grams/);
    expect(factualValues(d)).not.toMatch(/210/);
  });
  it("control: two outlets' rival figures are still set against each other", () => {
    const d = two(
      ['Rival Quorin launched its Tide 5 phone at a weight of 210 grams.'],
      ['Rival Quorin launched its Tide 5 phone at a weight of 215 grams.'],
    );
    expect(factualValues(d)).toMatch(/210 grams.*215 grams|215 grams.*210 grams/);
  });
});

describe('h-trial25 rules: a modal of what may come', () => {
  it('pair: `the release could slip to August` in a report of May is the coming August', () => {
    const d = two(['The release of the X2 in Dask could slip to August because of a shortage of chips.'], []);
    expect(when(d, /slip to August/)).toEqual(['2031-08']);
  });
  it('control: `could not be reached on Friday` and `may have left on Friday` are the Friday before', () => {
    const d = two(
      [
        'Orvane Mobile unveiled its X2 phone on Tuesday.',
        'A spokesman could not be reached on Friday for comment.',
      ],
      [
        'Orvane Mobile unveiled its X2 phone on Tuesday.',
        'The designer may have left the company on Friday.',
      ],
    );
    expect(when(d, /could not be reached|may have left/)).toEqual(['2031-05-02', '2031-05-02']);
  });
});
