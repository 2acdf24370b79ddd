import type { Repair } from '../model/document.js';

/**
 * (2026-12-07, h-moji20) What a line's end and its quotes tell about the pieces repair left or took:
 *
 * - `voilÃ` at a line's end: à (C3 A0) whose A0, a no-break space, went with the line's trailing white
 *   space (`trim()` takes U+00A0). French ends only a few words in à (`voilà`, `déjà`, `-là` in
 *   hyphened compounds `celle-là`, `au-delà`), so such a word is repaired (`mojibake:nbsp-trimmed-at-end`).
 * - Any other lone two-byte lead at a line's end after a lowercase letter (`cittÃ`, `nhÃ`, `députÃ`), or
 *   in a line repaired elsewhere: à trimmed so, or a character cut (a preview, a column) — the text does not
 *   tell which. It is left as it stands and flagged (`mojibake:flag-cut-at-end`): a record whose replacement
 *   is the text itself, so the loss is shown with its span, never guessed.
 * - A lone two-byte lead right before a repaired character inside a word (`GrÃÃŸe`), or (h-moji21) before a
 *   lowercase letter inside a word in a line repaired elsewhere (`BÃrgermeister`): its continuation byte was
 *   lost; flagged (`mojibake:flag-lost-byte`).
 * - (h-moji21) `Ã` alone before `o`, `os`, `um`, `uns` is no à (`Ã o maior`): the reading is dropped and the
 *   lead flagged.
 * - `Ã”`, `Ã»` ending a word in capitals whose `”` or `»` closes a quote the line opened with a correct `“`
 *   or `«` (`“IRMÃ”`, `«CAPITÃ»`): Portuguese's capital Ã and a closing quote, not Ô or û; the repair is
 *   dropped.
 */
