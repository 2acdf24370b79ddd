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
