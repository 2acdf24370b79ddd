import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc64), found on invented
 * three-outlet stories of genres nobody tuned on (a carjacking, a theme-park ride that stopped, a
 * singer's overdose, a hand transplant, an elevator that fell), written as tokenised news corpora
 * write them. Fictional places and people throughout.
 */

const tokenised = (slug: string, headline: string, ...lines: string[]) =>
  [
    `http: / / www. ${slug}. com / 2019 / 05 / 02 / story`,
    headline,
    '4: 10 p. m. May 2, 2019',
    ...lines,
  ].join('\n');

describe('a year before an incident noun dates the incident (fact:year-before-incident-noun)', () => {
  const lead = 'Rower Ingvild Sarnes, who uses a wheelchair, won a gold medal in Tessaly on Thursday.';
  it('sets `in a 1997 car accident` against `in a car accident in 1999`', () => {
    const d = story(
      tokenised(
        'harbourpost',
        'Sarnes wins gold',
        lead,
        'Sarnes was paralysed in a car accident in 1999, her coach said.',
      ),
      tokenised(
        'valleynews',
        'Gold for Sarnes',
        lead,
        'Sarnes was paralysed in a 1997 car accident, her coach said.',
      ),
    );
    expect(entries(d, 'date')).toContainEqual(['1997', '1999']);
  });
  it('control: the same year written both ways is no discrepancy', () => {
    const d = story(
      tokenised(
        'harbourpost',
        'Sarnes wins gold',
        lead,
        'Sarnes was paralysed in a car accident in 1997, her coach said.',
      ),
      tokenised(
        'valleynews',
        'Gold for Sarnes',
        lead,
        'Sarnes was paralysed in a 1997 car accident, her coach said.',
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});
