import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/** The texts of every value of every discrepancy entry of a dossier. */
const values = (d: ReturnType<typeof story>): string[] =>
  d.discrepancies.flatMap((x) => x.values.map((v) => v.text));

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc60), found on invented
 * three-outlet stories of genres nobody tuned on. Fictional places and people throughout.
 */

describe('a deficit and a shortfall are one gap (synonyms: deficit family)', () => {
  const council = (headline: string, line: string) =>
    `${headline}\nMORVALE (Valley Post) - The Morvale town council approved spending cuts on Monday night.\n${line}\nThe mayor, Ines Carbery, said libraries would stay open.`;
  it('sets `a $ 3.1 million deficit` against `a $ 3.5 million shortfall`', () => {
    const d = story(
      council(
        'Morvale cuts spending',
        'Treasurer Olaf Penn said the town faces a $ 3.1 million deficit next year.',
      ),
      council(
        'Morvale council trims budget',
        'Treasurer Olaf Penn said the town must close a $ 3.5 million shortfall next year.',
      ),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['$ 3.1 million', '$ 3.5 million']));
  });
  it('control: the same gap in both words agrees', () => {
    const d = story(
      council(
        'Morvale cuts spending',
        'Treasurer Olaf Penn said the town faces a $ 3.1 million deficit next year.',
      ),
      council(
        'Morvale council trims budget',
        'Treasurer Olaf Penn said the town must close a $ 3.1 million shortfall next year.',
      ),
    );
    expect(values(d)).not.toContain('$ 3.1 million');
  });
});
