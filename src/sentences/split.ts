import type { Block, Sentence } from '../model/document.js';
import type { RepairedView } from '../repair/view.js';
import { ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.js';

/**
 * A sentence's end: its stops and the closing quotes and brackets after them. A quote with a
 * letter right after it opens the next sentence (`wrongdoing. "Every contract ..."`).
 */
const BOUNDARY = /[.!?…]+(?:\s*(?:["'”’)\]]|'')(?![\p{L}\p{N}]))*/gu;

/**
 * Splits `[start, end)` of `text` into sentence spans (offsets into `text`).
 * A full stop ends a sentence unless it closes an abbreviation (`Jan.`, `Mr.`),
 * an initial (`D.J.`), or an acronym (`U.S.`) that is not followed by a word
 * that opens sentences.
 */
export function splitSentences(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const slice = text.slice(start, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const stop = m.index + m[0].length;
    const rest = slice.slice(stop);
    const gap = /^\s+/.exec(rest);
    if (!gap) continue;
    const next = rest.slice(gap[0].length);
    if (!/^[\p{Lu}\p{N}"“‘'(\[`]/u.test(next)) continue;
    if (m[0].startsWith('.') && !breaksAfterDot(slice, m.index, next)) continue;
    push(from, stop);
    from = stop + gap[0].length;
  }
  push(from, slice.length);
  return out;

  function push(a: number, b: number): void {
    const piece = slice.slice(a, b);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) out.push({ start: start + a + lead, end: start + a + lead + trimmed.length });
  }
}

/** The AP abbreviations of US states, as written after a town (`Fresno, Calif.`). */
const STATE_ABBREVIATION =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/;

function breaksAfterDot(slice: string, dot: number, next: string): boolean {
  // A decimal point tokenised text writes with a space after it (`$2. 5 million`): a sentence
  // rarely ends on a figure and the next starts with one (style guides spell it out).
  if (/\d/.test(slice[dot - 1] ?? '') && slice[dot + 1] === ' ' && /^\d/.test(next)) return false;
  const before = /([\p{L}.]+)$/u.exec(slice.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  const word = before.toLowerCase().replace(/^\.+/, '');
  const nextWord = (/^[\p{L}]+/u.exec(next)?.[0] ?? '').toLowerCase();
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: `D.J. Brown`, `Juan C. Zarate`
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_STARTERS.has(nextWord); // `U.S.` then `The ...`
  // `SAN JOSE, Calif. (Wire) -`, `in Fresno, Calif., on Monday`: a state's abbreviation after a
  // town and its comma continues, unless a sentence plainly starts after it.
  if (STATE_ABBREVIATION.test(before) && /,\s*$/.test(slice.slice(0, dot - before.length)))
    return SENTENCE_STARTERS.has(nextWord);
  if (ABBREVIATIONS.has(word)) {
    // `Jan. 15` and `Mr. Smith` continue; a month or weekday at a sentence's end is rare but `etc.` often ends one.
    return (
      (word === 'etc' || word === 'inc' || word === 'ltd' || word === 'co') && SENTENCE_STARTERS.has(nextWord)
    );
  }
  return true;
}

/**
 * Longest sentence the later stages read, in UTF-16 code units. News sentences rarely pass
 * 600; a longer "sentence" is a run-on line (a scraped table, a list without full stops, a
 * hostile input) that per-sentence scans would pay for quadratically. It is cut at the last
 * space before the limit (or at the limit when there is none).
 */
export const MAX_SENTENCE = 2_000;

/** Cuts a span longer than {@link MAX_SENTENCE} into pieces at spaces; shorter spans pass whole. */
export function capLength(
  text: string,
  span: { start: number; end: number },
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = span.start;
  while (span.end - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    const space = window.lastIndexOf(' ');
    const cut = space > MAX_SENTENCE / 2 ? from + space : from + MAX_SENTENCE;
    out.push({ start: from, end: cut });
    from = cut;
    while (from < span.end && text[from] === ' ') from++;
  }
  if (from < span.end) out.push({ start: from, end: span.end });
  return out;
}

/**
 * Sentences of the body and subhead blocks, split on the repaired view, with spans in the
 * original; of the blocks `from` to `to` (exclusive) only, when given.
 */
export function sentencesOf(
  blocks: readonly Block[],
  view: RepairedView,
  from = 0,
  to = blocks.length,
): Sentence[] {
  const out: Sentence[] = [];
  for (let index = from; index < to; index++) {
    const b = blocks[index]!;
    if (b.label !== 'body' && b.label !== 'subhead') continue;
    const vs = view.fromOriginal(b.start);
    const ve = view.fromOriginal(b.end);
    const pieces = (
      b.label === 'subhead' ? [{ start: vs, end: ve }] : splitSentences(view.text, vs, ve)
    ).flatMap((p) => capLength(view.text, p));
    for (const p of pieces) {
      const o = view.spanToOriginal(p);
      out.push({ start: Math.max(o.start, b.start), end: Math.min(o.end, b.end), block: index });
    }
  }
  return out;
}
