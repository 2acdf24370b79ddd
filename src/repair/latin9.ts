import type { Repair } from '../model/document.js';

/**
 * (2026-12-07, h-moji23) ISO-8859-15 (Latin-9) and Latin-1 read one as the other, one byte per character. The
 * two differ on eight bytes: A4 A6 A8 B4 B8 BC BD BE are `¤ ¦ ¨ ´ ¸ ¼ ½ ¾` in Latin-1 and `€ Š š Ž ž Œ œ Ÿ` in
 * ISO-8859-15. Each sign is read back only where its place tells:
 *
 * - ISO-8859-15 read as Latin-1 (`mojibake:iso-8859-15-as-latin-1`): `¤` beside a number (`12 ¤`, `¤12`) is
 *   €: the generic currency sign prices nothing; `½` between lowercase letters (`ch½ur`) is œ and `¼` opening
 *   a word of lowercase letters or inside capitals (`¼uvres`, `C¼UR`) is Œ: fractions follow digits or stand
 *   alone; `¾` in a word of capitals (`L'HA¾`) is Ÿ. `¦` and `¸` opening a word before a letter, and `¨` or `¸`
 *   between letters (`¦midt`, `¸ürii`: Š, ž, š) only in a line holding two signs so read: Polish read from
 *   ISO-8859-2 writes `¦` for Ś (central-latin1.ts reads those lines, by two signs of its own).
 * - Latin-1 read as ISO-8859-15 (`mojibake:latin-1-as-iso-8859-15`): `œ`, `Œ`, `Ÿ` right after a digit
 *   (`1œ hours`, `3Ÿ miles`) or standing alone between lowercase words (`vendió œ kilo`, `añada Œ de taza`) are ½ ¼ ¾: no word is
 *   written so.
 *
 * Only where no other repair covers the character; `´` (an apostrophe in `Don´t`) is never read as Ž.
 */
export function latin9Repairs(text: string, found: readonly Repair[]): Repair[] {
  if (!/[¤¦¨¸¼½¾œŒŸ]/u.test(text)) return [...found];
  const covered = (k: number): boolean => found.some((r) => r.start <= k && k < r.end);
  const added: Repair[] = [];
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const l = line[0];
    const weak: Array<[number, string]> = [];
    let strong = 0;
    for (let i = 0; i < l.length; i++) {
      const at = line.index! + i;
      if (covered(at)) continue;
      const ch = l[i]!;
      // After a UTF-8 lead as Latin-1 shows it (`à¸`, `ã½`): a continuation byte, no ISO-8859-15 sign.
      if (/[\u00c2-\u00f4]/u.test(l[i - 1] ?? '')) continue;
      const before = l[i - 1] ?? '';
      const fraction = FROM_LATIN9_MISREAD[ch];
      if (fraction && (/\d/u.test(before) || aloneInWords(l, i))) {
        added.push(repair(at, ch, fraction, 'latin-1-as-iso-8859-15', 'after a digit or standing alone'));
        continue;
      }
      const sign = LATIN9[ch];
      if (!sign) continue;
      if (strongAt(l, i)) {
        strong++;
        added.push(repair(at, ch, sign, 'iso-8859-15-as-latin-1', 'where its place tells'));
      } else if (weakAt(l, i)) weak.push([at, ch]);
    }
    if (strong + weak.length >= 2)
      for (const [at, ch] of weak)
        added.push(repair(at, ch, LATIN9[ch]!, 'iso-8859-15-as-latin-1', 'beside another sign so read'));
  }
  return added.length === 0 ? [...found] : [...found, ...added].sort((a, b) => a.start - b.start);
}

/** Latin-1's sign for each byte ISO-8859-15 writes otherwise, and ISO-8859-15's character. */
const LATIN9: Readonly<Record<string, string>> = {
  '¤': '€',
  '¦': 'Š',
  '¨': 'š',
  '¸': 'ž',
  '¼': 'Œ',
  '½': 'œ',
  '¾': 'Ÿ',
};

/** ISO-8859-15's reading of Latin-1's fractions. */
const FROM_LATIN9_MISREAD: Readonly<Record<string, string>> = { œ: '½', Œ: '¼', Ÿ: '¾' };

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;

/** Standing alone between a lowercase word and a lowercase word (`Vendió œ kilo`; not `Ÿ is rare`). */
const aloneInWords = (l: string, i: number): boolean =>
  /\p{Ll} $/u.test(l.slice(Math.max(0, i - 2), i)) && /^ \p{Ll}/u.test(l.slice(i + 1, i + 3));

/** A sign whose place alone tells ISO-8859-15: € by a number, œ Œ Ÿ inside words. */
function strongAt(l: string, i: number): boolean {
  const [ch, before, after] = [l[i]!, l[i - 1] ?? '', l[i + 1] ?? ''];
  const [before2, after2] = [l[i - 2] ?? '', l[i + 2] ?? ''];
  switch (ch) {
    case '¤':
      return (
        /\d/u.test(before) ||
        /\d/u.test(after) ||
        (before === ' ' && /\d/u.test(before2)) ||
        (after === ' ' && /\d/u.test(after2))
      );
    case '½':
      return LOWER.test(before) && LOWER.test(after);
    case '¼':
      return (
        (!LETTER.test(before) && LOWER.test(after) && LOWER.test(after2)) ||
        (UPPER.test(before) && UPPER.test(after))
      );
    case '¾':
      return UPPER.test(before) && UPPER.test(before2) && !LOWER.test(after);
    default:
      return false;
  }
}

/** `¦`, `¸` opening a word before a letter; `¨`, `¸` between letters. */
function weakAt(l: string, i: number): boolean {
  const [ch, before, after] = [l[i]!, l[i - 1] ?? '', l[i + 1] ?? ''];
  if ((ch === '¦' || ch === '¸') && !LETTER.test(before) && LETTER.test(after)) return true;
  return (ch === '¨' || ch === '¸') && LETTER.test(before) && LETTER.test(after);
}

function repair(at: number, ch: string, to: string, rule: string, place: string): Repair {
  return {
    start: at,
    end: at + 1,
    replacement: to,
    rule: `mojibake:${rule}`,
    reason:
      rule === 'latin-1-as-iso-8859-15'
        ? `'${ch}' is Latin-1's '${to}' read as ISO-8859-15 (one byte apart in meaning): ${place}`
        : `'${ch}' is ISO-8859-15's '${to}' read as Latin-1: ${place}`,
  };
}
