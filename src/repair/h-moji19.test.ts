import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { breakText } from './generate.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;
/** UTF-8 bytes of `s` read in `charset`. */
const misread = (s: string, charset: string): string => iconv.decode(Buffer.from(s, 'utf8'), charset);
/** `s` written in `from`, read in `to`, one byte per letter. */
const legacy = (s: string, from: string, to: string): string => iconv.decode(iconv.encode(s, from), to);

// Fictional lines (invented people and places), 2026-12-06, h-moji19. Each case failed on the commit this
// branch started from (9f3983f); each control is near text the rule must leave as it is, or repair as before.
describe('CJK UTF-8 read in a double-byte charset', () => {
  it('repairs a run that GBK or Shift-JIS writes back to its UTF-8 bytes exactly', () => {
    for (const [line, charset] of [
      ['中国人民', 'gbk'],
      ['东京的咖啡店开业了', 'gbk'],
      ['【快讯】深圳地铁新线今日通车', 'gbk'],
      ['東京と日本', 'shift_jis'],
    ] as const) {
      const broken = misread(line, charset);
      expect(broken).not.toBe(line);
      expect(fix(broken)).toBe(line);
      expect(findMojibake(broken)[0]?.rule).toBe(`mojibake:utf8-as-${charset}`);
    }
  });
  it('repairs the run beside Latin text and numbers', () => {
    expect(fix(`Zhou Lan (${misread('东京的咖啡店开业了', 'gbk')}), 2026`)).toBe(
      'Zhou Lan (东京的咖啡店开业了), 2026',
    );
  });
  it('repairs the run inside full-width brackets written right', () => {
    expect(fix(`Li Wei（${misread('中国人民', 'gbk')}）, 2026`)).toBe('Li Wei（中国人民）, 2026');
  });
  it('gives U+FFFD for the one character a run cut short at its end lost (an odd byte count)', () => {
    expect(fix(misread('广州市', 'gbk'))).toBe('广州\uFFFD');
    // Two runs: the first exact, the second's last byte lost before the line's end.
    expect(fix(misread('北京 新闻：市长李文涛视察河西区', 'gbk'))).toBe(
      '北京 新闻：市长李文涛视察河西\uFFFD',
    );
  });
  it('leaves correct Chinese and Japanese text, and a lossy run, as they are', () => {
    for (const line of [
      '深圳地铁新线今日通车',
      '鍖 is a rare character in a dictionary of variants',
      'ｺｰﾋｰ ｼｮｯﾌﾟ の新しい店',
      '鉄道と駅、横浜の港',
      misread('서울', 'euc-kr'), // lossy inside: EUC-KR leaves the bytes 80..A0 undefined as leads
    ]) {
      expect(fix(line)).toBe(line);
    }
  });
});

describe('Turkish written in windows-1254, read as windows-1252', () => {
  it('reads the six letters back (`Baþkan açýkladý`)', () => {
    for (const line of [
      'Belediye Başkanı Ayşe Doğan açıkladı',
      "İzmir'de yağmur başladı",
      'Kırşehir’de öğrenciler için yeni kütüphane',
    ]) {
      const broken = legacy(line, 'windows-1254', 'windows-1252');
      expect(broken).not.toBe(line);
      expect(fix(broken)).toBe(line);
    }
    const rule = findMojibake(legacy('Belediye Başkanı açıkladı', 'windows-1254', 'windows-1252'))[0]?.rule;
    expect(rule).toBe('mojibake:windows-1254-as-windows-1252');
  });
  it('reads a line by vowel harmony: two words with ı among back vowels only (`Yarýn`, `Yýlmaz`)', () => {
    const line = '“Yarın açıklanacak” dedi Başkan Yılmaz, 2026';
    expect(fix(legacy(line, 'windows-1254', 'windows-1252'))).toBe(line);
  });
  it('leaves Icelandic, with and without its accented vowels, as it is', () => {
    for (const line of [
      'Þórður Ýmisson býr í Garðabæ',
      'Það er nýtt',
      'Alþingi samþykkti það',
      'Ýr og Þóra í Hafnarfirði',
      'Við viljum sýna það',
    ]) {
      expect(findMojibake(line)).toEqual([]);
    }
  });
});

describe('UTF-8 read in a Western European DOS console (cp850)', () => {
  it('repairs `├®` and `├Â` (é, ö), which cp437 reads otherwise', () => {
    for (const line of [
      'Le café de Mérignac est fermé',
      'Größere Häuser in Überlingen',
      'São João da Várzea',
    ]) {
      expect(fix(misread(line, 'cp850'))).toBe(line);
    }
    expect(findMojibake(misread('Mérignac', 'cp850'))[0]?.rule).toBe('mojibake:utf8-as-cp850');
  });
  it('still repairs cp437, and leaves box drawing as it is', () => {
    expect(fix(misread('Año nuevo en Cádiz', 'cp437'))).toBe('Año nuevo en Cádiz');
    for (const line of ['├── src/ └── test/', '╔══════╗ ║ menu ║ ╚══════╝'])
      expect(findMojibake(line)).toEqual([]);
  });
});

describe('`Ã` opening a sentence', () => {
  it('is the letter named, not à whose A0 was lost', () => {
    for (const line of [
      'Ã is a Portuguese capital letter',
      'Vogais nasais. Ã e Õ são escritas com til',
      'Ã é uma letra do alfabeto',
    ]) {
      expect(findMojibake(line)).toEqual([]);
    }
  });
  it('is still à inside a sentence', () => {
    expect(fix('On va Ã la gare de Mérel')).toBe('On va à la gare de Mérel');
    expect(fix('Ã demain, Ã bientÃ´t')).toBe('à demain, à bientôt');
    expect(fix(breakText('Il habite à Valbrenta depuis 2020', 'windows-1252'))).toBe(
      'Il habite à Valbrenta depuis 2020',
    );
  });
});
