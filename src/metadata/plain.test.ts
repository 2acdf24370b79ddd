import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/document.js';

const withLines = (...lines: string[]) =>
  processText(
    [
      'Lowmarsh bridge to close',
      ...lines,
      'The council of Lowmarsh voted on Friday to close the old bridge, officials said.',
      'Engineers found cracks in two of its piers last month.',
    ].join('\n'),
    { kind: 'record', location: 'fiction' },
    { layers: ['metadata'] },
  );

describe('publication date from a date line (metadata:date-line)', () => {
  it('reads a full date with its year in digits, and points at it', () => {
    const d = withLines('By Ada Quill', '3 March 2031 10:04 GMT');
    expect(d.published).toBe('2031-03-03');
    const e = d.evidence.find((x) => x.field === 'published')!;
    expect(e.rule).toBe('metadata:date-line');
    expect(d.text.slice(e.start, e.end)).toBe('3 March 2031 10:04 GMT');
  });
  it('does not date an article from a relative word, which would be the day of the run', () => {
    const d = withLines('By Ada Quill, yesterday');
    expect(d.blocks.some((b) => b.label === 'byline')).toBe(true);
    expect(d.published).toBeNull();
    expect(d.evidence.some((x) => x.field === 'published')).toBe(false);
  });
});
