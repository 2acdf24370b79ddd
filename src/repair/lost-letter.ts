import type { Repair } from '../model/document.js';
import {
  CAPITAL_WORDS,
  NAMES,
  guessLanguage,
  knownWord,
  LETTERS,
  listedAnywhere,
  listedWord,
  ALL_LETTERS,
  type Lang,
} from './language.js';

const LANGUAGE_NAME: Readonly<Record<Lang, string>> = {
  fr: 'French',
  pt: 'Portuguese',
  es: 'Spanish',
  ca: 'Catalan',
  it: 'Italian',
};

/** The capitals a strict windows-1252 decoder leaves as a lone `Ã`: their second byte (81, 8D, 8F, 90, 9D) is undefined. */
const STRICT_CAPITALS = 'ÁÍÏÐÝ';

/** Characters read either side of a lead: a word and the next one fit. */
const WINDOW = 64;

interface Candidate {
  readonly letter: string;
  readonly end: number;
  readonly word: string;
  readonly at: number;
}

/**
 * (2026-12-07, h-moji22) A lone `Ã` whose second byte was lost, read by the line's language.
 *
 * `Ã` is the lead of every Latin-1 letter in UTF-8 (C3 80..C3 BF); when the second byte is lost (`dÃputé`,
 * `aprÃs`, `nÃo`, `poblaciÃn`), the bytes no longer tell the letter, and the other rules read í (a dropped
 * soft hyphen), à (a dropped A0) or flag the lead. Here the line's function words name its language
 * (French, Portuguese, Spanish, Catalan, Italian: {@link guessLanguage}) and the word, with each letter of
 * that language in the lead's place, is looked up in a small list of that language's words or told by an
 * ending that names the letter (`-ção`, `-ción`, French `dé-`): when exactly one letter makes a word (a
 * listed word first), the lead is that letter (`mojibake:lost-byte-by-language`). Three places:
 *
 * - inside a word (`dÃputé` → député, `aprÃs` → après, `reÃu` → reçu);
 * - ending a word before a space (`reuniÃ serà`: Catalan reunió, not à), or with the space standing for the
 *   lost byte (`nÃ o`, `SÃ o`, `cidadÃ os` → não, São, cidadãos): the two read as one letter;
 * - opening a word before a lowercase letter (`Ãlvaro`, `Ãris`): a capital whose byte a strict decoder
 *   dropped (Á 81, Í 8D), told by a list of names and words opening so, in any line
 *   (`mojibake:lost-capital-by-word`); nothing told, in a line repaired elsewhere, it is flagged.
 *
 * With no language told, a reading of í or à is dropped for a flag where the word is listed in one
 * language with another letter and not with the one read (`hÃtel`: hôtel, not hítel). Never where the
 * reading already makes a known word (`polÃtica`), and never in a line with no lone `Ã`.
 */
export function lostLetters(text: string, found: readonly Repair[]): Repair[] {
  if (!text.includes('Ã')) return [...found];
  const drop = new Set<Repair>();
  const added: Repair[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let at = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    while (at < sorted.length && sorted[at]!.start < from) at++;
    let end = at;
    while (end < sorted.length && sorted[end]!.start < to) end++;
    const lead = text.indexOf('Ã', from);
    if (lead >= 0 && lead < to) {
      const inLine = sorted.slice(at, end).filter((r) => r.end <= to);
      lineLetters(text, from, to, inLine, drop, added);
    }
    at = end;
    from = to + 1;
  }
  if (added.length === 0 && drop.size === 0) return [...found];
  return [...found.filter((r) => !drop.has(r)), ...added].sort((a, b) => a.start - b.start);
}

