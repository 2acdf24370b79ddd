import type { Repair } from '../model/document.js';

/**
 * `£` opening a word of lowercase letters that starts with `a`, `o`, `u`, `y` or `ó` (`£ukasz`, `£owicz`, `£azienki`): Polish `Ł`,
 * byte A3 in windows-1250 and ISO-8859-2, read as windows-1252 or Latin-1, where the line holds no other letter
 * the two read otherwise (a name in an English line: central-latin1.ts reads the lines that hold more). A price
 * follows `£` with a digit, an amount's abbreviation with a consonant (`£m`, `£bn`, `£k`).
 */
const POUND_WORD = /(?<![\p{L}\p{N}$€¥£])£(?=[aouyó]\p{Ll}{3,}(?![\p{L}\p{N}]))/gu;

/** (Stop 56, h-moji26) `found`, with each such `£` no repair covers read as Ł (`mojibake:windows-1250-pound-as-l-stroke`). */
export function poundAsLStroke(text: string, found: readonly Repair[]): Repair[] {
  if (!text.includes('£')) return [...found];
  const added: Repair[] = [];
  for (const m of text.matchAll(POUND_WORD)) {
    const k = m.index!;
    if (found.some((r) => r.start <= k && k < r.end)) continue;
    const word = /^£\p{Ll}+/u.exec(text.slice(k))![0];
    added.push({
      start: k,
      end: k + 1,
      replacement: 'Ł',
      rule: 'mojibake:windows-1250-pound-as-l-stroke',
      reason: `'£' opening the lowercase word '${word}' is windows-1250's Ł (byte A3) read as windows-1252: a price follows £ with a digit, and no amount is written with a vowel after it`,
    });
  }
  return added.length === 0 ? [...found] : [...found, ...added].sort((a, b) => a.start - b.start);
}
