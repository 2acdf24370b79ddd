import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 54 (h-disc75): false alarms on invented stories of genres nobody tuned on (a tram crash,
 * carbon monoxide at a hotel, a meteorite fall, a dog attack on a child, a museum reopening after
 * a flood), keyed before their first run. Fictional places, people and figures, in ECB+'s
 * tokenised shape.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe('a part of yesterday read as its day (fact:date:from-today, widened)', () => {
  const dog = (b: string) =>
    entries(
      story(
        report(
          'Girl hurt in dog attack',
          '7: 20 p. m. June 21, 2042',
          'A 4 - year - old girl was seriously injured when a dog attacked her in Hollin Park in Hensby on Saturday afternoon.',
        ),
        report('Calls for tighter dog laws', '5: 45 p. m. June 22, 2042', b),
      ),
      'date',
    );
  it('`called for tighter dog laws on Sunday after a girl ... was mauled ... yesterday afternoon`: the attack on Saturday', () => {
    expect(
      dog(
        'Councillors in Hensby called for tighter dog laws on Sunday after a girl, 4, was attacked by a dog in Hollin Park yesterday afternoon.',
      ),
    ).toEqual([]);
  });
  it('control: the attack told on Sunday still conflicts', () => {
    expect(
      dog(
        'A 4 - year - old girl was seriously injured when a dog attacked her in Hollin Park in Hensby on Sunday.',
      ),
    ).toEqual([['Saturday', 'Sunday']]);
  });
});

describe('a year a figure is measured from, named in the sentence (date:baseline-named)', () => {
  const bites = (a: string) =>
    entries(
      story(
        report(
          'Girl needed 40 stitches',
          '10: 15 a. m. June 22, 2042',
          'Last year, 240 people in the county were treated in hospital for dog bites, up 12 percent from 2040.',
        ),
        report('Dog owner charged', '3: 00 p. m. June 22, 2042', a),
      ),
      'date',
    );
  it('`Last year, 240 people ... up 12 percent from 2040` / `In 2040, 214 people ...`: two years of one tally', () => {
    expect(bites('In 2040, 214 people in the county were treated for dog bites.')).toEqual([]);
  });
  it('control: another year for the tally, named nowhere in the first, still conflicts', () => {
    expect(bites('In 2039, 214 people in the county were treated for dog bites.')).toEqual([
      ['2039', 'Last year'],
    ]);
  });
});
