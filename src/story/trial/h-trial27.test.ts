import { describe, expect, it } from 'vitest';
import { H_TRIAL27 } from './h-trial27.fixture.js';
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
  oneArticle,
  relayChains,
  repeatedClaims,
  tell,
} from './read.js';

// A fictional river ferry capsizes (a wire's first report, a relay that trims and hedges it, the
// river town's paper with its own reporting, the wire's update the next day, an analysis with a
// researcher), read as a demanding fact-checker reads the dossier: the people aboard (217 against
// more than 250), the rescued (62 against 48 the same day), the captain's age (58 against 56),
// the toll's and the missing's updates, the day (Tuesday afternoon against the analysis's
// Wednesday), the captain's name as transliterated and the governor's with and without its
// hyphen are found; the Herald's other captain is not yet. The time in two zones, the ferry's
// licence, `about 200`, `at least 30` against 34, the 2031 sinking, two victims' ages, a dropped
// initial and one day told as a weekday and a date are look-alikes.

describe('the trial story of a ferry capsizing: discrepancies', () => {
  const story = analyze(H_TRIAL27);
  const note = (re: RegExp) => story.discrepancies.filter((x) => re.test(x.note));
  // Before `fact:count-aboard` (facts.ts, `ABOARD_AFTER`), `There were 217 people aboard` and
  // `More than 250 people were aboard` were counts of people at large, a key each report also
  // gives the rescued, so never set against each other.
  it('reports the people aboard, 217 against more than 250, with `about 200` on the side of 217', () => {
    expect(entries(story, 'count')).toContainEqual([
      '200 people (2)',
      '217 people aboard (1)',
      '250 people (3)',
    ]);
    expect(note(/250 people/)[0]!.note).toMatch(/250 people vs 217 people aboard \/ 200 people/);
  });
  it('reports the rescued, 62 against 48 on the same day, with who says each', () => {
    expect(entries(story, 'count')).toContainEqual(['48 people (3)', '62 people (1)']);
    expect(note(/48 people/)[0]!.note).toMatch(/Tovas-Engel.*Osmanov/);
  });
  it("reports the captain's age, 58 against 56", () => {
    expect(entries(story, 'age')).toEqual([['56 (4)', '58 (1)']]);
  });
  // Before `count:risen-repeated` (compare/figures.ts, `risesPast`), the analysis's `killing 41
  // people` (a day after the update's `rose to 41`) joined the wire's floor `at least 30` and the
  // toll was a conflict, not an update (once `fact:date:since-superlative` let it be compared).
  it('reads the toll as an update, at least 30 and 34 on Tuesday, 41 from Wednesday, not a conflict', () => {
    const toll = story.discrepancies.filter((x) => /killed/.test(x.note));
    expect(toll.map((x) => x.kind)).toEqual(['update']);
    expect(toll[0]!.note).toMatch(/Thirty-four dead \/ 30 dead → 41/);
  });
  it('reads the missing as an update, 23 on Wednesday, 19 on Thursday', () => {
    const missing = story.discrepancies.filter((x) => /missing/.test(x.note));
    expect(missing.map((x) => x.kind)).toEqual(['update']);
    expect(missing[0]!.note).toMatch(/Twenty-three people → Nineteen people/);
  });
  // Before `fact:date:since-superlative` (facts.ts, `SUPERLATIVE_SINCE`), `since 2031` was the
  // analysis's date and its `on Wednesday` no fact; before `date:daytime-not-overnight`
  // (compare/dates.ts, `nightAndMorning`), `Tuesday afternoon` against `Wednesday` was read as a
  // night and the next morning. Since `date:clocked-in-daytime` (stop 57: the capsizing is clocked
  // at 4:40 p.m.), the wire's and the relay's bare `on Tuesday` are no night either, and stand on
  // Tuesday's side with the Herald.
  it('reports the day of the capsizing, Tuesday afternoon against Wednesday', () => {
    expect(entries(story, 'date')).toEqual([['Tuesday (1)', 'Tuesday (2)', 'Tuesday (3)', 'Wednesday (5)']]);
  });
  it("reports the captain's transliterated name, Kholbekov against Kholbekhov, the dropped initial no difference", () => {
    expect(entries(story, 'spelling')).toContainEqual([
      'Rustam A. Kholbekov (1)',
      'Rustam Kholbekhov (4)',
      'Rustam Kholbekov (2)',
    ]);
    expect(note(/written/)[0]!.note).toBe('one name, written 2 ways: Rustam Kholbekov / Rustam Kholbekhov');
  });
  // Before `name:hyphen-dropped` (compare/names.ts, `spellingVariants`), a double surname with and
  // without its hyphen was two names.
  it("reports the governor's double surname with and without its hyphen", () => {
    expect(entries(story, 'spelling')).toContainEqual(['Lenara Tovas Engel (5)', 'Lenara Tovas-Engel (3)']);
  });
  it('sets no look-alike against another: the zones, the licence, the 2031 sinking, two victims, the floor', () => {
    for (const kind of ['time', 'place', 'duration', 'role', 'quantity'])
      expect(
        story.discrepancies.filter((x) => x.kind === kind),
        kind,
      ).toEqual([]);
    const values = factualValues(story);
    for (const look of [/150/, /112|2031|Dalmir/, /\b9\b|67/, /1440|4:40/, /9 March/])
      expect(values).not.toMatch(look);
    // `at least 30` against 34 is no conflict: both are on one side of the update.
    expect(story.discrepancies.filter((x) => x.kind === 'count' && /Thirty-four/.test(x.note))).toEqual([]);
  });
  // The Herald names another man captain (`The ferry’s captain, Timur Sadikov,`): no role fact is
  // read of `the ferry’s captain, <name>,` (a possessive of a common noun, `captain` no role noun
  // of the apposition rule), and two holders of one post are no kind the compare stage reads.
  it.fails('reports the captain, Rustam Kholbekov against Timur Sadikov', () => {
    expect(factualValues(story)).toMatch(/Sadikov/);
  });
});

