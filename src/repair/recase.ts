import type { Repair } from '../model/document.js';
import { STRETCH_CHARMAPS } from './charmaps.js';
import { cjkCommonness } from './common-cjk.js';
import { plausible } from './plausible.js';

/**
 * Mojibake whose line was lowercased or uppercased after the misreading (a
 * tag, a slug, a title set in capitals): the case change moved the letters
 * windows-1252 shows for lead bytes. Lowercasing turns the two-byte leads
 * `Â`..`Þ` (C2..DE) into `â`..`þ` (E2..FE: `piÃ±a` becomes `piã±a`, whose
 * bytes no longer decode); uppercasing turns the three- and four-byte leads
 * `à`..`ô` (E0..F4) into `À`..`Ô` (C0..D4: `â€™` becomes `Â€™`) and the
 * continuation letters `š`, `œ`, `ž` into `Š`, `Œ`, `Ž`.
 *
 * {@link caseChanged} gives a line with those leads put back, where only the
 * restored lead makes the bytes decode; repair runs on it, and its repairs are
 * kept when they leave the line less bad than the repairs of the line as it
 * stands (see mojibake.ts). A lowercased line's repaired characters are
 * lowercased too: the case change applied to them as well.
 */

const WINDOWS_1252 = STRETCH_CHARMAPS[0]!.toByte;
const byteOf = (ch: string | undefined): number =>
  ch === undefined ? -1 : ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (WINDOWS_1252.get(ch) ?? -1);
const isCont = (b: number): boolean => b >= 0x80 && b <= 0xbf;
/** The windows-1252 character of a byte. */
const charOf = new Map<number, string>([...WINDOWS_1252].map(([ch, b]) => [b, ch]));

/** Continuation letters uppercasing made of `š`, `œ`, `ž` (9A, 9C, 9E). */
const UPPER_CONT: ReadonlyMap<string, string> = new Map([
  ['Š', 'š'],
  ['Œ', 'œ'],
  ['Ž', 'ž'],
]);

/**
 * A cheap test for what {@link caseChanged} looks for: a letter a change of case made of a lead byte
 * (`à`..`þ`, `À`..`Ô`) right before a character windows-1252 shows for a continuation byte (or `ÿ`),
 * or a two-byte lead before a continuation letter a change of case moved (`×ÿ` for `×Ÿ`, ן; `×Ž` for
 * `×ž`, מ).
 */
export const CASE_CHANGED_LEAD = new RegExp(
  `[\\u00c0-\\u00d4\\u00e0-\\u00fe][${[...WINDOWS_1252]
    .filter(([, b]) => b >= 0x80 && b <= 0xbf)
    .map(([ch]) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}\\u00ff]|[\\u00c2-\\u00df][\\u0152\\u0160\\u017d\\u00ff\\u0191]`,
);

export interface CaseChanged {
  readonly mode: 'lowercased' | 'uppercased';
  /** The line with the case-changed leads (and continuation letters) put back; as long as the line. */
  readonly text: string;
  /** In a line of mixed case, the offsets put back (only the repairs over them are lowercased). */
  readonly restored?: readonly number[];
}

/** How many continuation bytes (80..BF) follow `i`, up to `max`. */
function conts(line: string, i: number, max: number): number {
  let n = 0;
  while (n < max && isCont(byteOf(line[i + 1 + n]))) n++;
  return n;
}

/** The code point of UTF-8 bytes when they are one valid, plausible character (`any`: any one); -1 otherwise. */
function decodes(bytes: readonly number[], any = false): number {
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
    const cp = s.codePointAt(0)!;
    if (any) return [...s].length === 1 ? cp : -1;
    // Letters of living scripts, punctuation, symbols, emoji and their variation selectors (`ÂŒ‚` is `âœ‚`
    // uppercased, ✂; `Ï¸\u008f` is `ï¸\u008f`, U+FE0F, after ☀ in `Â˜€Ï¸\u008f`).
    return [...s].length === 1 &&
      (plausible(cp) || (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp > 0xffff)
      ? cp
      : -1;
  } catch {
    return -1;
  }
}

