import { iconv } from '../text/iconv.js';

/**
 * How common a Chinese, Japanese or Korean character is, read from the national
 * charsets that hold the characters in everyday use: GB2312's first level (the
 * 3,755 most used Hanzi) with its punctuation and kana, JIS X 0208's first level
 * of kanji (2,965) with its kana and punctuation, and KS X 1001's 2,350 Hangul
 * syllables. The count of those sets that hold it (0..2 for Han, 0..1 for
 * Hangul); a character of no such script, -1. (Big5's frequently used set, 5,401
 * characters, holds rare ones too, 犄 and 挈, and no simplified ones: 会 would lose
 * to 伊.)
 *
 * A change of case after the misreading moves one byte of a three-byte
 * character (`š` for `Š`, 9A for 8A), and both readings are valid characters
 * (的 or 犄, 는 or 뚔): the more common one is the likelier (see recase.ts).
 */
export function cjkCommonness(cp: number): number {
  if (!(cp >= 0x3000 && cp <= 0x9fff) && !(cp >= 0xac00 && cp <= 0xd7a3) && !(cp >= 0xff00 && cp <= 0xffef))
    return -1;
  const cached = CACHE.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  const lib = iconv();
  const code = (charset: string): number => {
    const bytes = lib.encode(ch, charset);
    return bytes.length === 2 && lib.decode(bytes, charset) === ch ? (bytes[0]! << 8) | bytes[1]! : -1;
  };
  let n: number;
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const k = code('euc-kr');
    n = k >= 0xb0a1 && k <= 0xc8fe && (k & 0xff) >= 0xa1 ? 1 : 0;
  } else {
    const g = code('gbk');
    const s = code('shift_jis');
    n = (g >= 0xa1a1 && g <= 0xd7f9 && (g & 0xff) >= 0xa1 ? 1 : 0) + (s >= 0x8140 && s <= 0x9872 ? 1 : 0);
  }
  CACHE.set(cp, n);
  return n;
}

const CACHE = new Map<number, number>();