describe('the trial story of a ferry capsizing: who says it', () => {
  const story = analyze(H_TRIAL27);
  const origins = (story.provenance.origins ?? []).map((o) => o.label);
  it('reads the researcher as a commentator, never an origin', () => {
    expect(commentatorNames(story)).toEqual(['Ilka Varden']);
    expect(origins.filter((o) => /Varden/i.test(o))).toEqual([]);
  });
  it('has the river police, its spokesman, the governor and the owner among its origins', () => {
    expect(origins).toEqual(
      expect.arrayContaining([
        'river police',
        'police spokesman Daniyar Osmanov',
        'governor Lenara Tovas Engel',
        'ferry’s owner, Veshti Line',
      ]),
    );
  });
  it('reads the relay as passing on the wire, and never as an origin', () => {
    expect(relayChains(story)).toEqual([[[2], ['n:org:solen-press-agency']]]);
    expect(origins.filter((o) => /riverpost/.test(o))).toEqual([]);
  });
  it("reads the relay's sentences as hedged", () => {
    const relay = hedgedMembers(story, 2);
    expect(relay.length).toBeGreaterThanOrEqual(1);
    for (const m of relay) expect(m.certainty, m.text).toBe('hedged');
  });
  it('names each outlet by its outlet line', () => {
    expect(story.documents.map((d) => d.outlet)).toEqual([
      'Solen Press Agency',
      'riverpost.net',
      'The Orunda Herald',
      'Solen Press Agency',
      'The Delta Review',
    ]);
  });
});

describe('the trial story of a ferry capsizing: claims', () => {
  const story = analyze(H_TRIAL27);
  it('has distinct claims, none repeating another, none told by a headline', () => {
    expect(repeatedClaims(story)).toEqual([]);
    const heads = headlines(H_TRIAL27);
    expect(story.claims.filter((c) => heads.includes(c.text))).toEqual([]);
  });
  it("leaves the researcher's opinion out of every claim", () => {
    expect(claimMembersSaying(story, /sails overloaded/)).toEqual([]);
  });
  it("ties the owner's denial to the passengers' word that the ferry was overloaded", () => {
    // (The passengers' sentence is also a member of the capsizing's claim, of the Herald's lead.)
    const overloaded = story.claims.find((c) => c.members.some((m) => m.certainty === 'denied'))!;
    expect(overloaded.members.map((m) => [docNumber(story, m.doc), m.certainty]).sort()).toEqual([
      [3, 'attributed'],
      [4, 'denied'],
    ]);
  });
  it('ties the two counts of the rescued into one claim', () => {
    const rescued = story.claims.find((c) => c.members.some((m) => /pulled 48 people/.test(m.text)))!;
    expect(rescued.members.map((m) => docNumber(story, m.doc)).sort()).toEqual([1, 3]);
  });
});