/**
 * A drawing symbol of Miscellaneous Technical that `âŒ` (E2 8C) gives and short text hardly writes (`⌓`
 * segment, `⌗` viewdata square, `⌕`, `⌝`): not the diameter, house and command-key signs (⌀ ⌂ ⌘), nor
 * the emoji (⌚ ⌛ ⌨) and angle brackets.
 */
const RARE_TECHNICAL = (cp: number): boolean =>
  cp >= 0x2300 &&
  cp <= 0x233f &&
  !'\u2300\u2302\u2318\u231a\u231b\u2328\u2329\u232a'.includes(String.fromCodePoint(cp));
/** A Dingbats character (U+2700..U+273F, what `âœ`, E2 9C, gives): the check marks, crosses and stars of lists and tweets (✓ ✗ ✦). */
const DINGBAT = (cp: number): boolean => cp >= 0x2700 && cp <= 0x273f;

/** Continuation letters lowercasing made of `Š`, `Œ`, `Ž` (8A, 8C, 8E). */
const LOWER_CONT: ReadonlyMap<string, string> = new Map([
  ['š', 'Š'],
  ['œ', 'Œ'],
  ['ž', 'Ž'],
]);
/** An emoji: a pictographic character Unicode has assigned (the property also holds reserved code points: U+1F2B4). */
const EMOJI = /^(?!\p{Cn})\p{Extended_Pictographic}$/u;

/** Han, kana and CJK punctuation, or their three bytes (E3..E9 and two continuation bytes) read in windows-1252. */
const CJK_TEXT =
  /[\u3000-\u30ff\u4e00-\u9fff]|[ã-é][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]{2}/u;

/** Lowercase letters other than those windows-1252 has no capital for (ß, µ, ª, º). */
const LOWER = /(?![ßµªº])\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * The line with its case-changed leads put back, or null when it has none: a
 * lowercased line has no capital, an uppercased one no lowercase letter, and
 * a lead is put back only where the bytes as they stand make no character and
 * the restored ones do.
 */
