import { DATELINE } from '../text/dateline.js';
import type { Dossier } from '../model/dossier.js';
import { cosine } from '../text/similarity.js';
import { weakest } from '../model/certainty.js';
import { claimFamily, DEFAULT_ALIGN, sharesMoney, unitSimilarity, type ClaimUnit } from './align.js';
import { isAddress, wordsOf, type AlignedClaims } from './claims.js';
import type { FactInContext } from './facts.js';
import { keyOf } from './compare/align-facts.js';
import { valueKey } from './compare/values.js';
import { sentencePieces, type SentenceText } from './quotation.js';
import { compatible } from './compare/figures.js';

export type BriefItem = Dossier['brief'][number];

/**
 * A sentence telling what is to come (`the last hostage would be freed within days`, `talks
 * will resume on Monday`): a forecast, not what happened.
 */
const TELLS_FUTURE = /\b(?:will|would)\s+(?:not\s+|soon\s+|also\s+)?(?:be\s+|have\s+)?\p{Ll}+/u;

/** A sentence whose subject is a pronoun (`It was fined`, `He said`, `They were rescued`). */
const PRONOUN_OPENING = /^(?:It|He|She|They|This|These|Those)\b/;

/**
 * A sentence ranking an event among others (`the worst mining accident in the region since
 * 2019`, `the deadliest attack on record`, `the largest ever`): a superlative and what it is
 * measured against.
 */
const RANKS_EVENT =
  /\b(?:worst|deadliest|biggest|largest|longest|strongest|heaviest|highest|lowest|costliest|most\s+\p{L}+)\b[^.;]{0,160}?\b(?:since|ever|on\s+record|in\s+(?:history|decades|living\s+memory))\b/iu;

/** Two items this alike tell one fact. */
const REPEAT = 0.5;

/**
 * A sentence that is whole: it ends with a full stop, a question or an exclamation mark,
 * maybe inside closing quotes (`... anymore. ''`). Headlines and subheads the block labels
 * left in the body (`Historic dairy building destroyed by fire`) and fragments cut at a
 * comma are not.
 */
