import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 52 (h-disc71): invented stories of genres nobody tuned on (a bank siege, a hurricane, a
 * footbridge collapse, a central bank's rate decision, an actor's death), keyed before their
 * first run: what the first run missed or set wrongly against each other. Fictional places,
 * people and figures, in ECB+'s tokenised shape where the rule is about it.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe('a percentage whose decimal is written apart (fact:percent-decimals-apart)', () => {
  const rates = (b: string) =>
    entries(
      story(
        report(
          'Bank cuts rates',
          '1: 20 p. m. June 14, 2035',
          'Inflation fell to 3. 1 percent in May, the agency said.',
        ),
        report('Rates cut', '2: 05 p. m. June 14, 2035', b),
      ),
      'quantity',
    );
  it('`3. 1 percent` / `3. 4 percent`: tenths apart, not 3 rounded', () => {
    expect(rates('Annual inflation was 3. 4 percent in May, the agency said.')).toEqual([
      ['3. 1 percent', '3. 4 percent'],
    ]);
  });
  it('control: `3.1 percent` joined agrees, and so does a whole `3 percent`', () => {
    expect(rates('Annual inflation was 3.1 percent in May, the agency said.')).toEqual([]);
    expect(rates('Annual inflation was about 3 percent in May, the agency said.')).toEqual([]);
  });
});

describe('the day a count of those left in a plight stood (date:figure-stood)', () => {
  const storm = (a: string, b: string) =>
    entries(
      story(
        report('Storm hits coast', '6: 30 a. m. September 11, 2034', a),
        report('Power slowly returns', '11: 40 a. m. September 13, 2034', b),
      ),
      'date',
    );
  it('`were without power on Monday` / `were still without power on Wednesday`: two days a figure stood', () => {
    expect(
      storm(
        'More than 600, 000 homes and businesses were without power on Monday morning after Hurricane Dalen, utilities said.',
        'About 120, 000 homes were still without power on Wednesday morning after Hurricane Dalen, utilities said.',
      ),
    ).toEqual([]);
  });
  it('control: an act told on two days is still a conflict', () => {
    expect(
      storm(
        'Rescuers evacuated 600 residents of Orrin by boat on Monday, officials said.',
        'Rescuers evacuated 600 residents of Orrin by boat on Wednesday, officials said.',
      ),
    ).toEqual([['Monday', 'Wednesday']]);
  });
});

describe("a storm's landfall, whichever phrase tells it (fact:date:landfall)", () => {
  const landfall = (a: string, b: string) =>
    entries(
      story(
        report(
          'Storm hits coast',
          '6: 30 a. m. September 11, 2034',
          `Hurricane Dalen ${a} as a Category 4 storm, forecasters said.`,
        ),
        report(
          'Dalen weakens',
          '4: 15 p. m. September 12, 2034',
          `Hurricane Dalen, which ${b} with winds of 140 mph, has weakened over land.`,
        ),
      ),
      'date',
    );
  it('`made landfall near Orrin late Sunday` / `came ashore near Orrin late Saturday`: one landfall, two days', () => {
    expect(landfall('made landfall near Orrin late Sunday', 'came ashore near Orrin late Saturday')).toEqual([
      ['Saturday', 'Sunday'],
    ]);
  });
  it('control: the same day agrees, and a night told from its two sides is no conflict', () => {
    expect(landfall('made landfall near Orrin late Sunday', 'came ashore near Orrin late on Sunday')).toEqual(
      [],
    );
    expect(
      landfall('made landfall near Orrin late on Sunday', 'came ashore near Orrin early Monday'),
    ).toEqual([]);
  });
});

describe('a count of what is left falling day by day (count:falls-day-by-day)', () => {
  const outages = (mon: string, tue: string, wed: string) =>
    story(
      report('Storm cuts power', '6: 30 a. m. September 11, 2034', mon),
      report('Outages linger', '4: 15 p. m. September 12, 2034', tue),
      report('Power slowly returns', '11: 40 a. m. September 13, 2034', wed),
    );
  it('600,000 homes without power, then 410,000 remained, then 120,000 still without: an update', () => {
    const d = outages(
      'More than 600, 000 homes were without power after Hurricane Dalen, utilities said.',
      'About 410, 000 homes remained without power after Hurricane Dalen, utilities said.',
      'About 120, 000 homes were still without power after Hurricane Dalen, utilities said.',
    );
    expect(entries(d, 'count')).toEqual([]);
    expect(entries(d, 'update')).toEqual([['120, 000 homes', '410, 000 homes remained', '600, 000 homes']]);
  });
  it('control: counts told with no word of what is left (`lost power`) still conflict', () => {
    const d = outages(
      'Hurricane Dalen left 600, 000 homes without power on its first day, utilities said.',
      'Hurricane Dalen cut power to 410, 000 homes on its first day, utilities said.',
      'Hurricane Dalen cut power to 120, 000 homes on its first day, utilities said.',
    );
    expect(entries(d, 'update')).toEqual([]);
  });
});

