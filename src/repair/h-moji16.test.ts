import { describe, expect, it } from 'vitest';
import { breakText } from './generate.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const rules = (s: string): string[] => findMojibake(s).map((r) => r.rule);
/** What a line set in capitals after the misreading must repair to: only ASCII letters keep the change. */
const capsOf = (s: string): string => s.replace(/[a-z]+/g, (w) => w.toUpperCase());

// Fictional lines (invented people and places), 2026-12-06, h-moji16. Each case failed on the commit this
// branch started from (819bb50); each control is near text the rule must leave as it is.
describe('`ƒ` (83) uppercased to `Ƒ`, which windows-1252 cannot write', () => {
  it('puts `ƒ` back in a line set in capitals after the misreading', () => {
    for (const line of [
      'A seleção de SÃO VIDRAL venceu',
      'мэр открыл мост в субботу',
      'كتاب جديد عن مدينة الوردان',
    ]) {
      const broken = breakText(line, 'windows-1252').toUpperCase();
      expect(broken).toContain('Ƒ');
      expect(fix(broken)).toBe(capsOf(line));
      const found = findMojibake(broken);
      expect(found.every((r) => r.rule === 'mojibake:utf8-as-windows-1252')).toBe(true);
      const hooked = found.find((r) => broken.slice(r.start, r.end).includes('Ƒ'))!;
      expect(hooked.reason).toContain('uppercased after it was misread');
    }
  });
  it('repairs the letter `ƒ` gives alone in a word of capitals (ă: `PRIMÄƑRIA`)', () => {
    for (const line of [
      'Primăria din Valea Sării',
      'Primăria din Vâlcești a anunțat că școala se redeschide',
    ]) {
      const broken = breakText(line, 'windows-1252').toUpperCase();
      expect(broken).toContain('ÄƑ');
      expect(fix(broken)).toBe(capsOf(line));
    }
  });
  it('then reads `Š` after `Ã` as `š` (Ú), the line uppercased after the misreading', () => {
    const broken = breakText('FÚTBOL: SÃO VIDRAL vence', 'windows-1252').toUpperCase();
    expect(fix(broken)).toBe('FÚTBOL: SÃO VIDRAL VENCE');
  });
  it('leaves `Ƒ` of correct text alone, and `ÃŠ` of a line written in capitals (Ê)', () => {
    for (const ok of ['ƑƆ ƉƐ NYA LE TOGO-DZIKA', 'Ɖevi ƒe ŋkɔ enye Ƒiaga', 'ÀƑRICA? NON'])
      expect(findMojibake(ok), ok).toEqual([]);
    expect(fix(breakText('VOCÊ EM SÃO VIDRAL', 'windows-1252'))).toBe('VOCÊ EM SÃO VIDRAL');
  });
});

describe("Arabic's vowel marks misread (`Ù‹` for tanwin, U+064B)", () => {
  it('repairs a line whose words hold them', () => {
    for (const line of ['مدينة الوردان تفتتح جسرًا جديدًا', 'شكرًا لأهل الوادي، قال المحافظ أيضًا']) {
      const broken = breakText(line, 'windows-1252');
      expect(broken).toContain('Ù‹');
      expect(fix(broken)).toBe(line);
      expect(rules(broken).every((r) => r === 'mojibake:utf8-as-windows-1252')).toBe(true);
    }
  });
  it('leaves correct Arabic with marks, and `Ù` beside a guillemet, alone', () => {
    for (const ok of ['شكرًا جزيلًا يا سلمى', 'PIÙ ‹NUOVA› CITTÀ DI VALBRENTA', 'Così è: più ‹bella›'])
      expect(findMojibake(ok), ok).toEqual([]);
  });
});