const WHOLE = /[.!?…](?:\s*(?:["'”’»)\]]|''))*\s*$/u;

/**
 * A headline left in the body (rule `brief:title-line`): a line whose every word of four letters
 * or more opens on a capital, ending on an exclamation mark (`Council Restores River Path
 * Funding!`). News sentences write their common words in lower case; headlines capitalise them.
 */
const TITLE_LINE = /^(?:[^\p{L}]*(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,3})\b)+[^\p{L}]*!\s*$/u;
const titleLine = (text: string): boolean =>
  TITLE_LINE.test(text) && (text.match(/\p{Lu}\p{Ll}{3,}/gu) ?? []).length >= 3;

/** Figures that make two sentences one fact when both state them: the same value of one thing. */
const FIGURES = new Set(['count', 'quantity', 'duration', 'time']);

/**
 * The brief stage: up to `max` distinct facts, each the verbatim text of a whole body
 * sentence (never a headline, deck, subhead or address line), most corroborated claims
 * first; no two items tell one fact (alike words, or one figure of one thing). An item cites
 * exactly the documents whose member of the claim states it (alike enough to join a claim
 * on its own), or whose sentence in another claim is as alike as a repeat and states it
 * (`brief:stated-elsewhere`), and carries the weakest certainty among those members. The strongest
 * contested point — a member that denies or cannot confirm a claim others assert — is
 * always among the items. When the documents span several days of publication, the lead of a
 * document of the latest day that tells someone or a figure no earlier day's document gives
 * (the successor named, the toll risen) is an item: the story's latest development, cited to
 * its own document; while there is room, so is each earlier day's after the first (rule
 * `brief:each-later-day`). When fewer than five claims are shared, the documents' own first
 * sentences fill in, each citing its own document.
 */
export function buildBrief(
  aligned: AlignedClaims,
  facts: readonly FactInContext[] = [],
  max = 8,
  discrepancies: Dossier['discrepancies'] = [],
  published: ReadonlyMap<string, string | null> = new Map(),
): BriefItem[] {
  const { claims, units, groups } = aligned;
  const docIndex = new Map(units.map((u) => [u.doc, u.docIndex]));
  const byDoc = (a: string, b: string): number => (docIndex.get(a) ?? 0) - (docIndex.get(b) ?? 0);
  // Pieces of a quotation running over several sentences, and halves of a sentence cut short
  // (see `sentencePieces`), by document.
  const pieces = new Set<number>();
  const sentencesOf = new Map<string, SentenceText[]>();
  units.forEach((u, index) => {
    if (u.kind !== 'sentence') return;
    const list = sentencesOf.get(u.doc);
    if (list) list.push({ index, text: u.text });
    else sentencesOf.set(u.doc, [{ index, text: u.text }]);
  });
  for (const list of sentencesOf.values())
    for (const i of sentencePieces(list.sort((a, b) => units[a.index]!.start - units[b.index]!.start)))
      pieces.add(i);
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const isBody = (u: ClaimUnit): boolean =>
    u.kind === 'sentence' &&
    !isAddress(u.text) &&
    WHOLE.test(u.text) &&
    !titleLine(u.text) &&
    !pieces.has(unitIndex.get(u)!);
  // The facts stating figures, and every value fact (figures, ages, times, dates), by document
  // and sentence; a sentence's figures are read when the brief first asks for them (most
  // sentences of a long story are never asked).
  const figureFacts = bySentence(facts, FIGURES);
  const valueFacts = bySentence(facts, VALUE_KINDS);
  // The figure facts of a unit's sentence.
  const sentenceFigures = (i: number): readonly FactInContext[] => {
    const u = units[i]!;
    return (u.sentence === null ? undefined : figureFacts.get(u.doc)?.get(u.sentence)) ?? [];
  };
  // What a figure is about: an amount of money or a measure is one figure whatever noun it is
  // read with (`$9 million in frozen assets`, `$9 million in funds`); a count is one with its
  // counted noun.
  const aboutKey = (f: FactInContext): string =>
    `${f.kind}|${f.kind === 'quantity' ? '' : f.about}|${f.unit ?? ''}`;
  // The figures each unit's sentence states, by what they are about and their value.
  const figures = new Map<number, ReadonlySet<string>>();
  const figuresOf = (i: number): ReadonlySet<string> => {
    let set = figures.get(i);
    if (set) return set;
    const made = new Set<string>();
    for (const f of sentenceFigures(i)) made.add(`${aboutKey(f)}|${f.value}`);
    figures.set(i, (set = made));
    return set;
  };
  const taken: number[] = [];
  const items: BriefItem[] = [];
  // The claim each item told and its sentence. A sentence that sits in the claim an item told
  // states that item, and is not told again, when the item's sentence sits in its own claim too
  // (rule `brief:told-both-ways`: two sentences each aligned into the claim the other tells) or
  // when it is alike enough to be cited for the item (rule `brief:states-told-item`, the test
  // `item` cites a document by): `The Harlow Hawks fired coach Lena Ruiz on Saturday` and `Lena
  // Ruiz is out as the Hawks' head coach` tell one fact. A sentence giving a sum or a measure the
  // item does not give tells more than the item, and may be told.
  const toldFrom: Array<{ unit: number; claim: number }> = [];
  // A sentence giving a sum or a measure another does not (`unveiled ... priced at €999`): as one
  // sum makes two sentences one fact, another sum is a fact of its own. A team's record (`fired
  // after a 9-14 start`, a quantity of unit `result`) is no sum: it tells why, not another fact.
  const tellsMoreSum = (unit: number, than: number): boolean =>
    [...figuresOf(unit)].some(
      (k) => k.startsWith('quantity|') && !k.includes('|result|') && !figuresOf(than).has(k),
    );
  // The claims found told so: their sentences do not fill in the brief either.
  const foundTold = new Set<number>();
  const toldBefore = (ci: number, unit: number): boolean =>
    toldFrom.some(
      (t) =>
        groups[t.claim]!.includes(unit) &&
        // Unless it gives a sum or a measure the item does not.
        !tellsMoreSum(unit, t.unit) &&
        (groups[ci]!.includes(t.unit) ||
          (unitSimilarity(units[t.unit]!, units[unit]!) >= DEFAULT_ALIGN.join &&
            toldSimilarity(units[t.unit]!, units[unit]!) >= DEFAULT_ALIGN.join)),
    );
  // An item repeats another when their words are alike, or when both state one figure of one
  // thing or one sum of money (`$9 million released`, `helped unblock $9 million`): the same
  // fact, told twice.
  const repeats = (i: number, beside?: readonly number[]): boolean =>
    taken.some(
      (t) =>
        !beside?.includes(t) &&
        (cosine(units[t]!.features, units[i]!.features) > REPEAT ||
          [...figuresOf(i)].some((k) => figuresOf(t).has(k)) ||
          sharesMoney(units[i]!, units[t]!) ||
          sharesOwnName(t, i)),
    );
  // The claims whose members name each entity (not as who reports): a name only the claims of
  // two items hold is what both tell of (`a bank account in South Ossetia` and `the newly
  // established account is held in South Ossetia`): one fact, told twice.
  const claimsNaming = new Map<string, Set<number>>();
  groups.forEach((g, ci) => {
    for (const j of g)
      for (const k of units[j]!.features.keys())
        if (k.startsWith('@') && !units[j]!.reporters?.has(k)) {
          const set = claimsNaming.get(k) ?? new Set<number>();
          claimsNaming.set(k, set.add(ci));
        }
  });
  // Each unit's claims, read once (not by scanning every claim at each question).
  const claimsOfUnit = new Map<number, number[]>();
  groups.forEach((g, ci) => {
    for (const j of g) claimsOfUnit.set(j, [...(claimsOfUnit.get(j) ?? []), ci]);
  });
  function sharesOwnName(t: number, i: number): boolean {
    // And a word of what they tell (`account`): two facts of one place are not one fact.
    let word = false;
    for (const k of units[i]!.features.keys())
      if (
        !/^[@#%]/.test(k) &&
        !units[i]!.nameWords.has(k) &&
        units[t]!.features.has(k) &&
        !units[t]!.nameWords.has(k)
      ) {
        word = true;
        break;
      }
    if (!word) return false;
    const mine = new Set([...(claimsOfUnit.get(t) ?? []), ...(claimsOfUnit.get(i) ?? [])]);
    for (const k of units[i]!.features.keys()) {
      if (!k.startsWith('@') || !units[t]!.features.has(k)) continue;
      if (units[i]!.reporters?.has(k) || units[t]!.reporters?.has(k)) continue;
      const holding = claimsNaming.get(k);
      if (holding && [...holding].every((c) => mine.has(c))) return true;
    }
    return false;
  }

  // A sentence that gives another figure of a thing the item counts or measures (`about 1,200
  // residents` against the item's `about 2,000 residents`) does not state the item, however
  // alike its words: citing it would lend the item a document that contradicts it.
  // Each unit's figures as what they are about -> the values given, read once a unit.
  const valuesRead = new Map<number, Map<string, Set<string>>>();
  const valuesOf = (i: number): Map<string, Set<string>> => {
    let m = valuesRead.get(i);
    if (m) return m;
    valuesRead.set(i, (m = new Map()));
    for (const k of figuresOf(i)) {
      const cut = k.lastIndexOf('|');
      const set = m.get(k.slice(0, cut));
      if (set) set.add(k.slice(cut + 1));
      else m.set(k.slice(0, cut), new Set([k.slice(cut + 1)]));
    }
    return m;
  };
  // The values each unit states of the story's factual discrepancies (an age, a time, a
  // spelling, a count): entry -> the values, read once a unit.
  const disputed = disputedValues(discrepancies);
  // Which entries each fact's thing is in: kind, what it is about and its unit -> entries.
  const factAt = new Map(facts.map((f) => [`${f.doc}:${f.start}:${f.end}`, f]));
  const entriesAbout = new Map<string, Set<number>>();
  for (const [doc, list] of disputed)
    for (const v of list) {
      const f = factAt.get(`${doc}:${v.start}:${v.end}`);
      if (!f || !f.about) continue;
      const set = entriesAbout.get(keyOf(f)) ?? new Set<number>();
      set.add(v.entry);
      entriesAbout.set(keyOf(f), set);
    }
  const statedRead = new Map<number, Map<number, Set<string>>>();
  const statedOf = (i: number): Map<number, Set<string>> => {
    let m = statedRead.get(i);
    if (m) return m;
    statedRead.set(i, (m = new Map()));
    const u = units[i]!;
    // A value in the unit's own words, or the same value its document gives elsewhere of that
    // entry (a headline's `toll rises to 23`, the sentence's `has risen to 23`).
    const own = new Set(factsOfUnit(valueFacts, u).map(factValueKey));
    for (const v of disputed.get(u.doc) ?? [])
      if ((v.start >= u.start && v.end <= u.end) || own.has(v.key)) addValue(m, v.entry, v.key);
    // Or a figure of what an entry is about, though the entry does not list the unit's own
    // (`Forty-eight people were killed`, when the entry sets 47 against another outlet's 48);
    // not in a sentence placed in an earlier year (`In 1987, an earthquake killed 212 people`),
    // whose figure is of another event than the entry's.
    if (!earlierYear(u.text, published.get(u.doc)))
      for (const f of factsOfUnit(valueFacts, u)) {
        for (const entry of entriesAbout.get(keyOf(f)) ?? [])
          if (!m.has(entry)) m.set(entry, new Set([factValueKey(f)]));
      }
    return m;
  };
  const docValues = new Map<string, Map<number, Set<string>>>();
  const docValuesOf = (doc: string): Map<number, Set<string>> => {
    let m = docValues.get(doc);
    if (m) return m;
    docValues.set(doc, (m = new Map()));
    for (const v of disputed.get(doc) ?? []) addValue(m, v.entry, v.key);
    return m;
  };
  const givesOtherFigure = (j: number, unit: number): boolean => {
    const mine = valuesOf(unit);
    for (const [about, values] of valuesOf(j)) {
      const own = mine.get(about);
      if (!own || [...values].every((v) => own.has(v))) continue;
      // A value that agrees with the unit's own is the same figure told otherwise (a relay's
      // `about 1,300 feet` for the wire's `about 400 metres`, `at least 12` for `12`).
      const ownFacts = sentenceFigures(unit).filter((f) => aboutKey(f) === about);
      const other = sentenceFigures(j).filter(
        (f) => aboutKey(f) === about && !own.has(String(f.value)) && !ownFacts.some((g) => oneFigure(g, f)),
      );
      if (other.length || !ownFacts.length) return true;
    }
    // A value the discrepancy stage set against the unit's own (`the guard, 55,` against the
    // item's `a 52-year-old security guard`).
    // Anywhere in its document: an article that gives three robbers does not back an item
    // telling four, whichever of its sentences sits in the claim.
    const stated = statedOf(unit);
    const theirs = docValuesOf(units[j]!.doc);
    for (const [entry, own] of stated) {
      const values = theirs.get(entry);
      if (!values || [...values].every((v) => own.has(v))) continue;
      // Unless each such value agrees with one the unit gives of that entry (`about 1,300 feet`
      // and `about 400 metres`: one side of the entry's conflict).
      const doc = units[j]!.doc;
      const ownFacts = factsOfUnit(valueFacts, units[unit]!).filter(
        (f) => FIGURE_SIDES.has(f.kind) && entriesAbout.get(keyOf(f))?.has(entry),
      );
      const agrees = (disputed.get(doc) ?? [])
        .filter((v) => v.entry === entry && !own.has(v.key))
        .every((v) => {
          const f = factAt.get(`${doc}:${v.start}:${v.end}`);
          return !!f && ownFacts.some((g) => oneFigure(g, f));
        });
      if (!agrees) return true;
    }
    return false;
  };
  // A headline giving another figure of what the item counts (`12 dead` against `rose to
  // 17`) does not back it either (headlines do not vote on which sentence tells a claim).
  const headlineGivesOther = (j: number, unit: number): boolean => {
    if (units[j]!.sentence !== null) return false;
    const mine = valuesOf(unit);
    return factsOfUnit(figureFacts, units[j]!).some((f) => {
      const own = mine.get(`${f.kind}|${f.kind === 'quantity' ? '' : f.about}|${f.unit ?? ''}`);
      return !!own && !own.has(String(f.value));
    });
  };
  // The figures each document gives anywhere: counts by value, measures and sums of money
  // by value and unit (`USD|2500000`: one sum in any notation).
  const figureKey = (f: FactInContext): string =>
    f.kind === 'count' ? `count|${f.value}` : `${f.unit ?? ''}|${f.value}`;
  const figuresIn = new Map<string, Set<string>>();
  const figureFactsIn = new Map<string, FactInContext[]>();
  for (const f of facts) {
    if (!givesFigure(f)) continue;
    const set = figuresIn.get(f.doc) ?? new Set<string>();
    set.add(figureKey(f));
    figuresIn.set(f.doc, set);
    const list = figureFactsIn.get(f.doc);
    if (list) list.push(f);
    else figureFactsIn.set(f.doc, [f]);
  }
  // The people each document names (the words of their names, lower case).
  const namedIn = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.kind !== 'name' || !f.about.startsWith('person:')) continue;
    const set = namedIn.get(f.doc) ?? new Set<string>();
    for (const w of String(f.value).toLowerCase().split(/\s+/)) set.add(w);
    namedIn.set(f.doc, set);
  }
  // The years each document names in any way (`in 2030`, `a 1999 incident`, `last year`), by document.
  const yearsIn = new Map<string, Set<string>>();
  const addYear = (doc: string, year: string | undefined): void => {
    if (year) yearsIn.set(doc, (yearsIn.get(doc) ?? new Set<string>()).add(year));
  };
  for (const u of units) for (const m of u.text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) addYear(u.doc, m[1]);
  for (const f of facts) addYear(f.doc, yearOf(f));
  // Each unit's words (lower case), read when first asked.
  const wordsRead = new Map<number, Set<string>>();
  const unitWords = (j: number): Set<string> => {
    let w = wordsRead.get(j);
    if (!w) wordsRead.set(j, (w = wordsOf(units[j]!.text)));
    return w;
  };
  // The units stating each item told (its own sentence and those citing it), by unit.
  const statingRead = new Map<string, number[]>();
  const statingOf = (ci: number, unit: number): number[] => {
    const key = `${ci}:${unit}`;
    let list = statingRead.get(key);
    if (!list) statingRead.set(key, (list = statingUnits(ci, unit)));
    return list;
  };
  const statingUnits = (ci: number, unit: number): number[] => {
    const u = units[unit]!;
    // The people the item tells of (not those it is attributed to): a document that never
    // names one of them does not state it, however alike its words (`Mira Osk, 34, was on the
    // upper deck` is not stated by a report that the ferry capsized, which never names her).
    const told = peopleTold(u, facts);
    // The counts, sums and terms the item gives: a document that gives none of them anywhere (in
    // any notation) does not state it (`the Bexley Group said it was cooperating` does not
    // state that it bought the hotel for €18 million; a report that names the spokesman does
    // not state that 41 were rescued); nor one giving fewer than half of them, or only one of
    // several (see `givesEnough`).
    const itemFigures = factsOfUnit(figureFacts, u).filter(givesFigure);
    const figures = itemFigures.map(figureKey);
    // The years the item dates things to: a document that dates nothing to one of them does not
    // state it (`the company said an inspection in 2030 had found no faults` is not stated by a
    // report of the burst dam that never tells of 2030; rule `brief:years-given`, stop 58).
    // (A year a document is published in is told by it.)
    const years = [
      ...new Set(
        factsOfUnit(valueFacts, u)
          .map(yearOf)
          .filter((y) => !!y),
      ),
    ];
    // A figure a document gives in any notation or unit (`about 1,300 feet` for `about 400 metres`).
    const given = (doc: string): number =>
      itemFigures.filter(
        (f, k) =>
          figuresIn.get(doc)?.has(figures[k]!) || (figureFactsIn.get(doc) ?? []).some((g) => oneFigure(f, g)),
      ).length;
    const states = (j: number): boolean =>
      units[j]!.doc !== u.doc &&
      unitSimilarity(u, units[j]!) >= DEFAULT_ALIGN.join &&
      toldSimilarity(u, units[j]!) >= DEFAULT_ALIGN.join &&
      // A denial is stated by the documents that deny, not by those telling what it denies.
      (units[j]!.certainty === 'denied') === (u.certainty === 'denied') &&
      // A ranking (`the worst since 2019`) is stated only by a sentence that ranks it too.
      (!RANKS_EVENT.test(u.text) || RANKS_EVENT.test(units[j]!.text)) &&
      !givesOtherFigure(j, unit) &&
      !headlineGivesOther(j, unit) &&
      givesEnough(given(units[j]!.doc), figures.length) &&
      years.every(
        (y) => yearsIn.get(units[j]!.doc)?.has(y!) || !!published.get(units[j]!.doc)?.startsWith(y!),
      ) &&
      // Named in the document's facts, or in the sentence itself (rule `brief:named-in-sentence`:
      // `GM Dana Pell had signed ...` names the person the facts layer read no name for there).
      told.every((name) => name.some((w) => namedIn.get(units[j]!.doc)?.has(w) || unitWords(j).has(w)));
    const stating = groups[ci]!.filter((j) => j === unit || states(j));
    // A document whose sentence telling the item sits in another claim (rule
    // `brief:stated-elsewhere`): a body sentence of it outside this claim as alike as two items
    // telling one fact (see `REPEAT`) that states the item by the same test.
    const citing = new Set(stating.map((j) => units[j]!.doc));
    for (const [doc, list] of sentencesOf) {
      if (citing.has(doc)) continue;
      const j = list.find(
        (x) =>
          !groups[ci]!.includes(x.index) &&
          isBody(units[x.index]!) &&
          cosine(u.features, units[x.index]!.features) > REPEAT &&
          states(x.index),
      );
      if (j !== undefined) stating.push(j.index);
    }
    return stating;
  };
  const item = (ci: number, unit: number): BriefItem => {
    const u = units[unit]!;
    const stating = statingOf(ci, unit);
    const docs = [...new Set(stating.map((j) => units[j]!.doc))].sort(byDoc);
    const also = claims.filter((_, k) => k !== ci && groups[k]!.includes(unit)).map((o) => o.id);
    return {
      text: withoutDateline(u.text),
      claims: [claims[ci]!.id, ...also],
      docs,
      certainty: weakest(stating.map((j) => units[j]!.certainty)),
    };
  };
  // Where fewer outlets give a value than give another of the same thing (`three crew members`
  // in one, `two` in two others), or as many: a sentence stating it is a last choice for an item.
  const outvoted = minorityValues(discrepancies, factAt);
  // Whether unit `i` states one of the values of `spans` (by document).
  const states = (spans: ReturnType<typeof minorityValues>, i: number): boolean =>
    spans.get(units[i]!.doc)?.some((v) => units[i]!.start <= v.start && v.end <= units[i]!.end) ?? false;
  const isOutvoted = (i: number): boolean => states(outvoted, i);
  // A value fewer documents give than give another (not one of a tie, which each side disputes).
  const minority = minorityValues(discrepancies, factAt, true);
  const isMinority = (i: number): boolean => states(minority, i);
  // The body sentence of a claim most like the claim's other outlets that do not contradict it,
  // one stating no outvoted value first.
  const central = (ci: number, skip?: (i: number) => boolean): number | undefined => {
    const g = skip ? groups[ci]!.filter((i) => !skip(i)) : groups[ci]!;
    // A sentence ranking the event (`the worst accident in the region since 2019`) tells a
    // judgement, not what happened; one opening with a pronoun (`It was fined ...`) needs the
    // sentence before it: each a later choice.
    // A forecast among members telling what happened (`the last hostage would be freed within
    // days` in the claim of hostages freed) is a later choice too; a claim most of whose
    // members tell what is to come (a deal announced: `will buy`) is told by one of them.
    const future = g.filter((i) => TELLS_FUTURE.test(units[i]!.text)).length;
    const later = (i: number): boolean =>
      RANKS_EVENT.test(units[i]!.text) ||
      PRONOUN_OPENING.test(withoutDateline(units[i]!.text)) ||
      (2 * future < g.length && TELLS_FUTURE.test(units[i]!.text));
    const unit =
      best(
        g.filter((i) => !isOutvoted(i) && !later(i)),
        g,
      ) ??
      best(
        g.filter((i) => !later(i)),
        g,
      ) ??
      best(
        g.filter((i) => !isOutvoted(i)),
        g,
      ) ??
      best(g, g);
    return unit === undefined ? unit : firmerTwin(unit, g);
  };
  // A hedged copy (`Seven survivors were reportedly pulled from the wreckage, the agency said`)
  // yields to the sentence of another outlet telling the same fact without the hedge (`Rescuers
  // pulled seven survivors from the wreckage, the civil aviation authority said`): every figure
  // the copy gives and no other, or, giving none, words as alike as two items telling one fact;
  // the most alike such sentence. A sentence that only shares the claim's words (`recovered
  // both flight recorders from the wreckage`) is no twin.
  const firmerTwin = (unit: number, g: readonly number[]): number => {
    const h = units[unit]!;
    if (h.certainty !== 'hedged') return unit;
    const mine = [...figuresOf(unit)];
    let twin = unit;
    let score = DEFAULT_ALIGN.join;
    for (const j of g) {
      const u = units[j]!;
      // An original stating a value one other outlet disputes, one against one (`at 3:40 a.m.`
      // against another's `shortly after 2 a.m.`), is still the firmer twin of its hedged copy,
      // which trims that value: only a value fewer outlets give than another keeps the copy.
      if (u.doc === h.doc || !isBody(u) || isMinority(j)) continue;
      if (u.certainty !== 'asserted' && u.certainty !== 'attributed') continue;
      if (givesOtherFigure(j, unit) || givesOtherFigure(unit, j)) continue;
      if (toldSimilarity(h, u) < DEFAULT_ALIGN.join) continue;
      if (mine.length ? !mine.every((k) => figuresOf(j).has(k)) : cosine(h.features, u.features) <= REPEAT)
        continue;
      const s = unitSimilarity(h, u);
      if (s >= score) {
        score = s;
        twin = j;
      }
    }
    return twin;
  };
  const best = (candidates: readonly number[], g: readonly number[]): number | undefined => {
    let best: number | undefined;
    let score = -1;
    for (const i of candidates) {
      if (!isBody(units[i]!)) continue;
      // Members that give another figure of what it counts do not back it: the reading most
      // outlets give wins over a lone one.
      const s = g.reduce(
        (x, j) =>
          x +
          (units[j]!.doc === units[i]!.doc || givesOtherFigure(j, i)
            ? 0
            : unitSimilarity(units[i]!, units[j]!)),
        0,
      );
      if (s > score) {
        score = s;
        best = i;
      }
    }
    return best;
  };

  const latest = latestLeads(units, facts, published, isBody);
  const room = max - Math.min(latest.length, 1);

  const order = claims
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        b.c.outlets - a.c.outlets ||
        b.c.origins.length - a.c.origins.length ||
        b.c.members.length - a.c.members.length,
    );
  const used = new Set<number>();
  // The sentences stating each item told, by the item's sentence (rule `brief:one-sentence-both`).
  const statingTold = new Map<number, readonly number[]>();
  // A third document's sentence stating both an item told and the candidate, by which alone that
  // document states the candidate: it tells the two as one fact (`The Hawks fired Lena Ruiz, who
  // is out as head coach` for `fired coach Lena Ruiz` and `Lena Ruiz is out as head coach`). Not
  // the item's own sentence or the candidate's (whether one states the other is `toldBefore`'s
  // question, asked more strictly), nor a sentence of a document with another sentence stating
  // the candidate: the sentence it shares with an item may be cited for both by a likeness of
  // words only (a director's `the inspection found no fault with the gates` for her own `blamed a
  // gate` and for a councillor's `inspectors had warned about the gates`, which the document tells
  // in a sentence of its own).
  const oneSentenceBoth = (stating: readonly number[], unit: number): boolean =>
    stating.some(
      (j) =>
        j !== unit &&
        stating.every((k) => k === j || units[k]!.doc !== units[j]!.doc) &&
        [...statingTold].some(([t, list]) => j !== t && list.includes(j) && !tellsMoreSum(unit, t)),
    );
  /** A denial or a doubt (`could not confirm`). */
  const isDoubt = (i: number): boolean =>
    units[i]!.certainty === 'denied' || units[i]!.certainty === 'unconfirmed';
  // The strongest contested point: a denial first, then a claim no one could confirm.
  for (const certainty of ['denied', 'unconfirmed'] as const) {
    const contested = order.find(
      ({ c }) => c.outlets >= 2 && c.members.some((m) => m.certainty === certainty),
    );
    if (!contested) continue;
    const unit = groups[contested.i]!.find((j) => units[j]!.certainty === certainty && isBody(units[j]!));
    if (unit === undefined) continue;
    taken.push(unit);
    items.push(item(contested.i, unit));
    statingTold.set(unit, statingOf(contested.i, unit));
    // Every claim the denial sits in (the claim it denies, the claim of the denials) is told by it.
    groups.forEach((g, k) => {
      if (g.includes(unit)) used.add(k);
    });
    break;
  }
  for (const { i } of order) {
    if (items.length >= room) break;
    // A claim's contested point above is told once: a claim whose most central member is
    // itself a denial or a doubt is not told again (two denials of one claim are one fact).
    let unit = central(i);
    // The claim a denial told above is told by its most central member that states it (`A drone
    // strike destroyed a fuel depot ...` beside `The militia denied it was behind the attack`):
    // the denial is the contested point, not the claim, and telling what it denies is no repeat
    // of it (rule `brief:asserted-beside-denial`, stop 58). Its denials are not told again.
    const denied = unit !== undefined && used.has(i) && isDoubt(unit);
    if (denied) unit = central(i, isDoubt);
    if (unit === undefined || repeats(unit, denied ? groups[i]!.filter(isDoubt) : undefined)) continue;
    if (toldBefore(i, unit)) {
      foundTold.add(i);
      continue;
    }
    if (used.has(i) && isDoubt(unit)) continue;
    // Nor is a claim the contested point names that only one outlet asserts (`Residents said
    // large cracks had appeared in the dam` beside `the government denied reports that the dam
    // had been damaged`): the denial told it.
    if (used.has(i) && new Set(groups[i]!.filter((j) => !isDoubt(j)).map((j) => units[j]!.doc)).size < 2)
      continue;
    // A third document tells an earlier item and this one in one sentence, and this one in no
    // other (rule `brief:one-sentence-both`): one fact. Unless this one gives a sum or a measure
    // that item does not (see `tellsMoreSum`).
    if (oneSentenceBoth(statingOf(i, unit), unit)) {
      foundTold.add(i);
      continue;
    }
    taken.push(unit);
    toldFrom.push({ unit, claim: i });
    items.push(item(i, unit));
    statingTold.set(unit, statingOf(i, unit));
    used.add(i);
  }
  // The latest development: told once, whatever its words share with the first report's (it
  // names what is new), unless an item already states its new figure or sum. Then, while there
  // is room, the development of each day before it and after the first (rule
  // `brief:each-later-day`): a story told over three days has an update on the second day the
  // third day's report may not repeat (the toll risen to five, then an analysis giving `at least
  // 30` sickened).
  const days = [
    ...new Set([...published.values()].map((d) => d?.slice(0, 10)).filter((d): d is string => !!d)),
  ].sort();
  const developments = [
    latest,
    ...days
      .slice(1, -1)
      .reverse()
      .map((day) => latestLeads(units, facts, published, isBody, day)),
  ];
  for (const leads of developments)
    for (const i of leads) {
      if (items.length >= max) break;
      if (taken.includes(i)) continue;
      if ([...figuresOf(i)].some((k) => taken.some((t) => figuresOf(t).has(k)))) continue;
      if (taken.some((t) => sharesMoney(units[i]!, units[t]!))) continue;
      taken.push(i);
      const ci = groups.findIndex((g) => g.includes(i));
      // Also cited to a report of its day whose own sentence of the claim gives its new figure
      // (the day's other outlet telling `the toll rose to 17`); an earlier report cannot have
      // told what is new, and one sentence alike in words but without the figure does not state it.
      const day = (doc: string): string => published.get(doc)?.slice(0, 10) ?? '';
      const mine = [...figuresOf(i)];
      const docs = new Set([units[i]!.doc]);
      for (const j of ci >= 0 && mine.length ? groups[ci]! : [])
        if (day(units[j]!.doc) === day(units[i]!.doc) && mine.every((k) => figuresOf(j).has(k)))
          docs.add(units[j]!.doc);
      items.push({
        text: withoutDateline(units[i]!.text),
        claims: claims.filter((_, k) => groups[k]!.includes(i)).map((c) => c.id),
        docs: [...docs].sort(byDoc),
        certainty: units[i]!.certainty,
      });
      if (ci >= 0) used.add(ci);
      break;
    }
  // The denials and doubts of claims an item tells: not told again as a document's own
  // sentence (another sum or figure in such a claim is another fact, and may fill in).
  const told = new Set([...used].flatMap((ci) => groups[ci]!).filter(isDoubt));
  if (items.length < 5) {
    const rest = units
      .map((_, i) => i)
      .filter((i) => isBody(units[i]!))
      .sort((a, b) => (units[a]!.sentence ?? 0) - (units[b]!.sentence ?? 0));
    for (const i of rest) {
      if (items.length >= 5) break;
      const u = units[i]!;
      if (
        told.has(i) ||
        repeats(i) ||
        taken.some((t) => cosine(units[t]!.features, u.features) > 0.3) ||
        // Nor a sentence of a claim found told already (`brief:told-both-ways`, `brief:states-told-item`).
        (claimsOfUnit.get(i) ?? []).some((ci) => foundTold.has(ci))
      )
        continue;
      taken.push(i);
      items.push({ text: withoutDateline(u.text), claims: [], docs: [u.doc], certainty: u.certainty });
    }
  }
  return items;
}

