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