function lineLetters(
  text: string,
  from: number,
  to: number,
  inLine: readonly Repair[],
  drop: Set<Repair>,
  added: Repair[],
): void {
  let lang: Lang | null | undefined;
  const language = (): Lang | null => {
    if (lang === undefined) {
      // (Stop 56, h-moji26) A lone lead read à (a dropped A0) is what is asked, so it tells no language:
      // `estarÃ` read `estarà` made a Catalan future of a Spanish line.
      const line = repaired(
        text,
        from,
        to,
        inLine.filter((r) => !(text[r.start] === 'Ã' && r.end - r.start <= 2 && r.replacement === 'à')),
      );
      const tokens = line.split(/[^\p{L}]+/u).filter((t) => t && !/[\u00c0-\u00de]/u.test(t));
      lang = guessLanguage(tokens, spellingScore(line));
      // (Stop 58, h-moji28) Two words of one language told by their lost bytes tell it where no word did.
      if (lang === null) lang = byWords ?? null;
    }
    return lang;
  };
  const listed = listedWords(text, from, to, inLine);
  const byWords = wordsLanguage(listed);
  const repairedElsewhere = inLine.some((r) => r.replacement !== text.slice(r.start, r.end));
  let latin1Written: boolean | undefined;
  const paired = portugueseCao(text, from, to, inLine, drop, added);
  const told =
    byWords !== undefined ||
    (listed.length === 1 && !listed[0]!.opensInLatin1 && listed[0]!.langs.includes(language()!));
  if (told)
    for (const w of listed) {
      for (const r of inLine) if (w.leads.some((k) => r.start <= k && k < r.end)) drop.add(r);
      w.leads.forEach((k, i) => {
        added.push({
          start: k,
          end: k + 1,
          replacement: w.letters[i]!,
          rule: 'mojibake:lost-byte-by-listed-words',
          reason: `"Ã" in "${w.broken}" is the lead byte of a two-byte UTF-8 character whose second byte was lost; only "${w.word}" makes a listed word of it (${w.langs.map((l) => LANGUAGE_NAME[l]).join(', ')})${byWords !== undefined ? `, and the line holds ${listed.length} such words of ${LANGUAGE_NAME[byWords]}` : ', in a line whose words read so'}`,
        });
        paired.add(k);
      });
    }
  // Words are read in a window around each lead, its records found by a pointer (a long line holds many).
  let lo = 0;
  for (let k = from; k < to; k++) {
    if (text[k] !== 'Ã' || paired.has(k)) continue;
    const a = Math.max(from, k - WINDOW);
    const b = Math.min(to, k + WINDOW);
    while (lo < inLine.length && inLine[lo]!.end <= a) lo++;
    const near: Repair[] = [];
    for (let j = lo; j < inLine.length && inLine[j]!.start < b; j++) near.push(inLine[j]!);
    const rec = near.find((r) => r.start <= k && k < r.end);
    if (rec && !(rec.start === k && (rec.end === k + 1 || (rec.end === k + 2 && text[k + 1] === ' '))))
      continue;
    /** Adds a repair of this lead, in place of the older rules' reading of it, if there was one. */
    const put = (repair: Repair): void => {
      if (rec) drop.add(rec);
      added.push(repair);
    };
    const others = near.filter((r) => r !== rec && r.start >= a && r.end <= b);
    const left = /\p{L}*$/u.exec(repaired(text, a, k, others))![0];
    const restEnd = rec ? rec.end : k + 1;
    const rest = (rec && rec.end === k + 2 ? ' ' : '') + repaired(text, restEnd, b, others);
    const right = /^\p{L}*/u.exec(rest)![0];
    if (left === '' && right !== '' && /^\p{Ll}/u.test(right)) {
      latin1Written ??= writesLatin1(text, from, to, inLine);
      if (latin1Written) continue;
      capital(k, right, language(), repairedElsewhere, rec !== undefined, put);
      continue;
    }
    // A word in capitals (`IRMÃ”`, `PROCISSÃO`) is Portuguese's own Ã: only a lowercase word or a capital alone.
    if (left === '' || !/(?:\p{Ll}|^\p{Lu})$/u.test(left)) continue;
    // Not at the line's end, where a cut line ends in a lead (h-moji24): the name must be followed.
    if (
      (!rec || rec.end === k + 1) &&
      /^\p{Lu}/u.test(left) &&
      rest.length > right.length &&
      byName(k, left, right, rec?.replacement, put)
    )
      continue;
    const cands: Candidate[] = [];
    const l = language();
    const letters = l ? LETTERS[l] : ALL_LETTERS;
    if (right !== '') {
      if (!/^\p{Ll}/u.test(right)) continue;
      for (const c of letters) cands.push({ letter: c, end: k + 1, word: left + c + right, at: left.length });
    } else {
      // Only before a space and a lowercase word: at a line's end the line may be cut inside the character.
      // (Stop 56, h-moji26) The next word may hold a lost lead of its own (`decretÃ prisiÃn`).
      const next = /^ (\p{Ll}[\p{Ll}Ã]*)(?!\p{L})/u.exec(rest);
      // (Stop 57, h-moji27) Or before a mark that closes a word (`amanhÃ,`, `atÃ.`): a told language's word.
      if (!next && !(l && WORD_CLOSE.test(rest))) continue;
      for (const c of letters) {
        cands.push({ letter: c, end: k + 1, word: left + c, at: left.length });
        if (next) cands.push({ letter: c, end: k + 2, word: left + c + next[1]!, at: left.length });
      }
    }
    const reading = rec && rec.replacement !== 'Ã' ? rec.replacement : null;
    const readWord = (left + (reading ?? '') + (rec && rec.end === k + 2 ? '' : right)).toLowerCase();
    // à ending a word whose A0 was dropped before a space (`voilÃ le`, `cittÃ di`) is a common loss: it
    // gives way only in a language that ends no word in à (Portuguese, Spanish), and in French past the few
    // words that do (Stop 56, h-moji26).
    if (reading === 'à' && right === '' && l === 'fr' && rec?.end === k + 1 && frenchFinal(k, left, put))
      continue;
    if (reading === 'à' && right === '' && l !== 'pt' && l !== 'es') continue;
    if (l) {
      if (reading && knownWord(l, readWord, left.length)) continue;
      const listed = cands.filter((c) => knownWord(l, c.word.toLowerCase(), c.at) && listedIn(l, c));
      const named = cands.filter((c) => knownWord(l, c.word.toLowerCase(), c.at));
      const hits = listed.length > 0 ? listed : named;
      if (
        hits.length === 0 &&
        l === 'fr' &&
        right !== '' &&
        !(reading !== null && LETTERS.fr.includes(reading))
      ) {
        frenchSpelling(k, left, right, put);
        continue;
      }
      if (hits.length === 0 && (l === 'es' || l === 'pt')) {
        const letter = iberianSpelling(l, left, right, reading);
        if (letter) spelled(k, letter, l, left, right, rec?.replacement, put);
        continue;
      }
      if (hits.length !== 1) continue;
      const hit = hits[0]!;
      put({
        start: k,
        end: hit.end,
        replacement: hit.letter,
        rule: 'mojibake:lost-byte-by-language',
        reason: `"${text.slice(k, hit.end)}" is the lead byte of a two-byte UTF-8 character whose second byte was lost${hit.end === k + 2 ? ' (turned into a space)' : ''}; the line's words read as ${LANGUAGE_NAME[l]}, and only "${hit.letter}" makes a ${LANGUAGE_NAME[l]} word of it ("${hit.word}")`,
      });
      continue;
    }
    // No language told: a reading is dropped for a flag where another letter makes a listed word.
    if (!reading || !rec || listedAnywhere(readWord)) continue;
    const listed = cands.filter((c) => c.end === k + 1 && listedAnywhere(c.word.toLowerCase()));
    if (new Set(listed.map((c) => c.letter)).size !== 1) continue;
    put({
      start: k,
      end: k + 1,
      replacement: 'Ã',
      rule: 'mojibake:flag-lost-byte',
      reason: `"Ã" inside "${left}Ã${right}" is the lead byte of a two-byte UTF-8 character whose second byte was lost: "${listed[0]!.word}" is a word where "${readWord}" is none, but the line's words tell no language: left as it stands, not guessed`,
    });
  }
}

