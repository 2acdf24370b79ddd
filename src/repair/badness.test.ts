import { describe, expect, it } from 'vitest';
import { badness, caseOrSpaceOddities } from './badness.js';
import { breakText } from './generate.js';
import { SEED_LINES } from './seed.js';

describe('badness', () => {
  it('counts the combinations mojibake makes and ordinary text does not', () => {
    expect(badness('café')).toBe(0);
    expect(badness('cafÃ©')).toBeGreaterThan(0); // lowercase, then a lead letter, then a symbol
    expect(badness('the mayorâ€™s')).toBeGreaterThan(badness('the mayor’s'));
    expect(badness('r√©sum√©')).toBeGreaterThan(badness('résumé'));
    expect(badness('Ã\u0081lvaro')).toBeGreaterThanOrEqual(2); // a C1 control counts 2
    expect(badness('â–ª item')).toBeGreaterThan(badness('▪ item')); // ordinal indicator after punctuation
    expect(badness('ŒºŒµ')).toBeGreaterThan(badness('με')); // ordinal after an accented letter, Œ before one
    expect(badness('Ч”Ч‘Чђ')).toBeGreaterThan(badness('הבא')); // quotes between letters (windows-1251)
    expect(badness('–ü–æ')).toBeGreaterThan(badness('По')); // dashes between letters (MacRoman)
    expect(badness('Ř°Řµ')).toBeGreaterThan(badness('ذص')); // a windows-1250 lead capital before a continuation
    expect(badness('ÿ°ŸÖ')).toBeGreaterThan(badness('ءم')); // ÿ, Ÿ before a non-ASCII character (MacRoman)
  });
  it('counts case and spacing that a near twin of windows-1252 makes (ISO-8859-15)', () => {
    expect(badness('BÌrger')).toBeGreaterThan(badness('Bürger')); // a capital between a capital and a lowercase letter
    expect(badness('sprachen Ìber den')).toBeGreaterThan(badness('sprachen über den')); // grave capital mid-sentence
    expect(badness('anni Ú il')).toBeGreaterThan(badness('anni è il')); // a lone capital before a lowercase word
    expect(badness('Wald\u200a bei')).toBeGreaterThan(badness('Wald… bei')); // a hair space beside a space
    expect(badness('העיךייה')).toBeGreaterThan(badness('העירייה')); // a Hebrew final letter inside a word
    expect(caseOrSpaceOddities('fÌr')).toBeGreaterThan(caseOrSpaceOddities('für'));
    expect(caseOrSpaceOddities('novÜ most')).toBeGreaterThan(caseOrSpaceOddities('nový most'));
    expect(caseOrSpaceOddities('sẜ được')).toBeGreaterThan(caseOrSpaceOddities('sẽ được')); // a medievalist letter
    // Controls: capitals where words put them, letters that are words, spaces by digits and dashes.
    for (const t of [
      'Über uns',
      'in Überblick',
      'È pronto',
      'assine É assinante',
      'À propos',
      'InicioDeportesÚltimas',
      '10\u2009000',
      'a\u200a—\u200ab',
      'ראש הממשלה',
    ])
      expect(caseOrSpaceOddities(t), t).toBe(0);
  });
  it('counts nothing in ordinary text of many languages (controls)', () => {
    for (const s of [
      'naïve résumé',
      'Größe 10 Å',
      '¿Qué pasó?',
      'Привет, мир',
      'Ελλάδα',
      'Nº 5 and 1ª',
      'S Ã O P A U L O',
      'Paris–Évian and Rome—Milan',
      'l’école, dell’Università',
      'œuvre, cœur, Œdipe',
      'VĚŠTEC a CZĘŚĆ',
      'DŮM… a ÚŘAD” řekl',
    ])
      expect(badness(s), s).toBe(0);
  });
  it('finds every seed line less bad than its windows-1252 misreading', () => {
    for (const { text } of SEED_LINES) {
      const broken = breakText(text, 'windows-1252');
      if (broken !== text) expect(badness(text), text).toBeLessThan(badness(broken));
    }
  });
});