/**
 * The year a date fact names alone or with its month (`in 2030`, `March 2029`), or undefined: a
 * day's full date is the event's moment, told by reports in other ways (`on Saturday`).
 */
const yearOf = (f: FactInContext): string | undefined =>
  f.kind === 'date' ? /^(\d{4})(?:-\d\d)?$/.exec(String(f.value))?.[1] : undefined;

/**
 * A fact an item's documents must give to state it: a count, a sum or a measure, or the span of
 * an act or the prison term it tells (`sentenced ... to 12 years`, `deliberated for five hours`;
 * a span no act is read for is not compared, and gives none).
 */
const givesFigure = (f: FactInContext): boolean =>
  f.kind === 'count' || f.kind === 'quantity' || (f.kind === 'duration' && f.about.startsWith('during:'));

/**
 * The leads (first whole body sentences) of the documents published on the story's latest day,
 * when the documents span several days, that tell what no earlier day's document does: a
 * person named nowhere before (a successor, a new suspect) or a count or sum given nowhere
 * before (a toll risen to 17). In document order. Leads of a one-day story: none.
 */
function latestLeads(
  units: readonly ClaimUnit[],
  facts: readonly FactInContext[],
  published: ReadonlyMap<string, string | null>,
  isBody: (u: ClaimUnit) => boolean,
  upTo?: string,
): number[] {
  const day = (doc: string): string | undefined => published.get(doc)?.slice(0, 10) || undefined;
  const days = [...new Set(units.map((u) => day(u.doc)).filter((d): d is string => !!d))].sort();
  if (days.length < 2) return [];
  // The latest day, or the day `upTo` as the latest (a development of a day before the last).
  const last = upTo ?? days[days.length - 1]!;
  // What the earlier days' documents give: the words of the people they name, their figures.
  const earlier = (doc: string): boolean => {
    const d = day(doc);
    return d !== undefined && d < last;
  };
  const figure = (f: FactInContext): string =>
    f.kind === 'count' ? `count|${f.value}` : `${f.unit ?? ''}|${f.value}`;
  // A person is known by the entity key facts about them carry (`person:ines-marlowe`: a name
  // is a fact at its first mention only, a role or an age at theirs).
  const named = new Set<string>();
  const figures = new Set<string>();
  for (const f of facts) {
    if (!earlier(f.doc)) continue;
    if (f.about.startsWith('person:')) named.add(f.about);
    if (givesFigure(f)) figures.add(figure(f));
  }
  const leads = new Map<string, number>();
  units.forEach((u, i) => {
    if (day(u.doc) !== last || !isBody(u)) return;
    const at = leads.get(u.doc);
    if (at === undefined || (u.sentence ?? 0) < (units[at]!.sentence ?? 0)) leads.set(u.doc, i);
  });
  // The facts of the latest day's documents, by document (read once, not once per lead).
  const factsOf = new Map<string, FactInContext[]>();
  for (const f of facts) {
    if (!leads.has(f.doc)) continue;
    const list = factsOf.get(f.doc);
    if (list) list.push(f);
    else factsOf.set(f.doc, [f]);
  }
  const out: number[] = [];
  for (const i of [...leads.values()].sort((a, b) => units[a]!.docIndex - units[b]!.docIndex)) {
    const u = units[i]!;
    const inIt = (factsOf.get(u.doc) ?? []).filter((f) => f.start >= u.start && f.end <= u.end);
    const newPerson = inIt.some((f) => f.about.startsWith('person:') && !named.has(f.about));
    const newFigure = inIt.some((f) => givesFigure(f) && !figures.has(figure(f)));
    if (newPerson || newFigure) out.push(i);
  }
  return out;
}