/**
 * (2026-12-07, h-moji23) A lost byte inside a word of a French line that no listed word or ending tells
 * (`mÃdaille`, `vÃlo`, `troisiÃme`, `crÃche`) or opening one (`ÃgarÃ©`), read as í (a dropped soft hyphen) or
 * flagged by the older rules: French writes no í. Its spelling tells the commonest letter: è before a consonant (or `ch`, `gn`, `ll`, a consonant
 * and `r` or `l`) and a mute `e` ending the word (`troisième`, `crèche`: a closed syllable), é elsewhere
 * (`médaille`, `vélo`: é is most of French's accented letters). The words a rarer letter makes (`fête`,
 * `hôtel`) are listed (language.ts) and were tried first. Rule `mojibake:lost-byte-by-spelling`.
 */
function frenchSpelling(k: number, left: string, right: string, put: (r: Repair) => void): void {
  const closed = CLOSED_SYLLABLE.test(right.toLowerCase());
  bySpelling(
    k,
    closed ? 'è' : 'é',
    left,
    right,
    `the line's words read as French, which writes no í, and no listed word tells the letter: ${closed ? 'è, before a consonant and a mute e ending the word (a closed syllable)' : "é, French's commonest accented letter, in an open syllable"}`,
    put,
  );
}

interface ListedWord {
  readonly broken: string;
  /** Its lead opens it, in a line writing Latin-1 letters right: read only where two words tell the line. */
  readonly opensInLatin1: boolean;
  readonly langs: readonly Lang[];
  readonly word: string;
  readonly leads: readonly number[];
  readonly letters: readonly string[];
}

