import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Look-alikes and misses of news language the discrepancy finder read wrong (h-disc68, stop 51):
 * a quake's magnitude written apart. Fictional places and people; each outlet's other lines its
 * own.
 */
const quake = (line: string, outlet = 0) =>
  [
    `Earthquake shakes Morvale valley\nMarch 3, 2071\nAn earthquake shook the Morvale valley early on Friday, officials said.\n${line}\nSchools were closed for the day.`,
    `Morvale quake damages homes\nMarch 3, 2071\nHomes were damaged in the Morvale valley when the ground shook on Friday.\n${line}`,
  ][outlet]!;

describe('a magnitude written apart is one decimal (fact:magnitude-decimal-apart)', () => {
  it('sets `magnitude 5. 8` against `magnitude 5.3` of the one quake', () => {
    const d = story(
      quake("Friday's magnitude 5. 8 earthquake was centred near the town of Lisk."),
      quake("Friday's magnitude 5.3 earthquake was centred near the town of Lisk.", 1),
    );
    expect(entries(d, 'quantity')).toEqual([['5. 8', '5.3']]);
  });
  it('control: `magnitude 5. 3` and `magnitude 5.3` agree', () => {
    const d = story(
      quake("Friday's magnitude 5. 3 earthquake was centred near the town of Lisk."),
      quake("Friday's magnitude 5.3 earthquake was centred near the town of Lisk.", 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const revised = (first: string) =>
  story(
    `Earthquake shakes Morvale valley\nMarch 3, 2071\nAn earthquake ${first} shook the Morvale valley early on Friday, officials said.\nSchools were closed for the day.`,
    `Morvale quake damages homes\nMarch 4, 2071\nThe magnitude 5.6 earthquake shook the Morvale valley early on Friday, damaging homes.\nRepairs began on Saturday.`,
  );

describe('a first reading and a later report of another figure are an update (figure:preliminary-reading)', () => {
  it('reads `of preliminary magnitude 5.9` then `magnitude 5.6` a day later as an update', () => {
    const d = revised('of preliminary magnitude 5.9');
    expect(entries(d, 'quantity')).toEqual([]);
    expect(entries(d, 'update')).toEqual([['5.6', '5.9']]);
  });
  it('control: `of magnitude 5.9` then `magnitude 5.6` is a conflict (a magnitude is fixed)', () => {
    const d = revised('of magnitude 5.9');
    expect(entries(d, 'quantity')).toEqual([['5.6', '5.9']]);
  });
});
