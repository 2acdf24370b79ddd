import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeByte } from './charmaps.js';
import { breakText } from './generate.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const w = (s: string, rounds = 1): string => breakText(s, 'windows-1252', rounds);

// Fictional lines (invented people and places), 2026-12-06, h-moji18. Each case failed on the commit this
// branch started from (c75b73a); each control is near text the rule must leave as it is, or repair as before.
describe('a rare charset reading a word of two scripts', () => {
  it('leaves capitals joined by dashes as they are (`Ö–Ä–Ü`: MacRoman would read Cyrillic `ÖЀІ`)', () => {
    for (const line of ['Ö–Ä–Ü: Umlaute', 'Ä–Ö–Ü–ß: die Sonderzeichen', 'Tabelle Ö–Ü–Ä in Kälberau']) {
      expect(findMojibake(line)).toEqual([]);
    }
  });
  it('still repairs Russian read in MacRoman, every letter its own pair', () => {
    const broken = breakText('Мэр Светлогорска открыл мост', 'macintosh');
    expect(fix(broken)).toBe('Мэр Светлогорска открыл мост');
  });
});

describe('text misread twice, then set in capitals', () => {
  it('reads `Â¤`, `Â£` after `ÃƑ` as the rest of the first reading, not a heart or ❣ without 9D', () => {
    expect(fix(w('Grüne Brücke in Kälberau', 2).toUpperCase())).toBe('GRüNE BRüCKE IN KäLBERAU');
    expect(fix(w('São Tomé do Vale', 2).toUpperCase())).toBe('SãO TOMé DO VALE');
    expect(fix(w('Ribeirão', 3).toUpperCase())).toBe('RIBEIRãO');
    const reason = findMojibake(w('Kälberau', 2).toUpperCase())[0]?.reason ?? '';
    expect(reason).toContain('uppercased after it was misread');
  });
  it('still reads `Â¤` after a word in capitals as ❤ whose 9D a strict decoder dropped', () => {
    expect(fix('MERCI Â¤ ZOÃ‰')).toBe('MERCI ❤ ZOÉ');
    expect(fix('I LOVE YOU Â¤')).toBe('I LOVE YOU ❤');
  });
});

describe('the ʻokina alone in a line', () => {
  it('repairs `Ê»` between the letters of a Latin word', () => {
    for (const line of [
      'Visitors to Hawaiʻi rose in March.',
      'Hawaiʻi',
      'The Hawaiʻi County council met on Tuesday',
    ]) {
      expect(fix(w(line))).toBe(line);
    }
    expect(findMojibake(w('Hawaiʻi'))[0]?.rule).toBe('mojibake:utf8-as-windows-1252');
  });
  it('leaves `Ê»` before a space (Portuguese in capitals before a guillemet) and the okina written right', () => {
    for (const line of ['ELA DISSE «VOCÊ» E SAIU', 'Hawaiʻi and Kauaʻi, Oʻahu']) expect(fix(line)).toBe(line);
  });
});

/** `s` written in a single-byte charset and read as windows-1252 (undefined bytes as their C1 control). */
const legacy = (s: string, charset: string): string =>
  [...iconv.encode(s, charset)]
    .map((b) => {
      const ch = decodeByte(b, 'windows-1252');
      return ch.length === 1 && ch !== '\uFFFD' ? ch : String.fromCharCode(b);
    })
    .join('');

