import { describe, expect, it } from 'vitest';
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
