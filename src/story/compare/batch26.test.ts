import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Phenomena found by stop 48's invented stories in tokenised-corpus shape (a nomination, a
 * browser patch, a swimmer's record, a dam's breach). Fictional places and people throughout.
 */
const report = (headline: string, lines: string): string => `${headline}\nMarch 9, 2046\n${lines}`;

describe('a part of a bare whole (fact:part-of-bare-whole)', () => {
  const senate = (line: string) =>
    report(
      'Council confirms new treasurer',
      `The Varn council confirmed Ilse Maro as treasurer on Tuesday.\n${line}\nMaro, 51, was a banker.`,
    );
  it('reads `hold 27 of 40 seats` as 27 seats, agreeing with `27 of the chamber’s 40 seats`', () => {
    const d = story(
      senate('Greens, who hold 27 of 40 seats, backed her.'),
      senate("Greens, who control 27 of the chamber's 40 seats, backed her."),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: another part of the same whole is another figure', () => {
    const d = story(
      senate('Greens, who hold 25 of 40 seats, backed her.'),
      senate("Greens, who control 27 of the chamber's 40 seats, backed her."),
    );
    expect(entries(d, 'count')).toHaveLength(1);
  });
  it('control: one of a bare whole singles a thing out; the whole is the figure', () => {
    const d = story(report('Ticket wins', 'The winning ticket, one of 38 million sold, was bought in Varn.'));
    expect(d.facts!.filter((f) => f.kind === 'count').map((f) => f.value)).toEqual([38_000_000]);
  });
});

describe('the chief of one field is one person (name:one-post-alike, field chiefs)', () => {
  const article = (line: string) =>
    report(
      'Varn firm fixes flaw',
      `Software maker Telvo fixed a flaw in its mail program on Monday.\n${line}`,
    );
  it('sets `security chief Oriel Pruett` against `Security chief Oriel Prewitt`', () => {
    const d = story(
      article('"We moved fast," said Telvo security chief Oriel Pruett.'),
      article('Security chief Oriel Prewitt said the team worked through the weekend.'),
    );
    expect(entries(d, 'spelling')).toEqual([['Oriel Prewitt', 'Oriel Pruett']]);
  });
  it('control: the chiefs of two fields are two people', () => {
    const d = story(
      article('"We moved fast," said Telvo security chief Oriel Pruett.'),
      article('Finance chief Oriel Prewitt said the cost was small.'),
    );
    expect(entries(d, 'spelling')).toEqual([]);
  });
});
