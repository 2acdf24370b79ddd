import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus, describeShared } from '../../test/shared.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;

describe('findMojibake', () => {
  it('repairs UTF-8 read as windows-1252, with exact offsets and the rule', () => {
    const text = 'Union secretary RenÃ©e Dufort said so.';
    expect(findMojibake(text)).toEqual([
      {
        start: 19,
        end: 21,
        replacement: 'é',
        rule: 'mojibake:utf8-as-windows-1252',
        reason: "'Ã©' is the UTF-8 encoding of 'é' read as windows-1252",
      },
    ]);
  });
  it('repairs three-byte punctuation and a lone Hangul letter between quotes', () => {
    expect(fix('the mayorâ€™s office')).toBe('the mayor’s office');
    expect(fix("a label with the letter 'ã…ˆ' on it")).toBe("a label with the letter 'ㅈ' on it");
    expect(fix('Ã‰cole')).toBe('École');
  });
  it('leaves correct text and look-alikes alone', () => {
    for (const s of [
      'Café crème',
      'Zoë’s café',
      'He said “×2” twice',
      'MÜNCHEN – Ärger',
      'Größe 10 Å—',
      'naïve résumé',
      '£5 and €7',
    ]) {
      expect(findMojibake(s)).toEqual([]);
    }
  });
  it('is idempotent and keeps spans inside the text (seeded property)', () => {
    const piece = fc.constantFrom(
      'Ã©',
      'Ã¨',
      'â€™',
      'â€œ',
      'é',
      '’',
      ' ',
      'a',
      'Z',
      '.',
      '×',
      'Â£',
      '\u0085',
      'ã…ˆ',
      'Ð¿Ñ€',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const repairs = findMojibake(text);
        let last = 0;
        for (const r of repairs) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeLessThanOrEqual(text.length);
          last = r.end;
        }
        const once = fix(text);
        expect(fix(once)).toBe(once);
      }),
      { seed: 20311123, numRuns: 2000 },
    );
  });
});

describeShared('ftfy cases (../shared/corpora/ftfy-cases)', () => {
  const load = (n: string): Array<Record<string, string>> =>
    JSON.parse(readFileSync(corpus('ftfy-cases', `${n}.json`), 'utf8'));
  it('changes no negative case except to what ftfy itself expects', () => {
    for (const c of load('negative'))
      expect([c.original, c['fixed-encoding'] ?? c.fixed]).toContain(fix(c.original!));
  });
  it('fixes the synthetic and language-name cases (floor below what eval measures)', () => {
    const rate = (n: string): number => {
      const cases = load(n);
      return cases.filter((c) => fix(c.original!) === (c['fixed-encoding'] ?? c.fixed)).length / cases.length;
    };
    expect(rate('synthetic')).toBeGreaterThanOrEqual(0.95);
    expect(rate('language-names')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('repairedView', () => {
  it('maps offsets between the repaired view and the original', () => {
    const text = 'xÃ©y â€™z';
    const v = repairedView(text, findMojibake(text));
    expect(v.text).toBe('xéy ’z');
    expect(v.toOriginal(2)).toBe(3); // 'y'
    expect(v.fromOriginal(8)).toBe(5); // 'z'
    expect(v.fromOriginal(5)).toBe(4); // start of 'â€™' -> '’'
    expect(v.spanToOriginal({ start: 1, end: 2 })).toEqual({ start: 1, end: 3 });
    expect(v.spanToOriginal({ start: 0, end: 6 })).toEqual({ start: 0, end: text.length });
  });
});
