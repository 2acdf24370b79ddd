import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Three unseen genres (h-disc54): a dam release flooding farmland, a spacewalk that ran long, a
 * celebrity guitar's auction. Fictional places and people; each outlet's other lines its own.
 */
const climb = (line: string, outlet = 0) =>
  [
    `Climbers return from Mount Ossel\nJuly 9, 2066\nTwo climbers returned to base camp on Mount Ossel on Tuesday, the park said.\n${line}\nBoth were unhurt.`,
    `Ossel climbers safe after storm\nJuly 9, 2066\nThe climbers Runa Gall and Piet Moor are back at base camp.\n${line}\nThe park thanked its rescue team.`,
  ][outlet]!;
const durations = (d: ReturnType<typeof story>) => entries(d, 'duration').concat(entries(d, 'quantity'));

describe('a possessive names what lasted (fact:duration-which-lasted)', () => {
  it('sets `Tuesday’s ascent, which lasted 14 hours and 20 minutes` against `The ascent lasted 12 hours`', () => {
    const d = story(
      climb('The ascent lasted 12 hours and 40 minutes, the park said.'),
      climb("Tuesday's ascent, which lasted 14 hours and 20 minutes, ended at dusk.", 1),
    );
    expect(durations(d).length).toBe(1);
  });
  it('control: the same span told both ways is no discrepancy', () => {
    const d = story(
      climb('The ascent lasted 12 hours and 40 minutes, the park said.'),
      climb("Tuesday's ascent, which lasted 12 hours and 40 minutes, ended at dusk.", 1),
    );
    expect(durations(d)).toEqual([]);
  });
});

describe('an act of a span lasted it (fact:duration-noun-of)', () => {
  it('sets `after an ascent of 14 hours` against `The ascent lasted 12 hours`', () => {
    const d = story(
      climb('The ascent lasted 12 hours, the park said.'),
      climb('They reached the summit after an ascent of 14 hours.', 1),
    );
    expect(durations(d).length).toBe(1);
  });
  it('control: `a period of 14 hours` names no act', () => {
    const d = story(
      climb('The ascent lasted 12 hours, the park said.'),
      climb('They waited out the storm for a period of 14 hours.', 1),
    );
    expect(durations(d)).toEqual([]);
  });
});

describe('a year set off after a figure dates it (fact:period-year-set-off-after)', () => {
  it('leaves `The longest ascent on record lasted 19 hours, in 2041.` out of the story’s ascent', () => {
    const d = story(
      climb('The ascent lasted 12 hours, the park said.'),
      climb('The longest ascent on record lasted 19 hours, in 2041.', 1),
    );
    expect(durations(d)).toEqual([]);
  });
  it('control: the story’s own ascent told apart is still a discrepancy', () => {
    const d = story(
      climb('The ascent lasted 12 hours, the park said.'),
      climb('The ascent lasted 19 hours, in fog and snow.', 1),
    );
    expect(durations(d).length).toBe(1);
  });
});

const sale = (line: string, outlet = 0) =>
  [
    `Painter's easel auctioned in Brisa\nMarch 3, 2067\nAn easel used by the painter Odile Marr was auctioned in Brisa on Saturday.\n${line}\nThe buyer was not named.`,
    `Odile Marr's easel finds a buyer\nMarch 3, 2067\nThe oak easel of the late painter Odile Marr was sold at auction in Brisa.\n${line}\nBidding lasted six minutes.`,
  ][outlet]!;

describe('a sale’s verb tells its price (fact:price-sold-for)', () => {
  it('sets `sold for $80,000` against `went for $95,000`', () => {
    const d = story(
      sale('The easel sold for $80,000, the auction house said.'),
      sale('The easel went for $95,000 after a short contest.', 1),
    );
    expect(entries(d, 'quantity').length).toBe(1);
  });
  it('control: `fetched $80,000` and `sold for $80,000` agree', () => {
    const d = story(
      sale('The easel sold for $80,000, the auction house said.'),
      sale('The easel fetched $80,000 after a short contest.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