export function caseChanged(asWritten: string): CaseChanged | null {
  const lowerLine = !UPPER.test(asWritten);
  const upper = !lowerLine && !LOWER.test(asWritten);
  // (2026-12-06, h-moji16) `ƒ` (83), a continuation byte, is the one windows-1252 character uppercasing
  // makes a character windows-1252 cannot write, `Ƒ` (`SÃƑO` is `SÃƒO`, São; `ÑƑ` is у, `ÙƑ` is ك): in a
  // line in capitals, after a character a misreading gives, it is put back first.
  const line = upper ? asWritten.replace(HOOKED_F_AFTER_MOJIBAKE, 'ƒ') : asWritten;
  // In a line of mixed case, the words without a capital (a hashtag, a user name, a slug: `#cafã©`).
  const lowerWord = lowerLine || upper ? null : wordsWithoutCapitals(line);
  let lower = lowerLine;
  // A line in capitals whose mojibake holds a lowercase letter (`TÃ¼REN`) was uppercased after the
  // misreading: its `Š Œ Ž` were `š œ ž` (`ÃŒBER` is ÜBER). Otherwise it was written in capitals (`VOCÃŠ`).
  const uppercasedAfter = upper && (LOWER_MOJIBAKE.test(line) || line !== asWritten);
  let out: string[] | null = line !== asWritten ? line.split('') : null;
  const put = (i: number, ch: string): void => {
    (out ??= line.split(''))[i] = ch;
  };
  for (let i = 0; i < line.length; i++) {
    const b = byteOf(line[i]);
    if (lowerWord) lower = lowerWord[i] === 1;
    if (b < 0xc0) continue;
    if (lower && b >= 0xe0 && b <= 0xf4) {
      // `á»ÿ` for `á»Ÿ` (ở), `ðÿ˜€` for `ðŸ˜€` (😀): a three- or four-byte character one of whose
      // continuation bytes, Ÿ (9F), was lowercased to ÿ.
      const need = b < 0xf0 ? 2 : 3;
      const tail = line.slice(i + 1, i + 1 + need).split('');
      const bytes = tail.map((ch) => (ch === 'ÿ' ? 0x9f : byteOf(ch)));
      if (tail.length === need && tail.includes('ÿ') && bytes.every(isCont) && decodes([b, ...bytes]) >= 0) {
        tail.forEach((ch, k) => ch === 'ÿ' && put(i + 1 + k, 'Ÿ'));
        // `ðÿœ´` for `ðŸŒ´` (🌴): lowercasing also made `œ`, `ž`, `š` of `Œ`, `Ž`, `Š`; where the bytes as they
        // stand give no emoji (U+1F734, an alchemical symbol) and the capitals' bytes give one, they were
        // capitals.
        const upper = emojiCapitals(
          b,
          tail.map((ch) => (ch === 'ÿ' ? 'Ÿ' : ch)),
        );
        upper?.forEach((ch, k) => ch !== tail[k] && ch !== 'Ÿ' && put(i + 1 + k, ch));
        i += need;
        continue;
      }
    }
    if (
      lower &&
      b === 0xf0 &&
      line[i + 1] === 'ÿ' &&
      /[»-¿]/.test(line[i + 2] ?? '') &&
      isCont(byteOf(line[i - 1])) &&
      !isCont(byteOf(line[i + 3]))
    ) {
      // `ðÿ»` after an emoji's bytes: a skin tone (F0 9F 8F BB) whose 8F a strict decoder dropped, lowercased;
      // `Ÿ` is put back for the emoji-sequence rules (not `ÐŸ` lowercased, п).
      put(i + 1, 'Ÿ');
      i += 2;
      continue;
    }
    if (lower && b >= 0xe2 && b <= 0xfe && b !== 0xf7) {
      // `ã©`: a two-byte lead lowercased. As it stands it needs more continuation bytes than follow.
      const need = b < 0xf0 ? 2 : b <= 0xf4 ? 3 : 99;
      const n = line[i + 1] === 'ÿ' ? 1 : conts(line, i, need);
      if (n >= need && lowerLine) {
        // `âœš` for `âœŠ` (✊): a whole symbol whose continuation capital was lowercased, put back where
        // only the capital gives an emoji.
        const tail = line.slice(i + 1, i + 1 + need).split('');
        const upper =
          emojiCapitals(b, tail) ?? commonCapitals(b, tail, LOWER_CONT, digitAt(line, i + 1 + need));
        if (upper) {
          upper.forEach((ch, k) => ch !== tail[k] && put(i + 1 + k, ch));
          i += need;
        }
        continue;
      }
      if (n === 0 || n >= need) continue;
      // A three-byte lead of CJK (E3..E9) whose continuation bytes end a line that holds CJK text (`ã€`,
      // `å\u0090`): a character cut short by a length limit, not `Ã€` (À) or `Å\u0090` (Ő) lowercased.
      if (b >= 0xe3 && b <= 0xe9 && i + 1 + n === line.length && CJK_TEXT.test(line)) continue;
      // `irmã» disse`: a word's last letter (after an ASCII one) before punctuation that ends words is text,
      // not `û`; but `Â` ends no word (`nostraâ»` is `nostraÂ»`, `nostra»`).
      if (
        b !== 0xe2 &&
        /[a-z]/.test(line[i - 1] ?? '') &&
        ENDS_WORDS.has(line[i + 1]!) &&
        !/\p{L}/u.test(line[i + 2] ?? '')
      )
        continue;
      // In a line of mixed case a no-break space before a plain word ends the word that is the evidence:
      // `på\u00a0glatte` is Norwegian text, not `Š` (C5 A0) lowercased.
      if (lowerWord && line[i + 1] === '\u00a0' && /[a-z]/i.test(line[i + 2] ?? '')) continue;
      const second = continuation(b - 0x20, line[i + 1]!);
      // In a word of a line of mixed case, not an extended Latin letter windows-1250 does not write
      // (`schä\u00adlen`, a soft hyphen after ä, is not `schĭlen`).
      if (second === null || (lowerWord && !restorable(decodes([b - 0x20, byteOf(second)])))) continue;
      // `â°` for `Â°`: a degree sign follows a number or `n` (numéro); `wake up â° now` is ⏰ with a
      // byte dropped.
      // Nor before another symbol's bytes or a variation selector's (`1913 â°â£ï¸`: ⏰ then ❣️).
      if (
        b === 0xe2 &&
        second === '°' &&
        (!/(\d|\bn)\s?$/.test(line.slice(Math.max(0, i - 3), i)) || /[âïð]/.test(line[i + 2] ?? ''))
      )
        continue;
      // `â¤`, and `â£` before a variation selector's remains (`ï¸`) or glued after a word's last letter
      // (`itâ£`), are ❤ and ❣ whose 9D a strict decoder dropped, not `Â¤`, `Â£` lowercased: `¤` is hardly
      // typed, and `£` stands before its amount.
      if (b === 0xe2 && strictHeart(line, i)) continue;
      put(i, charOf.get(b - 0x20)!);
      put(i + 1, second);
      i++;
    } else if (lower && b >= 0xc2 && b <= 0xdf && CASE_CHANGED_CONT.has(line[i + 1] ?? '')) {
      // `×ÿ` for `×Ÿ` (ן): a lead without case before a lowercased continuation letter.
      const second = continuation(b, line[i + 1]!);
      if (second !== null && second !== line[i + 1]) put(i + 1, second);
      i++;
    } else if (upper) {
      // `Â€™`: a three- or four-byte lead uppercased. Its continuation bytes follow in full.
      const lead = b + 0x20;
      const need = lead < 0xf0 ? 2 : 3;
      const n = b <= 0xd4 && b !== 0xd7 ? conts(line, i, need) : 0;
      if (n === need) {
        const asIs = line.slice(i + 1, i + 1 + need).split('');
        const tail = asIs.map((ch) => UPPER_CONT.get(ch) ?? ch);
        const a = decodes([lead, ...asIs.map(byteOf)]);
        const r = decodes([lead, ...tail.map(byteOf)]);
        // The bytes as they stand, unless they make a format character or an odd space (`Â€Œ`: `“`, not ZWNJ).
        const poor = (cp: number): boolean => cp < 0 || /[\p{Cf}\p{Zs}]/u.test(String.fromCodePoint(cp));
        if (a < 0 && r < 0) continue;
        put(i, charOf.get(lead)!);
        // `ÂŠ½` is `âš½` (⚽) uppercased, not ⊽ (E2 8A BD): where only lowercase bytes make an emoji.
        const emoji = emojiCapitals(lead, asIs, UPPER_CONT);
        const common = emoji ? null : commonCapitals(lead, asIs, UPPER_CONT, digitAt(line, i + 1 + need));
        if (emoji) emoji.forEach((ch, k) => put(i + 1 + k, ch));
        else if (common) common.forEach((ch, k) => put(i + 1 + k, ch));
        else if (
          (poor(a) && !poor(r)) ||
          (RARE_TECHNICAL(a) && DINGBAT(r) && asIs.filter((ch) => UPPER_CONT.has(ch)).length === 1)
        )
          tail.forEach((ch, k) => put(i + 1 + k, ch));
        i += need;
      } else if (strictSequence(line, i, b)) {
        // An emoji sequence whose undefined byte a strict decoder dropped, uppercased: put back the lead the
        // emoji-sequence rules read (`Ï¸` for `ï¸`, U+FE0F without 8F; `Â¤` for `â¤`, ❤ without 9D; `ÐŸ»` for
        // `ðŸ»`, a skin tone without 8F).
        put(i, charOf.get(lead)!);
        if (b === 0xd0) put(i + 1, 'Ÿ');
        i++;
      } else if (
        b === 0xc2 &&
        line[i + 1] === '€' &&
        !isCont(byteOf(line[i + 2])) &&
        !betweenPairs(line, i)
      ) {
        // `Â€` then no continuation: `â€` whose last byte a strict decoder dropped (`”`), uppercased.
        put(i, 'â');
      } else if (b >= 0xc2 && b <= 0xdf && CASE_CHANGED_CONT.has(line[i + 1] ?? '')) {
        // `ÐŒ` for `Ðœ` (М), `×Ž` for `×ž` (מ): a two-byte lead before an uppercased continuation letter.
        // `ÃŒBER`, `UNTERSTÃŒTZT`: Ì (C3 8C) opens no syllable before a consonant but N (Vietnamese `MÌNH`;
        // Italian writes it last), Ü (C3 9C, `Ãœ` uppercased) does.
        const uBefore = b === 0xc3 && line[i + 1] === 'Œ' && /[BCDFGHJ-MP-TV-Z]/.test(line[i + 2] ?? '');
        const second = continuation(b, line[i + 1]!, uppercasedAfter || uBefore);
        if (second !== null && second !== line[i + 1]) put(i + 1, second);
        i++;
      }
    }
  }
  if (!out) return null;
  const text = (out as string[]).join('');
  if (!lowerWord) return { mode: lowerLine ? 'lowercased' : 'uppercased', text };
  const restored: number[] = [];
  for (let i = 0; i < line.length; i++) if (text[i] !== line[i]) restored.push(i);
  return { mode: 'lowercased', text, restored };
}