/** The language that lists more of `words` than any other does, two or more; otherwise undefined. */
function wordsLanguage(words: readonly ListedWord[]): Lang | undefined {
  if (words.length < 2) return undefined;
  const count = (l: Lang): number => words.filter((w) => w.langs.includes(l)).length;
  const ranked = [...LISTED_LANGS].sort((x, y) => count(y) - count(x));
  return count(ranked[0]!) >= 2 && count(ranked[0]!) > count(ranked[1]!) ? ranked[0] : undefined;
}

const LISTED_LANGS: readonly Lang[] = ['fr', 'pt', 'es', 'ca', 'it'];

/**
 * (Stop 58, h-moji28) Words of a line holding one to three lone `Ã`s (no repair, or one of the lead alone: à,
 * í, a flag) that exactly one choice of letters for them makes a listed word of, in any language (`sociÃtÃ`
 * société, `l’ÃtÃ` été, `dÃcidÃ` décidé; `PrÃximo nÃmero` próximo número): a page that lost the second byte of
 * its é's or ó's loses it in many words. Read (`mojibake:lost-byte-by-listed-words`) where two such words listed
 * in one language (more than any other language lists) stand in the line, or one in a line whose words read as its
 * language; two also tell the line's language for the other readings of lost bytes where no word did (French
 * lines that lost every é hold few function words intact). A lead opening the word is a capital at the line's
 * or a sentence's start only; one opening a word in a line writing Latin-1 letters right is read only where two
 * words tell the line (`publicó el Ãltimo` is left, as h-moji24 keyed it). Words of three letters or more; not a word whose lead ends the line (`terÃ`,
 * `aquÃ`: a line cut inside its last character, whose piece stays as it is).
 */
