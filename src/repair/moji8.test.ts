import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

/** How mojibake arises, 2026-12-05 (h-moji8): the decoder a line shows, a change of case after the misreading. Invented lines. */
const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const idempotent = (s: string): void => expect(findMojibake(fix(s))).toEqual([]);

describe('a C1 control windows-1252 would have read shows an ISO-8859 decoder (runs.ts: asTwin, latin1Controls)', () => {
  // ł is C5 82: an ISO-8859 decoder leaves U+0082, windows-1252 reads `‚`. So the line's `ÅŒ` is Latin-9's
  // C5 BC (ż), not windows-1252's C5 8C (Ō).
  const broken = 'WiedziaÅ\u0082a, ÅŒe Å\u0082Ã³dÅº odpÅ\u0082ynÄ\u0099Å\u0082a.';
  it('reads the line in ISO-8859-15 (`ÅŒe` is że)', () => {
    expect(fix(broken)).toBe('Wiedziała, że łódź odpłynęła.');
    const r = findMojibake(broken).find((x) => broken.slice(x.start, x.end) === 'ÅŒ')!;
    expect(r.rule).toBe('mojibake:utf8-as-iso-8859-15');
    expect([r.start, r.end, r.replacement]).toEqual([12, 14, 'ż']);
    idempotent(broken);
  });
  it('control: without such a control (windows-1252, its undefined 90 kept) `ÅŒ` is Ō', () => {
    const w = 'ÅŒsaka i Ä\u0090akovo sÄ… daleko';
    expect(fix(w)).toBe('Ōsaka i Đakovo są daleko');
    expect(findMojibake(w)[0]!.rule).toBe('mojibake:utf8-as-windows-1252');
    expect(findMojibake('Żółw, Œuvre i Ōsaka')).toEqual([]);
  });
});
