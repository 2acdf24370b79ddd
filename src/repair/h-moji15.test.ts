import { describe, expect, it } from 'vitest';
import { breakText } from './generate.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const rules = (s: string): string[] => findMojibake(s).map((r) => r.rule);

// Fictional lines (invented people and places), 2026-12-06, h-moji15. Each case failed on the commit this
// branch started from (6ea0a75); each control is near text the rule must leave as it is.
describe('Czech `č` read in windows-1257 (`Ä¨`, its 8D read as `¨`)', () => {
  it('reads the line in windows-1257 where windows-1252 reads its other letters alike', () => {
    for (const line of ['Večer v Lhotě', 'Koncert začne v pátek večer v Horní Lhotě']) {
      const broken = breakText(line, 'windows-1257');
      expect(broken).toContain('Ä¨');
      expect(fix(broken)).toBe(line);
      expect(rules(broken).every((r) => r === 'mojibake:utf8-as-windows-1257')).toBe(true);
    }
  });
  it('still reads Czech misread in windows-1252 there, and leaves correct lines alone', () => {
    const line = 'Koncert začne v pátek večer v Horní Lhotě';
    expect(fix(breakText(line, 'windows-1252'))).toBe(line);
    expect(rules(breakText(line, 'windows-1252')).every((r) => r === 'mojibake:utf8-as-windows-1252')).toBe(
      true,
    );
    for (const ok of ['Mba’éichapa Ĩ ha ỹ — Ñe’ẽ', 'Večer v Lhotě, řekl Čeněk Dvořáček'])
      expect(findMojibake(ok), ok).toEqual([]);
  });
});

describe('odd correct Polish and Icelandic strings that looked like mojibake', () => {
  it('leaves Polish `Ć` before a no-break space, and an infinitive before a dash, alone', () => {
    for (const line of [
      'Trzeba to zrobić\u00a0– Ć\u00a0i Ł to litery z Żarnowa',
      'Litery Ć\u00a0oraz Ś w Żarnowie',
      'ZROBIĆ–JUTRO',
      'MUSIMY CZEKAĆ–DALEJ W ŻARNOWIE',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
  it('still repairs Ö read in windows-1257 after a consonant or `E`', () => {
    for (const line of ['DAS GEÖFFNETE TOR VON LINDACH', 'SCHÖNE AUSSICHT IN LINDACH'])
      expect(fix(breakText(line, 'windows-1257'))).toBe(line);
  });
  it('leaves a lone `ð` before two question marks alone, and repairs a whole lost emoji', () => {
    for (const line of ['the letter ð?? is called eth', 'Merci Lucie ð?? bravo'])
      expect(findMojibake(line), line).toEqual([]);
    expect(fix('Merci Lucie ð??? bravo')).toBe('Merci Lucie \uFFFD bravo');
  });
});

describe('Japanese misread once or twice and cut after `ã€` (a length limit)', () => {
  const cut = (line: string, rounds: number): string => {
    const once = breakText(line, 'windows-1252');
    return breakText(once.slice(0, once.indexOf('ã€') + 2), 'windows-1252', rounds - 1);
  };
  it('repairs the text before the cut, keeps the cut piece and is idempotent', () => {
    for (const line of [
      '市長は新しい計画を発表した、と述べた',
      '青葉市の新しい橋は来月開通する、と市長が述べた。',
    ])
      for (const rounds of [1, 2]) {
        const got = fix(cut(line, rounds));
        expect(got).toBe(`${line.slice(0, line.indexOf('、'))}ã€`); // not `à`: no lowercased `Ã€`
        expect(fix(got)).toBe(got);
      }
  });
  it('keeps a Chinese character cut inside its bytes as it is, a second repair too', () => {
    const once = breakText('青湾镇长说新桥将通往杭州方向', 'windows-1252');
    const broken = once.slice(0, once.length - 1); // 向's E5 90 91 cut after E5 90
    const got = fix(broken);
    expect(got).toBe('青湾镇长说新桥将通往杭州方å\u0090'); // not `ő` (`Å\u0090` lowercased)
    expect(fix(got)).toBe(got);
  });
  it('still repairs the whole line', () => {
    const line = '青葉市の新しい橋は来月開通する、と市長が述べた。';
    expect(fix(breakText(line, 'windows-1252', 2))).toBe(line);
  });
});

describe('mojibake in a URL: the shown text is repaired, percent-encoded bytes are left as written', () => {
  it('repairs a misread path shown as text and leaves its percent-encoding alone', () => {
    expect(fix('Voir https://example.org/menu/cafÃ©-de-la-gare pour Valbrune')).toBe(
      'Voir https://example.org/menu/café-de-la-gare pour Valbrune',
    );
    // (Decided, not a new rule: `%C3%83%C2%A9` is é encoded twice, bytes of an address a user copies.)
    for (const line of [
      'Lien: https://example.org/caf%C3%83%C2%A9-de-la-gare',
      'https://example.org/caf%C3%A9',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('lines title-cased after the misreading: punctuation, ß and a word-final letter', () => {
  // A headline style or a script's `title()` applied to text already misread in windows-1252.
  const title = (s: string): string =>
    breakText(s, 'windows-1252').replace(
      /\p{L}+/gu,
      (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    );
  it('repairs `Â€“` (a dash whose lead `â` opened a word), `ãÿ` (ß) and `ã¶` ending a word', () => {
    for (const line of [
      'Termine Im Januar – Mai 2027 In Valbrune',
      'Viel Spaß Beim Fußball In Lindach',
      'Latest News From Malmö And Lindach',
      'Così Il Caso Di Valbruna',
      '3 Gedanken Zu “Need For Speed” Von Lindach',
      'Öffentliches Baurecht In Lindach', // `Ã–Ffentliches`: the own reading `ÖFfentliches` is no title case
      'Sozialrechtliche Änderungen In Valbrune',
      'Bitte Unterstützt Die Kampagne Von Lindach', // `ãœ` inside a word
      'Fenêtre Sur Valbrune', // `ãª`
      'Os Biscoitos Já Estão Frios Em Valmonte',
      'Merci Lucie! 🙂',
      '✂ Kinderkissen Aus Lindach',
    ]) {
      const broken = title(line);
      expect(broken).not.toBe(breakText(line, 'windows-1252'));
      expect(fix(broken), broken).toBe(line);
      expect(findMojibake(broken)[0]!.reason).toMatch(/title-cased/);
    }
  });
  it('leaves title-cased correct text alone', () => {
    for (const line of ["L'Haÿ-Les-Roses Et Valbrune", 'A Irmã» Disse Em Lindach', 'Malmö Och Göteborg Ökar'])
      expect(findMojibake(line), line).toEqual([]);
  });
});