function listedWords(text: string, from: number, to: number, inLine: readonly Repair[]): ListedWord[] {
  const line = text.slice(from, to);
  if (!/\p{Ll}Ã|Ã\p{Ll}/u.test(line)) return [];
  const out: ListedWord[] = [];
  const lastChar = from + line.trimEnd().length - 1;
  let latin1Written: boolean | undefined;
  for (const m of line.matchAll(/[\p{L}]+/gu)) {
    const w = m[0];
    if (w.length < 3 || !w.includes('Ã') || !/\p{Ll}/u.test(w) || !/^[\p{Ll}Ã]+$/u.test(w.slice(1))) continue;
    const at = from + m.index!;
    const leads: number[] = [];
    for (let i = 0; i < w.length; i++) if (w[i] === 'Ã') leads.push(at + i);
    // Not a lead ending the line: a cut line ends so, and the cut piece is left as it stands (h-moji24).
    if (leads.length > 3 || leads[leads.length - 1]! >= lastChar) continue;
    // A lead opening the word in a line that writes Latin-1 letters right is asked as the older rule asks it
    // (`capital`: a strict decoder misreads a whole line), unless two words tell the line (`lostOne`).
    const opensInLatin1 = leads[0] === at && (latin1Written ??= writesLatin1(text, from, to, inLine));
    if (
      !leads.every((k) =>
        inLine.every((r) => k < r.start || k >= r.end || (r.start === k && r.end === k + 1)),
      )
    )
      continue;
    // The character after the word is no continuation byte as windows-1252 shows it (`Ã©`: a whole é).
    if (
      /[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/u.test(
        text[at + w.length] ?? '',
      )
    )
      continue;
    const lower = w.toLowerCase().replace(/ã/gu, 'Ã');
    let combos = [''];
    for (let n = 0; n < leads.length; n++) combos = combos.flatMap((c) => [...ALL_LETTERS].map((l) => c + l));
    const hits = combos.filter((c) => {
      let i = 0;
      return listedAnywhere(lower.replace(/Ã/gu, () => c[i++]!));
    });
    if (hits.length !== 1) continue;
    let i = 0;
    const word = lower.replace(/Ã/gu, () => hits[0]![i++]!);
    const langs = LISTED_LANGS.filter((l) => listedWord(l, word));
    if (langs.length === 0) continue;
    const startsSentence = m.index === 0 || /[.!?:]\s+$/u.test(line.slice(0, m.index));
    const letters = [...hits[0]!].map((c, n) => (leads[n] === at && startsSentence ? c.toUpperCase() : c));
    out.push({ broken: w, langs, word, leads, letters, opensInLatin1 });
  }
  return out;
}

/**
 * (Stop 56, h-moji26) `ÃÃo`, `ÃÃes` ending a lowercase word (`construÃÃo`, `informaÃÃes`): both bytes after
 * the leads of Portuguese's `-ção`, `-ções` lost. No other language ends a word in two letters UTF-8 leads with
 * C3 and `o` or `es`, and those endings are among Portuguese's commonest; read in any line (rule
 * `mojibake:lost-byte-by-spelling`), in place of the older rules' readings of the two leads. Returns the leads read.
 */
function portugueseCao(
  text: string,
  from: number,
  to: number,
  inLine: readonly Repair[],
  drop: Set<Repair>,
  added: Repair[],
): Set<number> {
  const out = new Set<number>();
  const line = text.slice(from, to);
  if (!line.includes('ÃÃ')) return out;
  for (const m of line.matchAll(/\p{Ll}ÃÃ(o|es)(?!\p{L})/gu)) {
    const k = from + m.index! + 1;
    const letters = m[1] === 'o' ? 'çã' : 'çõ';
    for (const r of inLine) if (r.start < k + 2 && r.end > k) drop.add(r);
    added.push({
      start: k,
      end: k + 2,
      replacement: letters,
      rule: 'mojibake:lost-byte-by-spelling',
      reason: `"ÃÃ${m[1]}" ends a lowercase word: Portuguese's "-${letters}${m[1]}", the bytes after both leads lost; no other language ends a word so`,
    });
    out.add(k).add(k + 1);
  }
  return out;
}

/**
 * (Stop 56, h-moji26) A lost byte inside or ending a capitalised word that only one letter makes a common name
 * of (`JoÃo`, `AntÃnio`, `SÃo TomÃ`, `JosÃ`, `CortÃs`, `IbÃñez`), in a line of any language (names stand in
 * English lines, where no language is told): rule `mojibake:lost-byte-by-name`. Not where the older rules'
 * reading already makes a listed name (`MartÃn`: Martín). Returns whether it read the lead.
 */
function byName(
  k: number,
  left: string,
  right: string,
  reading: string | undefined,
  put: (r: Repair) => void,
): boolean {
  if (!/^\p{Lu}\p{Ll}*$/u.test(left) || !/^\p{Ll}*$/u.test(right)) return false;
  if (reading && NAMES.has((left + reading + right).toLowerCase())) return false;
  const hits = [...NAME_LETTERS].filter((c) => NAMES.has((left + c + right).toLowerCase()));
  if (hits.length !== 1) return false;
  const name = left + hits[0]! + right;
  put({
    start: k,
    end: k + 1,
    replacement: hits[0]!,
    rule: 'mojibake:lost-byte-by-name',
    reason: `"Ã" in "${left}Ã${right}" is the lead byte of a two-byte UTF-8 character whose second byte was lost; only "${hits[0]}" makes a common name of it ("${name}")`,
  });
  return true;
}

/** A mark closing a word, then a space or the line's end: a sentence's or clause's punctuation (Stop 57, h-moji27). */
const WORD_CLOSE = /^[,.;:!?)](?:\s|$)/u;

