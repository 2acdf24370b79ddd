import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 56 (h-disc81): false alarms on invented stories of genres nobody tuned on (an ammonia leak
 * at an ice rink, a hotel fire at night, a flash flood in a canyon, a military training jet
 * crash), keyed before their first run. Fictional places, people and figures, in ECB+'s
 * tokenised shape.
 */
describe('a toll raised by a new find (count:toll-raised-to)', () => {
  // Undated reports: which came first, only the text's rise tells (`count:rises-in-text`).
  const toll = (line: string) =>
    story('Four hikers have been confirmed dead after a flash flood in Ashgill Gorge on Tuesday.', line);
  it('`raising the death toll from Tuesday`s flash flood ... to five` is the toll risen', () => {
    const d = toll(
      "Rescuers found a fifth body late on Wednesday, raising the death toll from Tuesday's flash flood in Ashgill Gorge to five.",
    );
    expect(entries(d, 'count')).toEqual([]);
    expect(entries(d, 'update')).toEqual([['Four hikers', 'five']]);
  });
  it('control: `Five hikers have been confirmed dead` still conflicts', () => {
    const d = toll('Five hikers have been confirmed dead after a flash flood in Ashgill Gorge on Tuesday.');
    expect(entries(d, 'count')).toEqual([['Five hikers', 'Four hikers']]);
  });
});

describe('a weekday an act is told still going on (fact:date:still-weekday)', () => {
  const flood = (a: string) =>
    entries(
      story(a, 'A flash flood tore through Ashgill Gorge on Tuesday afternoon, sweeping away hikers.'),
      'date',
    );
  it('`were still searching on Wednesday for hikers missing since a flash flood` is no day of the flood', () => {
    expect(
      flood(
        'Rescuers were still searching on Wednesday for three hikers missing since a flash flood tore through Ashgill Gorge.',
      ),
    ).toEqual([]);
  });
  it('control: `A flash flood tore through Ashgill Gorge on Wednesday` still conflicts with Tuesday', () => {
    expect(
      flood('A flash flood tore through Ashgill Gorge on Wednesday, and rescuers searched for three hikers.'),
    ).toEqual([['Tuesday', 'Wednesday']]);
  });
});

describe('plurals of a sentence telling how often a kind happens (count:plural-of-kind)', () => {
  const leak = (b: string) =>
    entries(
      story(
        'An ammonia leak at the Tarnby ice rink sent 14 people to hospital on Tuesday.',
        `The ammonia leak at the Tarnby ice rink on Tuesday sent 14 people to hospital. ${b}`,
      ),
      'count',
    );
  it('`Ammonia leaks at ice rinks are rare` counts no several leaks', () => {
    expect(leak('Ammonia leaks at ice rinks are rare, experts said.')).toEqual([]);
  });
  it('control: `Two ammonia leaks at the Tarnby ice rink` still counts several against `an ammonia leak`', () => {
    expect(leak('Two ammonia leaks at the Tarnby ice rink sent people to hospital on Tuesday.').length).toBe(
      1,
    );
  });
});
