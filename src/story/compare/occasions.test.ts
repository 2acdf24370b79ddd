import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/** Counts of one night, of several nights, and of earlier ones (stop 38). Fictional stories. */
const arrests = (d: ReturnType<typeof story>) =>
  d.discrepancies
    .filter((x) => x.kind === 'count' || x.kind === 'update')
    .map((x) => [...new Set(x.values.map((v) => v.text))].sort());

const nights = `Second night of unrest in Marlow
June 12, 2031
Police arrested 23 people in Marlow on Tuesday night as protests over a police shooting turned violent for a second night.
On Monday night, 11 people were arrested and two police cars were set on fire.`;

describe('a count of one night (fact:occasion-weekday)', () => {
  it('sets another outlet’s Tuesday count against Tuesday’s, not Monday’s', () => {
    const d = story(
      nights,
      `Marlow unrest\nJune 12, 2031\nPolice said 19 people were arrested in Marlow on Tuesday night during the second night of protests.`,
    );
    expect(arrests(d)).toEqual([['19 people', '23 people']]);
  });
  it('sets another outlet’s Monday count against Monday’s, not Tuesday’s', () => {
    const d = story(
      nights,
      `Marlow unrest\nJune 12, 2031\nOn Monday night, 12 people were arrested in Marlow, police said.`,
    );
    expect(arrests(d)).toEqual([['11 people', '12 people']]);
  });
  it('control: the same Tuesday count agrees', () => {
    const d = story(
      nights,
      `Marlow unrest\nJune 12, 2031\nPolice said 23 people were arrested in Marlow on Tuesday night during the second night of protests.`,
    );
    expect(arrests(d)).toEqual([]);
  });
});

describe('a count over several nights (fact:occasion-span)', () => {
  it('sets no total of two nights against one night’s count', () => {
    const d = story(
      nights,
      `Marlow protests: dozens arrested\nJune 12, 2031\nMore than 30 people have been arrested in Marlow in two nights of protests, police said.`,
    );
    expect(arrests(d)).toEqual([]);
  });
  it('control: a count of no span is set against it', () => {
    const d = story(
      nights,
      `Marlow protests: dozens arrested\nJune 12, 2031\nMore than 30 people were arrested in Marlow on Tuesday night, police said.`,
    );
    expect(arrests(d)).toEqual([['23 people', '30 people']]);
  });
});

describe('a count of earlier ones (fact:count-prior)', () => {
  const shot = (words: string) => `Teen shot by police in Marlow
June 10, 2031
Police said the teenager, who had ${words}, pointed a gun at officers on Saturday night.
Three people were arrested at a vigil for him on Sunday.`;
  it('sets no record of prior arrests against the vigil’s arrests', () => {
    const d = story(shot('three arrests'), shot('four prior arrests'));
    expect(arrests(d)).toEqual([]);
  });
  it('control: two counts of arrests with no word of earlier ones are set against each other', () => {
    const d = story(shot('three arrests'), shot('four arrests'));
    expect(arrests(d)).toEqual([['four arrests', 'three arrests']]);
  });
});

describe('a number right before an auxiliary names no noun after it (fact:count-before-verb)', () => {
  const abouts = (text: string) =>
    (story(`Freight train derails\n${text}`).facts ?? [])
      .filter((f) => f.kind === 'count')
      .map((f) => f.about);
  it('reads no count of `aboard` in `a crew of three was aboard`', () => {
    expect(abouts('A crew of three was aboard the train when it left the tracks near Brisk.')).not.toContain(
      'noun:aboard',
    );
  });
  it('control: `three crew members were aboard` counts crew members', () => {
    expect(
      abouts('Three crew members were aboard the train when it left the tracks near Brisk.'),
    ).toHaveLength(1);
  });
});

describe('a stoppage of several days: its total, and the day it ended (fact:occasion-span, DATED_EVENTS)', () => {
  const start = `Pilots' strike grounds 800 Norjet flights
May 12, 2033
Norjet cancelled 800 flights on Monday as pilots began a two-day strike over pay, the airline said.
The airline said it would cancel a further 650 flights on Tuesday.`;
  const end = (total: string) => `Norjet pilots end strike
May 14, 2033
Norjet pilots returned to work on Wednesday after a two-day strike that forced the cancellation of about ${total} flights.`;
  it('sets neither the two days’ total nor the day work resumed against Monday’s', () => {
    expect(arrests(story(start, end('1,450')))).toEqual([]);
    expect(story(start, end('1,450')).discrepancies.filter((x) => x.kind === 'date')).toEqual([]);
  });
  it('control: a count of no span in the same words is set against Monday’s', () => {
    const d = story(
      start,
      `Norjet pilots end strike\nMay 14, 2033\nNorjet pilots returned to work on Wednesday after a strike that forced the cancellation of about 1,450 flights on Monday.`,
    );
    expect(arrests(d).length).toBe(1);
  });
});
