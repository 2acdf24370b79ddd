import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc67), on invented stories
 * written as tokenised news corpora write them (a bank's job cuts, a march against a reform).
 * Fictional places and people throughout.
 */

describe('a figure of a named year beside the story figure is that year`s (figure:year-beside-untimed)', () => {
  const first = [
    'Halvard Bank to cut 3, 200 jobs',
    'Lender Halvard Bank said on Tuesday it will cut 3, 200 jobs as it closes branches.',
    'The bank cut 1, 500 jobs in 2041.',
  ].join('\n');
  const third = [
    'Halvard Bank cutting 3, 200 jobs',
    'Halvard Bank is cutting 3, 200 jobs nationwide, the lender said Tuesday.',
  ].join('\n');
  it('sets `cut 3, 200 jobs` against `eliminate 2, 300 positions` past the background year`s figure', () => {
    const d = story(
      first,
      [
        'Halvard axes hundreds of branches',
        'Halvard Bank will eliminate 2, 300 positions, the lender announced on Tuesday.',
      ].join('\n'),
      third,
    );
    const counts = entries(d, 'count');
    expect(counts).toContainEqual(['2, 300 positions', '3, 200 jobs']);
    expect(counts.flat()).not.toContain('1, 500 jobs');
  });
  it('control: outlets agreeing on the story figure, one giving an earlier year`s, is no discrepancy', () => {
    const d = story(
      first,
      [
        'Halvard axes hundreds of branches',
        'Halvard Bank will eliminate 3, 200 positions, the lender announced on Tuesday.',
      ].join('\n'),
      third,
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a crowd is keyed by the source that counts it (fact:crowd-by-source)', () => {
  const first = [
    'Thousands march in Corvel against water tax',
    'Tens of thousands of people marched in Corvel on Sunday against a new water tax.',
    'Police put the crowd at 18, 000, while organisers said 60, 000 people marched.',
  ].join('\n');
  const second = [
    'Water tax protest fills Corvel',
    'About 18, 000 people marched through Corvel on Sunday, police said, protesting the water tax.',
    'Organisers claimed 60, 000 marchers.',
  ].join('\n');
  const third = (police: string) =>
    [
      'Corvel marchers denounce water tax',
      `Some ${police} people rallied in Corvel on Sunday, according to police.`,
    ].join('\n');
  it('sets one outlet`s police figure against another`s, not the organisers` figure', () => {
    const d = story(first, second, third('25, 000'));
    const counts = entries(d, 'count');
    expect(counts).toHaveLength(1);
    expect(counts[0]).toContain('25, 000 people rallied');
    expect(counts[0]).toContain('18, 000 people marched');
    expect(counts.flat().join(' ')).not.toContain('60, 000');
  });
  it('control: police and organisers giving two figures, every outlet alike, is no discrepancy', () => {
    const d = story(first, second, third('18, 000'));
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a level a change sets is the target, its `from` the value now (fact:changed-to-target)', () => {
  const first = [
    'Parliament backs voting reform',
    'The bill would lower the voting age from 18 to 16 by 2052.',
  ].join('\n');
  it('sets `lower the voting age from 18 to 16` against `lower the voting age to 17`', () => {
    const d = story(
      first,
      ['Voting age bill passes', 'Lawmakers voted on Monday to lower the voting age to 17.'].join('\n'),
    );
    expect(entries(d, 'quantity')).toEqual([['16', '17']]);
  });
  it('control: the value a change starts from is no rival of the target', () => {
    const d = story(
      first,
      ['Voting age bill passes', 'Lawmakers voted on Monday to lower the voting age to 16.'].join('\n'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
    expect(entries(d, 'count')).toEqual([]);
  });
});
