import { describe, expect, it } from 'vitest';
import { story, factual } from '../invented.fixture.js';

/**
 * Six unseen genres (h-disc55): looted artefacts returned, a university admissions scandal, a
 * cyclist's hour record, a celebrity divorce, a locust swarm, a tram crash. Fictional places and
 * people; each outlet's other lines its own.
 */
const museum = (line: string, outlet = 0) =>
  [
    `Orlin museum returns carvings to Tavesh\nApril 2, 2067\nThe Orlin Museum returned 312 wooden carvings to Tavesh on Monday, its director said.\n${line}\nThe carvings were taken in a raid in 1881.`,
    `Tavesh welcomes back carvings\nApril 2, 2067\nThe carvings will go on show in the Tavesh national gallery in May.\n${line}\nThe ceremony drew about 200 guests.`,
  ][outlet]!;

describe('hundreds written in words are one number (quantities:hundreds-in-words)', () => {
  it('reads `Three hundred and twelve carvings` as 312, no discrepancy with `312 carvings`', () => {
    const d = story(
      museum('The 312 carvings left by ship.'),
      museum('Three hundred and twelve carvings left by ship.', 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: `Three hundred and forty carvings` against 312 is still a discrepancy', () => {
    const d = story(
      museum('The 312 carvings left by ship.'),
      museum('Three hundred and forty carvings left by ship.', 1),
    );
    expect(factual(d).length).toBe(1);
  });
});
