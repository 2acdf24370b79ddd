import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

/** ftfy's other steps of fix_text, where a news reader wants them, 2026-12-05 (h-moji11). Invented lines. */
const fix = (s: string): string => repairedView(s, findMojibake(s)).text;

describe('decomposed letters misread (decomposed.ts)', () => {
  // NFD text holds `e` and U+0301 (CC 81); misread in windows-1252 that is `eÌ` and the C1 control U+0081.
  it('composes a letter and its misread marks, sloppy or through a strict decoder', () => {
    const broken = 'The cafe\u0301 in Zu\u0308rich'
      .normalize('NFC')
      .replace('é', 'e\u00cc\u0081')
      .replace('ü', 'u\u00cc\u02c6');
    expect(broken).toBe('The cafe\u00cc\u0081 in Zu\u00cc\u02c6rich');
    expect(fix(broken)).toBe('The café in Zürich');
    const r = findMojibake(broken)[0]!;
    expect([r.start, r.end, r.replacement, r.rule]).toEqual([
      7,
      10,
      'é',
      'mojibake:decomposed-utf8-as-windows-1252',
    ]);
    expect(r.reason).toMatch(/U\+0301 of decomposed text \(NFD\)/);
    // A strict decoder dropped 81: after a lowercase letter `Ì` alone is the acute.
    expect(fix('Le cafe\u00cc de la gare')).toBe('Le café de la gare');
    expect(findMojibake('Le cafe\u00cc de la gare')[0]!.reason).toMatch(/byte 81 dropped/);
    // A capital's acute through a strict decoder, before a lowercase letter (no language writes `Ì` so).
    expect(fix('Nach Ola\u00cc\u02c6 kommt I\u00ccsafjo\u00cc\u02c6rdur')).toBe('Nach Olä kommt Ísafjördur');
    // A base misread itself: и is `Ð¸`, then U+0306 (CC 86) `Ì†`; the word is repaired whole.
    const cyrillic = 'Ð½Ð¾Ð²Ñ‹Ð¸Ì† Ð¼Ð¾Ñ€Ðµ';
    expect(fix(cyrillic)).toBe('новый море');
    expect(findMojibake(fix(cyrillic))).toEqual([]);
    // MacRoman reads CC 81 as `ÃÅ`; a line of it is read with its letters composed, so `√ü` beside them is ß.
    expect(fix('Der Schlu\u00c3\u00e0ssel gro\u221a\u00fc und kla\u00c3\u00e0r')).toBe(
      'Der Schlüssel groß und klär',
    );
    expect(fix('Una cancio\u00c3\u00c5n nueva')).toBe('Una canción nueva');
    expect(findMojibake(fix(broken))).toEqual([]);
  });
  it('control: a capital Ì of Italian or Vietnamese text, and marks that compose with nothing, are left', () => {
    expect(findMojibake('PERCHÉ NO? COSÌ DISSE')).toEqual([]);
    expect(findMojibake('Anh ấy nói MÌNH ĐI')).toEqual([]);
    expect(findMojibake('Così è, se vi pare')).toEqual([]);
    expect(findMojibake('PERCHÌ ANCHE')).toEqual([]);
    // `SÃ£o` is windows-1252's São, not MacRoman's S and U+0323 (Ṣ).
    expect(fix('Em SÃ£o Paulo, JoÃ£o')).toBe('Em São Paulo, João');
    // `qÌˆ`: q with a diaeresis composes into no letter.
    expect(findMojibake('the q\u00cc\u02c6 key')).toEqual([]);
  });
});

describe('Latin ligatures misread (ligatures.ts)', () => {
  // ﬁ is EF AC 81 (`ï¬` and U+0081), ﬀ EF AC 80 (`ï¬€`); a strict decoder drops the 81.
  it('gives a misread ligature as its letters', () => {
    const broken = 'The ï¬\u0081nal oï¬€er was ï¬nally signed';
    expect(fix(broken)).toBe('The final offer was finally signed');
    const rs = findMojibake(broken);
    expect(rs.map((r) => [r.start, r.end, r.replacement, r.rule])).toEqual([
      [4, 7, 'fi', 'mojibake:ligature-utf8-as-windows-1252'],
      [12, 15, 'ff', 'mojibake:ligature-utf8-as-windows-1252'],
      [22, 24, 'fi', 'mojibake:ligature-utf8-as-windows-1252'],
    ]);
    expect(rs[2]!.reason).toMatch(/byte 81 dropped/);
    // Inside a word of other mojibake the whole word is repaired, its ligature spelled.
    expect(fix('Die Ã–ï¬€entlichkeit erfuhr es spÃ¤t')).toBe('Die Öffentlichkeit erfuhr es spät');
    expect(findMojibake(fix(broken))).toEqual([]);
  });
  it('control: ligatures that were not misread, and `ï` before `¬` in a formula, are left', () => {
    expect(findMojibake('The ﬁnal oﬀer, as the PDF wrote it')).toEqual([]);
    expect(findMojibake('naïve ¬p ∧ q')).toEqual([]);
  });
});

describe('terminal escapes (terminal.ts)', () => {
  it('takes the escapes out and repairs the text between them as if they were not there', () => {
    const broken = 'Status: \u001b[1;32mÃœbertragung\u001b[0m ok';
    expect(fix(broken)).toBe('Status: Übertragung ok');
    expect(findMojibake(broken).map((r) => [r.start, r.end, r.replacement, r.rule])).toEqual([
      [8, 15, '', 'mojibake:terminal-escape'],
      [15, 17, 'Ü', 'mojibake:utf8-as-windows-1252'],
      [27, 31, '', 'mojibake:terminal-escape'],
    ]);
    expect(fix('\u001b[31mAlarm\u001b[0m im Süden')).toBe('Alarm im Süden');
  });
  it('control: brackets and letters without ESC are left', () => {
    expect(findMojibake('Die Liste [1m] und [0m] bleibt, Süden')).toEqual([]);
  });
});
