import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 50's invented stories (a hurricane, a mayoral vote, a jet's emergency landing), keyed
 * before their first run: what the first run missed or set wrongly against each other. Fictional
 * places, people and figures throughout.
 */
const report = (headline: string, lines: string): string => `${headline}\nMarch 9, 2046\n${lines}`;

describe('a measure converted and rounded by its writer (figure:conversion-rounding)', () => {
  const wind = (b: string) =>
    entries(
      story(
        report(
          'Storm Ivo reaches Velmar',
          'Storm Ivo hit Velmar on Tuesday with winds of 120 mph, forecasters said.',
        ),
        report('Ivo batters Velmar', `Storm Ivo hit Velmar on Tuesday with winds of ${b}, forecasters said.`),
      ),
      'quantity',
    );
  it('`120 mph` and `195 km/h` are one speed: 195 is rounded to the 5', () => {
    expect(wind('195 kilometres per hour')).toEqual([]);
  });
  it('control: `115 mph` is not `195 km/h`, nor `10 km` eight miles', () => {
    expect(wind('185 kilometres per hour')).toEqual([['120 mph', '185 kilometres per hour']]);
    expect(
      entries(
        story(
          report(
            'Ivo floods Velmar',
            'Floods from Storm Ivo covered a stretch of 10 km of the Velmar coast road.',
          ),
          report(
            'Velmar road flooded',
            'Floods from Storm Ivo covered a stretch of 8 miles of the Velmar coast road.',
          ),
        ),
        'quantity',
      ),
    ).toHaveLength(1);
  });
});

describe('a state a verb of change leads to (fact:category-after-change)', () => {
  const storm = (b: string) =>
    entries(
      story(
        report(
          'Storm Ivo reaches Velmar',
          'Storm Ivo made landfall near Velmar on Tuesday as a Category 3 hurricane.',
        ),
        report('Ivo moves inland', `Storm Ivo made landfall near Velmar on Tuesday. ${b}`),
      ),
      'quantity',
    );
  it('`downgraded to Category 1 by evening` is a later state, not the category at landfall', () => {
    expect(storm('It was downgraded to Category 1 by Tuesday evening.')).toEqual([]);
  });
  it('control: `a Category 2 hurricane` at landfall conflicts; two later states conflict too', () => {
    expect(storm('It struck as a Category 2 hurricane.')).toEqual([['2', '3']]);
    expect(
      entries(
        story(
          report('Ivo weakens', 'Storm Ivo was downgraded to Category 1 over Velmar on Wednesday.'),
          report('Ivo fades', 'Storm Ivo was downgraded to a Category 2 storm over Velmar on Wednesday.'),
        ),
        'quantity',
      ),
    ).toHaveLength(1);
  });
});

describe('a storm making landfall is its strike (fact:time-landfall)', () => {
  const landfall = (b: string) =>
    entries(
      story(
        report(
          'Storm Ivo reaches Velmar',
          'Storm Ivo came ashore near Velmar at about 4: 30 a. m. on Tuesday, forecasters said.',
        ),
        report('Ivo hits Velmar', b),
      ),
      'time',
    );
  it('`made landfall at around 5: 30 a. m.` is set against `came ashore at about 4: 30 a. m.`', () => {
    expect(landfall('Storm Ivo made landfall near Velmar at around 5: 30 a. m. on Tuesday.')).toEqual([
      ['4: 30 a. m.', '5: 30 a. m.'],
    ]);
  });
  it('control: a warning issued at 5: 30 a. m. is no landfall', () => {
    expect(landfall('Forecasters issued a warning for Velmar at 5: 30 a. m. on Tuesday.')).toEqual([]);
  });
});

describe('which of its kind in a period, the period after `of` (fact:ordinal-in-period)', () => {
  const nth = (b: string) =>
    entries(
      story(
        report(
          'Storm Ivo reaches Velmar',
          'Hurricane Ivo made landfall near Velmar on Tuesday.\nIvo is the fourth hurricane of the season, forecasters said.',
        ),
        report('Ivo hits Velmar', `Hurricane Ivo made landfall near Velmar on Tuesday.\n${b}`),
      ),
      'count',
    );
  it('`the fourth hurricane of the season` against `the third hurricane of the season`', () => {
    expect(nth('Ivo is the third hurricane of the season.')).toEqual([['fourth', 'third']]);
  });
  it('control: the third day of the season, the second half of the year count no hurricanes', () => {
    expect(nth('Ivo struck on the third day of the season, in the second half of the year.')).toEqual([]);
  });
});

