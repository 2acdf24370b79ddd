import { describe, expect, it } from 'vitest';
import { breakText } from './generate.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
const rules = (s: string): string[] => findMojibake(s).map((r) => r.rule);

// Fictional lines (invented people and places), 2026-12-06, h-moji14. Each case failed on the commit this
// branch started from (d6bd39b); each control is near text the rule must leave as it is.
describe('windows-1253 `Γ` and windows-1257 `Ć` (C3) against Latin text', () => {
  it('repairs à before its no-break space, a word of its own after a Latin word', () => {
    const line = 'Rendez-vous à 20h à la mairie de Valbrune';
    expect(fix(breakText(line, 'windows-1253'))).toBe(line);
    expect(rules(breakText(line, 'windows-1253'))).toContain('mojibake:utf8-as-windows-1253');
    expect(fix(breakText(line, 'windows-1257'))).toBe(line);
  });
  it('repairs à whose no-break space became a space before a space', () => {
    const line = 'Rendez-vous à la mairie de Valbrune';
    for (const charset of ['windows-1253', 'windows-1257']) {
      const broken = breakText(line, charset).replace(/\u00a0/g, ' ');
      expect(broken).toMatch(/[ΓĆ]  la/);
      expect(fix(broken)).toBe(line);
      expect(rules(broken)).toEqual([`mojibake:utf8-as-${charset}`]);
    }
  });
  it('repairs a capital opening a word or inside a word in capitals', () => {
    for (const line of ['Öko-Zentrum Marbeck', 'Die ÖVP-Fraktion von Lindach', 'SCHÖNE AUSSICHT IN LINDACH'])
      for (const charset of ['windows-1253', 'windows-1257'])
        expect(fix(breakText(line, charset))).toBe(line);
  });
  it('leaves Greek and Polish text holding `Γ` and `Ć` alone', () => {
    for (const line of [
      'Η τάξη Γ\u00a0Λυκείου της Ορεινής κέρδισε.',
      'Η ομάδα Γ  και η ομάδα Δ του Ορεινού',
      'Das iPhone Γ  γενιάς aus Lindach',
      'Περίοδος Α–Γ–Δ στο Ορεινό',
      'MUSIMY TO ZROBIĆ… TERAZ W ŻARNOWIE',
      'Ćwiczenia w Żarnowie: CZĘŚĆ–DRUGA, MÓWIĆ «TAK»',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('a letter misread in one piece of a line that writes it correctly elsewhere', () => {
  it('repairs the misread letter of a caption or an attribute beside the correct text', () => {
    const line = '<img alt="anni è il"> Per Lucio Varenna sette anni è il tempo giusto';
    const broken = line.replace('anni è il"', 'anni Ã¨ il"');
    expect(fix(broken)).toBe(line);
    expect(findMojibake(broken)[0]!.reason).toMatch(/writes 'è' correctly/);
    const pt = 'Assine o Diário de Valmonte. É assinante? É grátis';
    expect(fix(pt.replace('. É', '. Ã‰'))).toBe(pt);
  });
  it('leaves Portuguese capitals and a letter the line does not write alone', () => {
    for (const line of [
      'SÃO BRÁS É A MAIOR FESTA — São Brás é grande',
      'O Ãlvaro disse: é o fim',
      'Zoë said “Ã¨” is odd', // no è written in the line: a word of two symbols stays
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('CJK and emoji stored in Latin-1 after the misreading (`?` for each character lost)', () => {
  const lossy = (s: string): string => breakText(s, 'windows-1252').replace(/[^\x00-\xff]/gu, '?');
  it('gives U+FFFD for each character that lost a byte, repairs the rest and garbles nothing', () => {
    const broken = lossy('青湾镇长说新桥下月通车');
    expect(broken).toMatch(/æ\?\?é/);
    const got = fix(broken);
    expect(got).not.toMatch(/[^\u4e00-\u9fff\ufffd]/u); // no Latin letter left or made (`ÿ?`)
    expect(got).toContain('说');
    expect(findMojibake(broken).every((r) => /^mojibake:(lossy-)?utf8-as-windows-1252$/.test(r.rule))).toBe(
      true,
    );
  });
  it('gives U+FFFD for an emoji whose bytes were lost, opening a word', () => {
    expect(fix(`Merci Lucie Fontenay ${lossy('😀')}`)).toBe('Merci Lucie Fontenay \uFFFD');
  });
  it('leaves question marks after correct letters and CJK alone', () => {
    for (const line of [
      '¿Qué?? dijo Ana Roldán',
      'Hvað?? sagði Gunnhildur',
      'Vovô?? Na Vila Serena',
      '真的吗?? 青湾镇长说',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('two-letter Cyrillic pieces of a windows-1251 line mended by hand', () => {
  const mended = (line: string, ch: string): string =>
    breakText(line, 'windows-1251').split(breakText(ch, 'windows-1251')).join(ch);
  it('repairs a piece before a mended letter and a word of one pair', () => {
    const line = 'По данным мэрии Заречска, Волга и Ока вышли из берегов';
    const broken = mended(line, 'а');
    expect(broken).toContain('Рґа'); // `Рґ` (д) before the mended `а`
    expect(fix(broken)).toBe(line);
    expect(rules(broken).every((r) => r === 'mojibake:utf8-as-windows-1251')).toBe(true);
    const other = 'Вольногорск и Приозёрск сыграли вничью';
    expect(fix(mended(other, 'ч'))).toBe(other);
  });
  it('leaves correct Ukrainian and Russian words of such letters alone', () => {
    for (const line of ['Сім років Ріка Сіверка текла повз Рівне', 'Рё и Сё — так пишут в чате Заречска'])
      expect(findMojibake(line), line).toEqual([]);
  });
});

describe('correct text of many scripts that looks odd stays as written', () => {
  it('leaves Greek, Czech, Russian, Chinese and Arabic lines alone', () => {
    for (const line of [
      'Ο Γ. Παπαδάκης από το Ορεινό: «Γ΄ τάξη, Β΄ όροφος» — ΓΓ 2026',
      'Řidič Čeněk Ďoubal z Hořiček ujel; ČEZ ČR řekl „ne“ – ŘÍJEN',
      'В Заречске СЃ (опечатка) и Рё — так пишут в чате; ЁЖ ЪЫ',
      '青湾镇长说：“新桥下月通车。”真的吗??',
      'قال رئيس بلدية الوادي الأخضر إن الجسر سيفتح الشهر المقبل؟؟',
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});