describe('the trial story of a ferry capsizing: timeline', () => {
  const story = analyze(H_TRIAL27);
  const dated = datedEntries(story);
  const on = (re: RegExp): Array<[string, number]> =>
    dated.filter((e) => re.test(e.text)).map((e) => [e.date, e.doc]);
  it('dates nothing after its report', () => {
    for (const e of dated)
      expect(e.date <= H_TRIAL27[e.doc - 1]!.published, `${e.date} ${e.text}`).toBe(true);
  });
  it('dates the capsizing on Tuesday the 9th, the analysis on its Wednesday, the Dalmir in 2031', () => {
    expect(on(/on Tuesday|capsized on 9 March/)).toEqual([
      ['2038-03-09', 1],
      ['2038-03-09', 2],
      ['2038-03-09', 3],
      ['2038-03-09', 4],
    ]);
    expect(on(/rose to 41|charged with negligence/)).toEqual([
      ['2038-03-10', 4],
      ['2038-03-10', 4],
    ]);
    expect(on(/Dalmir/)).toEqual([['2031', 1]]);
  });
  // The timeline keeps the benchmark of `the worst ferry disaster ... since 2031` as a year of
  // the clause, as h-trial20 (`the largest in Corvessa since 2031`) and h-trial23 (`for the first
  // time since 2019`) assert; only the facts leave it out (`fact:date:since-superlative`).
  it("dates the analysis's capsizing on its Wednesday, and its benchmark in 2031", () => {
    expect(on(/capsized on Wednesday/)).toEqual([
      ['2031', 5],
      ['2038-03-10', 5],
    ]);
  });
});

describe('the trial story of a ferry capsizing: the brief', () => {
  const story = analyze(H_TRIAL27);
  it('has 4 to 10 distinct body sentences, none a headline, each citing its own document', () => {
    expect(briefFaults(story, H_TRIAL27)).toEqual([]);
    expect(notCitingOwn(story)).toEqual([]);
  });
  it("tells the owner's denial, cited to the update, the toll's rise, and never the researcher", () => {
    const denial = story.brief.find((b) => /denied that the ferry was overloaded/.test(b.text));
    expect(denial && cited(story, denial)).toEqual([4]);
    expect(story.brief.some((b) => /rose to 41/.test(b.text))).toBe(true);
    expect(story.brief.filter((b) => /Varden|sails overloaded/.test(b.text))).toEqual([]);
  });
  // The capsizing is told by the relay's hedged `reportedly capsized` (cited to all five), not by
  // the wire's own report of the police's word (as in h-trial26's brief).
  it.fails("tells the capsizing by the wire's report, not by the relay's hedge", () => {
    expect(story.brief.filter((b) => /reportedly|said to/.test(b.text))).toEqual([]);
  });
});

// Fictional reports for the rules' unit pairs: each its headline, outlet, date line and body.
const on = (day: string, outlet: string, ...body: string[]) => ['Flood in Orlin', outlet, day, ...body];
const dateValues = (text: string) =>
  (oneArticle(['Bridge falls in Orlin', 'Velmar Post', '8 May 2031', text]).facts ?? [])
    .filter((f) => f.kind === 'date')
    .map((f) => f.value);

describe('h-trial27 rules: the year a superlative is measured from', () => {
  const worst = 'The Orlin bridge collapsed on Saturday in the worst accident in the city since 2019.';
  it('pair: `the worst accident ... since 2019` gives its clause no date of 2019, so its weekday is read', () => {
    expect(dateValues(worst)).toEqual(['W:6']);
  });
  it('control: `has been closed since 2019` (no superlative) is still a date of 2019', () => {
    expect(dateValues('The Orlin bridge has been closed since 2019.')).toEqual(['2019']);
  });
  it('control: `Most residents have left since 2019` (`most` no superlative without `the`) keeps its year', () => {
    expect(dateValues('Most residents of Orlin have left the city since 2019.')).toEqual(['2019']);
  });
  it('control: `the worst accident ..., in 2019` (no `since`) keeps its year', () => {
    expect(dateValues('The worst accident in the city happened in 2019.')).toEqual(['2019']);
  });
});

describe('h-trial27 rules: a risen toll repeated on a later day', () => {
  const floor = on(
    '6 May 2031',
    'Velmar Post',
    'At least 30 people were killed in the flood in Orlin, the police said.',
  );
  const rose = on(
    '7 May 2031',
    'Velmar Post',
    'The death toll from the flood in Orlin rose to 41, the police said.',
  );
  it('pair: `at least 30`, then `rose to 41`, then `killed 41 people` a day later is an update, not a conflict', () => {
    const d = tell(
      floor,
      rose,
      on('8 May 2031', 'Orlin Courier', 'The flood in Orlin killed 41 people, the police said.'),
    );
    expect(d.discrepancies.filter((x) => x.kind === 'count')).toEqual([]);
    expect(entries(d, 'update')).toEqual([['30 people (1)', '41 (2)', '41 people (3)']]);
  });
  it('control: `at least 30` and a later `killed 41 people` with no rise told is no entry at all', () => {
    const d = tell(
      floor,
      on('8 May 2031', 'Orlin Courier', 'The flood in Orlin killed 41 people, the police said.'),
    );
    expect(d.discrepancies.filter((x) => x.kind === 'count' || x.kind === 'update')).toEqual([]);
  });
  it('control: `at least 30` then `rose to 41` is an update, as before', () => {
    expect(entries(tell(floor, rose), 'update')).toEqual([['30 people (1)', '41 (2)']]);
  });
});

