import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Unseen genres (h-disc52): a zoo animal's escape, a bridge collapse, a lottery jackpot, an eruption
 * grounding flights, an art theft, a regional blackout. Fictional places and people; each outlet's
 * other lines its own.
 */
const zoo = (line: string, outlet = 0) =>
  [
    `Tiger escapes at Wenmoor Zoo\nMay 3, 2054\nA tiger got out of its enclosure at Wenmoor Zoo on Friday, the zoo said.\n${line}\nThe animal was caught within an hour.`,
    `Wenmoor Zoo cleared after tiger breaks out\nMay 3, 2054\nWenmoor Zoo was closed on Friday after a tiger escaped.\n${line}\nKeepers sedated the tiger with a dart.`,
  ][outlet]!;

describe('people led, moved or ushered out of a place were evacuated (fact:led-out)', () => {
  it('sets `the evacuation of about 900 visitors` against `1,400 visitors were ushered out`', () => {
    const d = story(
      zoo('The escape prompted the evacuation of about 900 visitors.'),
      zoo('Around 1,400 visitors were ushered out of the zoo.', 1),
    );
    expect(entries(d, 'count')).toEqual([['1,400 visitors', '900 visitors']]);
  });
  it('control: visitors led around the zoo were not evacuated', () => {
    const d = story(
      zoo('The escape prompted the evacuation of about 900 visitors.'),
      zoo('Around 1,400 visitors were led around the zoo on Friday.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});