describe('Greek written in ISO-8859-7 and read as windows-1252, one byte per letter', () => {
  it('repairs a line whose every word with non-ASCII letters reads as Greek (`ÁèÞíá`)', () => {
    for (const line of [
      'Αθήνα: νέο μουσείο στην Πλάκα',
      'Ο δήμαρχος Νίκος Παπαδάκης μίλησε',
      'Καλημέρα σας από την Κέρκυρα',
    ]) {
      expect(fix(legacy(line, 'iso-8859-7'))).toBe(line);
    }
    expect(findMojibake(legacy('Καλημέρα σας', 'iso-8859-7'))[0]?.rule).toBe(
      'mojibake:iso-8859-7-as-windows-1252',
    );
  });
  it('leaves Latin-1 text, and an emoji MacRoman read (`\\uF8FFüôè`) is no Greek word', () => {
    for (const line of ['Þórður og Ýmir í Reykjavík', 'Où êtes-vous? À côté de Brévaux', 'Ærø og Æbeltoft']) {
      expect(fix(line)).toBe(line);
    }
    expect(fix(breakText('Danke, Zoé! 🙏🙏🙏', 'macintosh'))).toBe('Danke, Zoé! 🙏🙏🙏');
  });
});

describe('Polish and Czech written in windows-1250 or ISO-8859-2 and read as windows-1252', () => {
  it('repairs the line where a sign stands between letters (`Pawe³`, `mo¿e`, `¦roda`, `Jiøí`)', () => {
    for (const [line, charset] of [
      ['Paweł Wiśniewski otworzył księgarnię w Łodzi, może jutro', 'windows-1250'],
      ['Może jutro w Żabinie, mówi Jadwiga Kłos', 'windows-1250'],
      ['Łódź: nowy przystanek przy ulicy Żółtej', 'iso-8859-2'],
      ['Środa w Świebodzicach', 'iso-8859-2'],
      ['Starosta Jiří Dvořák otevřel nový most v Lhotě', 'windows-1250'],
    ] as const) {
      expect(fix(legacy(line, charset))).toBe(line);
    }
    expect(findMojibake(legacy('Może jutro w Żabinie', 'windows-1250'))[0]?.rule).toBe(
      'mojibake:windows-1250-as-windows-1252',
    );
  });
  it('leaves units, footnote marks, Spanish, French, Danish and Gaelic text, and UTF-8 mojibake to its own rules', () => {
    for (const line of [
      'Volume: 12 m³ und 4 cm² in Köln',
      'Bürger¹ und Städte³ im Jahr 2026',
      'Il a dit ¿qué? à Zoé',
      'Le cœur et l’œil de Brévaux',
      'Søren Jørgensen købte et hus i Århus',
      'Sgìre nan Eilean, Alba mòr',
      'Prix: 12¼ pouces, ½ litre',
      'Toleranz± 5 mm in Görlitz',
    ]) {
      expect(fix(line)).toBe(line);
    }
    expect(fix(w('Niño en Peñalba, Müller'))).toBe('Niño en Peñalba, Müller');
  });
});

describe('a line title-cased at spaces and hyphens only after the misreading', () => {
  // A script's title case: the line lowercased, then a capital after each space or hyphen (`Brã©vaux`, where
  // Python's `title()` gives `Brã©Vaux`).
  const jsTitle = (s: string): string =>
    s.toLowerCase().replace(/(^|[\s-])(\S)/gu, (_, a: string, b: string) => a + b.toUpperCase());
  it('repairs it lowercased and title-cases the repair the same way', () => {
    for (const line of [
      'la fête de saint-rémy',
      'il va à la gare de brévaux',
      'größere häuser für kälberau',
      'las niñas de peñalba ganan',
    ]) {
      expect(fix(jsTitle(w(line)))).toBe(jsTitle(line));
    }
    expect(findMojibake(jsTitle(w('la fête')))[0]?.reason).toContain('title-cased after the misreading');
  });
  it('leaves correct title-cased lines, and Python-style title case is repaired as before', () => {
    for (const line of ['Café De La Gare À Brévaux', 'Über Größere Häuser In Kälberau'])
      expect(fix(line)).toBe(line);
    expect(fix('Rã©Sumã© Du Jour')).toBe('Résumé Du Jour');
    // A misread word opening with a symbol (über read in MacRoman twice) was opened with no capital.
    const mac = `Stadtrat Berichtet ${breakText('über', 'macintosh', 2)} Neue Pläne`;
    expect(fix(mac)).toBe('Stadtrat Berichtet über Neue Pläne');
  });
});