/**
 * The continuation characters of a lowercased symbol with the capitals put back that make it an emoji,
 * where the bytes as they stand give none and exactly one choice of `Š Œ Ž` for `š œ ž` gives one
 * (`ðŸœ´` is 🌴, F0 9F 8C B4; `âœœ` is ✌, E2 9C 8C); null otherwise (`ðŸ‘œ` is 👜 or 👌: left). With
 * `swap` {@link UPPER_CONT}, the same for an uppercased symbol (`ÂŠ½` is ⚽, E2 9A BD).
 */
function emojiCapitals(
  lead: number,
  tail: readonly string[],
  swap: ReadonlyMap<string, string> = LOWER_CONT,
): string[] | null {
  const at = tail.flatMap((ch, k) => (swap.has(ch) ? [k] : []));
  const emoji = (chars: readonly string[]): boolean => {
    const cp = decodes([lead, ...chars.map(byteOf)]);
    return cp >= 0 && EMOJI.test(String.fromCodePoint(cp));
  };
  if (at.length === 0 || emoji(tail)) return null;
  const found: string[][] = [];
  for (let m = 1; m < 1 << at.length; m++) {
    const v = [...tail];
    at.forEach((k, j) => (m >> j) & 1 && (v[k] = swap.get(v[k]!)!));
    if (emoji(v)) found.push(v);
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * The continuation characters of a Chinese, Japanese or Korean character whose `Š Œ Ž` (or, with `swap`
 * {@link UPPER_CONT}, `š œ ž`) a change of case may have moved, with the choice that gives the most common
 * character ({@link cjkCommonness}: 的 over 犄, 는 over 뚔), where it is more common than the bytes as they
 * stand; null otherwise (a tie keeps the bytes: `ï¼œ` stays ＜, as common a character as ，).
 */
function commonCapitals(
  lead: number,
  tail: readonly string[],
  swap: ReadonlyMap<string, string> = LOWER_CONT,
  beforeDigit = false,
): string[] | null {
  if (lead < 0xe3 || lead > 0xef) return null;
  const at = tail.flatMap((ch, k) => (swap.has(ch) ? [k] : []));
  if (at.length === 0) return null;
  const score = (chars: readonly string[]): number => {
    const cp = decodes([lead, ...chars.map(byteOf)]);
    return cp < 0 ? -1 : cjkCommonness(cp);
  };
  let best: string[] | null = null;
  let top = score(tail);
  if (top < 0) return null;
  let topMath = !beforeDigit && mathSymbol(lead, tail);
  for (let m = 1; m < 1 << at.length; m++) {
    const v = [...tail];
    at.forEach((k, j) => (m >> j) & 1 && (v[k] = swap.get(v[k]!)!));
    const s = score(v);
    // Between two as common, a punctuation mark over a math symbol (`ï¼œ` lowercased is ， or ＜, `ï¼ž` is
    // ． or ＞): text punctuates far more often than it compares; not before a number (`＜100`).
    if (s > top || (s === top && topMath && punctuation(lead, v))) [best, top, topMath] = [v, s, false];
  }
  return best;
}

/** A digit, ASCII or full-width misread (`ï¼‘`), stands at `i`. */
const digitAt = (line: string, i: number): boolean =>
  /[0-9]/.test(line[i] ?? '') ||
  (line[i] === 'ï' && line[i + 1] === '¼' && /[\u0090-\u0099‘’“”•–—˜™]/.test(line[i + 2] ?? ''));

const charOfBytes = (lead: number, tail: readonly string[]): string => {
  const cp = decodes([lead, ...tail.map(byteOf)]);
  return cp < 0 ? '' : String.fromCodePoint(cp);
};
/** The character `lead` and `tail` make is a math symbol (`＜`, `＞`, `＝`). */
const mathSymbol = (lead: number, tail: readonly string[]): boolean =>
  /\p{Sm}/u.test(charOfBytes(lead, tail));
/** The character `lead` and `tail` make is a punctuation mark (`，`, `．`, `、`). */
const punctuation = (lead: number, tail: readonly string[]): boolean =>
  /\p{P}/u.test(charOfBytes(lead, tail));

/**
 * Whether the uppercased lead at `i` (byte `b`) opens what a strict decoder leaves of an emoji sequence:
 * `Ï¸` (U+FE0F, 8F dropped) after a symbol's bytes or a keycap's digit; `Â` and `¤ £ — °` (❤ ❣ ❗ ⏰ with
 * 9D or 8F dropped) after a space or a symbol's bytes, not before a digit or after one (`Â£12`, `360 Â°`
 * are £ and °; `Â¹`, `Â²` are superscripts, not the rare ⏹, ⏲); `ÐŸ` and `»`..`¿` (a skin tone, 8F dropped) after an emoji's bytes. Each before no
 * continuation byte (the bytes as they stand are short).
 */
function strictSequence(line: string, i: number, b: number): boolean {
  const before = line[i - 1] ?? ' ';
  const afterSymbol = isCont(byteOf(before));
  const next = line[i + 1] ?? '';
  if (b === 0xcf)
    return next === '¸' && !isCont(byteOf(line[i + 2])) && (afterSymbol || /[0-9#*]/.test(before));
  if (b === 0xc2)
    return (
      /[¤£—°]/.test(next) &&
      !secondRoundPair(line, i) &&
      !isCont(byteOf(line[i + 2])) &&
      (afterSymbol || /\s/.test(before) || gluedToWord(line, i) || afterClause(line, i)) &&
      !/\d/.test(line[i + 2] ?? '') &&
      // After a number `Â£`, `Â°` are £ and ° (`12 Â£`, `360 Â°`), unless the variation selector's remains
      // follow (`12 Â¤Ï¸`): U+FE0F asks for an emoji's presentation, and follows no Latin-1 symbol.
      (variationAfter(line, i + 2) || !/\d\s?$/.test(line.slice(Math.max(0, i - 2), i)))
    );
  return (
    b === 0xd0 &&
    next === 'Ÿ' &&
    /[»-¿]/.test(line[i + 2] ?? '') &&
    afterSymbol &&
    !isCont(byteOf(line[i + 3]))
  );
}

/**
 * (2026-12-06, h-moji18) The two characters before `i` are a lead and a continuation byte giving a lead as
 * Latin-1 shows it (`Ãƒ`, C3 83, is `Ã`): text misread twice, whose second pair (`Â¤`, `Â£`) is the rest of
 * the first reading's character (`ÃƒÂ¤` is `Ã¤`, ä; `SÃƑÂ£O` in capitals, São), not ❤ or ❣ whose 9D a
 * strict decoder dropped.
 */
function secondRoundPair(line: string, i: number): boolean {
  const lead = byteOf(line[i - 2]);
  const cont = byteOf(line[i - 1]);
  if (lead < 0xc2 || lead > 0xc3 || !isCont(cont)) return false;
  const cp = ((lead & 0x1f) << 6) | (cont & 0x3f);
  return cp >= 0xc2 && cp <= 0xf4;
}

/** Whether U+FE0F uppercased, its 8F dropped (`Ï¸`, EF B8 then nothing), stands at `i`. */
const variationAfter = (line: string, i: number): boolean =>
  line[i] === 'Ï' && line[i + 1] === '¸' && !isCont(byteOf(line[i + 2]));

/**
 * Whether the symbol at `i` is glued after a word's last letter and ends it (`KLEINENÂ¤Ï¸`, `DIEÂ—`): before
 * a variation selector's remains (`Ï¸`) or before no letter or digit; not the degree sign after `N` standing
 * alone (`NÂ°`, numéro).
 */
function gluedToWord(line: string, i: number): boolean {
  const before = line[i - 1] ?? ' ';
  if (!/\p{L}/u.test(before) || (line[i + 1] === '°' && numero(line, i - 1))) return false;
  return line[i + 2] === 'Ï' ? line[i + 3] === '¸' : !/[\p{L}\p{N}]/u.test(line[i + 2] ?? ' ');
}

/**
 * Whether `N` at `k` is the numéro abbreviation's letter (`NÂ° 5`, `N°`): a word of its own, not the last
 * letter of a longer word (`ZEITENÂ°` is ⏰ glued to ZEITEN, 8F dropped).
 */
const numero = (line: string, k: number): boolean =>
  /n/i.test(line[k] ?? '') && !/\p{L}/u.test(line[k - 1] ?? ' ');

/**
 * Whether the symbol at `i` follows a clause's punctuation after a word (`HILFT,Â°`, `PRÃ©FECTURE,Â—`) and
 * ends the line or stands before white space: no text puts a degree sign or a dash there, and `Â—` as
 * such is the C1 control U+0097.
 */
function afterClause(line: string, i: number): boolean {
  return /\p{L}[,.;:!?]$/u.test(line.slice(Math.max(0, i - 2), i)) && /^\s?$/u.test(line[i + 2] ?? '');
}

/** Whether `â` at `i` opens ❤ or ❣ (`â¤`, `â£`) whose second byte, 9D, a strict decoder dropped (see {@link caseChanged}). */
function strictHeart(line: string, i: number): boolean {
  const next = line[i + 1];
  if (next === '¤') return true;
  if (next !== '£') return false;
  if (line[i + 2] === 'ï' && line[i + 3] === '¸') return true;
  return /\p{L}/u.test(line[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(line[i + 2] ?? ' ');
}

/**
 * Whether `Â€` at `i` stands between pairs of text misread twice (every byte of the first reading is two
 * characters, `Ã` or `Â` and one more): after a pair giving a lead or continuation byte (`Ã‘` for Ñ, D1;
 * `Â\u009d`) and before the next pair's `Ã` or `Â`. There it is the C1 control U+0080 (`Ã‘Â€Ã` is р,
 * D1 80, then the next letter), not `â€` uppercased with its last byte dropped.
 */
function betweenPairs(line: string, i: number): boolean {
  const cp = decodes([byteOf(line[i - 2]), byteOf(line[i - 1])], true);
  return cp >= 0x80 && cp <= 0xf4 && /[ÃÂ]/.test(line[i + 2] ?? '');
}

/**
 * Per offset, 1 inside a word (between white space) that holds no capital letter and two letters or
 * more (the evidence of its case: `â°` alone may be ⏰ whose byte was dropped).
 */
function wordsWithoutCapitals(line: string): Uint8Array {
  const out = new Uint8Array(line.length);
  for (const m of line.matchAll(/\S+/gu)) {
    const letters = m[0].match(/\p{L}/gu)?.length ?? 0;
    if (
      (letters >= 2 ||
        (letters === 1 && LEAD_AND_SYMBOL.test(line.slice(m.index!, m.index! + m[0].length + 1)))) &&
      !UPPER.test(m[0])
    )
      out.fill(1, m.index!, m.index! + m[0].length);
  }
  return out;
}

/**
 * A word whose one letter is `â` before a Latin-1 symbol (`#â©`, `â«`, `â§`) or `ã` before one or
 * `‰`, `˜` (`#ã©`, `ã‰`): no language writes a word so; `Â` and `Ã` lowercased do (©, «, §; é, É,
 * Ø). Not `ã€`, `ã‚`, `ãƒ`: the bytes of CJK punctuation and kana, cut short at a text's end. Not `¤`, `°`..`³`, `¸`..`º` (`â¤`, `â°` are ❤, ⏰ whose
 * second byte was dropped; the degree sign has its own rule below).
 */
const LEAD_AND_SYMBOL =
  /^[^\p{L}\s]*(?:â[\u00a1-\u00a3\u00a5-\u00a9\u00ab-\u00af\u00b4-\u00b7\u00bb-\u00bf]|ã[\u00a0-\u00bf\u2030\u02dc])(?!\p{L})/u;

/** Punctuation ordinary text puts after a word's last letter (not `«`, which opens: `zoã«` is `zoë`). */
const ENDS_WORDS = new Set([...'»’”']);

/** `Ƒ` after a lead or continuation character of windows-1252 (`ƒ` uppercased, see {@link caseChanged}). */
const HOOKED_F_AFTER_MOJIBAKE = /(?<=[\u00c2-\u00f4])\u0191/gu;

/** `Ã`..`ß` then a continuation byte giving a lowercase letter (`Ã¼` for ü). */
const LOWER_MOJIBAKE = /[\u00c3-\u00df](?:[\u00a0-\u00bf])/u;

/** Continuation letters a change of case moves: `Š Œ Ž Ÿ` (8A 8C 8E 9F) and `š œ ž ÿ` (9A 9C 9E FF). */
const CASE_CHANGED_CONT: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['Š', ['Š', 'š']],
  ['š', ['Š', 'š']],
  ['Œ', ['Œ', 'œ']],
  ['œ', ['Œ', 'œ']],
  ['Ž', ['Ž', 'ž']],
  ['ž', ['Ž', 'ž']],
  ['ÿ', ['Ÿ', 'Ÿ']],
  ['Ÿ', ['Ÿ', 'Ÿ']],
]);

/**
 * The continuation character after a two-byte lead: as it stands when its
 * character is a core letter of its script (basic Cyrillic and Greek, Latin-1,
 * the extended Latin letters windows-1250 writes), else, for a letter a change
 * of case moved (`š` may have been `Š`), the other when that one is (`ñš` is
 * ъ, not њ; `äœ` is č, not ĝ; `ÐŒ` is М, not Ќ), else the first that decodes;
 * null when neither does. (`ÃŠ` in capitals stays Ê: a line in capitals
 * misread as it was written is likelier than one uppercased after.)
 */
function continuation(lead: number, ch: string, lowered = false): string | null {
  const pair = CASE_CHANGED_CONT.get(ch);
  const options = pair ? (lowered ? [pair[1], pair[0]] : [ch, ...pair.filter((c) => c !== ch)]) : [ch];
  const valid = options.filter((c) => decodes([lead, byteOf(c)]) >= 0);
  if (valid[0] === options[0] && core(decodes([lead, byteOf(options[0]!)]))) return options[0]!;
  return valid.find((c) => core(decodes([lead, byteOf(c)]))) ?? valid[0] ?? null;
}

const WINDOWS_1250_LETTERS = new Set(STRETCH_CHARMAPS.find((c) => c.name === 'windows-1250')!.toByte.keys());
/** Not an extended Latin letter that windows-1250 does not write (`ĭ`). */
const restorable = (cp: number): boolean =>
  !(cp >= 0x100 && cp <= 0x24f) || WINDOWS_1250_LETTERS.has(String.fromCodePoint(cp));

function core(cp: number): boolean {
  if (cp >= 0x400 && cp <= 0x4ff) return cp >= 0x410 && cp <= 0x44f;
  if (cp >= 0x370 && cp <= 0x3ff) return cp >= 0x386 && cp <= 0x3ce;
  if (cp >= 0x100 && cp <= 0x24f) return WINDOWS_1250_LETTERS.has(String.fromCodePoint(cp));
  return true;
}

/** A repair of the restored line as one of the line as it stands (offsets shifted by `from`). */
export function recasedRepair(r: Repair, from: number, original: string, changed: CaseChanged): Repair {
  const { mode, restored } = changed;
  const mine = !restored || restored.some((k) => k >= r.start && k < r.end);
  if (!mine) return { ...r, start: r.start + from, end: r.end + from };
  const replacement = mode === 'lowercased' ? r.replacement.toLowerCase() : r.replacement;
  const seen = original.slice(r.start + from, r.end + from);
  return {
    ...r,
    start: r.start + from,
    end: r.end + from,
    replacement,
    reason: `'${seen}' was ${mode} after it was misread: ${r.reason}`,
  };
}
