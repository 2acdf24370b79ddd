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

describe('an emoji cut short after a number, uppercased (recase.ts: strictSequence, variationAfter)', () => {
  // ❤️ is E2 9D A4 EF B8 8F: a strict decoder drops 9D and 8F (`â¤ï¸`), uppercasing makes `Â¤Ï¸`. After a
  // number `Â£`, `Â°` are £ and °, but U+FE0F's remains ask for an emoji.
  it('reads `Â¤Ï¸`, `Â£Ï¸` after a number as ❤️, ❣️', () => {
    const broken = 'TICKETS FROM 15 Â¤Ï¸';
    expect(fix(broken)).toBe('TICKETS FROM 15 ❤️');
    const [r] = findMojibake(broken);
    expect([r!.start, r!.end, r!.replacement, r!.rule]).toEqual([
      16,
      18,
      '❤',
      'mojibake:utf8-as-windows-1252',
    ]);
    expect(r!.reason).toMatch(/uppercased after it was misread.*9D/);
    expect(fix('WE WON 3 Â£Ï¸ THANKS')).toBe('WE WON 3 ❣️ THANKS');
    idempotent(broken);
  });
  it('control: without them, `12 Â£` and `360 Â°` stay £ and °', () => {
    expect(fix('PRICE 12 Â£ ONLY')).toBe('PRICE 12 £ ONLY');
    expect(fix('TEMPERATURE 360 Â° TODAY')).toBe('TEMPERATURE 360 ° TODAY');
  });
});

describe('❤ ❣ ❗ ⏰ cut short before anything (runs.ts: leadMayStartMojibake; badness.ts: `â` before a dash)', () => {
  // ⏰ is E2 8F B0 and ❗ E2 9D 97: a strict decoder drops 8F, 9D and leaves `â°`, `â—`. The cheap line test
  // let such a line in only when a third character followed; and no language ends a word in `â`, so `â`
  // before a dash is odd as before the degree sign.
  it('repairs them ending a line, glued to a word or after a space, lowercase or uppercased', () => {
    const broken = 'see you at the harbourâ°';
    expect(fix(broken)).toBe('see you at the harbour⏰');
    const [r] = findMojibake(broken);
    expect([r!.start, r!.end, r!.replacement, r!.rule]).toEqual([
      22,
      24,
      '⏰',
      'mojibake:utf8-as-windows-1252',
    ]);
    expect(r!.reason).toMatch(/its byte 8F, undefined in windows-1252, was dropped/);
    expect(fix('meet me at the pier â—')).toBe('meet me at the pier ❗');
    expect(fix('SEE YOU AT THE PIER Â°')).toBe('SEE YOU AT THE PIER ⏰');
    idempotent(broken);
  });
  it('control: correct `â` before a dash, the older `Xâ° here` and `Nâ°` are left', () => {
    expect(findMojibake('une pâte—fine, Château—')).toEqual([]);
    expect(findMojibake('Vietnamese câu — tâm')).toEqual([]);
    expect(fix('Xâ° here')).toBe('Xâ° here');
    expect(fix('La cafÃ© Nâ° 5')).toBe('La café Nâ° 5');
  });
});

describe('`Ã` and a no-break space in capitals, the line uppercased after (runs.ts: aGraveInCapitals)', () => {
  // A change of case is done to a whole line: lowercase mojibake a sentence away (`Ã¨`), or a three-byte
  // lead uppercased (`Â€¦`), shows it, and `Ã\u00a0` is then à (C3 A0), as within 40 characters before.
  it('reads `CITTÃ\u00a0` as CITTà with `Ã¨` far along the line', () => {
    const broken = 'LA CITTÃ\u00a0 DI NOTTE: UN RACCONTO DI VIAGGIO, FESTA E MUSICA CHE Ã¨ BELLO';
    expect(fix(broken)).toBe('LA CITTà DI NOTTE: UN RACCONTO DI VIAGGIO, FESTA E MUSICA CHE è BELLO');
    const r = findMojibake(broken)[0]!;
    expect([r.start, r.end, r.replacement, r.rule]).toEqual([7, 9, 'à', 'mojibake:utf8-as-windows-1252']);
    idempotent(broken);
  });
  it('control: a capital `Ã` before a no-break space with nothing lowercase in the line is left', () => {
    expect(findMojibake('SÃ\u00a0 PAULO E TUDO')).toEqual([]);
    expect(findMojibake('A VILA DE SÃ\u00a0 É BELA, DIZ O PREFEITO DA CIDADE')).toEqual([]);
  });
});

describe('a CJK character a change of case moved: punctuation over a math symbol (recase.ts: commonCapitals)', () => {
  // ， is EF BC 8C and ＜ EF BC 9C: lowercasing makes `ï¼Œ` `ï¼œ`, and both are as common in the national
  // charsets. Text punctuates far more than it compares; before a number the comparison stays.
  it('reads `ï¼œ` in a lowercased line as ，, `ï¼ž` as ．', () => {
    const broken = 'ä»šå¤©ä¸‹é›¨ï¼œæˆ‘ä»¬åœ¨å®¶ã€‚';
    expect(fix(broken)).toBe('今天下雨，我们在家。');
    const r = findMojibake(broken).find((x) => x.replacement === '，')!;
    expect([r.start, r.end, r.rule]).toEqual([12, 15, 'mojibake:utf8-as-windows-1252']);
    expect(r.reason).toMatch(/lowercased/);
    expect(fix('ä»–è¯´ï¼šå¥½ï¼ž')).toBe('他说：好．');
    idempotent(broken);
  });
  it('control: before a number `ï¼œ` stays ＜; correct text with ＜ is left alone', () => {
    expect(fix('ä»·æ\u00a0¼ï¼œ100å…ƒ')).toBe('价格＜100元');
    expect(findMojibake('价格＜100元，好')).toEqual([]);
  });
});