describe('Russian written in windows-1251 and read as windows-1252 or Latin-1, one byte per letter', () => {
  /** `text` written in windows-1251 and read in `charset`. */
  const misread = (text: string, charset: string): string =>
    new TextDecoder(charset === 'latin1' ? 'latin1' : charset).decode(
      Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : CP1251.get(ch)!))),
    );
  const CP1251 = new Map(
    Array.from({ length: 0x80 }, (_, k) => [
      new TextDecoder('windows-1251').decode(Uint8Array.of(0x80 + k)),
      0x80 + k,
    ]),
  );
  it('reads every such word of the line in windows-1251', () => {
    for (const line of [
      'Привет, мир! Мэр Верхнеозёрска открыл мост',
      'Новости Заречья: снег в четверг',
      'Компания Vetrox открыла офис где-то в Заречье',
      'Мер міста Зелений Гай відкрив новий міст у Київі', // `â³` (в і) is no UTF-8 reading here
    ]) {
      const broken = misread(line, 'windows-1252');
      expect(broken).not.toMatch(/[\u0400-\u04ff]/u);
      expect(fix(broken)).toBe(line);
      expect(rules(broken).every((r) => r === 'mojibake:windows-1251-as-windows-1252')).toBe(true);
    }
  });
  it('leaves correct Latin-1 text, rows of letters and lines with other accented words alone', () => {
    for (const ok of [
      'Þórður og Guðrún fóru að Ísafirði í gær',
      'àáâãäå æçèéêë ìíîïðñ',
      'ÀÁÂÃÄÅ ÆÇÈÉÊË ÌÍÎÏ',
      'Le café près de Pérignac: très éclairé',
      'Lui è già là, però',
      'Ôîòî: café de Mérel', // one word would read as Cyrillic, the others do not
      'Ûîëî ü ïðè', // a word opening with `ы` or `ь`
    ])
      expect(findMojibake(ok), ok).toEqual([]);
    // MacRoman's misreading of 🙏 (`üôè` after the Apple logo) would be `ьфи`: read as MacRoman still.
    const line = 'Merci, Lucie! 🙏🙏🙏 Rendez-vous à Mérel';
    expect(fix(breakText(line, 'macintosh'))).toBe(line);
  });
});

describe('à whose A0 byte was dropped, before punctuation', () => {
  /** Misread, each no-break space's byte A0 dropped. */
  const dropNbsp = (s: string): string => breakText(s, 'windows-1252').replace(/\u00a0/g, '');
  it('reads `Ã` ending a lowercase word before closing punctuation as à', () => {
    for (const line of ['Sono andato là. Poi là!', 'Je suis là, et voilà.', 'la città (Valbrenta).']) {
      const broken = dropNbsp(line);
      expect(fix(broken)).toBe(line);
      const found = findMojibake(broken);
      expect(found.every((r) => r.rule === 'mojibake:utf8-as-windows-1252')).toBe(true);
      expect(found.some((r) => r.reason.includes('its A0 byte was lost'))).toBe(true);
    }
  });
  it('keeps the space before punctuation that opens (`cittÃ (`, `novitÃ Â«`)', () => {
    for (const line of ['una città (Valbrenta) e una novità «bella»', 'Era là “davvero”, disse Orsola'])
      expect(fix(dropNbsp(line))).toBe(line);
  });
  it('still reads Gujarati misread twice, its A0 bytes turned into spaces', () => {
    for (const line of ['નવો પુલ ખુલ્યો', 'ગામ «નવું» છે']) {
      const twice = breakText(breakText(line, 'windows-1252'), 'windows-1252').replace(/\u00a0/g, ' ');
      expect(fix(twice)).toBe(line);
    }
  });
  it('leaves `Ã` of Portuguese capitals, a cut character before `...` and a question mark alone', () => {
    for (const ok of ['O IRMÃO, disse Tavares', 'SÃO, RIO E VIDRAL', 'a letra Ã, o til', 'Leia o cafÃ...'])
      expect(findMojibake(ok), ok).toEqual([]);
    // `giÃ?` stays a character whose byte was lost (text stored in Latin-1), as before.
    expect(fix('Ã¨ giÃ? Poi')).toBe('è gi\uFFFD Poi');
  });
});

describe('`Â` named as a letter in a line that writes letters windows-1252 cannot', () => {
  it('is not read as a no-break space whose A0 became a space', () => {
    for (const ok of [
      'Le Â est une lettre roumaine: Âncuța Vârlan',
      'Litera Â apare în Întorsura, scrie Ștefan',
    ])
      expect(findMojibake(ok), ok).toEqual([]);
  });
  it('still reads `Â ` so where the line holds no such letter, or `Â` glued to a word', () => {
    expect(fix('Prix Â 12 euros')).toBe('Prix \u00a012 euros');
    expect(fix('Distance: 12Â km à Mérel, dit Ștefan')).toBe('Distance: 12\u00a0km à Mérel, dit Ștefan');
  });
});