/** The letters a lost lead may stand for in a name: the Romance languages' and German's. */
const NAME_LETTERS = new Set([...ALL_LETTERS, 'ä', 'ö', 'ü', 'ß']);

/** The French words ending in à (`voilà`, `déjà`, `au-delà`, `deçà`, `holà`; `là`, `çà` are too short to ask). */
const FRENCH_GRAVE_END = /(?:voil|déj|^del|^deç|^hol)$/u;

/**
 * (Stop 56, h-moji26) A lone `Ã` ending a lowercase word of three letters or more before a space, in a line told
 * French, read à by the older rules (a dropped A0: `voilÃ le`): French ends only a handful of words in à, all
 * named above, and a word ending in a lost byte there is the participle's é (`annoncÃ la`, `prolongÃ ses`,
 * `l’ÃtÃ dernier`): rule `mojibake:lost-byte-by-spelling`. Returns whether it read the lead.
 */
function frenchFinal(k: number, left: string, put: (r: Repair) => void): boolean {
  if (!/^\p{Ll}{3,}$/u.test(left) || FRENCH_GRAVE_END.test(left)) return false;
  bySpelling(
    k,
    'é',
    left,
    '',
    "the line's words read as French, which ends no such word in à: é, the participle's",
    put,
  );
  return true;
}

/**
 * (2026-12-07, h-moji24) The spelling signs of a line that name a language without a word list: a word writing
 * `ã` or `õ` is Portuguese (no other language guessed writes them), one writing `ñ`, or ending in `ci` or `si`,
 * a lone `Ã` and `n` (`-ción` whose ó lost its byte), Spanish. Each such word counts 1 toward the guess.
 * (Stop 56, h-moji26) A lowercase word ending in `-ión` written right counts 1 for Spanish too (Catalan writes
 * `-ió`, Portuguese `-ão`, French and Italian no accent), and one ending in a consonant and `o` or `os`
 * (`listo`, `marzo`, `campos`) half a point against Catalan, which ends few words so (its masculine drops the
 * `-o`: `llest`, `març`): Spanish and Catalan share most function words (`el`, `del`, `que`, `en`), and a
 * Spanish line holding only those tied the two.
 */
export function spellingScore(line: string): Partial<Record<Lang, number>> {
  let pt = 0;
  let es = 0;
  let it = 0;
  let ca = 0;
  for (const m of line.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (/[ãõ]/u.test(w)) pt++;
    else if (/\p{L}[ln]h[aeiouáéíóúâêô]/u.test(w)) pt += 0.5;
    if (/ñ/u.test(w) || /\p{Ll}i(?:Ã|ó)n$/u.test(w)) es++;
    if (/[^\WaeiouÃ][ìòù]$/u.test(w)) it++;
    if (/^\p{Ll}{2,}[bcdfgjlmnpqrstvxz]os?$/u.test(w)) ca -= 0.5;
  }
  return pt || es || it || ca ? { pt, es, it, ca } : {};
}

