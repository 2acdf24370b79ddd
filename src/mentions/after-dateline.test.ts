import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/document.js';

/** A count opening the story right after a dateline with its date (`quantities:after-dateline`). Invented lines. */
const counts = (text: string) =>
  processText(text, { kind: 'record', location: 'x' }, { known: { language: 'en' } })
    .quantities.filter((q) => q.kind === 'count')
    .map((q) => `${q.value} ${q.unit}`);

describe('a count right after a dateline', () => {
  it('reads `Twelve people` after `VELMAR, June 3, 2031 - ` (the year and the dash are no range)', () => {
    expect(
      counts(
        'Clashes in Velmar\nVELMAR, June 3, 2031 - Twelve people were injured in clashes on Saturday.\n',
      ),
    ).toEqual(['12 person']);
    expect(
      counts('Clashes in Velmar\nVELMAR, June 3, 2031 - 12 people were injured in clashes on Saturday.\n'),
    ).toEqual(['12 person']);
  });
  it('control: the second number of a vote is still no count', () => {
    expect(counts('Jury split\nThe jury was deadlocked 9 - 3 jurors in favour on Monday.\n')).not.toContain(
      '3 juror',
    );
  });
});
