import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

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

describe('jobs told lost by any verb are the story’s one job cut (align:one-job-cut)', () => {
  const mill = (headline: string, line: string) =>
    `${headline}\nTORBECK (Coast Ledger) - Paper maker Quenby Mills said on Thursday it would shut its plant in Torbeck by March.\n${line}\nThe plant opened in 1971.`;
  it('sets `420 of its 900 workers will lose their jobs` against `will eliminate about 560 jobs`', () => {
    const d = story(
      mill(
        'Quenby to shut Torbeck mill',
        'About 420 of its 900 workers will lose their jobs, a spokesman, Idris Vale, said.',
      ),
      mill('Quenby Mills closing plant', 'The company will eliminate about 560 jobs, it said.'),
    );
    expect(values(d)).toEqual(expect.arrayContaining(['560 jobs']));
  });
  it('control: a workforce told with no loss is no cut (`has 560 jobs`)', () => {
    const d = story(
      mill(
        'Quenby to shut Torbeck mill',
        'About 420 of its 900 workers will lose their jobs, a spokesman, Idris Vale, said.',
      ),
      mill('Quenby Mills closing plant', 'The company now has about 560 jobs in all, it said.'),
    );
    expect(values(d)).not.toContain('560 jobs');
  });
});

describe('a tally before the infinitive of what was voted is a tally (fact:vote-tally)', () => {
  const pool = (headline: string, line: string) =>
    `${headline}\nBRISWELL (Hill Gazette) - ${line}\nThe pool opened in 1988 and needs a new roof, officials said.`;
  it('sets `voted 6-3 to close` against `voted 7 to 2 on Monday`', () => {
    const d = story(
      pool(
        'Briswell to close pool',
        'The Briswell council voted 6-3 to close the town pool on Monday night.',
      ),
      pool(
        'Council shuts Briswell pool',
        'Briswell councillors voted 7 to 2 on Monday to shut the town pool.',
      ),
    );
    expect(entries(d, 'count').flat()).toEqual(expect.arrayContaining(['6', '7']));
  });
  it('control: the same tally in both notations agrees', () => {
    const d = story(
      pool(
        'Briswell to close pool',
        'The Briswell council voted 6-3 to close the town pool on Monday night.',
      ),
      pool(
        'Council shuts Briswell pool',
        'Briswell councillors voted 6 to 3 on Monday to shut the town pool.',
      ),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});
