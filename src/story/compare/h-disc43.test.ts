import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * h-disc43: six unseen stories (a wedding's food poisoning, a sightseeing helicopter's crash, a
 * council hit by ransomware, a crane's collapse, a whale stranding, a mayor's embezzlement
 * verdict), each told by three outlets (issue 12). Fictional places, firms and people.
 */
const shore = (date: string, body: string) => `Dolphins stranded at Orle Bay\n${date}\n${body}`;

describe('the number of those that died (fact:number-of-relative-verb)', () => {
  const first = shore(
    'March 7, 2046',
    'About 70 dolphins stranded at Orle Bay on Tuesday, officials said. At least 28 dolphins died on the sand.',
  );
  it('reads `the number of dolphins that died ... rose to 36` as a later toll of the dead, not of the stranded', () => {
    const d = story(
      first,
      shore(
        'March 8, 2046',
        'The number of dolphins that died after stranding at Orle Bay rose to 36 on Wednesday.',
      ),
    );
    expect(entries(d, 'update')).toEqual([['28 dolphins died', '36']]);
  });
  it('control: a number of the stranded told plainly is still a later figure of the stranded', () => {
    const d = story(
      first,
      shore('March 8, 2046', 'The number of dolphins stranded at Orle Bay rose to 80 on Wednesday.'),
    );
    expect(entries(d, 'update')).toEqual([['70 dolphins stranded', '80']]);
  });
  it('the number of those refloated is no toll of the dead, nor of the stranded', () => {
    const d = story(
      first,
      shore(
        'March 8, 2046',
        'The number of dolphins that were refloated at Orle Bay rose to 36 on Wednesday.',
      ),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a deadline given to a named party (fact:deadline, an object of several words)', () => {
  const council = (line: string) => `Hackers target Brell council\nApril 2, 2045\n${line}`;
  it('sets `gave the town council seven days to pay` against `have given the council 10 days to pay`', () => {
    const d = story(
      council('The hackers gave the town council seven days to pay, according to a note.'),
      council('The hackers have given the council 10 days to pay, officials said.'),
    );
    expect(entries(d, 'quantity')).toEqual([['10 days', 'seven days']]);
  });
  it('control: days the systems were offline are no deadline', () => {
    const d = story(
      council('The hackers gave the town council seven days to pay, according to a note.'),
      council('The council has been offline for 10 days, officials said.'),
    );
    expect(factual(d)).toEqual([]);
  });
});

describe('a role set off before a name opening or closing a sentence (role:apposition-before)', () => {
  const council = (line: string) => `Hackers target Brell council\nApril 2, 2045\n${line}`;
  const cto = council('Chief technology officer Mira Tollan said backups were being used.');
  it('reads `said the council’s chief information officer, Mira Tollan.` and sets it against a CTO', () => {
    const d = story(
      council('"We will not pay," said the council\'s chief information officer, Mira Tollan.'),
      cto,
    );
    expect(entries(d, 'role')).toEqual([
      ['Chief technology officer', "the council's chief information officer"],
    ]);
  });
  it('reads `The council’s chief information officer, Mira Tollan, said` at a sentence’s start', () => {
    const d = story(
      council("The council's chief information officer, Mira Tollan, said no ransom would be paid."),
      cto,
    );
    expect(entries(d, 'role')).toEqual([
      ['Chief technology officer', "The council's chief information officer"],
    ]);
  });
  it('control: the same post in both wordings is no discrepancy', () => {
    const d = story(
      council("The council's chief technology officer, Mira Tollan, said no ransom would be paid."),
      cto,
    );
    expect(entries(d, 'role')).toEqual([]);
  });
});
