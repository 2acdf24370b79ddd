import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processText } from '../src/pipeline/document.js';
import { repairedView } from '../src/repair/view.js';

/** Random article-like text: words, names, numbers, quotes, mojibake, junk lines, blank lines. */
const token = fc.constantFrom(
  'the',
  'council',
  'said',
  'Officials',
  'told',
  'according to',
  'reportedly',
  '$9M',
  '40',
  'workers',
  'U.S.',
  'Jan.',
  'Mr.',
  'Marlowe',
  'Port Calder',
  '“',
  '”',
  '"',
  ',',
  '.',
  '?',
  'Ã©',
  'â€™',
  'ã…ˆ',
  '\u0085',
  '—',
  '😀',
  'café',
  'Read more',
  'SUBSCRIBE NOW',
  '\n',
  '\n\n',
  '  ',
  '\t',
  'Photo: A / B',
  'By Ada Quill',
  '©',
  '2031',
  'March 3',
);

describe('whole pipeline (seeded property)', () => {
  it('keeps every span inside the text, every body sentence inside a body block, and text untouched', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 120 }), (parts) => {
        const text = parts.join(' ');
        if (!text.trim()) return;
        const doc = processText(text, { kind: 'record', location: 'p' }, { known: { language: 'en' } });
        expect(doc.text).toBe(text);
        for (const s of doc.sentences) {
          const b = doc.blocks[s.block]!;
          expect(['body', 'subhead']).toContain(b.label);
          expect(s.start).toBeGreaterThanOrEqual(b.start);
          expect(s.end).toBeLessThanOrEqual(b.end);
        }
        // Every non-blank line is labelled: nothing silently lost.
        const covered = doc.blocks.reduce(
          (n, b) => n + text.slice(b.start, b.end).replace(/\s/g, '').length,
          0,
        );
        expect(covered).toBe(text.replace(/\s/g, '').length);
        const view = repairedView(doc.text, doc.repairs);
        expect(view.spanToOriginal({ start: 0, end: view.text.length })).toEqual({
          start: 0,
          end: text.length,
        });
      }),
      { seed: 424242, numRuns: 300 },
    );
  });
});