describe('h-trial27 rules: a day told in its middle is no night before the next morning', () => {
  const sank = (day: string, when: string) =>
    on(
      day,
      day.startsWith('6') ? 'Velmar Post' : 'Orlin Courier',
      `The ferry Orlin Star sank ${when} near Velmar, the police said.`,
    );
  it('pair: `on Monday afternoon` (a report of Tuesday) against `on Tuesday` (a report of Wednesday) is an entry', () => {
    const d = tell(sank('6 May 2031', 'on Monday afternoon'), sank('7 May 2031', 'on Tuesday'));
    expect(entries(d, 'date')).toEqual([['Monday (1)', 'Tuesday (2)']]);
  });
  it('control: `late on Monday` against `early on Tuesday` is one night told from two sides: no entry', () => {
    const d = tell(sank('6 May 2031', 'late on Monday'), sank('7 May 2031', 'early on Tuesday'));
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: `on Monday` against `on Tuesday`, no part of the day told, is still no entry', () => {
    const d = tell(sank('6 May 2031', 'on Monday'), sank('7 May 2031', 'on Tuesday'));
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('h-trial27 rules: a double surname with and without its hyphen', () => {
  const mayor = (name: string) => `Mayor ${name} said the Orlin bridge would reopen in June.`;
  it('pair: `Dana Orr-Velik` against `Dana Orr Velik` is one name written two ways', () => {
    const d = tell(
      on('6 May 2031', 'Velmar Post', mayor('Dana Orr-Velik')),
      on('6 May 2031', 'Orlin Courier', mayor('Dana Orr Velik')),
    );
    expect(entries(d, 'spelling')).toEqual([['Dana Orr Velik (2)', 'Dana Orr-Velik (1)']]);
  });
  it('control: `Dana Orr-Velik` in both is no entry', () => {
    const d = tell(
      on('6 May 2031', 'Velmar Post', mayor('Dana Orr-Velik')),
      on('6 May 2031', 'Orlin Courier', mayor('Dana Orr-Velik')),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
  it('control: `Dana Orr-Velik` against `Dana Orr Vesk` (another word) is no entry', () => {
    const d = tell(
      on('6 May 2031', 'Velmar Post', mayor('Dana Orr-Velik')),
      on('6 May 2031', 'Orlin Courier', mayor('Dana Orr Vesk')),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});

describe('h-trial27 rules: people aboard are a count of their own, a licence to carry is a capacity', () => {
  // Two reports of a sinking, each with its toll, its people aboard and its rescued: three counts of people.
  const report = (outlet: string, toll: string, aboard: string, rescued: string, who: string) =>
    on(
      '6 May 2031',
      outlet,
      `${toll} when the ferry Orlin Star sank near Velmar on Monday, ${who} said.`,
      `${aboard} the ferry, ${who} said.`,
      `Rescuers pulled ${rescued} people from the water, ${who} said.`,
    );
  const police = report(
    'Velmar Post',
    'At least 20 people were killed',
    'There were 180 people aboard',
    '60',
    'the police',
  );
  const counts = (d: ReturnType<typeof tell>) => entries(d, 'count');
  it('pair: `There were 180 people aboard` against `More than 240 people were aboard`, among other counts of people, is an entry', () => {
    const d = tell(
      police,
      report(
        'Orlin Courier',
        'Twenty-two people died',
        'More than 240 people were aboard',
        '45',
        'the mayor',
      ),
    );
    expect(counts(d)).toEqual([
      ['180 people aboard (1)', '240 people (2)'],
      ['45 people (2)', '60 people (1)'],
    ]);
  });
  it('control: one count aboard in both is no entry, and the rescued, 60 against 45, still one', () => {
    const d = tell(
      police,
      report('Orlin Courier', 'Twenty-two people died', '180 people were aboard', '45', 'the mayor'),
    );
    expect(counts(d)).toEqual([['45 people (2)', '60 people (1)']]);
  });
  const carrying = on(
    '6 May 2031',
    'Velmar Post',
    'The ferry Orlin Star was carrying 180 passengers when it sank near Velmar, the police said.',
  );
  it('pair: `licensed to carry 120 passengers` is no count of those aboard', () => {
    const d = tell(
      carrying,
      on(
        '6 May 2031',
        'Orlin Courier',
        'The Orlin Star, which sank near Velmar, was licensed to carry 120 passengers, the police said.',
      ),
    );
    expect(counts(d)).toEqual([]);
  });
  it('control: `carrying 210 passengers` against `carrying 180 passengers` is still an entry', () => {
    const d = tell(
      carrying,
      on(
        '6 May 2031',
        'Orlin Courier',
        'The ferry Orlin Star was carrying 210 passengers when it sank near Velmar, the police said.',
      ),
    );
    expect(counts(d)).toEqual([['180 passengers (1)', '210 passengers (2)']]);
  });
});
