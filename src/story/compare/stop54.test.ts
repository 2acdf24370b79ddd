import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 54's invented stories (a hailstorm, a missing climber, a burst water main), keyed before
 * their first run: what the first run missed. Fictional places, people and figures throughout.
 */
const undated = (headline: string, lines: string): string => `${headline}\n${lines}`;

describe("a calamity's damage, whichever word an outlet chose (fact:sum-of-damage)", () => {
  const hail = (a: string) =>
    entries(
      story(
        undated('Hail wrecks Tolvany vines', `Hail destroyed vines across Tolvany on Tuesday. ${a}`),
        undated(
          'Tolvany counts cost of hail',
          'Hail destroyed vines in Tolvany on Tuesday. Growers estimated the damage at 36 million euros.',
        ),
      ),
      'quantity',
    );
  it('`put the losses at`, `was estimated at`, `in damage` are set against `the damage at`', () => {
    expect(hail('The growers put the losses at 63 million euros.')).toEqual([
      ['36 million euros', '63 million euros'],
    ]);
    expect(hail('The damage was estimated at 63 million euros.')).toEqual([
      ['36 million euros', '63 million euros'],
    ]);
    expect(hail('The storm caused 63 million euros in damage.')).toEqual([
      ['36 million euros', '63 million euros'],
    ]);
  });
  it("control: insured losses are a part of the damage, a firm's losses another figure", () => {
    expect(hail('Insurers put the insured losses at 63 million euros.')).toEqual([]);
    expect(hail('Insured losses were estimated at 63 million euros.')).toEqual([]);
    expect(hail('The wine cooperative posted losses of 63 million euros last year.')).toEqual([]);
  });
});

describe('a span told by a fraction in words (quantities:span-in-words)', () => {
  const storm = (a: string) =>
    entries(
      story(
        undated('Hail hits Tolvany', `Hail destroyed vines across Tolvany on Tuesday. ${a}`),
        undated(
          'Hail in Tolvany',
          'Hail destroyed vines in Tolvany on Tuesday. The storm lasted about 20 minutes.',
        ),
      ),
      'quantity',
    );
  it('`about half an hour` is set against `about 20 minutes`', () => {
    expect(storm('The storm lasted about half an hour.')).toEqual([['20 minutes', 'half an hour']]);
  });
  it("control: `half a day` of another act is that act's; `$20 an hour` is no span", () => {
    expect(storm('The storm lasted about 20 minutes, and the clean-up took half a day.')).toEqual([]);
    expect(storm('The storm lasted about 20 minutes, and pickers earn $20 an hour.')).toEqual([]);
  });
});

describe('what still remained beside its report’s first count (fact:period-still)', () => {
  const homes = (a: string) =>
    story(
      undated('Main bursts in Carrow', `A water main burst in Carrow on Saturday. ${a}`),
      undated('Carrow without water', 'About 4, 000 homes in Carrow were without water on Saturday.'),
    ).discrepancies.flatMap((x) =>
      x.kind === 'count' || x.kind === 'update' ? [x.values.map((v) => v.text).sort()] : [],
    );
  it('`2, 500 homes were still without water` after the report’s own `40, 000 homes` is a later count, not a rival', () => {
    expect(
      homes('It left 40, 000 homes without water. Later on Saturday, 2, 500 homes were still without water.'),
    ).toEqual([['4, 000 homes', '40, 000 homes']]);
  });
  it('control: alone in its report, what still remained is that report’s count of the story', () => {
    expect(homes('Later on Saturday, 2, 500 homes were still without water.')).not.toEqual([]);
  });
});

describe('an earlier period named a few words after its figure (fact:period-before, widened)', () => {
  const hives = (a: string, b: string) =>
    entries(story(undated('Bees die in Tarn valley', a), undated('Tarn hives lost', b)), 'count');
  it('`400 hives died in the Tarn valley last week` is set against `600 hives had died last week`', () => {
    expect(
      hives(
        'About 400 hives died in the Tarn valley last week, beekeepers said.',
        'Beekeepers said on Wednesday that 600 hives had died last week.',
      ),
    ).toHaveLength(1);
  });
  it('control: a figure of last year several words on is that year’s, not the story’s', () => {
    expect(
      hives(
        'Beekeepers said 600 hives died in the Tarn valley this month.',
        'Hives died in the Tarn valley this month. Beekeepers lost 900 hives in the Tarn valley last year.',
      ),
    ).toEqual([]);
  });
});

describe('the price of a thing bought, told by its common noun (fact:price-of-thing-bought)', () => {
  const prices = (a: string, b: string) =>
    entries(
      story(
        undated('Museum’s landscape a fake', `The Ostry Museum said its landscape is a fake. ${a}`),
        undated('Ostry landscape declared fake', b),
      ),
      'quantity',
    );
  it('`paid 2. 4 million euros for the painting` is set against `A painting the museum bought for 4. 2 million euros`', () => {
    expect(
      prices(
        'The Ostry Museum paid 2. 4 million euros for the painting in 2011.',
        'A painting the Ostry Museum bought for 4. 2 million euros is a fake, the museum said.',
      ),
    ).toEqual([['2. 4 million euros', '4. 2 million euros']]);
  });
  it('control: the price of another thing is another figure', () => {
    expect(
      prices(
        'The Ostry Museum paid 2. 4 million euros for the painting in 2011.',
        'A frame the Ostry Museum bought for 4. 2 million euros is a fake, the museum said.',
      ),
    ).toEqual([]);
  });
});

describe('a span a work is to take, told with a modal (fact:duration-will-take)', () => {
  const weeks = (b: string) =>
    entries(
      story(
        undated(
          'Cable cut off Teskel',
          'An undersea cable to Teskel was cut. Repairs could take up to two weeks.',
        ),
        undated('Teskel offline', `An undersea cable to Teskel was cut. ${b}`),
      ),
      'quantity',
    );
  it('`repairs could take up to two weeks` is set against `said repairs would take up to three weeks`', () => {
    expect(weeks('The operator said repairs would take up to three weeks.')).toEqual([
      ['three weeks', 'two weeks'],
    ]);
  });
  it('control: another work’s span is another figure', () => {
    expect(weeks('The operator said the inquiry would take up to three weeks.')).toEqual([]);
  });
});