const VOWEL = /[aeiou]$/u;

/**
 * (2026-12-07, h-moji24) A lost byte in a Spanish or Portuguese word that no listed word or ending tells, read by
 * the language's spelling where it names one letter (h-moji23 did so for French):
 *
 * - Spanish, between two vowels: ñ (`seÃora`, `piÃas`: Spanish writes ñ there; not before a bare `a`, `as`,
 *   `an` after `a`, `e`, `o`, where the imperfect's í stands: `caía`, `leían`);
 * - Spanish, ending a word after a consonant or `i`, not after `ar`, `er`, `ir`: ó, the preterite's
 *   in a lowercase word (`anunció`, `inauguró`, `destinó`; `declaró` against `ampliará` is not told, so `-arÃ`
 *   stays; Stop 56, h-moji26: after `ar`, `er`, `ir`, `dr` á, the future's, the common preterites listed);
 * - Portuguese, after a consonant and before `a` or `u`: ç (`terça`, `força`, `lança`: Portuguese writes no
 *   accented vowel between a consonant and `a`);
 * - Portuguese, ending a word after an infinitive's `-ar`, `-er`, `-ir`, `-or`: á, the future's (`reabrirá`; not
 *   `trÃ`, a cut `três`).
 *
 * `reading` is the older rules' reading: where it is í (a dropped soft hyphen), it is kept (`guía`, `Martín`
 * spell so); à (a dropped no-break space) or a flag gives way.
 */
function iberianSpelling(
  lang: 'es' | 'pt',
  word: string,
  right: string,
  reading: string | null,
): string | null {
  // A dropped soft hyphen's í, the older reading, is kept: words with í (`guía`, `Martín`) spell so too.
  if (reading === 'í' || word.length < 2 || !/^\p{Lu}?\p{Ll}+$/u.test(word)) return null;
  const left = word.toLowerCase();
  if (lang === 'es') {
    if (VOWEL.test(left) && /^[aeiou]/u.test(right)) {
      if (/[aeo]$/u.test(left) && /^(?:a|as|an)$/u.test(right)) return null;
      return 'ñ';
    }
    if (right !== '' || left !== word || left.length < 3) return null;
    // (Stop 56, h-moji26) The future's á after an infinitive's `-ar`, `-er`, `-ir` or a shortened one's `-dr`
    // (`estará`, `abrirá`, `podrá`); the preterites of verbs in `-rar`, `-rer`, `-rir` common in news
    // (`declaró`, `consideró`, `retiró`) are listed and were tried first.
    if (/(?:[aei]r|dr)$/u.test(left)) return 'á';
    if (/(?:[^aeiou]|i)$/u.test(left)) return 'ó';
    return null;
  }
  // A lowercase word only: a name (`Vila SerrÃ`) may end in ã, and a consonant and `a` end few.
  if (left !== word) return null;
  if (/[bcdfghjklmnpqrstvz]$/u.test(left) && /^[au]/u.test(right)) return 'ç';
  if (right === '' && /[aeio]r$/u.test(left) && reading !== 'á') return 'á';
  return null;
}

function spelled(
  k: number,
  letter: string,
  lang: Lang,
  left: string,
  right: string,
  reading: string | undefined,
  put: (r: Repair) => void,
): void {
  if (reading === letter) return;
  bySpelling(
    k,
    letter,
    left,
    right,
    `the line reads as ${LANGUAGE_NAME[lang]}, no listed word tells the letter, and ${LANGUAGE_NAME[lang]} spelling writes "${letter}" there`,
    put,
  );
}

/** A lost byte read by a language's spelling (`mojibake:lost-byte-by-spelling`), `why` saying how. */
function bySpelling(
  k: number,
  letter: string,
  left: string,
  right: string,
  why: string,
  put: (r: Repair) => void,
): void {
  put({
    start: k,
    end: k + 1,
    replacement: letter,
    rule: 'mojibake:lost-byte-by-spelling',
    reason: `"Ã" in "${left}Ã${right}" is the lead byte of a two-byte UTF-8 character whose second byte was lost; ${why}`,
  });
}