export function atEdges(text: string, found: readonly Repair[]): Repair[] {
  if (!/[\u00c2-\u00de]/u.test(text)) return [...found];
  const added: Repair[] = [];
  const kept = found.filter((r) => {
    if (capitalBeforeClosingQuote(text, r, found)) return false;
    if (!aGraveBeforeMasculine(text, r)) return true;
    added.push({
      start: r.start,
      end: r.start + 1,
      replacement: 'Ã',
      rule: 'mojibake:flag-lost-byte',
      reason: `"Ã" stands alone before the masculine article "${/^\s*(\p{L}+)/u.exec(text.slice(r.end))![1]}": not à (which only stands before a feminine word), so a byte other than A0 was lost (é's A9): left as it stands, not guessed`,
    });
    return false;
  });
  const covered = (k: number): boolean => kept.some((r) => r.start <= k && k < r.end);
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const inLine = kept.filter(
      (r) => r.start >= from && r.end <= to && r.replacement !== text.slice(r.start, r.end),
    );
    lineEnd(text, from, to, inLine, covered, added);
    lostByte(text, from, to, inLine, covered, added);
    from = to + 1;
  }
  return added.length === 0 ? kept : [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** A windows-1252 character standing for a two-byte UTF-8 lead (C2..DF), but ß, which ends German words. */
const TWO_BYTE_LEAD = /^[\u00c2-\u00de]$/u;
const LOWER = /^\p{Ll}$/u;

/**
 * French words that end in à: `voilà`, `déjà`, and `là` in hyphened compounds (`celle-là`, `au-delà`). Not
 * `là` alone: `lÃ` is as often a cut German `lä`, Portuguese `lí` (the generator's `truncated` on real lines).
 */
const ENDS_IN_A_GRAVE = /(?:-(?:l|del|deç)|^(?:voil|déj))$/u;

function lineEnd(
  text: string,
  from: number,
  to: number,
  inLine: readonly Repair[],
  covered: (k: number) => boolean,
  added: Repair[],
): void {
  let k = to - 1;
  while (k >= from && /[ \t\u00a0\r]/u.test(text[k]!)) k--;
  if (k <= from || !TWO_BYTE_LEAD.test(text[k]!) || covered(k)) return;
  const before = text[k - 1]!;
  if (!/\p{L}/u.test(before) || covered(k - 1) || (!LOWER.test(before) && inLine.length === 0)) return;
  const lead = text[k]!;
  // The word before the lead, as repaired (`dÃ©j` is `déj`).
  let w = k;
  while (w > from && !/\s/u.test(text[w - 1]!)) w--;
  const word = repairedSlice(text, w, k, inLine);
  // A word in capitals ending in `Ã` is Portuguese (`IRMÃ`, `LÃ`).
  if (/^\p{Lu}{2,}$/u.test(word)) return;
  if (
    lead === 'Ã' &&
    /^\p{Lu}?\p{Ll}*(?:-\p{Ll}+)*$/u.test(word) &&
    ENDS_IN_A_GRAVE.test(word.toLowerCase())
  ) {
    added.push({
      start: k,
      end: k + 1,
      replacement: 'à',
      rule: 'mojibake:nbsp-trimmed-at-end',
      reason: `UTF-8 à (C3 A0) read as windows-1252 at the line's end, its A0 (a no-break space) trimmed with the line's trailing space: "${word}à" is a French word ending in à`,
    });
    return;
  }
  added.push({
    start: k,
    end: k + 1,
    replacement: lead,
    rule: 'mojibake:flag-cut-at-end',
    reason: `"${lead}" ends the line as the lead byte of a two-byte UTF-8 character whose last byte is missing (à whose A0 was trimmed, or a character cut): left as it stands, not guessed`,
  });
}

function lostByte(
  text: string,
  from: number,
  to: number,
  inLine: readonly Repair[],
  covered: (k: number) => boolean,
  added: Repair[],
): void {
  for (const r of inLine) {
    const k = r.start - 1;
    if (k - 1 < from || !TWO_BYTE_LEAD.test(text[k]!) || covered(k) || !/\p{L}/u.test(text[k - 1]!)) continue;
    if (!/^\p{L}$/u.test(r.replacement) || !TWO_BYTE_LEAD.test(text[r.start]!)) continue;
    added.push({
      start: k,
      end: k + 1,
      replacement: text[k]!,
      rule: 'mojibake:flag-lost-byte',
      reason: `"${text[k]}" inside a word before another misread character is the lead byte of a two-byte UTF-8 character whose last byte was lost: left as it stands, not guessed`,
    });
  }
  // (2026-12-07, h-moji21) A lone lead glued inside a word before a lowercase letter, in a line repaired
  // elsewhere (`BÃrgermeister`, `MieszkaÅcy`, `dÃputé` beside `Å“uvre`): its continuation byte was lost
  // (ü, ń, é), and no reading was taken (`softHyphenDropped` in `runs.ts` declines í where the line's
  // language never writes it): flagged, left as it stands. Not `×` between letters (`a×b`).
  if (inLine.length === 0) return;
  for (let k = from + 1; k + 1 < to; k++) {
    const ch = text[k]!;
    if (ch === '×' || !TWO_BYTE_LEAD.test(ch) || covered(k)) continue;
    if (!/\p{L}/u.test(text[k - 1]!) || covered(k - 1) || !LOWER.test(text[k + 1]!) || covered(k + 1))
      continue;
    if (added.some((r) => r.start === k)) continue;
    added.push({
      start: k,
      end: k + 1,
      replacement: ch,
      rule: 'mojibake:flag-lost-byte',
      reason: `"${ch}" inside a word before a lowercase letter, in a line repaired elsewhere, is the lead byte of a two-byte UTF-8 character whose last byte was lost: left as it stands, not guessed`,
    });
  }
}

/**
 * (2026-12-07, h-moji21) `Ã` alone as a word, read as à whose A0 was dropped, before the masculine article
 * `o`, `os`, `um`, `uns` (`A ponte Ã o maior projeto`): Portuguese à is a + a and stands only before a
 * feminine word (`à noite`, `à uma hora`), and French and Italian have no such article; the lost byte was
 * another (é's A9, `é o`). The reading is dropped and the lead flagged. Not `Ã uma` (`à uma hora`).
 */
function aGraveBeforeMasculine(text: string, r: Repair): boolean {
  if (r.replacement !== 'à' || text.slice(r.start, r.end) !== 'Ã') return false;
  if (r.start > 0 && /\p{L}/u.test(text[r.start - 1]!)) return false;
  return /^ (?:o|os|um|uns)(?!\p{L})/u.test(text.slice(r.end, r.end + 5));
}

/** `text[from, to)` with the repairs inside it applied. */
function repairedSlice(text: string, from: number, to: number, repairs: readonly Repair[]): string {
  let out = '';
  let k = from;
  for (const r of repairs) {
    if (r.start < from || r.end > to) continue;
    out += text.slice(k, r.start) + r.replacement;
    k = r.end;
  }
  return out + text.slice(k, to);
}

const CLOSING: Readonly<Record<string, string>> = { '”': '“', '»': '«' };

function capitalBeforeClosingQuote(text: string, r: Repair, found: readonly Repair[]): boolean {
  const piece = text.slice(r.start, r.end);
  if (piece !== 'Ã”' && piece !== 'Ã»') return false;
  const close = piece[1]!;
  const open = CLOSING[close]!;
  if (r.start < 2 || !/\p{Lu}/u.test(text[r.start - 1]!) || !/\p{Lu}/u.test(text[r.start - 2]!)) return false;
  if (/\p{L}/u.test(text[r.end] ?? '')) return false;
  const lineStart = text.lastIndexOf('\n', r.start - 1) + 1;
  let lineEnd = text.indexOf('\n', r.end);
  if (lineEnd < 0) lineEnd = text.length;
  const outside = (k: number): boolean => !found.some((f) => f.start <= k && k < f.end);
  let depth = 0;
  for (let k = lineStart; k < r.start; k++) {
    if (!outside(k)) continue;
    if (text[k] === open) depth++;
    else if (text[k] === close && depth > 0) depth--;
  }
  if (depth !== 1) return false;
  // The quote the line opened is closed by no other mark after it.
  for (let k = r.end; k < lineEnd; k++) if (outside(k) && text[k] === close) return false;
  return true;
}
