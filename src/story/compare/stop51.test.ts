import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 51's invented stories (a festival crowd crush, a software takeover, a river flood), keyed
 * before their first run: what the first run missed or set wrongly against each other. Fictional
 * places, people and figures throughout.
 */
const report = (headline: string, lines: string): string => `${headline}\nApril 2, 2046\n${lines}`;

describe('a height water peaked at is its level (fact:water-level-not-altitude)', () => {
  const flood = (a: string, b: string) =>
    entries(story(report('The Tarn floods Orlen', a), report('Orlen under water', b)), 'quantity');
  it('`The river peaked at 5.8 metres` and `rose to 5.6 metres at its peak` are two levels', () => {
    expect(
      flood(
        'The river Tarn peaked at 5.8 metres at the Orlen gauge on Wednesday afternoon.',
        'The river Tarn rose to 5.6 metres at its peak on Wednesday.',
      ),
    ).toEqual([['5.6 metres', '5.8 metres']]);
  });
  it('control: a height a slide broke loose at is still an altitude, compared as one', () => {
    const slide = (a: string, b: string) =>
      entries(story(report('Avalanche at Orlen', a), report('Skiers buried at Orlen', b)), 'quantity');
    expect(
      slide(
        'The avalanche broke loose at 2,400 metres on Wednesday.',
        'The avalanche broke loose at 2,900 metres on Wednesday.',
      ),
    ).toHaveLength(1);
  });
});

describe('the year records start (date:records-began)', () => {
  const flood = (a: string, b: string) =>
    entries(
      story(
        report(
          'The Tarn floods Orlen',
          `The river Tarn peaked at 5.8 metres at the Orlen gauge on Wednesday. ${a}`,
        ),
        report('Orlen under water', `The river Tarn rose to 5.8 metres at its peak on Wednesday. ${b}`),
      ),
      'date',
    );
  it('`since records began in 1921` and `Records at the gauge go back to 1912` are one start told two ways', () => {
    expect(
      flood(
        'It was the highest level at the Orlen gauge since records began in 1921.',
        'Records at the Orlen gauge go back to 1912.',
      ),
    ).toEqual([['1912', '1921']]);
    expect(
      flood(
        'It was the highest level at the Orlen gauge since records began in 1921.',
        'Records at the Orlen gauge date back to 1912.',
      ),
    ).toEqual([['1912', '1921']]);
  });
  it("control: another series' start, or a year something else began, is no conflict", () => {
    expect(
      flood(
        'It was the wettest March in Velmar since records began in 1910.',
        'Records at the Orlen gauge go back to 1912.',
      ),
    ).toEqual([]);
    expect(
      flood(
        'It was the highest level at the Orlen gauge since records began in 1921.',
        'The flood barrier at the Orlen gauge began operating in 1912.',
      ),
    ).toEqual([]);
    expect(
      flood(
        'It was the highest level at the Orlen gauge since records began in 1921.',
        'Records at the Orlen gauge go back to 1921.',
      ),
    ).toEqual([]);
  });
});

describe('two people then two ages (fact:ages-respectively)', () => {
  const couple = (b: string) =>
    entries(
      story(
        report(
          'Two die in Orlen floods',
          'Two people died near Heddal on Wednesday. The couple were named as Piet and Anna Rask, 64 and 62.',
        ),
        report('Floods kill couple', `Two people died near Heddal on Wednesday. ${b}`),
      ),
      'age',
    );
  it('`Piet and Anna Rask, 64 and 62`: she is 62, so `Anna Rask, 62` agrees', () => {
    expect(couple('Among them was Anna Rask, 62, a retired teacher.')).toEqual([]);
    expect(couple('Among them was Piet Rask, 64, a farmer.')).toEqual([]);
  });
  it('control: `Anna Rask, 61` is another age of her', () => {
    expect(couple('Among them was Anna Rask, 61, a retired teacher.')).toEqual([['61', '62']]);
  });
});
