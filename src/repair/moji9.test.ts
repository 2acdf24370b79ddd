import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

/** What a line's case change and a strict decoder leave, 2026-12-05 (h-moji9). Invented lines. */
const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const idempotent = (s: string): void => expect(findMojibake(fix(s))).toEqual([]);

describe('`Ã` and a no-break space in a line uppercased after the misreading (mojibake.ts: UPPERCASED_LINE_CHARMAPS)', () => {
  // à is C3 A0 (`Ã\u00a0`), and uppercasing leaves both as they are. Where the line's other mojibake shows
  // it was uppercased after the misreading (`Â€¦` is `â€¦`, …; `Â¤Ï¸` is ❤️ cut short), the whole line was:
  // its `CITTÃ\u00a0` is CITTà, read on the line with its leads put back as on the line as it stands.
  it('reads `CITTÃ\u00a0` as CITTà beside `Â€¦` and beside `Â¤Ï¸`', () => {
    const broken = 'ARRIVANO IN CITTÃ\u00a0 Â€¦ DOMANI';
    expect(fix(broken)).toBe('ARRIVANO IN CITTà … DOMANI');
    const r = findMojibake(broken)[0]!;
    expect([r.start, r.end, r.replacement, r.rule]).toEqual([16, 18, 'à', 'mojibake:utf8-as-windows-1252']);
    expect(r.reason).toMatch(/uppercased after it was misread/);
    expect(fix('BENVENUTI IN CITTÃ\u00a0 STASERAÂ¤Ï¸')).toBe('BENVENUTI IN CITTà STASERA❤️');
    idempotent(broken);
  });
  it('control: a capital `Ã` before a no-break space where no lead was moved is left', () => {
    expect(fix('SÃ\u00a0 PAULO Â© 2020 TODOS')).toBe('SÃ\u00a0 PAULO © 2020 TODOS');
    expect(findMojibake('A VILA DE SÃ\u00a0 É BELA, DIZ O PREFEITO')).toEqual([]);
  });
});
