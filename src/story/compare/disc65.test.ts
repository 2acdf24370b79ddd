import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc65), found on invented
 * three-outlet stories of genres nobody tuned on (a mine collapse, a museum theft, a satellite
 * launch failure, a chemical leak, a teachers' strike), written as tokenised news corpora write
 * them. Fictional places and people throughout.
 */

const tokenised = (slug: string, headline: string, ...lines: string[]) =>
  [
    `http: / / www. ${slug}. com / 2061 / 04 / 12 / story`,
    headline,
    '4: 10 p. m. April 12, 2061',
    ...lines,
  ].join('\n');

describe('an age set apart by tokenised commas (fact:age-apposition-spaced)', () => {
  const lead = 'Ferry workers in Brannock walked out on Tuesday over pay , their union said .';
  it('sets `Orla Pennick , 44 ,` against `Orla Pennick, 46,`', () => {
    const d = story(
      tokenised(
        'brannockpost',
        'Ferry workers walk out',
        lead,
        'Union leader Orla Pennick , 44 , said the strike would last two days .',
      ),
      tokenised(
        'coastnews',
        'Ferry strike in Brannock',
        lead,
        'Union leader Orla Pennick, 46, said the strike would last two days.',
      ),
    );
    expect(entries(d, 'age')).toEqual([['44', '46']]);
  });
  it('control: the same age in both shapes, and a count after a comma, are no age', () => {
    const d = story(
      tokenised(
        'brannockpost',
        'Ferry workers walk out',
        lead,
        'Union leader Orla Pennick , 44 , said the strike would last two days .',
      ),
      tokenised(
        'coastnews',
        'Ferry strike in Brannock',
        lead,
        'Union leader Orla Pennick, 44, said the strike would last two days.',
      ),
      tokenised(
        'islandwire',
        'Ferries halted',
        lead,
        'The walkout was called by Orla Pennick , 40 percent of whose members voted .',
      ),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});