describe('a part of those counted, in a clause joined by `and` (h-disc65 fact:count-of-them-befell)', () => {
  const hospital = (b: string) =>
    entries(
      story(
        report(
          'Jet lands in Velmar',
          'A Corvel Air jet made an emergency landing in Velmar on Friday.\nSeven people were taken to hospital, the airport said.',
        ),
        report(
          'Jet evacuated in Velmar',
          `A Corvel Air jet made an emergency landing in Velmar on Friday.\n${b}`,
        ),
      ),
      'count',
    );
  it('`Nine passengers were hurt, and two of them were taken to hospital`: two hospitalised against seven', () => {
    expect(hospital('Nine passengers were hurt, and two of them were taken to hospital.')).toEqual([
      ['Seven people', 'two of them'],
    ]);
  });
  it('control: `two of them spoke to reporters` counts no one hospitalised', () => {
    expect(hospital('Nine passengers were hurt, and two of them spoke to reporters.')).toEqual([]);
  });
});

describe('a flight told by two numbers (fact:flight-number)', () => {
  const lead = 'A Corvel Air jet made an emergency landing in Velmar on Friday after an engine fire.';
  const flights = (a: string, b: string) =>
    entries(
      story(report('Jet lands in Velmar', `${lead}\n${a}`), report('Jet diverts to Velmar', `${lead}\n${b}`)),
      'name',
    );
  it('`Flight CA 412` against `flight CA 421`', () => {
    expect(
      flights(
        'Flight CA 412 was flying from Orlin to Brask.',
        'The crew of flight CA 421 declared an emergency.',
      ),
    ).toEqual([['CA 412', 'CA 421']]);
  });
  it('control: two airlines, a report naming two flights, a flight of 40 minutes are no conflict', () => {
    expect(
      flights('Flight CA 412 was flying from Orlin to Brask.', 'Flight BX 421 landed behind it.'),
    ).toEqual([]);
    expect(
      flights('Flight CA 412 was flying from Orlin to Brask.', 'Flight CA 421 and flight CA 500 were held.'),
    ).toEqual([]);
    expect(
      flights('Flight CA 412 was flying from Orlin to Brask.', 'The flight 40 minutes earlier was calm.'),
    ).toEqual([]);
  });
});

describe('a tokenised thousands comma inside the facts read by pattern', () => {
  const values = (text: string, rule: string) =>
    (story(report('Veldin march', text)).facts ?? []).filter((f) => f.rule === rule).map((f) => f.value);
  it('`put the crowd at 35, 000` is 35,000; `including 9, 000 at Dunmore` is 9,000', () => {
    expect(values('Police put the crowd at 35, 000, organisers said more.', 'fact:crowd-put-at')).toEqual([
      35000,
    ]);
    expect(
      values('Brannock employs 56, 000 people, including 9, 000 at Dunmore.', 'fact:count-of-them'),
    ).toEqual([9000]);
  });
  it('control: `put the crowd at 35, and` keeps 35; `including 9, 10 and 11` is no thousand', () => {
    expect(values('Police put the crowd at 35, and organisers at 50.', 'fact:crowd-put-at')).toEqual([35]);
    expect(
      values('The firm employs 56 people, including 9, 10 and 11 at Dunmore.', 'fact:count-of-them'),
    ).not.toContain(9010);
  });
});

describe('a share of a workforce, whichever word tells it (fact:share-of-workforce)', () => {
  const lead = 'Carmaker Velco said on Thursday it will cut jobs as sales slump.';
  const share = (b: string) =>
    entries(
      story(
        report(
          'Velco to cut jobs',
          `${lead}\nThe cuts are about 8 percent of its workforce, the company said.`,
        ),
        report('Velco axes jobs', `${lead}\n${b}`),
      ),
      'quantity',
    );
  it('`about 8 percent of its workforce` against `roughly 10 percent of its staff`', () => {
    expect(share('The cuts are roughly 10 percent of its staff, the company said.')).toEqual([
      ['10 percent', '8 percent'],
    ]);
  });
  it('control: 8 percent of its staff agrees; 10 percent of its sales is another share', () => {
    expect(share('The cuts are 8 percent of its staff, the company said.')).toEqual([]);
    expect(share('The cuts follow a fall of 10 percent of its sales, the company said.')).toEqual([]);
  });
});

describe("a craft's age in undated reports (fact:age-of-craft-undated)", () => {
  const lead = 'A Corvel Air jet made an emergency landing in Velmar on Friday after an engine fire.';
  const age = (a: string, b: string) =>
    entries(story(`Jet lands in Velmar\n${lead}\n${a}`, `Jet diverts to Velmar\n${lead}\n${b}`), 'quantity');
  it('`The aircraft is 11 years old` against `The A320 is 14 years old`', () => {
    expect(
      age('The aircraft is 11 years old, the airline said.', 'The A320 is 14 years old, records show.'),
    ).toEqual([['The A320 is 14 years old', 'The aircraft is 11 years old']]);
  });
  it('control: one age agrees; a year built is not set against an age when no report is dated', () => {
    expect(
      age('The aircraft is 11 years old, the airline said.', 'The A320 is 11 years old, records show.'),
    ).toEqual([]);
    expect(
      age('The aircraft is 11 years old, the airline said.', 'The A320 was built in 2031, records show.'),
    ).toEqual([]);
  });
});
