import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 55 (h-disc79): misses and false alarms on invented stories of genres nobody tuned on (a
 * gas explosion in a block of flats, a missing fishing-boat crew found alive, a court ruling on a
 * singer's tax case), keyed before their first run. Fictional places, people and figures, in
 * ECB+'s tokenised shape.
 */
describe('a weekday after `since` is where a state began (fact:date:since-weekday)', () => {
  const crew = (a: string) =>
    entries(
      story(
        a,
        'Four crew from a fishing boat were rescued alive on Sunday after days adrift off the Varne coast.',
      ),
      'date',
    );
  it('`missing off the Varne coast since Tuesday` is no day of the rescue', () => {
    expect(crew('A trawler crew missing off the Varne coast since Tuesday has been found alive.')).toEqual(
      [],
    );
  });
  it('control: `rescued alive ... on Tuesday` still conflicts with `rescued alive on Sunday`', () => {
    expect(crew('A trawler crew was rescued alive off the Varne coast on Tuesday.')).toEqual([
      ['Sunday', 'Tuesday'],
    ]);
  });
});
