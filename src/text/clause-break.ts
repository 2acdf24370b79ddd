/**
 * What opens a clause of its own between two dates of one sentence (`resigned on Monday after
 * the board met on Saturday`, `rose 3 per cent on Tuesday after falling 7 per cent on
 * Monday`, `…on Friday; on Sunday …`): a subordinating word, a semicolon or dash, or a comma
 * with a conjunction. Not a bare `and` (`on Monday and Tuesday`) nor a comma (`on Monday,
 * March 3`): those join two dates of one event.
 */
// A relative clause opened after a comma (`Tributes poured in on Tuesday for Ana Pell, who died
// on Thursday`) is a clause of its own too (rule `clause:relative-opened`); so is `and` before a
// past-tense verb (`arrested him on Saturday and charged him on Monday`: rule
// `clause:and-past-verb`, h-disc55); so is a relative pronoun with no comma before a past-tense
// verb (`began on Wednesday to examine a pipeline that burst on Monday`: rule
// `clause:relative-past-verb`, stop 54).
const PAST_VERB = String.raw`(?:\p{Ll}{2,}ed|was|were|went|came|left|took|made|struck|fell|rose|began|became|ran|spent|met|won|lost|hit|flew|drove|burst|broke|blew|sank|caught)`;
const CLAUSE_BREAK = new RegExp(
  String.raw`[;—–]|,\s*(?:and|but|while|whereas|who|which|whose)\b|\b(?:after|before|when|while|whereas|since|until|till|following|because|then)\b|\band\s+(?=${PAST_VERB}\s)|\b(?:that|which|who)\s+(?=${PAST_VERB}\s)`,
  'giu',
);

/**
 * The breaks that open a clause in `gap`, the text between two dates, as [index, length]:
 * not a word that is the later date's own preposition (`sold since 2029`: nothing follows it
 * but the date).
 */
export function clauseBreaks(gap: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of gap.matchAll(CLAUSE_BREAK)) {
    const rest = gap.slice(m.index! + m[0].length);
    if (/\p{L}{2,}/u.test(rest) && !SPAN_AFTER.test(rest)) out.push([m.index!, m[0].length]);
  }
  return out;
}

/**
 * A span of time after the word, which is then a preposition, not the opening of a clause:
 * `parole after 35 years`, `released before six months`, `following a three-week trial`.
 */
const SPAN_AFTER =
  /^\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:[\s-]+[\p{L}-]+)?[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?)\b/iu;

/** A relative clause opened before a date and not closed yet (`Dorin Malek, who escaped from prison `). */
const OPEN_RELATIVE = /,\s+(?:who|which)\b[^,;()]*$/i;

/**
 * The comma in `gap` that closes a relative clause holding the earlier date, the main clause
 * going on with its own verb (`Dorin Malek, who escaped on Sunday, appeared in court on
 * Wednesday`), as [index, length]; `before` is the sentence up to the earlier date. Null when
 * the date is in no such clause or the gap opens with no comma (rule `clause:relative-closed`).
 */
export function relativeClauseEnd(before: string, gap: string): [number, number] | null {
  // A relative clause with no commas (`A boy who went missing on Friday was found on Monday`): the
  // main clause goes on with its own passive or perfect verb right after the earlier date (rule
  // `clause:restrictive-relative`, stop 58).
  if (OPEN_RESTRICTIVE.test(before) && PREDICATE_AFTER.test(gap)) return [0, 1];
  if (!OPEN_RELATIVE.test(before)) return null;
  const m = /^(\s*,)\s+\p{Ll}{2,}/u.exec(gap);
  return m ? [m[1]!.length - 1, 1] : null;
}

/** A relative clause opened with no comma after a noun (`A boy who went missing `, `the dam that burst `). */
const OPEN_RESTRICTIVE = /\b\p{L}{3,}\s+(?:who|that)\s+[^,;()]*$/iu;
/** A main clause's own verb, passive or perfect, opening the gap: ` was found alive on `, ` has been charged `. */
const PREDICATE_AFTER =
  /^\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+\p{Ll}{3,}(?:ed|en|nd|wn|ght)\b/u;