/** A consonant (or a pair French spells as one sound or cluster: `qu` since Stop 56, `bibliothèque`) and a mute `e` ending a word. */
const CLOSED_SYLLABLE = /^(?:ch|gn|ll|tt|ss|qu|[bcdfgptv][rl]|[bcdfghjklmnpqrstvz])(?:e|es|ent)$/u;

/** A candidate's word is in the language's list itself (not only told by its ending). */
function listedIn(lang: Lang, c: Candidate): boolean {
  return listedWord(lang, c.word.toLowerCase());
}

function capital(
  k: number,
  right: string,
  lang: Lang | null,
  repairedElsewhere: boolean,
  hasReading: boolean,
  put: (r: Repair) => void,
): void {
  const hits = [...STRICT_CAPITALS].filter((c) => {
    const w = (c + right).toLowerCase();
    return CAPITAL_WORDS.has(w) || (lang !== null && listedWord(lang, w));
  });
  if (hits.length === 1) {
    put({
      start: k,
      end: k + 1,
      replacement: hits[0]!,
      rule: 'mojibake:lost-capital-by-word',
      reason: `"Ã" opens a word before a lowercase letter: the lead byte of a capital whose second byte a strict windows-1252 decoder dropped (Á 81, Í 8D, Ï 8F, Ð 90, Ý 9D); only "${hits[0]}" makes a known word or name of it ("${hits[0]}${right}")`,
    });
    return;
  }
  // (h-moji23) A French line's word opening so: a lowercase letter's byte lost (`Ãgaré`: égaré).
  if (hits.length === 0 && lang === 'fr') {
    frenchSpelling(k, '', right, put);
    return;
  }
  // (h-moji24) Another told language's word opening so, found in its list with one lowercase letter (`Ãltimo`).
  if (hits.length === 0 && lang !== null) {
    const lower = [...LETTERS[lang]].filter((c) => listedWord(lang, (c + right).toLowerCase()));
    if (lower.length === 1) {
      put({
        start: k,
        end: k + 1,
        replacement: lower[0]!,
        rule: 'mojibake:lost-byte-by-language',
        reason: `"Ã" opens a word before a lowercase letter: the lead byte of a two-byte UTF-8 character whose second byte was lost; the line's words read as ${LANGUAGE_NAME[lang]}, and only "${lower[0]}" makes a listed word of it ("${lower[0]}${right}")`,
      });
      return;
    }
  }
  if (hits.length === 0 && !hasReading && repairedElsewhere)
    put({
      start: k,
      end: k + 1,
      replacement: 'Ã',
      rule: 'mojibake:flag-lost-byte',
      reason: `"Ã" opens a word before a lowercase letter, in a line repaired elsewhere: the lead byte of a capital whose second byte was dropped (Á, Í, Ï, Ð or Ý); no known word tells which: left as it stands, not guessed`,
    });
}

/**
 * Whether the line writes a Latin-1 letter correctly outside every repair (`O Ãlvaro disse: é o fim`): a
 * strict decoder misreads the whole line, so such a line is no evidence of one.
 */
function writesLatin1(text: string, from: number, to: number, inLine: readonly Repair[]): boolean {
  let j = 0;
  for (let k = from; k < to; k++) {
    if (!/[\u00c0-\u00ff]/u.test(text[k]!) || text[k] === 'Ã' || text[k] === '×' || text[k] === '÷') continue;
    while (j < inLine.length && inLine[j]!.end <= k) j++;
    if (j >= inLine.length || inLine[j]!.start > k) return true;
  }
  return false;
}

/** `text[from, to)` with the repairs inside it applied. */
function repaired(text: string, from: number, to: number, repairs: readonly Repair[]): string {
  let out = '';
  let k = from;
  for (const r of repairs) {
    if (r.start < from || r.end > to || r.start < k) continue;
    out += text.slice(k, r.start) + r.replacement;
    k = r.end;
  }
  return out + text.slice(k, to);
}
