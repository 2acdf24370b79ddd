import { describe, expect, it } from 'vitest';
import { cjkCommonness } from './common-cjk.js';
import { findMojibake } from './mojibake.js';
import { repairedView } from './view.js';

/** Symbols in short text whose line changed case after the misreading, or whose undefined byte a strict decoder dropped (2026-12-04, h-moji7). Invented lines. */
const fix = (s: string): string => repairedView(s, findMojibake(s)).text;

describe('a check mark uppercased (recase.ts: DINGBAT over RARE_TECHNICAL)', () => {
  it('reads `ÂŒ“` in capitals as ✓ (E2 9C 93), not the segment ⌓ (E2 8C 93)', () => {
    expect(fix('FREE SHIPPING ÂŒ“ ON ORDERS')).toBe('FREE SHIPPING ✓ ON ORDERS');
    expect(findMojibake('FREE SHIPPING ÂŒ“ ON ORDERS')[0]!.reason).toMatch(
      /was uppercased after it was misread/,
    );
  });
  it('control: the command key stays ⌘; correct text holding ⌓ and ✓ is left alone', () => {
    expect(fix('PRESS ÂŒ˜ AND C')).toBe('PRESS ⌘ AND C');
    expect(findMojibake('Die Liste: ⌓ Segment, ✓ erledigt')).toEqual([]);
  });
});

describe('an emoji cut short and glued to the word before (runs.ts: droppedSecond)', () => {
  it('reads `â¤ï¸`, `â—` after a word’s last letter as ❤️, ❗ whose undefined byte was dropped', () => {
    expect(fix('Danke fÃ¼r alles, Mamaâ¤ï¸')).toBe('Danke für alles, Mama❤️');
    expect(fix('It is finally doneâ— cafÃ© time')).toBe('It is finally done❗ café time');
  });
  it('control: `â®` after a word is ® lowercased, `Nâ°` is left; correct text with â is left alone', () => {
    expect(fix('fã¼r microsoftâ® windows')).toBe('für microsoft® windows');
    expect(fix('La cafÃ© Nâ° 5')).toBe('La café Nâ° 5');
    expect(findMojibake('Ela escreveu “â” e depois “ê”—fim')).toEqual([]);
  });
});

describe('❤ and ❣ cut short in a lowercased line (recase.ts: strictHeart)', () => {
  it('does not put back `Â` before `¤`, nor before `£` glued to a word or before `ï¸`', () => {
    expect(fix('fã¼r dich, mamaâ¤ï¸')).toBe('für dich, mama❤️');
    expect(fix('grã¼ãÿe â£ï¸')).toBe('grüße ❣️');
  });
  it('control: `â£` before an amount is £ lowercased', () => {
    expect(fix('preis ab â£5 fã¼r alle')).toBe('preis ab £5 für alle');
  });
});

describe('❤ cut short in an uppercased line, glued to a word (recase.ts: gluedToWord)', () => {
  it('puts back the lead of `Â¤Ï¸` after a word’s last letter', () => {
    expect(fix('DANKE FÃ¼R ALLES, MAMAÂ¤Ï¸')).toBe('DANKE FüR ALLES, MAMA❤️');
  });
  it('control: `NÂ°` is numéro’s degree sign', () => {
    expect(fix('PLATZ NÂ° 5 FÃ¼R')).toBe('PLATZ N° 5 FüR');
  });
});

describe('⏰ cut short before another symbol in a lowercased line (recase.ts: the degree-sign rule)', () => {
  it('reads `â°` before another symbol’s bytes as ⏰, not a degree sign lowercased', () => {
    expect(fix('fã¼r 1913 â°â£ï¸')).toBe('für 1913 ⏰❣️');
  });
  it('control: `â°` after a number before a word is a degree sign', () => {
    expect(fix('fã¼r 25 â° heute')).toBe('für 25 ° heute');
  });
});

describe('a CJK character whose byte a change of case moved (recase.ts: commonCapitals, common-cjk.ts)', () => {
  it('takes the reading the national charsets hold as common (明 over 昞, 通 over 逊, 는 over 뚔)', () => {
    expect(fix('æ–°æ¡¥æ˜žå¹´é€šè½¦ã€‚')).toBe('新桥明年通车。'); // lowercased
    expect(fix('Æ–°Æ¡¥Æ˜ŽÅ¹´É€ŠÈ½¦Ã€‚')).toBe('新桥明年通车。'); // uppercased
    expect(fix('ë‚˜ëš” ì˜¤ëš˜ ê°„ë‹¤')).toBe('나는 오늘 간다');
    expect(cjkCommonness(0x7684)).toBeGreaterThan(cjkCommonness(0x7284)); // 的, 犄
    expect(cjkCommonness(0xb294)).toBeGreaterThan(cjkCommonness(0xb694)); // 는, 뚔
  });
  it('control: a tie keeps the bytes as they stand (＜ is as common as ，); correct CJK text is left alone', () => {
    expect(fix('ä¾¡æ ¼ï¼œ100å††')).toBe('価格＜100円');
    expect(findMojibake('新桥明年通车，价格＜100元')).toEqual([]);
    expect(cjkCommonness(0x41)).toBe(-1);
  });
});