/**
 * The facts of `kinds` a unit states: those of its sentence, or for a headline or deck
 * (no sentence) those read inside its span (a headline's `12 dead` is a figure it gives).
 */
function factsOfUnit(
  bySent: ReadonlyMap<string, ReadonlyMap<number, readonly FactInContext[]>>,
  u: ClaimUnit,
): readonly FactInContext[] {
  const sentences = bySent.get(u.doc);
  if (!sentences) return [];
  if (u.sentence !== null) return sentences.get(u.sentence) ?? [];
  const out: FactInContext[] = [];
  for (const list of sentences.values())
    for (const f of list) if (f.start >= u.start && f.end <= u.end) out.push(f);
  return out;
}

/** A name followed by what reports a statement (`Teodor Vasko said`, `Osk, a teacher, told`). */
const SAYS_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|added|stated|explained|confirmed|wrote)\b/i;
/** What a statement is credited to, before a name (`according to police spokesman`). */
const ACCORDING_BEFORE = /\baccording to\s+(?:[\p{L}'’.-]+\s+){0,4}$/iu;

/**
 * The people a unit tells of, each as the lower-case words of their name: the person names
 * in its span that are not the source it is attributed to (a name right before `said` or
 * `told`, or after `according to`).
 */
function peopleTold(u: ClaimUnit, facts: readonly FactInContext[]): string[][] {
  const out: string[][] = [];
  for (const f of facts) {
    if (f.doc !== u.doc || f.kind !== 'name' || !f.about.startsWith('person:')) continue;
    if (f.start < u.start || f.end > u.end) continue;
    // The unit's text is repaired: find the name in it where the offsets no longer fit.
    let at = f.start - u.start;
    if (u.text.slice(at, at + f.text.length) !== f.text) at = u.text.indexOf(f.text);
    if (at < 0) continue;
    const after = u.text.slice(at + f.text.length);
    const before = u.text.slice(0, at);
    if (SAYS_AFTER.test(after) || ACCORDING_BEFORE.test(before)) continue;
    out.push(String(f.value).toLowerCase().split(/\s+/));
  }
  return out;
}

/**
 * How alike two units are in what they tell, leaving out who tells it: the names of the people
 * the first gives as its source (`..., Interior Minister Pavol Strenk said`) and the second names
 * too, as entity keys and as words. Two statements of one speaker about different things, or a
 * statement and another thing the speaker did, do not state each other.
 */
function toldSimilarity(a: ClaimUnit, b: ClaimUnit): number {
  // What a named person only thinks may be (`Harrow said the Labour Alliance could still try to
  // form a government`: hedged) is their view, stated only by a sentence that names them, not by
  // one telling what is (`The Labour Alliance won 38 seats`) or another's view.
  if (a.certainty === 'hedged')
    for (const k of a.reporters ?? [])
      if (k.startsWith('@person:') && !b.features.has(k) && !b.reporters?.has(k)) return 0;
  // A named person the item reports, whom the other names in any role: what the item tells is
  // their words, which a sentence naming them for something else (`Marot will visit the docks`
  // against `Marot said the higher price was justified`) does not state. A named person only:
  // `police say` is also who acted (`police pulled him over`).
  const reporters = new Set(
    [...(a.reporters ?? [])].filter((k) => b.features.has(k) && k.startsWith('@person:')),
  );
  if (!reporters.size) return unitSimilarity(a, b);
  const drop = new Set<string>(reporters);
  for (const k of reporters)
    for (const w of k.slice(k.indexOf(':') + 1).split('-')) if (w.length > 2) drop.add(claimFamily(w));
  const without = (m: ReadonlyMap<string, number>): Map<string, number> =>
    new Map([...m].filter(([k]) => !drop.has(k)));
  return cosine(without(a.features), without(b.features)) >= cosine(a.features, b.features)
    ? unitSimilarity(a, b)
    : unitSimilarity({ ...a, features: without(a.features) }, { ...b, features: without(b.features) });
}

/** The text names a year before its document's publication (`In 1987, ...`). */
function earlierYear(text: string, published: string | null | undefined): boolean {
  const year = Number(published?.slice(0, 4));
  if (!year) return false;
  return [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].some((m) => Number(m[1]) < year);
}

/** A sentence without the dateline it opens with: the brief tells the fact, not where the wire filed it. */
export const withoutDateline = (text: string): string => text.replace(DATELINE, '');

/** Factual kinds whose values one outlet can be outvoted on. */
const OUTVOTABLE = new Set(['count', 'quantity', 'age', 'date', 'time', 'place', 'spelling', 'role']);

/** Kinds of facts whose values the discrepancy stage compares. */
const VALUE_KINDS = new Set(['count', 'quantity', 'age', 'time', 'date']);

/** A fact's value as a discrepancy's values are keyed (see {@link valueKey}). */
const factValueKey = (f: FactInContext): string => `${f.value}|${f.unit ?? ''}`;

/** Adds a value to an entry's set. */
function addValue(m: Map<number, Set<string>>, entry: number, key: string): void {
  const set = m.get(entry);
  if (set) set.add(key);
  else m.set(entry, new Set([key]));
}

/** The facts of the given kinds, by document and sentence. */
function bySentence(
  facts: readonly FactInContext[],
  kinds: ReadonlySet<string>,
): Map<string, Map<number, FactInContext[]>> {
  const out = new Map<string, Map<number, FactInContext[]>>();
  for (const f of facts) {
    if (!kinds.has(f.kind)) continue;
    let sentences = out.get(f.doc);
    if (!sentences) out.set(f.doc, (sentences = new Map()));
    const list = sentences.get(f.sentence);
    if (list) list.push(f);
    else sentences.set(f.sentence, [f]);
  }
  return out;
}

/** The values of the factual discrepancies, by document: which entry, which value, where. */
function disputedValues(
  discrepancies: Dossier['discrepancies'],
): Map<string, Array<{ entry: number; key: string; start: number; end: number }>> {
  const out = new Map<string, Array<{ entry: number; key: string; start: number; end: number }>>();
  discrepancies.forEach((x, entry) => {
    // An update too: a figure a later report revised is still another figure than the item's.
    if (!OUTVOTABLE.has(x.kind) && x.kind !== 'update') return;
    for (const v of x.values) {
      const list = out.get(v.doc) ?? [];
      list.push({ entry, key: valueKey(v), start: v.start, end: v.end });
      out.set(v.doc, list);
    }
  });
  return out;
}

/**
 * The values of factual discrepancies that do not stand, by document: those fewer documents
 * give than give another value of the same entry (a relay's garbled figure against the
 * source's own and another's), and both sides of a tie (unless `strict`: the minority only).
 */
function minorityValues(
  discrepancies: Dossier['discrepancies'],
  factAt: ReadonlyMap<string, FactInContext> = new Map(),
  strict = false,
): Map<string, Array<{ start: number; end: number }>> {
  const out = new Map<string, Array<{ start: number; end: number }>>();
  for (const x of discrepancies) {
    if (!OUTVOTABLE.has(x.kind)) continue;
    // Figures side by side as the discrepancy stage reads them: values that agree (`about 400
    // metres` and `about 1,300 feet`, `at least 12` and `13`) are one side, whatever their
    // notation; other values by their value.
    const classes: Array<{ facts: FactInContext[]; key: string }> = [];
    const sideOf = (v: Dossier['discrepancies'][number]['values'][number]): string => {
      const f = FIGURE_SIDES.has(x.kind) ? factAt.get(`${v.doc}:${v.start}:${v.end}`) : undefined;
      if (!f) return `=${valueKey(v)}`;
      let c = classes.find((k) => k.facts.every((g) => compatible(g, f)));
      if (!c) classes.push((c = { facts: [], key: `~${classes.length}` }));
      c.facts.push(f);
      return c.key;
    };
    const sides = x.values.map(sideOf);
    const docsOf = new Map<string, Set<string>>();
    x.values.forEach((v, i) => {
      const set = docsOf.get(sides[i]!) ?? new Set<string>();
      set.add(v.doc);
      docsOf.set(sides[i]!, set);
    });
    // Only a side more documents give than any other stands; in a tie, each is disputed.
    const sizes = [...docsOf.values()].map((d) => d.size).sort((a, b) => b - a);
    const standing = sizes[0]! > (sizes[1] ?? 0) ? sizes[0]! : strict ? 0 : Infinity;
    x.values.forEach((v, i) => {
      if (docsOf.get(sides[i]!)!.size >= standing) return;
      const list = out.get(v.doc) ?? [];
      list.push({ start: v.start, end: v.end });
      out.set(v.doc, list);
    });
  }
  return out;
}

/** Qualifiers that bound a figure on one side only: `at least 12` allows 17 without being 17. */
const ONE_SIDED = new Set(['at least', 'more than', 'at most', 'up to', 'fewer than']);

/**
 * Two values that are one figure told otherwise (`about 400 metres` and `about 1,300 feet`, `nine
 * acres` and `8.7 acres`): what each allows overlaps, and neither is an open bound or a range,
 * which allow a later, higher figure without telling it.
 */
const oneFigure = (a: FactInContext, b: FactInContext): boolean =>
  compatible(a, b) && ![a, b].some((f) => (f.qualifier && ONE_SIDED.has(f.qualifier)) || f.low !== undefined);

/** Kinds whose values are figures the discrepancy stage reads with their qualifiers and rounding. */
const FIGURE_SIDES = new Set(['count', 'quantity', 'age', 'time']);

/**
 * Whether a document giving `given` of an item's `figures` figures states it: all of one; of
 * several, at least half and at least two (`The plane was carrying 174 passengers` does not
 * state `180 people on board, 174 passengers and six crew, ... killing at least 40 people`,
 * and a report of the $9 million alone does not state that they are `a fraction of $30 million
 * frozen`: one figure the item shares with the claim is not what the item tells).
 */
export const givesEnough = (given: number, figures: number): boolean =>
  figures < 2 ? given >= figures : given >= 2 && 2 * given >= figures;
