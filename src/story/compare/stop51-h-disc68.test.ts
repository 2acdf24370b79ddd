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
