/**
 * Sentences that are not whole on their own although they end with a full stop: a piece of a
 * quotation that runs over several sentences (its speaker and the rest of its words lie in
 * the others), and the halves of a sentence cut after an article. The brief tells neither.
 */

/** Marks that open a quotation (typographic, guillemets, and the tokenised ` `` `). */
const OPENING = new Set(['“', '«', '``']);
/** Marks that close one. */
const CLOSING = new Set(['”', '»', "''"]);
/** Every quotation mark whose direction is written, and the straight double quote. */
const MARKS = /``|''|[“”«»"]/g;

/**
 * Single quotation marks, told apart from apostrophes by what stands beside them (rule
 * `brief:single-quote-piece`): `‘` opens; a straight `'` at the start or after a space and
 * before a letter opens (`'I've done it.`), where an apostrophe sits inside a word (`I've`) or
 * after one (`the guards' guns`). A `'` or `’` after a stop or a comma closes (`anymore, ' she
 * said`, `it.’`); one standing alone between spaces (tokenised ` ' `) closes only a quotation a
 * mark opened (else it is a tokenised possessive, `the guards ' guns`), and never before a
 * contraction's end (tokenised `I ’ m`, `don ’ t`).
 */
const SINGLE_OPENING = /‘|(?<=^|[\s(\[])'(?=\p{L})/gu;
const SINGLE_CLOSING_SURE = /(?<=[.,!?;:…]\s?)['’](?=\s|$)/gu;
const SINGLE_CLOSING_SPACED = /(?<=\p{L}\s)['’](?!\s*(?:m|s|t|re|ve|ll|d)\b)(?=\s|$|[.,;:!?)\]])/gu;

/**
 * A sentence that is one quotation and nothing else (`“ The pier has nowhere left to moor. ”`):
 * words whose speaker another sentence names (`“ It was a calm night, ” Pell wrote.`).
 */
const ALL_QUOTED = /^\s*(?:“[^“”]*”|``(?:(?!``|'').)*''|"[^"]*"|‘[^‘’]*’|«[^«»]*»)\s*$/u;

/**
 * A sentence opening on a figure in digits (`38-caliber revolver in hand.`, `357 revolver at
 * them.`), not a year: news style spells a number out at the start of a sentence, so this is
 * the second half of a number split at its point (`a loaded .38-caliber revolver`, tokenised
 * `a loaded. 38-caliber`).
 */
const OPENS_ON_NUMERAL = /^\s*(?!(?:1[5-9]|20)\d\d\b)\d/;

/** A sentence of a document: its index among the units and its text, in document order. */
export interface SentenceText {
  readonly index: number;
  readonly text: string;
}

/**
 * The sentences of one document (in order) that are a piece of something longer:
 *
 * - rule `brief:quotation-piece`: a sentence inside a quotation opened in an earlier sentence and
 *   closed in a later one, or one opening a quotation that it leaves open or closing one it did
 *   not open (`“ She is safe now.` … `Nobody is hurt. ”`, `No comment yet, ” the mayor said.`);
 *   a quotation mark that is never closed in the document is not read as one (a stray mark does
 *   not swallow the rest of the article), and a sentence with an odd number of straight quotes
 *   (`"`, whose direction is not written) is a piece;
 * - rule `brief:single-quote-piece`: the same of quotations in single marks, told apart from
 *   apostrophes (see `SINGLE_OPENING`); a sentence opening one it leaves open is a piece even
 *   when no mark closes it later;
 * - rule `brief:speakerless-quote`: a sentence that is one quotation and nothing else, its
 *   speaker named in another sentence: the reader of a brief item would not know who speaks;
 * - rule `brief:split-number`: a sentence opening on a figure in digits other than a year (news
 *   style spells out a number opening a sentence: `357 revolver at them.` is the end of `he
 *   pointed a .357 revolver at them`, split at the number's point) and the sentence before it.
 */
export function sentencePieces(sentences: readonly SentenceText[]): Set<number> {
  const out = new Set<number>();
  // The directed marks in order, each with the position of its sentence.
  const marks: Array<{ at: number; open: boolean }> = [];
  // Single marks apart (a quotation inside a quotation is marked with them), by offset in the sentence.
  const singles: Array<{ at: number; open: boolean }> = [];
  let singleOpen = false;
  sentences.forEach((s, at) => {
    const found = [
      ...[...s.text.matchAll(SINGLE_OPENING)].map((m) => ({ offset: m.index, open: true, sure: true })),
      ...[...s.text.matchAll(SINGLE_CLOSING_SURE)].map((m) => ({ offset: m.index, open: false, sure: true })),
      ...[...s.text.matchAll(SINGLE_CLOSING_SPACED)].map((m) => ({
        offset: m.index,
        open: false,
        sure: false,
      })),
    ].sort((a, b) => a.offset - b.offset);
    let last: boolean | null = null;
    for (const m of found) {
      if (!m.open && !m.sure && !singleOpen) continue;
      singles.push({ at, open: m.open });
      singleOpen = m.open;
      last = m.open;
    }
    // Opening a quotation left open in the sentence, whether or not a mark closes it later in
    // the document (`said: ‘ I am in the middle of it.`, the article dropping the close): a piece.
    if (last) out.add(s.index);
    let straight = 0;
    for (const m of s.text.matchAll(MARKS)) {
      if (m[0] === '"') straight++;
      else if (OPENING.has(m[0]) || CLOSING.has(m[0])) marks.push({ at, open: OPENING.has(m[0]) });
    }
    if (straight % 2) out.add(s.index);
    // A sentence all quotation, its speaker in another sentence (rule `brief:speakerless-quote`).
    if (ALL_QUOTED.test(s.text)) out.add(s.index);
    if (OPENS_ON_NUMERAL.test(s.text)) {
      out.add(s.index);
      const before = sentences[at - 1];
      if (before) out.add(before.index);
    }
  });
  pairMarks(marks, sentences, out);
  pairMarks(singles, sentences, out);
  return out;
}

/**
 * Each opening mark with the first closing mark after it (a quotation running over paragraphs
 * opens again at each: the marks in between open nothing new): the sentences from the one to
 * the other are pieces, and so is a sentence closing a quotation no mark opened.
 */
function pairMarks(
  marks: ReadonlyArray<{ at: number; open: boolean }>,
  sentences: readonly SentenceText[],
  out: Set<number>,
): void {
  let opened: number | null = null;
  for (const m of marks) {
    if (m.open) {
      opened ??= m.at;
      continue;
    }
    if (opened === null) {
      // Closing a quotation no mark opened: the sentence starts inside it.
      out.add(sentences[m.at]!.index);
      continue;
    }
    if (m.at > opened) for (let k = opened; k <= m.at; k++) out.add(sentences[k]!.index);
    opened = null;
  }
}