describe('the two sides of a vote split (figure:sides-of-split)', () => {
  const vote = (b: string) =>
    entries(
      story(
        report(
          'Bank cuts rates',
          '1: 20 p. m. June 14, 2035',
          "The bank ' s monetary policy committee voted 7-2 for the cut, with two members voting to keep the rate unchanged.",
        ),
        report('Rates cut', '2: 05 p. m. June 14, 2035', b),
      ),
      'count',
    );
  it('`voted 7-2 ..., with two members voting to keep` / `Seven of the nine members backed the cut`: two sides', () => {
    expect(vote('Seven of the nine members of the monetary policy committee backed the cut.')).toEqual([]);
  });
  it('control: two outlets giving the minority two sizes still conflict', () => {
    expect(
      vote(
        'The monetary policy committee voted for the cut, with three members voting to keep the rate unchanged.',
      ),
    ).toEqual([['three members voting', 'two members voting']]);
  });
});

describe('people held or taken hostage, whichever verb (fact:hostages-taken)', () => {
  const siege = (b: string) =>
    entries(
      story(
        report(
          'Gunman surrenders',
          '7: 55 p. m. March 15, 2033',
          'An armed man who held 14 people hostage inside a Harwick bank for nearly nine hours surrendered on Tuesday evening, police said.',
        ),
        report('Standoff ends', '8: 20 p. m. March 15, 2033', b),
      ),
      'count',
    );
  it('`who held 14 people hostage ... surrendered` / `who took 12 people hostage ... was arrested`', () => {
    expect(
      siege(
        'A man who took 12 people hostage at a bank in Harwick was arrested on Tuesday after a standoff, police said.',
      ),
    ).toEqual([['12 people hostage', '14 people hostage inside']]);
  });
  it('control: hostages released are not those taken', () => {
    expect(
      siege('The gunman released seven hostages at a bank in Harwick during the afternoon, police said.'),
    ).toEqual([]);
  });
});

describe("a body's next meeting, whichever words tell it (fact:date:next-meeting)", () => {
  const meeting = (b: string) =>
    entries(
      story(
        report(
          'Bank cuts rates',
          '1: 20 p. m. June 14, 2035',
          "The Bank of Veldra cut its main rate on Thursday.\nThe committee's next meeting is on July 26.",
        ),
        report(
          'Rates cut',
          '2: 05 p. m. June 14, 2035',
          `The Bank of Veldra cut its main rate on Thursday.\n${b}`,
        ),
      ),
      'date',
    );
  it('`next meeting is on July 26` / `The next rate decision is due on July 19`: one date to come', () => {
    expect(meeting('The next rate decision is due on July 19.')).toEqual([['July 19', 'July 26']]);
  });
  it('control: `will next meet on July 26` agrees; a report due on July 19 is another event', () => {
    expect(meeting('The committee will next meet on July 26.')).toEqual([]);
    expect(meeting('The bank will publish its inflation report on July 19.')).toEqual([]);
  });
});

describe('a place named for a saint after a preposition of place (mentions:place-word-santa)', () => {
  const death = (b: string) =>
    entries(
      story(
        report(
          'Actor dies at 83',
          '10: 30 a. m. January 6, 2036',
          'Leon Marchetti, the actor, died on Saturday at his home in Santa Verona, his spokesperson said on Sunday.',
        ),
        report('Actor dead', '12: 10 p. m. January 6, 2036', b),
      ),
      'place',
    );
  it('`died ... at his home in Santa Verona` / `at his home in Port Liss`: two places of one death', () => {
    expect(
      death(
        'Leon Marchetti died on Saturday at his home in Port Liss after a short illness, his spokesperson said.',
      ),
    ).toEqual([['Port Liss', 'Santa Verona']]);
  });
  it('control: the same place agrees', () => {
    expect(
      death(
        'Leon Marchetti died on Saturday at his home in Santa Verona after a short illness, his spokesperson said.',
      ),
    ).toEqual([]);
  });
});
