import type {
  Attribution,
  Certainty,
  CertaintyCue,
  EntityMention,
  Quote,
  Sentence,
  SentenceCertainty,
} from '../model/document.js';
import { spansWithin, type Span } from '../model/span.js';
import type { RepairedView } from '../repair/view.js';
import { TITLE } from '../mentions/gazetteer.js';
import {
  ALL_VERBS,
  AUXILIARIES,
  BASE_FORMS,
  CERTAINTY_CUES,
  MANNER_ADVERB,
  MAY_SOURCE_AFTER,
  PARTICIPLES,
  SOURCE_AFTER,
  STANCE_VERBS,
  STRONG_VERBS,
  WEAK_VERBS,
} from './cues.js';

/**
 * Words as one alternation factored by their common prefixes (a trie): at each letter the longer
 * words are tried before a word ending there, so at a given place the longest word that matches
 * wins, as in an alternation sorted longest first, and the engine no longer tries every word at
 * every place. A space in a phrase matches any run of white space.
 */
function alternationOf(words: readonly string[]): string {
  interface Node {
    end: boolean;
    readonly next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const parts = [...node.next.keys()]
      .sort()
      .map(
        (ch) =>
          (ch === ' ' ? String.raw`\s+` : ch.replace(/[-.*+?^${}()|[\]\\]/g, '\\$&')) +
          emit(node.next.get(ch)!),
      );
    if (!parts.length) return '';
    if (parts.length === 1 && !node.end) return parts[0]!;
    return `(?:${parts.join('|')}${node.end ? '|' : ''})`;
  };
  return emit(root);
}

// `self-proclaimed`, `so-called`, `long-awaited`: a verb of saying after a word and a hyphen is
// part of an adjective, never a cue (`in August 2004-saying he ...`, a dash, still is one).
// The word boundary is tested before the look-behind: the same place, and most places fail it.
const VERB_RE = new RegExp(String.raw`\b(?<![a-z]-)(` + alternationOf(ALL_VERBS) + String.raw`)\b`, 'gi');
/** The same verbs, for a test that leaves VERB_RE's place in a sentence alone. */
const VERB_ANY = new RegExp(VERB_RE.source, 'i');
const CLAUSE_BREAK =
  /(?:[,;:(—–]\s*|\s[-–—]\s|\bthat\s|\b(?:but|while|as|because|although|when|after|before|since|if|whether|which|who|where)\s)/gi;
const LEADING_JUNK =
  /^(and|but|so|yet|meanwhile|moreover|however|also|then|in addition|at the same time|instead)\b[,\s]*/i;
const PRONOUN = /^(he|she|they|it|we|i|you|who)$/i;
const SOURCE_NOUN =
  /\b(officials?|sources?|experts?|analysts?|spokes(wo)?m[ae]n|spokesperson|report|reports|stud(?:y|ies)|surveys?|polls?|statements?|investigators?|police|ministry|ministries|governments?|agency|agencies|newspapers?|papers?|publications?|outlets?|authorities|diplomats?|researchers?|people|observers?|witness|witnesses|residents?|critics?|lawmakers?|aides?|advisers?|advisors?|representatives?|prosecutors?|lawyers?|attorneys?|groups?|think tanks?|intelligence|data|documents?|records?|figures|(?:state|local|official) media)\b/i;

const STANCE: ReadonlySet<string> = new Set([
  ...STANCE_VERBS,
  ...PARTICIPLES,
  ...[...BASE_FORMS].filter(([, s]) => STANCE_VERBS.includes(s)).map(([base]) => base),
]);
/** A weak verb (see WEAK_VERBS), or the base form of one. */
/** Participles of verbs of sound (`people were screaming in the water`): a cue only with a clause or a quotation after them. */
const SOUND_PARTICIPLE = /^(?:scream|shout|yell|whisper|mutter|chant)ing$/;
const isWeak = (verb: string): boolean =>
  WEAK_VERBS.has(BASE_FORMS.get(verb) ?? verb) || SOUND_PARTICIPLE.test(verb);
/** Verbs of saying and writing: they report through `to` or `in` (`told to reporters`, `said in a statement`). */
const SAYING =
  /^(said|says|say|told|tells|tell|wrote|writes|stated|states|reported|reports|announced|added|explained|testified|confirmed|claimed|claims|insisted|argued|warned|noted|replied|responded|declared|admitted|acknowledged)$/i;
const VERBS: ReadonlySet<string> = new Set(ALL_VERBS.filter((v) => !v.includes(' ')));

/** Words after which `reports` or `claims` is a noun, not a verb. */
const NOUN_CONTEXT =
  /\b(confirm|confirmed|deny|denied|dismiss|dismissed|reject|rejected|investigate|investigating|heard|read|saw|seen|amid|despite|following|after|about|of|on|to|verify|verified|dispute|disputed|earlier|recent|unconfirmed|conflicting|media|news|press|such|these|those|many|some|numerous|several)\s+$/i;

/**
 * A name given to the words before it (`A group calling itself Grey Lantern`, `a militia known as
 * the Night Wolves`, `a man named Olek Varn`): the source is the name.
 */
const NAME_GIVEN =
  /\b(?:call(?:s|ed|ing)\s+(?:itself|themselves|himself|herself)|known\s+as|named)\s+(?:the\s+)?$/i;
/**
 * Someone of one's own called (`called his wife after his release`, `called her lawyer from the
 * airport`): a telephone call, when nothing follows the person but a phrase of time or place.
 */
const PHONED =
  /^\s+(?:his|her|their|my|our|your)\s+(?:\p{Ll}+\s+)?(?:wife|husband|mother|father|son|daughter|family|parents|brother|sister|partner|girlfriend|boyfriend|friends?|lawyer|office|relatives?|children|kids)\s*(?:$|[.,;]|\s+(?:after|from|on|at|before|in|to|when|while|and)\b)/iu;
/**
 * Before a verb of denial, words that make it no denial: a negation (`did not deny`, `never
 * denied`: the speaker let the claim stand) or a habit (`governments always deny paying`: a
 * generalisation, denying nothing in particular).
 */
const NO_DENIAL_BEFORE = /\b(?:not|n['’]t|never|always|usually|often|routinely|typically|generally)\s+$/i;
/** A reflexive right after `calling` names the subject (`calling itself`), it reports nothing. */
const REFLEXIVE_AFTER = /^\s+(?:itself|themselves|himself|herself)\b/i;

/** `what the mayor called`, `what it calls`: the subject of a naming clause that opens with `what`. */
const NAMING_WHAT = /\bwhat\s+(?:[\p{L}.'’\-]+\s+){1,6}$/iu;

/**
 * What stands between a cue and a verb of belief or stance in its content: `said [that] she`,
 * `told the crew that they`, `said the mayor` (a pronoun or a name as the verb's subject).
 */
const OWN_STANCE =
  /^(?:\s+[\p{L}'’.\-]+){0,4}?\s+(?:that\s+)?(?:he|she|they|it|we|I|(?:the\s+)?(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}\p{Lu}[\p{L}.'’\-]*)\s+(?:(?:also|still|now|once|had|has|have|was|is|would|did|does|do|not|never|always|long)\s+)*$/u;

/**
 * A conjunction joining a verb to an earlier one, with auxiliaries and adverbs: `, and has also`,
 * `but`; and a catenative after them (`joined-catenative`, h-attr19: `promised a vote and
 * attempted to make the case that ...`, `and seemed to think`): the verb after `to` shares the
 * earlier verb's subject as the verb after `and` does.
 */
const JOINED =
  /(?:^|\s|,)(?:and|but|yet)\s+(?:(?:also|then|later|has|have|had|would|will|\p{Ll}+ly)\s+){0,3}(?:(?:continue[sd]?|went\s+on|seem(?:s|ed)?|appear(?:s|ed)?|attempt(?:s|ed)?|tr(?:y|ies|ied))\s+to\s+)?$/u;

/**
 * A relative clause with no `that` up to its verb: `what` or a noun phrase opened by a determiner
 * (at most four words, no comma, no conjunction, not ending in a word of time), then a subject
 * pronoun and auxiliaries: `the four cases he `, `whatever she has `.
 */
const CONTACT_CLAUSE =
  /(?:\bwhat(?:ever)?|\b(?:the|a|an|this|these|those|every|any)\s+(?:(?!(?:as|when|if|because|after|before|since|while|until|where|and|but|or|so|that|than|though|although|once|then|now)\s)[\p{L}$\d.’'\-]+\s+){0,3}(?!(?:as|when|if|because|after|before|since|while|until|where|and|but|or|so|that|than|though|although|once|then|now|day|days|week|weeks|month|months|year|years|time|times|morning|afternoon|evening|night|moment|minute|hour|weekend)\s)[\p{L}\d’'\-]+)\s+(?:he|she|it|they|we|I)\s+(?:(?:has|have|had|also|once|still|now|always|often|would|will|did|does|do)\s+)*$/u;

/**
 * A clause in `as` right before its verb: `as` after a comma, a bracket or the sentence's start,
 * then its subject (group 1: one to six words, no verb), then auxiliaries or an adverb.
 */
const AS_CLAUSE =
  /(?:^|[,(—–]\s*|\s)[“"‘']?[Aa]s\s+(?!(?:well|soon|long|far|much|many|if|though|though|a\s+result|part|of|to|for|in|with|it\s+is|usual)\b)((?:[\p{L}.'’\-]+\s+){0,5}[\p{L}.'’\-]+)\s+(?:(?:has|have|had|also|once|recently|\p{Ll}+ly)\s+)*$/u;
/**
 * Auxiliaries and adverbs a clause in `as` puts between its subject and verb, no part of the subject
 * (`As the mayor has noted`, `As Ada Quill recently put it`); a word in -ly after a determiner is
 * the noun (`As the family said`). Rule `attribution:as-clause`.
 */
const AS_CLAUSE_AUXILIARIES =
  /(?:\s+(?:has|have|had|also|once|(?<!\b(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+)\p{Ll}{2,}ly))+$/u;

/** Verbs of saying and stance whose passive names the speaker after `by`: `was denied by the firm`. */
const PASSIVE_BY =
  /^(?:reported|confirmed|denied|disputed|rejected|criticized|criticised|condemned|praised|endorsed|supported|opposed|echoed|told|described|estimated|predicted|announced|revealed|disclosed|stated|claimed|alleged|quoted|dismissed|challenged|blamed|accused|mentioned|welcomed|hailed|slammed|blasted|ridiculed|mocked|urged|recommended|denounced|lambasted|chastised|chided|scolded|rebuked|decried|deplored|derided|lauded|applauded|commended|congratulated|thanked|extolled|faulted|disparaged|characterized|labeled|labelled|branded|dubbed|questioned|cited|highlighted|proposed|requested|advised|warned|noted|acknowledged|suggested|argued|asserted|refuted|contradicted|reiterated|repeated|voiced)$/i;
/**
 * Verbs of saying, judging and believing whose passive with no agent reports an unnamed
 * speaker: `was accused of`, `is expected to`, `was criticized as` (the source is null).
 */
const PASSIVE_UNNAMED =
  /^(?:reported|alleged|accused|said|told|expected|believed|thought|described|mentioned|criticized|criticised|condemned|denounced|praised|blamed|questioned|asked|quoted|cited|rumou?red|urged|warned|predicted|claimed|hailed|lauded|applauded|derided|ridiculed|mocked|slammed|blasted|lambasted|labeled|labelled|branded|dubbed|characterized|decried|faulted|touted)$/i;
/** What follows a passive `quoted` up to its verb of saying: ` by the Fen Herald as saying`, ` as telling`. */
const QUOTED_AS =
  /^(?:\s+(?:by|in)\s+[^,;:“”"]{1,80}?)?\s+as\s+(?:saying|telling|stating|writing|claiming|warning)\b/i;
/** What follows an active `quoted`: the one quoted, then their verb of saying (` fire chief Anna Loft as saying`). */
const QUOTED_ACTIVE =
  /^\s+((?:(?:the|a|an)\s+)?[^,;:“”"`']{2,80}?)\s+as\s+(?:saying|telling|stating|writing|claiming|warning)\b/i;
/** Auxiliaries and adverbs between a passive's subject and its verb: `has long been`, `was not`. */
const PASSIVE_AUXILIARIES =
  /(?:\s+(?:has|have|had|is|was|were|are|be|been|being|get|got|will|would|could|may|might|should|must|can|also|not|often|widely|long|never|still))+\s*$/i;
/** Verbs of belief, feeling, hope and seeing a speaker hedges their own words with (`I think`, `we hope`, `you see`). */
const OWN_HEDGE =
  /^(?:think|thinks|thought|feel|feels|felt|hope|hopes|hoped|expect|expects|expected|see|sees|saw)$/i;
/** What follows `by` and is no agent: a time (`by Friday`, `by the end of May`) or a means (`by saying`). */
const NOT_AGENT =
  /^(?:(?:the\s+)?(?:end|middle|start|beginning|time)\b|mid|early|late|next|last|this|\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\p{Ll}+ing\b)/u;

/**
 * A verb that passes its subject to the verb of saying after `to`: `continued to insist`, `went on
 * to say`, `seemed to think`, `appeared to suggest`; and an attempt (`joined-catenative`,
 * h-attr19): `attempted to make the case`, `tried to explain` (a wish or plan, `wanted to`,
 * `planned to`, stays out: see NOT_PURPOSE).
 */
const CATENATIVE =
  /\s*\b(?:continue[sd]?|went\s+on|goes\s+on|go\s+on|seem(?:s|ed)?|appear(?:s|ed)?|attempt(?:s|ed)?|tr(?:y|ies|ied))\s+to\s*$/i;

/**
 * A preposition or conjunction opening a sentence right before a participle (`After saying`, `In
 * defending`, `By refusing`, `Despite claiming`, `While insisting`), with an adverb or `not`.
 */
const OPENING_GERUND =
  /^[\s“"‘']*(?:(?:After|Before|In|By|Despite|While|Since|Upon|On|Without|When|Besides|Even\s+(?:after|as|while))\s+(?:(?:not|also|first|again|\p{Ll}+ly)\s+)?)?$/u;

/** Words before `to` that make the infinitive a wish, plan, ability, request or habit, not a purpose. */
const NOT_PURPOSE =
  /^(?:want\w*|plan\w*|hop\w*|intend\w*|decid\w*|decision|expect\w*|going|about|likely|unlikely|able|unable|ready|eager|willing|set|due|supposed|seek\w*|sought|tr(?:y|ies|ied|ying)|need\w*|like|liked|wish\w*|aim\w*|attempt\w*|prepar\w*|promis\w*|vow\w*|pledg\w*|threat\w*|refus\w*|declin\w*|fail\w*|have|has|had|having|ought|used|forced|allowed|asked|urged|told|invited|encouraged|called|continu\w*|began|begin\w*|start\w*|seem\w*|appear\w*|chance|right|power|effort|efforts|bid|move|call|calls|pressure|order|orders|way|time|opportunity|reason|need|agree\w*|offer\w*|choose|chose|chosen|dar\w*|let|get|got|afraid|hesitant|reluctant|unwilling|quick|slow|first|last|only|not|never|made)$/i;

/** A finite verb in the past between a subject and an infinitive of purpose: `took to the radio`, `met on Friday`. */
const PAST_CLAUSE =
  /\b(?:(?!(?:need|feed|seed|speed|proceed|exceed|succeed)\b)\p{Ll}{2,}ed|took|went|came|met|gave|made|held|spoke|flew|rose|stood|sat|sent|wrote)\b/u;

/** Verb forms in -s that are as often plural nouns: `attacks`, `rules`, `fears`, `states`. */
const PLURAL_NOUN_FORM =
  /^(?:attacks|rules|fears|worries|demands|states|charges|calls|claims|reports|questions|notes|doubts|hopes|supports|concerns|threats|praises|touts|slams|rips|blasts|challenges|defends|rejects|disputes|points\s+to)$/;

/**
 * A noun of saying after its possessor: a possessive pronoun or a name in `'s` (`his claim`,
 * `Ada Quill's own admission`, `the Fen Herald's report`), the possessor in group 1 or 2.
 */
const NOUN_CUE =
  /(?:\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|((?:\p{Lu}[\p{L}.’'\-]*\s+){0,4}\p{Lu}[\p{L}.\-]*|(?<=\b(?:[Tt]he)\s+)(?:\p{Ll}+\s+)?\p{Ll}+)['’]s|(?<=\b(?:[Aa]n?|[Tt]he)\s+)((?:\p{Lu}[\p{L}.’'\-]*\s+){0,4}\p{Lu}[\p{L}.\-]*(?<!['’]s)))\s+(?:(?:own|latest|recent|earlier|repeated|public|\p{Ll}+ly)\s+)?(claims?|reports?|statements?|comments|remarks|admission|acknowledge?ment|assertions?|allegations?|warnings?|predictions?|accusations?|denials?|insistence|assessment|announcement|testimony|account|arguments?|contention|suggestion|promises?|pledges?|vows?|conclusions?|findings?|estimates?|forecasts?|complaints?|charges?|assurances?|explanation|recollection|theory|belief|view|fears?|concerns?|hopes?|position|stance|opinion|pleas?|demands?|requests?|confirmation|disclosure|revelations?|observations?|answer|reply|response|retort|boasts?|suspicions?|assumptions?|conviction)\b/gu;

/**
 * A speaker's tag left as a sentence of its own after a quoted question or exclamation:
 * `Ada Quill asked.`, `the mayor wondered.`, `asked Ada Quill.` (groups: speaker, verb; or verb,
 * speaker). Read by `tag-after-question`.
 */
const QUESTION_TAG =
  /^(?:((?:\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})|(?:[Tt]he|[Aa]n?)\s+[\p{Ll}'’\-]+(?:\s+[\p{Ll}'’\-]+)?)\s+(asked|asks|said|says|wondered|exclaimed|shouted|replied|demanded|added)|(asked|said|wondered|exclaimed|shouted|replied|demanded|added)\s+(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}|(?:the|an?)\s+[\p{Ll}'’\-]+(?:\s+[\p{Ll}'’\-]+)?))\s*[.!]$/u;

/**
 * What every match of NOUN_CUE holds: white space, then the start of its noun (same flags). A
 * sentence without it is not scanned with NOUN_CUE, whose look-behinds are tried at every place.
 */
const MAY_NOUN_CUE =
  /\s(?:claim|report|statement|comments|remarks|admission|acknowledg|assertion|allegation|warning|prediction|accusation|denial|insistence|assessment|announcement|testimony|account|argument|contention|suggestion|promise|pledge|vow|conclusion|finding|estimate|forecast|complaint|charge|assurance|explanation|recollection|theory|belief|view|fear|concern|hope|position|stance|opinion|plea|demand|request|confirmation|disclosure|revelation|observation|answer|reply|response|retort|boast|suspicion|assumption|conviction)/u;

/** A sentence opening with the question put to its speaker: `Asked about the delay,`, `Pressed on why,`. */
const ASKED_OPENING =
  /^[\s“"‘']*(Asked|Pressed|Questioned)(\s+(?:about|to|if|whether|why|how|what|when|by|for|on)\b[^,;:“”"]*),/;

/**
 * The same question set off by commas after a subject, before its main verb (rule
 * `attribution:asked-aside`): `Ada Quill, asked about the pier, said`. Group 1 is the participle.
 */
const ASKED_ASIDE =
  /,\s+(asked|pressed|questioned)\s+(?:about|to|if|whether|why|how|what|when|on)\b[^,;:“”"]*,(?=\s)/g;
/** What every match of ASKED_ASIDE holds: a sentence without it is not scanned (nor the pattern copied by `matchAll`). */
const MAY_ASKED_ASIDE = /(?:ask|press|question)ed\s/;

/**
 * Adverbs that mark a clause as someone's account without naming them: `reportedly`,
 * `allegedly`, `purportedly`, `supposedly` (not `apparently`, the writer's own inference).
 */
const REPORT_ADVERB = /\b(?:reportedly|allegedly|purportedly|supposedly)\b/giu;
/** What every match of REPORT_ADVERB holds (same flags): a sentence without it is not scanned. */
const MAY_REPORT_ADVERB = /edly/iu;

/**
 * A text that reads (what it says): a determiner, up to three words, a noun for a written text
 * (and who or where it is from), then `read` or `reads`: `the statement read`, `a statement from
 * the council read`, `the sign outside the hall reads`.
 */
const READ_CUE =
  /\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}’'\-]+\s+){0,3}?(?:statement|letter|note|sign|message|post|tweet|release|text|caption|banner|headline|memo|e-?mail|notice|article|story|editorial|column|ad|advertisement|order|ruling|complaint|filing|document|resolution|placard|poster|inscription|label|card|plaque|slogan)s?(?:\s+(?:from|by|of|on|outside|at|in)\s+(?:[\p{L}’'\-]+\s+){0,3}?[\p{L}’'\-]+)?)\s+(read|reads)\b/gu;
/** What every match of READ_CUE holds (same flags): white space, then `read` or `reads` as a word (`already` is none). */
const MAY_READ_CUE = /\sreads?\b/u;

/** Labels before a colon that are not speakers. */
const COLON_LABELS =
  /^(the latest|latest|update|updated|breaking|breaking news|watch|video|photos?|opinion|analysis|exclusive|editor['’]s note|note|correction|clarification|related|read more|read|see also|live|factbox|explainer|q|a|timeline|key points|what we know|why|how|what|when|where|who|warning|disclaimer|transcript|source|sources|credit|caption|update \d+)$/i;

const strength: Record<Certainty, number> = {
  asserted: 0,
  attributed: 1,
  hedged: 2,
  unconfirmed: 3,
  denied: 4,
};

interface Local extends Span {
  /** For a relative pronoun as source (`, who`): the noun phrase it stands for, which names the source. */
  readonly refers?: Span;
}

/**
 * Cue matches read in one sentence (reporting verbs, and `according to`-like cues, each
 * counted apart). Each costs a scan of the sentence, so a run-on line of `said said said` was
 * quadratic; news sentences hold a handful. Matches past the limit are not read.
 */
export const MAX_CUES_PER_SENTENCE = 40;

/** Tail of a text a trailing-pattern test reads first (see {@link execAtEnd}), in UTF-16 code units. */
const TAIL = 256;

/**
 * `re.exec(text)` for a pattern anchored at the end (`...$`): tried on the last {@link TAIL}
 * code units first, and on the whole text only when the match could reach further left (it
 * starts where the tail does). The same match, without a scan of the whole text each time.
 */
function execAtEnd(re: RegExp, text: string): RegExpExecArray | null {
  if (text.length <= TAIL) return re.exec(text);
  const from = text.length - TAIL;
  const tail = text.slice(from);
  const m = re.exec(tail);
  if (m && m.index > 0) {
    m.index += from;
    return m;
  }
  // No match in the tail: none in the text either, unless the tail's last word was cut.
  if (!m && /\s\S+\s*$/.test(tail)) return null;
  return re.exec(text);
}

/**
 * `execAtEnd(MANNER_ADVERB, text)`, tried only when the text ends in `ly` and white space (what
 * every match ends with: `\s` and `trimEnd` take the same characters); most stretches do not.
 */
function mannerAdverbAtEnd(text: string): RegExpExecArray | null {
  return text.trimEnd().endsWith('ly') ? execAtEnd(MANNER_ADVERB, text) : null;
}

/**
 * The letters (a to z in either case) that end a text before its trailing white space: `has` of
 * `the mayor has `, `` of `he said, `. Each pattern below ends in a word set off from what
 * precedes it by white space or a word boundary, so it can match only when that word is this one.
 */
function lastWord(text: string): string {
  const t = text.trimEnd();
  let a = t.length;
  while (a > 0) {
    const c = t.charCodeAt(a - 1) | 32;
    if (c < 97 || c > 122) break;
    a--;
  }
  return t.slice(a);
}

/** The words AUXILIARIES ends in, in lower case (its one group, read off its source). */
const AUXILIARY_WORDS: ReadonlySet<string> = new Set(
  /\(([a-z|]+)\)/.exec(AUXILIARIES.source)![1]!.split('|'),
);
/** The words TIME_BEFORE_VERB ends in (case as written: the pattern has no `i`). */
const TIME_WORDS: ReadonlySet<string> = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday morning afternoon evening night week month year weekend yesterday today tonight May'.split(
    ' ',
  ),
);
/** The words CONTACT_CLAUSE ends in, before the white space it ends with (case as written). */
const CONTACT_WORDS: ReadonlySet<string> = new Set(
  'he she it they we I has have had also once still now always often would will did does do'.split(' '),
);
/** The words PASSIVE_ADVERB ends in, before the white space it ends with, in lower case. */
const PASSIVE_ADVERB_WORDS: ReadonlySet<string> = new Set(
  'also later then once first often never still long even again since soon swiftly quickly'.split(' '),
);

/** `execAtEnd(AUXILIARIES, text)`, tried only when the text ends in one of its words. */
const auxiliaryAtEnd = (text: string): RegExpExecArray | null =>
  AUXILIARY_WORDS.has(lastWord(text).toLowerCase()) ? execAtEnd(AUXILIARIES, text) : null;
/**
 * An auxiliary with its negation contracted, before a verb: `Ada Quill didn't say`, `the mayor
 * hasn't denied` (not the subject's last word; AUXILIARIES holds `did` and `not` apart).
 */
const NEGATED_AUXILIARY =
  /\s*\b(?:did|does|do|has|have|had|is|was|were|are|would|could|should|must|wo|ca)n['’]t\s*$/i;
/** `execAtEnd(NEGATED_AUXILIARY, text)`, tried only when the text ends in `n't` and white space. */
const negatedAuxiliaryAtEnd = (text: string): RegExpExecArray | null =>
  /n['’]t\s*$/i.test(text.slice(-8)) ? execAtEnd(NEGATED_AUXILIARY, text) : null;
/** `execAtEnd(CATENATIVE, text)`, tried only when the text ends in `to`. */
const catenativeAtEnd = (text: string): RegExpExecArray | null =>
  lastWord(text).toLowerCase() === 'to' ? execAtEnd(CATENATIVE, text) : null;
/** `execAtEnd(TIME_BEFORE_VERB, text)`, tried only when the text ends in one of its words. */
const timeAtEnd = (text: string): RegExpExecArray | null =>
  TIME_WORDS.has(lastWord(text)) || /\d{4}\s*$/.test(text.slice(-6))
    ? execAtEnd(TIME_BEFORE_VERB, text)
    : null;
/**
 * A modal before a base form (`modal-base-form`): `Ada Quill may warn that`, `the mayor will
 * insist`, `could not deny`: the base form is the verb of the subject before the modal.
 */
const MODAL_BEFORE =
  /(?:^|[^\p{L}'’])(?:may|might|could|would|will|should|must|can|cannot|shall)\s+(?:(?:also|not|still|now|never|only|\p{Ll}+ly)\s+)?$/u;
/** Whether white space ends a text (`\s` and `trimEnd` take the same characters). */
const endsInSpace = (text: string): boolean => text.length > 0 && text.trimEnd().length < text.length;
/**
 * Whether `who` or `which` (any case), then white space or nothing, ends a text: what every
 * match of the relative pronoun before a cue holds (`the agency, which said`, `a woman who says`).
 */
const endsInWhoOrWhich = (text: string): boolean => /(?:who|which)$/i.test(text.trimEnd().slice(-5));
/**
 * Whether a comma, a quotation mark or an apostrophe ends a text before its white space: what
 * every match of the closing of a clause before a cue holds (`“We will rebuild,” said`, `, said`).
 */
const endsInCloser = (text: string): boolean => {
  const last = text.trimEnd().at(-1);
  return last !== undefined && ',”"’\''.includes(last);
};
/** Whether `to` and white space end a text: what every match of the infinitive of purpose (`took to the radio to `) holds. */
const endsInTo = (text: string): boolean => {
  const trimmed = text.trimEnd();
  return trimmed.length < text.length && trimmed.endsWith('to');
};
/** `execAtEnd(CONTACT_CLAUSE, text)`, tried only when the text ends in one of its words and white space. */
const contactClauseAtEnd = (text: string): RegExpExecArray | null =>
  endsInSpace(text) && CONTACT_WORDS.has(lastWord(text)) ? execAtEnd(CONTACT_CLAUSE, text) : null;
/** `execAtEnd(PASSIVE_ADVERB, text)`, tried only when the text ends in one of its words and white space. */
const passiveAdverbAtEnd = (text: string): RegExpExecArray | null =>
  endsInSpace(text) && PASSIVE_ADVERB_WORDS.has(lastWord(text).toLowerCase())
    ? execAtEnd(PASSIVE_ADVERB, text)
    : null;

/** Trims white space and trailing punctuation off a local span of `s`. */
/** What a sentence says after `end`, a `that` opening it left out (`quoted X as saying that ...`). */
function restAfterThat(s: string, end: number): ReturnType<typeof tidy> {
  return tidy(s, end + (/^\s+that\s/i.exec(s.slice(end))?.[0].length ?? 0), s.length);
}

function tidy(s: string, a: number, b: number): Local | null {
  while (a < b && /[\s,;:"“”'‘’(]/.test(s[a]!)) a++;
  while (b > a && /[\s,;:.!?"“”'‘’)]/.test(s[b - 1]!)) {
    // A bracket that closes one opened inside the span stays: `Directorate (GUR)`.
    if (s[b - 1] === ')' && s.lastIndexOf('(', b - 1) >= a) break;
    b--;
  }
  return b > a ? { start: a, end: b } : null;
}

/** A party outside the events, after its noun: `not involved in the study`, `who was not connected with the case`. */
const OUTSIDE_PARTY =
  /,?\s+(?:(?:who|that)\s+(?:was|were|is|are)\s+)?not\s+(?:directly\s+)?(?:involved|connected|associated|affiliated)\s+(?:in|with)\s+[^,;:.!?"“”]{1,60}?,?\s*$/;

/**
 * h-who30's `witness-clause`: a relative clause of two words or more opening on a verb, between a
 * person and the cue (`who lives below the dam`, `who was walking her dog in the wood`); no
 * punctuation or quotation in it. Its first word is checked by `witnessClauseVerb`.
 */
const WITNESS_CLAUSE = /\s+who\s+(\p{Ll}+)\s+[^,;:.!?"“”`'‘’]{1,60}?\s*$/u;

/** A verb opening a relative clause: an auxiliary, a past form, or a present in -s (not `police`, `officials`). */
function witnessClauseVerb(w: string): boolean {
  if (/^(?:was|were|is|are|has|had|have|lives|lived|works|worked)$/.test(w)) return true;
  if (PERSON_NOUN.test(w) || BARE_PLURAL_ROLE.test(w) || /^(?:police|officials|authorities)$/.test(w))
    return false;
  return IRREGULAR_PAST.has(w) || /^\p{Ll}{3,}ed$/u.test(w) || /^\p{Ll}{3,}[^s\W]s$/u.test(w);
}

/**
 * When and how a document came out, after its noun and before the cue: `A report by the audit
 * office published on Tuesday found`, `a study released last week showed` (not `released by`).
 * It describes the document, which speaks (h-who9's `document-published`; the attribution keeps
 * the rule of its verb).
 */
const DOCUMENT_PUBLISHED =
  /,?\s+(?:published|released|issued|dated|filed|leaked|made\s+public|returned|unsealed|handed\s+up)(?:\s+(?:on|in|last|this|earlier|late|early|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?:(?!\sby\s)[^,;:.!?"“”]){0,40}?)?,?\s*$/;
/**
 * A plural document before when it came out, at the end of `before`: `Charges filed Friday`,
 * `Records released last week` (h-who10's `document-published-plural`): a base form after it reports.
 */
function pluralDocumentPublished(before: string): boolean {
  const published = execAtEnd(DOCUMENT_PUBLISHED, before);
  if (!published || published.index === 0) return false;
  const head = /(?:^|[^\p{L}'’])(\p{L}*[^\Ws'’]s)\s*$/u.exec(before.slice(0, published.index));
  return !!head && DOCUMENT_NOUN.test(head[1]!);
}
/** A credit opening a sentence, before a name and a colon: `Courtesy of the Courier:`, `H/T the Herald:` (1: the cue). */
const COURTESY = /^(courtesy\s+of|h\/t|hat\s+tip\s+to)\s+/i;
/** The nouns of documents that speak through what they found or say. */
const DOCUMENT_NOUN =
  /\b(?:report|study|survey|poll|memo|memorandum|letter|document|documents|audit|review|filing|filings|analysis|assessment|paper|records|statement|inquiry|investigation|complaint|indictment|affidavit|lawsuit|charges)\b/i;

/**
 * A relative clause of anonymity between a speaker and the cue: `A neighbour who asked not to be
 * named said`, `an official who spoke on condition of anonymity said`, `, who declined to give
 * her name,`. It describes the noun before it, which speaks.
 */
const ANONYMOUS_CLAUSE =
  /,?\s+(?:who|that)\s+(?:asked|requested|declined|refused|did\s+not\s+want|didn['’]t\s+want|was\s+not\s+authori[sz]ed|were\s+not\s+authori[sz]ed|spoke|was\s+speaking|were\s+speaking|insisted)\s+(?:not\s+)?(?:to\s+be\s+(?:named|identified|quoted)|to\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?|(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\s+[^,;:.!?"“”]{1,40}?|anonymously|to\s+(?:speak|talk|comment)\b[^,;:.!?"“”]{0,40}?)\s*,?\s*$/;

/** A word in capitals ending a stretch of text: `Theresa` before `May said`. */
const NAME_END = /\p{Lu}[\p{L}.'’\-]*$/u;
/**
 * Auxiliaries and adverbs that are also surnames, in capitals after a name (`Theresa May`, `Ada
 * Long`); not `Will`, `Has` (`Pier Will Close`: a headline in title case). h-who17's
 * `name-ends-first`: `First` ends a group's name (`Consumer group Parents First said`), where the
 * adverb is written in lower case (`the ministry first said`).
 */
const SURNAME_AUXILIARY = /^(?:May|Long|Still|First)$/;

const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/**
 * A time between a subject and its verb: `The mayor on Friday said`, `officials last week
 * warned` (when it was said is no part of who said it); `who in May warned`, `in late May 2019`:
 * after `in`, `May` is the month, not the modal (`month-before-verb`; other months and bare years
 * are left as they were: see docs/attribution.md, h-attr16).
 */
const TIME_BEFORE_VERB = new RegExp(
  String.raw`\s+(?:(?:on|late|early|earlier|later)\s+(?:on\s+)?${DAY}(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year|night|weekend|${DAY})|(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year)|this\s+(?:week|month|year|morning|afternoon|evening)|yesterday|today|tonight|in\s+(?:(?:early|late|mid-?)\s*)?May(?:\s+\d{4})?)\s*$`,
  'u',
);

/**
 * A noun of one word as all a verb's object (`denied wrongdoing.`, `admitted guilt in the case`):
 * not a pronoun, an adverb or a word of time.
 */
const ONE_WORD_OBJECT =
  /^(?!(?:it|this|that|them|him|her|us|me|you|everything|nothing|anything|something|today|yesterday|tonight|again|earlier|later|too|also|instead|first|last|then|now|once|twice|afterward|afterwards|here|there|so|otherwise|repeatedly|publicly|privately)\b)\p{Ll}{4,}(?<!ly)(?=\s*(?:[.,;!?]|$|\s+(?:and|but|in|on|at|to|after|before|during|over|for|of|about|from|when|while)\b))/u;

/** An adverb of time or degree between an auxiliary and its participle: `was also accused`, `was later criticized`. */
const PASSIVE_ADVERB =
  /(?<=\b(?:is|was|were|are|be|been|being)\s+)(?:also|later|then|once|first|often|never|still|long|even|again|since|soon|swiftly|quickly)\s+$/i;

/**
 * What a name may carry in brackets: its acronym (`(TGWU)`), or a lawmaker's party and state
 * (`(R-Fen.)`, `(D-New Holm)`, `(Fen.)`).
 */
const BRACKET_AFTER_NAME =
  /\s*\((?:\p{Lu}[\p{Lu}\d&.-]{1,9}|(?:[DRI]|Ind)\s?-\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?|\p{Lu}\p{Ll}{1,4}\.)\)\s*$/u;

/**
 * An auxiliary contracted onto the subject (`contracted-auxiliary`): `They’re insisting`, `We’ve
 * said`, `I’d argue`. (Not `’s`: after a name it is as often a possessor, `the mayor’s claims`.)
 */
const CONTRACTED_AUXILIARY = /(?<=\p{L})['’](?:re|ve|d|ll)\s*$/u;

/**
 * Whether a noun after its determiner ends `before` (`handed a teller a note `, `posted a warning
 * sign `), with no auxiliary among its words (`the mayor is `) and no verb or adverb after its
 * first (`the mayor kept `).
 */
function nounBeforeParticiple(before: string): boolean {
  const m =
    /(?:^|[^\p{L}'’])(?:[Aa]n?|[Tt]he|[Tt]his|[Aa]nother)\s+((?:(?!(?:a|an|the|this|another)\s)\p{Ll}[\p{Ll}\-]*\s+){0,2}\p{Ll}[\p{Ll}\-]*)\s+$/u.exec(
      before,
    );
  if (!m) return false;
  // (`issued a statement calling`, `a series of tweets criticizing`: a message speaks for its author.)
  const head = /\S+$/.exec(m[1]!)![0];
  if (DOCUMENT_NOUN.test(head) || MESSAGE_NOUN.test(head)) return false;
  return m[1]!.split(/\s+/).every(
    (w, k) =>
      !AUXILIARY_WORDS.has(w) &&
      !PHRASE_BREAK.has(w) &&
      // (right after the determiner a verb's form is a noun: `a note`, `the report`; a
      // preposition but `of` ends the noun phrase: `responded to the criticism by saying`)
      (k === 0 ||
        (!VERBS.has(w) && !IRREGULAR_PAST.has(w) && !/(?:ed|ly)$/.test(w) && !PREPOSITION_WORD.test(w))),
  );
}

/** Prepositions and conjunctions that end a noun phrase before a participle (not `of`). */
const PREPOSITION_WORD =
  /^(?:by|in|on|at|for|with|from|after|before|without|while|about|to|into|over|than|and|or|but|upon|despite|since)$/;
/** Nouns of messages that speak for their authors, besides DOCUMENT_NOUN: `tweets`, `a speech`. */
const MESSAGE_NOUN =
  /^(?:tweets?|posts?|messages?|e-?mails?|speech(?:es)?|releases?|videos?|ads?|adverts?|advertisements?|editorials?|columns?|op-eds?|petitions?|resolutions?|motions?|bills?|letters?|notices?|announcements?|comments?|remarks?|interviews?|broadcasts?|campaigns?|op-ed)$/;
/** A plural noun for people by its ending (`organisers`, `protesters`, `economists`, `participants`). */
const BARE_PLURAL_ROLE = /^\p{Ll}{3,}(?:ers|ors|ists|ants|ents|ians)$/u;

/** `’s` for `is` on `he`, `she`, `it` before a form in -ing (`progressive-contraction`). */
const PROGRESSIVE_CONTRACTION = /(?<=(?:^|[^\p{L}])[Ii]t)['’]s\s*$/u;

/** A stretch of text before a verb without the auxiliaries, adverbs and time that end it: `the mayor has long`. */
function withoutAuxiliaries(left: string): string {
  const contracted = (text: string): RegExpExecArray | null =>
    /['’]\p{Ll}{1,2}\s*$/u.test(text.slice(-6)) ? CONTRACTED_AUXILIARY.exec(text) : null;
  const next = (text: string) =>
    contracted(text) ??
    // (time first: `who in May warned` is a month, not the modal `may`.)
    timeAtEnd(text) ??
    auxiliaryAtEnd(text) ??
    negatedAuxiliaryAtEnd(text) ??
    mannerAdverbAtEnd(text) ??
    catenativeAtEnd(text);
  for (let m = next(left); m; m = next(left)) {
    // `Theresa May said`, `Ada Long told`: a surname that is also an auxiliary, after a name.
    if (NAME_END.test(left.slice(0, m.index)) && SURNAME_AUXILIARY.test(m[0].trim())) break;
    left = left.slice(0, m.index);
  }
  return left;
}

/** The subject noun phrase right before a cue: from the last clause break to the cue, without auxiliaries. */
function sourceBefore(s: string, cueStart: number): Local | null {
  // `progressive-contraction`: `It’s denouncing`, `She’s urging`: before a form in -ing, `’s` on
  // `he`, `she`, `it` is `is` (elsewhere it may be `has` or a possessor: see `contracted-auxiliary`).
  const progressive = /^\p{L}+ing\b/u.test(s.slice(cueStart))
    ? PROGRESSIVE_CONTRACTION.exec(s.slice(0, cueStart))
    : null;
  const left = withoutAuxiliaries(s.slice(0, progressive ? progressive.index : cueStart));
  // `62 percent of respondents said`, `most of those polled say`, `half of the voters believe`:
  // a share of the people asked speaks (a poll's answer).
  const share = SHARE_OF_PEOPLE.exec(left);
  if (share) {
    const end = left.trimEnd().length;
    return { start: end - share[1]!.length, end };
  }
  // `Ada Quill, who chaired the inquiry,` / `the agency, which denied it`: a relative pronoun
  // speaks for the noun phrase before its comma; the source runs from that phrase to the pronoun.
  // So does `who` with no comma (`a woman who says`): the noun phrase it restricts speaks.
  const pronoun = endsInWhoOrWhich(left)
    ? (/,\s*(?:who|which)\s*$/i.exec(left) ?? /(?<=\p{L})\s+who\s*$/u.exec(left))
    : null;
  if (pronoun) {
    let head = sourceBefore(s, pronoun.index);
    // `He kidnapped a woman who says`: the noun phrase `who` restricts opens on its determiner
    // after a verb (not after a preposition: `the head of the agency, who said`).
    const object = head
      ? /^(?:.*\s)?(?!(?:of|for|in|at|on|with|from|by|to|and|or)\s)\p{Ll}{3,}\s+((?:a|an|the|another)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)$/u.exec(
          s.slice(head.start, head.end),
        )
      : null;
    if (head && object) head = { start: head.end - object[1]!.length, end: head.end };
    const text = head ? s.slice(head.start, head.end) : '';
    // (`a woman who says`: a word for a person speaks too, when a relative clause makes it the speaker.)
    // `the mayor, who said`, `was closed by the mayor, who said`: `who` after a comma stands for a
    // person, so a role in lower case after its determiner is as good a head as a name.
    const role = /^,\s*who/i.test(pronoun[0])
      ? /(?:^|\s)((?:the|a|an|his|her|their|its)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*(?:er|or|ist|ant|ent|man|woman|ian|ess))$/u.exec(
          s.slice(0, pronoun.index),
        )
      : null;
    if (role && (!head || !isNamedOrSourceLike(text)))
      head = { start: pronoun.index - role[1]!.length, end: pronoun.index };
    const person = !!role && !!head && head.start === pronoun.index - role[1]!.length;
    if (
      !head ||
      PRONOUN.test(text) ||
      !(person || isNamedOrSourceLike(text) || PERSON_NOUN.test(text) || ANY_PERSON.test(text))
    )
      return null;
    const end = left.trimEnd().length;
    return { start: end - pronoun[0].replace(/^[,\s]*/, '').trimEnd().length, end, refers: head };
  }
  // `A lawyer not involved in the case said`, `Doctors who were not involved in the study said`: a
  // reduced relative clause describes the noun before it, which speaks (and is the label).
  const outside = execAtEnd(OUTSIDE_PARTY, left) ?? execAtEnd(ANONYMOUS_CLAUSE, left);
  if (outside && outside.index > 0) {
    const head = sourceBefore(s, outside.index);
    const text = head ? s.slice(head.start, head.end) : '';
    if (head && !PRONOUN.test(text) && isNamedOrSourceLike(text))
      return { start: head.start, end: left.trimEnd().length, refers: head };
  }
  // h-who30's `witness-clause`: `A man who lives below the dam said`, `A nurse who was on shift
  // at one of the homes said`: a relative clause telling what a person did or where they were,
  // between a word for a person and the cue, describes that person, who speaks (the label).
  const clause = execAtEnd(WITNESS_CLAUSE, left);
  if (clause && clause.index > 0 && witnessClauseVerb(clause[1]!)) {
    const head = sourceBefore(s, clause.index);
    const text = head ? s.slice(head.start, head.end) : '';
    if (
      head &&
      /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s/.test(text) &&
      (ANY_PERSON.test(text) || PERSON_NOUN.test(/\S+$/.exec(text)![0]))
    )
      return { start: head.start, end: left.trimEnd().length, refers: head };
  }
  // `A report by the audit office published on Tuesday found`: the document speaks, not the
  // participle that tells when it came out.
  const published = execAtEnd(DOCUMENT_PUBLISHED, left);
  if (published && published.index > 0) {
    const head = sourceBefore(s, published.index);
    const text = head ? s.slice(head.start, head.end) : '';
    if (head && DOCUMENT_NOUN.test(text) && isNamedOrSourceLike(text)) return head;
  }
  // `The Transport Workers' Union (TGWU) said`: an acronym in brackets after a name is that name;
  // the source is the name with its acronym, not the acronym alone.
  // So is a party and state after a lawmaker's name: `Sen. Ada Quill (R-Fen.) said`.
  const acronym = BRACKET_AFTER_NAME.exec(left);
  if (acronym && acronym.index > 0) {
    const name = sourceBefore(s, acronym.index);
    if (name && /\p{Lu}/u.test(s.slice(name.start, name.end)))
      return { start: name.start, end: left.trimEnd().length };
  }
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(left); m; m = CLAUSE_BREAK.exec(left))
    // `The WHO said`: the acronym in capitals opens no relative clause.
    if (!/\bWHO\s$/.test(m[0])) from = m.index + m[0].length;
  const lead = LEADING_JUNK.exec(left.slice(from));
  if (lead) from += lead[0].length;
  let span = tidy(s, from, left.length);
  if (!span) return null;
  // A source is a noun phrase: from a clause before the cue (`the statement noted they`,
  // `I'll have more to`), keep only the noun phrase that ends it.
  const phrase = trailingNounPhrase(s.slice(span.start, span.end));
  if (phrase === null) return null;
  span = { start: span.end - phrase.length, end: span.end };
  // `the man police say is behind it`, `the problems Fen prosecutors say they face`: a noun with a
  // relative clause whose subject speaks; the subject is a name or a source noun after the noun.
  const relative = RELATIVE_HEAD.exec(s.slice(span.start, span.end));
  if (relative) span = { start: span.start + relative[0].length, end: span.end };
  // `On Monday the mayor said`, `After the meeting the mayor said`: a phrase of time or place
  // opening the sentence with no comma is no part of the speaker.
  // (`After` itself breaks the clause: what is left of its phrase is a noun phrase before the subject.)
  const opening =
    OPENING_ADVERBIAL.exec(s.slice(span.start, span.end)) ??
    (/(?:^|[^\p{L}])(?:After|Before|Since|During|after|before|since|during)\s+$/u.test(s.slice(0, span.start))
      ? AFTER_PHRASE.exec(s.slice(span.start, span.end))
      : null);
  if (opening) span = { start: span.start + opening[0].length, end: span.end };
  const text = s.slice(span.start, span.end);
  const words = text.split(/\s+/);
  if (words.length > 14) return null;
  if (PRONOUN.test(text) || /\p{Lu}/u.test(text) || SOURCE_NOUN.test(text)) return span;
  // `closing-bare-plural` (h-attr17): `..., organisers said.`: a plural noun for people by its
  // ending, alone after a comma before a closing `said`, is the speaker. `bare-plural-subject`
  // (h-attr20) reads it wherever it stands right before the cue: `after engineers warned that`,
  // `but engineers said`, `..., engineers warned on Friday.`
  if (BARE_PLURAL_ROLE.test(text)) return span;
  // `the crew`, `a former aide`: a short noun phrase after a determiner.
  if (
    /^(?:the|a|an|his|her|their|its|one|another|some|many|most|several|both)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}\p{Ll}[\p{Ll}\-]*$/u.test(
      text,
    )
  )
    return span;
  return null;
}

/**
 * A phrase opening a sentence before its subject with no comma: a preposition, one to three
 * words, then a determiner or a capital (`On Monday the`, `After the meeting the`, `In between
 * rounds Hall`); not `At least two officials` (no subject starts after it).
 */
const OPENING_ADVERBIAL =
  /^(?:On|In|At|After|Before|During|Since|Following|Earlier|Later|Last|This|Late|Early)\s+(?:(?:the|a|an|this|last|next|early|late)\s+)?(?:[\p{L}\d]+\s+){1,3}?(?=(?:the|a|an|his|her|their|its)\s+\p{L}|\p{Lu})/u;

/** The rest of an opening `After the meeting` before the subject: `the meeting ` before `the mayor`. */
const AFTER_PHRASE =
  /^(?:the|a|an|this|that|his|her|their|its)\s+(?:[\p{Ll}\d-]+\s+){1,2}?(?=(?:the|a|an|his|her|their|its)\s+\p{L}|\p{Lu})/u;

/** A determiner and a noun heading a relative clause whose subject follows it (see `sourceBefore`). */
const RELATIVE_HEAD =
  /^(?:[Tt]he|[Aa]n?)\s+\p{Ll}+\s+(?=\p{Lu}\p{Ll}|(?:police|officials|authorities|investigators|prosecutors|witnesses|experts|analysts)\b)/u;

/** Words that end a noun phrase when read backwards: auxiliaries, infinitive `to`, negation, clause openers, verbs of saying. */
const PHRASE_BREAK = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'shall',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'to',
  'not',
  "n't",
  'that',
  'which',
  'what',
  'when',
  'where',
  'if',
  'because',
  'having',
  'let’s',
  "let's",
  'tend',
  'also',
  'it’s',
  "it's",
]);

/**
 * h-who22's `issued-by`: a sentence opening on a statement, notice or warning (1: the subject)
 * in the passive of issuing with its agent after `by`: `The warning was issued by the health
 * authority`, `Flood alerts were put out by the weather office`.
 */
const ISSUED_BY =
  /^((?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+|(?=\p{Lu}))(?:[\p{L}\d’'-]+\s+){0,3}?(?:statements?|notices?|warnings?|alerts?|advisor(?:y|ies)|orders?|estimates?|guidance|bulletins?|announcements?|forecasts?|figures|recommendations?|instructions?))\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:also\s+|first\s+|later\s+)?(?:issued|released|put\s+out|published)\s+(?:(?:late\s+|early\s+)?(?:on|last|this)\s+\p{L}+\s+)?by\s+/u;

/** A body in lower case that issues notices: `the regional health authority`, `the weather office`. */
const ISSUER =
  /\b(?:authority|office|service|inspectorate|commission|regulator|board|bureau|department|directorate|council|institute|agency|court|judge)$/i;
/** Where an agent after `by` ends: a time, a place or a clause after it (`issued-by`). */
const AGENT_TAIL =
  /\s+(?:late|early|on|last|this|earlier|yesterday|today|tonight|in|at|and|after|before|for|to|from|over|with|which|who|that|urging|telling|warning|saying|asking)\b/;

/** What is charged, then the agent: ` with negligence by `, ` of fraud by ` (`charged-by`). */
const CHARGED_BY = /^\s+(?:with|of)\s+(?:[\p{L}’'-]+\s+){1,5}?by\s+/iu;

/** Verbs of telling someone, whose passive with an agent and `that` reports the clause: `was told by engineers that`. */
const TOLD_SOMEONE = /^(?:told|informed|assured|warned|advised|reminded)$/i;

/** Things and means in -er, -or that an agent noun in lower case is not: `by letter`, `by the river`. */
const NOT_PERSON_AGENT =
  /\b(?:letters?|newsletters?|computers?|numbers?|water|paper|order|matter|manner|power|river|border|cent(?:er|re)|chamber|corner|winter|summer|error|mirror|monitors?|motors?|sensors?|factors?|sectors?|meters?|counters?|radar|calendar|register|weather|character|floor|doors?|shelter|cluster|quarter|layers?|filters?|trailers?|towers?|mortars?|posters?|tractors?|containers?|helicopters?|thunder|fire|hour|other|others|murder|disorder|behaviou?r|labou?r|favou?r|rumou?r|humou?r|terror|horror|colou?r|vapou?r|moor|harbou?r|neighbourhood|indicator|elevator|generator|reactor|vector|conductor|anchor|debtor|decor)$/i;

/**
 * An agent in lower case that is a person by office or trade (`isPersonAgent`): `the mayor`,
 * `engineers`, `a forklift driver`, `the regulator`: a noun of a person (words for people and
 * bodies, or a head in -er, -or, -ist, -ian, -man, -woman) after at most a determiner and three
 * words, no thing in -er (`by letter`, `by the river`).
 */
function isPersonAgent(text: string): boolean {
  const t = text.trim();
  if (
    !/^(?:(?:the|a|an|his|her|its|their|two|three|several|some|local|city|state)\s+)?(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+$/u.test(
      t,
    )
  )
    return false;
  if (NOT_PERSON_AGENT.test(t)) return false;
  return (
    PERSON_NOUN.test(t) ||
    ANY_PERSON.test(t) ||
    /(?:er|or|ist|ian|man|woman)s?$|(?:men|women|chief|head|president|secretary|chair|judge|staff|crew)$/u.test(
      t,
    )
  );
}

/** Nouns of people who serve someone, whom `to` joins to them (`aide-to`): `an aide to the mayor`. */
const ATTACHED_TO =
  /^(?:aides?|advis[eo]rs?|assistants?|deputy|deputies|consultants?|counsell?ors?|ambassadors?|envoys?|successors?|spokes(?:wo)?m[ae]n|spokespersons?|spokespeople)$/i;

/** Past forms that end in no -ed: `sank`, `fell`, `won`. */
const IRREGULAR_PAST = new Set(
  'sank fell went took made hit won lost began rose ran came gave got kept left met paid sent sold stood struck threw wrote fought shot held led brought bought caught built spent drove flew broke chose spoke stole swore tore grew drew saw heard thought felt sat shook hid'.split(
    ' ',
  ),
);

/**
 * Words (after a clause's first) that hold a finite verb: an auxiliary, a past form in -ed after
 * no determiner (`the injured` is a noun), or a common irregular past.
 */
function holdsVerb(words: readonly string[]): boolean {
  return words.some((raw, k) => {
    const w = raw.toLowerCase().replace(/[^\p{L}’']/gu, '');
    if (/^(?:is|are|was|were|has|have|had|will|would|could|can|did|does)$/.test(w)) return true;
    if (IRREGULAR_PAST.has(w)) return true;
    const prev = (k > 0 ? words[k - 1]! : '').toLowerCase();
    return (
      /^\p{Ll}{2,}ed$/u.test(raw) && !/^(?:the|a|an|its|his|her|their|our|my|your|this|that)$/.test(prev)
    );
  });
}

/** Past forms of verbs of saying: `the statement noted they ...` ends the phrase at `noted`; `think tank` does not. */
const PAST = /(ed|said|told|wrote|thought|knew|felt|found|saw|heard)$/;

/**
 * The noun phrase that ends a stretch of words: all of it when it is one, else the words after
 * the last auxiliary, `to`, negation, clause opener or verb of saying; null when nothing is left.
 */
function trailingNounPhrase(text: string): string | null {
  const words = text.split(/\s+/);
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!.toLowerCase().replace(/[“”"‘’',.]+$/g, '');
    // `Theresa May`, `Ada Long`: a word in capitals after a name is part of the name.
    const inName = i >= 2 && SURNAME_AUXILIARY.test(words[i - 1]!) && /^\p{Lu}/u.test(words[i - 2]!);
    // `aide-to` (h-who21): `An aide to the mayor`, `the ambassador to Fenland`: `to` after a noun
    // of one who serves someone joins the noun phrase; the aide speaks, not the mayor (`to`
    // elsewhere opens an infinitive: `more to say`). `close to` stays out (dropped at stop 33).
    const attached = w === 'to' && i >= 2 && ATTACHED_TO.test(words[i - 2]!);
    if (!inName && !attached && (PHRASE_BREAK.has(w) || (VERBS.has(w) && PAST.test(w) && i < words.length)))
      break;
    // `the ferry sank near the islands and officials`: a clause with a verb of its own before
    // `and` or `but` is no part of the subject after it, when that names a speaker.
    if (
      (w === 'and' || w === 'but') &&
      i < words.length &&
      holdsVerb(words.slice(1, i - 1)) &&
      isNamedOrSourceLike(words.slice(i).join(' ')) &&
      // `they thought Ada and Tomas`: two names joined are one subject.
      !(i >= 2 && /^\p{Lu}/u.test(words[i - 2]!) && /^\p{Lu}/u.test(words[i]!))
    )
      break;
    i--;
  }
  // `the damage it said`: a subject pronoun right before the cue is the subject on its own.
  if (words.length > 1 && /^(he|she|it|they|we|i)$/i.test(words[words.length - 1]!))
    return words[words.length - 1]!;
  if (i === 0) return text;
  const rest = words.slice(i).join(' ');
  // What is left is no speaker when it is an action (`making no payment`) or speech (`our notes`).
  if (/^\p{Ll}+ing\b/u.test(rest) || /\b(our|my|your|us|me)\b/i.test(rest)) return null;
  return rest && /\p{L}/u.test(rest) ? rest : null;
}

/** Words opening a sentence with an adverb or a clause, not with its subject. */
/**
 * A share of people asked, at the end of the words before a cue: `62 percent of respondents`,
 * `most of those polled`, `half of the voters`, `a majority of Fenlanders`.
 */
const SHARE_OF_PEOPLE =
  /(?:^|[\s,(])((?:\d[\d,.]*\s*(?:percent|per\s+cent|%)|most|half|many|some|a\s+(?:majority|minority|third|quarter)|the\s+majority|two[- ]thirds|(?:nearly|almost|about|more\s+than)\s+half|one\s+in\s+\p{L}+)\s+of\s+(?:those\s+(?:polled|surveyed|asked|questioned|interviewed)|(?:the\s+|all\s+)?(?:\p{L}[\p{L}-]*\s+){0,2}(?:respondents|voters|people|residents|adults|Americans|\p{Lu}\p{Ll}+(?:ans|ers|ese|ish)|citizens|members|workers|parents|students|users|participants)))\s*$/u;

/**
 * A source holding a verb of saying of its own is a report inside a report (`Police say a man
 * outside the store told the driver to stop`): the speaker of the inner cue is what follows that
 * verb (`a woman at the gate`), not the words before it.
 */
function afterInnerCue(s: string, source: Local | null): Local | null {
  if (!source) return null;
  const m = INNER_CUE.exec(s.slice(source.start, source.end));
  if (!m) return source;
  return tidy(s, source.start + m.index + m[0].length, source.end) ?? source;
}
const INNER_CUE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:say|says|said)\s+(?:that\s+)?(?=(?:the|a|an|one|two|some|several|\p{Lu})\S*\s)/u;

/** A span of time opening a sentence before its subject: `Minutes after the crash,`, `Days later,`. */
const TIME_OPENING =
  /^(?:Moments|Seconds|Minutes|Hours|Days|Weeks|Months|Years)\s+(?:after|before|later|earlier|into|ago)\b[^,]{0,60},/;

/**
 * Words opening a sentence that are no subject: adverbs of time and linking, conjunctions, and
 * (`opening-preposition`, h-attr19) prepositions and subordinators in capitals, which read as a
 * name before lower-case words (`Under pressure the mayor took to the radio to criticize ...` had
 * the speaker `Under`). Focusing adverbs (`Even the mayor said`) stay with their subject.
 */
const SENTENCE_OPENER =
  /^(yesterday|today|tonight|meanwhile|however|but|and|after|before|when|while|if|in|on|at|as|since|because|although|though|still|also|then|now|so|with|without|despite|under|for|among|amid|amidst|during|by|from|to|of|unlike|like|through|throughout|until|unless|whether|once|given|following|against|about|across|beyond|toward|towards|upon|within|into|over|around|whereas)\b/i;

/**
 * A causative verb before an infinitive (`The crash prompted residents to question the plan`,
 * `led critics to accuse`): its object, not the sentence's subject, does what the infinitive says.
 */
const CAUSATIVE =
  /\b(?:prompt(?:s|ed)?|caus(?:es|ed|e)|led|leads?|forc(?:es|ed|e)|urg(?:es|ed|e)|ask(?:s|ed)?|push(?:es|ed)?|spurr?(?:s|ed)?|inspir(?:es|ed|e)|encourag(?:es|ed|e)|allow(?:s|ed)?|drove|drives?|compell?(?:s|ed)?|persuad(?:es|ed|e)|invit(?:es|ed|e))\s/i;

/**
 * h-who17's `kind-named-subject`: a body named after its kind in capitals, `Consumer group Parents
 * First`, `Rights group Civic Watch`, `Farmers' union Green Acre`: one subject, not its first word
 * (`Consumer group Parents First welcomed the ruling and said ...`).
 */
const KIND_NAMED = String.raw`(?:\p{Lu}[\p{L}'’\-]*\s+)(?:\p{Ll}[\p{Ll}'’\-]*\s+)?(?:group|organi[sz]ation|association|charity|coalition|alliance|union|network|campaign|movement)\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){0,4}\p{Lu}[\p{L}.'’\-]*(?=\s+\p{Ll})`;
/** The opening noun phrase of `sentenceSubject`. */
const SENTENCE_SUBJECT = new RegExp(
  String.raw`^[\s“"‘']*((?:[Tt]he|[Aa]n?)\s+\p{Ll}[\p{Ll}'’\-]*(?:\s+(?!\p{Ll}+ed\s)\p{Ll}[\p{Ll}'’\-]*){0,2}(?=\s+(?:\p{Ll}+(?:ed|s)|took|went|came|met|gave|made|held|spoke|flew|sent|wrote)\b)|${KIND_NAMED}|(?:(?:[Tt]he|[Aa]n?)\s+)?(?!(?:The|An?)\s)(?:\p{Lu}[\p{L}.'’\-]*\s+){0,5}\p{Lu}[\p{L}.'’\-]*(?=\s+\p{Ll})|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t(?=\s+\p{Ll}{2,}ed\s))(?=\s)`,
  'u',
);

/**
 * The noun phrase a sentence opens with: a name, a described party (`the council`) or a pronoun.
 * After its first word a described party holds no past form in -ed: `The council released the
 * figures, saying ...` opens with `The council` (`the injured man` keeps its adjective).
 */
function sentenceSubject(s: string): Local | null {
  const m = SENTENCE_SUBJECT.exec(s);
  const text = m?.[1];
  // `Obviously the ferry sank`, `Separately, the mayor said`: an adverb in -ly opening the
  // sentence is no subject; the subject follows it.
  const adverb = /^[\s“"‘']*(\p{Lu}\p{Ll}+)(?:,?\s+)(?=\S)/u.exec(s);
  if (adverb && ADVERB_LY.test(adverb[1]!)) {
    const after = sentenceSubject(s.slice(adverb[0].length));
    return after && { start: after.start + adverb[0].length, end: after.end + adverb[0].length };
  }
  // A sentence opening with an adverb or a clause (`Yesterday`, `After the vote`) has no subject
  // there: after a short opening phrase and its comma (`On Thursday, however, the mayor`), it does.
  if (!m || !text || SENTENCE_OPENER.test(text) || TIME_OPENING.test(s.slice(m[0].length - text.length))) {
    const opening = OPENING_PHRASE.exec(s);
    if (
      !opening ||
      VERB_ANY.test(opening[0]) ||
      /\b(?:is|are|was|were|has|have|had|will|would)\b/i.test(opening[0])
    )
      return null;
    const after = sentenceSubject(s.slice(opening[0].length));
    return after && { start: after.start + opening[0].length, end: after.end + opening[0].length };
  }
  const start = m[0].length - text.length;
  // `Graham's lawyer said`, `the Fen Herald's editors wrote`: a name in `'s` is the possessor of
  // the subject, which runs on to its head noun (up to three words, not into a verb).
  // `He’s`, `It’s`: a pronoun and `is` or `has`; a person's pronoun is the subject.
  const contraction = /^(?:(He|She)|It|That|There|What|Who|Here|Where|Let)['’]s$/.exec(text);
  if (contraction) return contraction[1] ? { start, end: start + contraction[1].length } : null;
  if (/['’]s$/u.test(text)) {
    const head = possessed(s.slice(m[0].length));
    return head > 0 ? { start, end: m[0].length + head } : null;
  }
  // `Harbour officials met`, `Democratic leaders said`: a name before a noun for people is its modifier.
  const head = /^\s+(\p{Ll}+)(?=\s)/u.exec(s.slice(m[0].length));
  if (head && /^\p{Lu}/u.test(text) && PEOPLE_NOUN.test(head[1]!))
    return { start, end: m[0].length + head[0].length };
  return { start, end: start + text.length };
}

/**
 * Adverbs in -ly by the ending of their adjective (`Obviously`, `Finally`, `Clearly`,
 * `Separately`, `Publicly`, `Probably`); names in -ly end otherwise (`Kelly`, `Reilly`,
 * `Connolly`, `Beverly`, `Kimberly`, `Italy`).
 */
const ADVERB_LY =
  /^\p{Lu}\p{Ll}{2,}(?:al|ous|ive|ent|ant|ful|less|ing|ed|ate|ic|ar|ct|ght|ear|rt|nd|ong|st|ow|id|ire|ute|ose|ain|ern|se|te|ne|re|ce|ge|ve|me|ue|sh|ck|ep|et|ft|ld|mp|ef|nk|rm|rd)ly$|^\p{Lu}\p{Ll}{2,}[aiu]bly$/u;

/**
 * The noun phrase a possessor in `'s` opens, up to its head: one to three words in lower case,
 * none of them an auxiliary, a verb of saying or a past form (`lawyer`, `chief economist`,
 * `two sons`); the length of what follows the possessor, or 0.
 */
function possessed(rest: string): number {
  let end = 0;
  for (let k = 0; k < 3; k++) {
    const w = /^\s+(\p{Ll}[\p{Ll}\-]*)(?=[\s,;:.!?]|$)/u.exec(rest.slice(end));
    if (!w) break;
    const word = w[1]!;
    if (PHRASE_BREAK.has(word) || VERBS.has(word) || IRREGULAR_PAST.has(word) || /\p{Ll}{2}ed$/u.test(word))
      break;
    end += w[0].length;
  }
  return end;
}

/** Nouns for people a name can modify in a subject: `Harbour officials`, `Fen lawmakers`. */
const PEOPLE_NOUN =
  /^(?:officials|leaders|lawmakers|legislators|authorities|police|officers|investigators|prosecutors|diplomats|analysts|experts|sources|spokes(?:wo)?m[ae]n|spokesperson|aides|advisers|advisors|officials|residents|voters|supporters|critics|senators|members|workers|activists|protesters|protestors|researchers|scientists|economists|doctors|lawyers|attorneys|executives|negotiators|commanders|troops|soldiers|forces|media|press|officers)$/;

/** A clause of time opening what follows a comma: `a week after`, `two days before`, `shortly after`, `since`. */
const TIME_CLAUSE_OPENING =
  /^(?:(?:(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+(?:days?|weeks?|months?|years?|hours?)|shortly|just|soon|days|weeks|months|hours)\s+)?(?:after|before|since|until)\s+/i;

/** An adverb between a comma and a participle: `, even suggesting`, `, again calling for`, `, falsely claiming`. */
const PARTICIPLE_ADVERB = /^(?:even|also|again|then|later|further|once\s+again|\p{Ll}+ly)$/u;

/**
 * A participle and its phrase opening a sentence: `Writing in the Herald`, `Speaking to
 * reporters on Friday`, `Responding to the report` (not `Rising prices`: no preposition follows).
 */
const PARTICIPLE_OPENING =
  /^[“"‘']?\p{Lu}\p{Ll}+(?:(?:ing|ed)\s+(?:in|on|at|to|with|from|for|about|after|before|during|outside|over|by)|ing\s+(?:a|an|the|his|her|their|its))\s[^“”"]*$/u;

/** A short phrase of time, place or manner opening a sentence, with its comma and a `however,` after it. */
const OPENING_PHRASE =
  /^[\s“"‘']*(?:yesterday|today|tonight|meanwhile|however|still|also|then|now|(?:in|on|at|after|before|since|during|last|earlier|later)\s[^,;:“”"]{1,40}?),\s+(?:(?:however|meanwhile|though|too|in turn),\s+)?(?=\S)/i;

/** Conjunctions opening a clause that a main clause follows: `After the mayor resigned, ...`. */
const SUBORDINATOR =
  /^[\s“"‘']*(?:after|before|when|while|since|because|although|though|as|once|until|if)\s+/i;

/**
 * The subject of a clause opened by a conjunction that ends at `end` (a comma): `After the mayor
 * resigned, saying she was tired, ...` -> `the mayor`. A name, a pronoun or a source noun only.
 */
function subordinateSubject(s: string, end: number): Local | null {
  const from = Math.max(s.lastIndexOf(',', end - 1), s.lastIndexOf(';', end - 1)) + 1;
  const lead = SUBORDINATOR.exec(s.slice(from, end));
  if (!lead) return null;
  const at = from + lead[0].length;
  const subject = sentenceSubject(s.slice(at, end) + ' ');
  if (!subject || subject.end > end - at) return null;
  const span = { start: at + subject.start, end: at + subject.end };
  return isNamedOrSourceLike(s.slice(span.start, span.end)) ||
    /^(?:the|a|an)\s/i.test(s.slice(span.start, span.end))
    ? span
    : null;
}

/** A wire dateline opening a sentence: `LORSK, Oct 2 (Tidewire) -`, `ORVEL, Tessaly, May 9 -`. */
const DATELINE_OPENING =
  /^\s*\p{Lu}{2,}[\p{Lu}.'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}.'’-]*)*,\s*(?:\p{Lu}[\p{L}.]*\s*,\s*)?(?:\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/u;

/** The noun phrase a sentence opens with when a comma follows it: `Ada Quill,`, `The mayor,`, `He,`. */
function subjectBeforeComma(s: string): Local | null {
  // A dateline's place is no subject.
  if (DATELINE_OPENING.test(s)) return null;
  const m =
    /^[\s“"‘']*((?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Lu}[\p{L}.'’\-]*\s+){0,5}\p{Lu}[\p{L}.'’\-]*|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}[\p{Ll}'’\-]*\s+){0,2}\p{Ll}[\p{Ll}'’\-]*(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?(?:[\p{L}'’\-]+\s+){0,3}[\p{L}'’\-]+)?|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?=,\s)/u.exec(
      s,
    );
  if (!m) return titledNameBeforeComma(s);
  const text = m[1]!;
  // `Separately, the mayor, 61, said`: after an adverb and its comma, the subject follows.
  if (ADVERB_LY.test(text)) {
    const at = m[0].length + 1;
    const after = subjectBeforeComma(s.slice(at));
    return after && { start: after.start + at, end: after.end + at };
  }
  if (SENTENCE_OPENER.test(text)) return null;
  // `The pier is closed, in short, said Ada Quill`: a clause before the comma is no subject.
  if (/\s(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\s/.test(text)) return null;
  const start = m[0].length - text.length;
  return { start, end: start + text.length };
}

/**
 * h-who31's `titled-name-apposition`: a sentence opening on a title in lower case after its
 * capitalised first word, then a name, then a comma (`Dock worker Lars Eide, 44, said`, `Big cat
 * expert Linnea Vos, a keeper for 20 years, said`) opens on that titled name (1: it). The title's
 * words are no verbs or function words (`Rain hit Lars Eide,` is a clause).
 */
const TITLED_NAME_OPENING =
  /^[\s“"‘']*(\p{Lu}\p{Ll}+(?:\s+(?!(?:the|a|an|of|and|or|but|in|on|at|to|for|with|from|by|as|that|who|which)\s)\p{Ll}[\p{Ll}-]+){1,3}(?:\s+\p{Lu}[\p{L}.'’\-]*){1,4})(?=,\s)/u;
function titledNameBeforeComma(s: string): Local | null {
  const m = TITLED_NAME_OPENING.exec(s);
  if (!m) return null;
  const title = m[1]!.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w));
  if (
    title.some(
      (w) => VERB_ANY.test(w) || /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does)$/.test(w),
    )
  )
    return null;
  if (SENTENCE_OPENER.test(m[1]!)) return null;
  const start = m[0].length - m[1]!.length;
  return { start, end: m[0].length };
}

/**
 * The subject before a comma, after the question put to it when one opens the sentence: `Asked
 * about the merger, Dana Pruitt, who ..., said` -> `Dana Pruitt`.
 */
function subjectAfterAsked(s: string): Local | null {
  const asked = ASKED_OPENING.exec(s);
  if (!asked) return subjectBeforeComma(s) ?? subjectAfterOpening(s);
  const at = asked[0].length;
  const after = subjectBeforeComma(s.slice(at));
  return after && { start: after.start + at, end: after.end + at };
}

/**
 * The subject before a comma after a short opening phrase and its comma (rule
 * `attribution:subject-apposition`): `In a statement, Health Minister Ada Quill, 52, said` ->
 * `Health Minister Ada Quill`; `In a statement on Monday, the minister, Ada Quill, 54, said` ->
 * `the minister`. The phrase holds no verb (`In the year the pier closed, ...` is a clause).
 */
function subjectAfterOpening(s: string): Local | null {
  const opening = OPENING_PHRASE.exec(s);
  if (
    !opening ||
    VERB_ANY.test(opening[0]) ||
    /\b(?:is|are|was|were|has|have|had|will|would)\b/i.test(opening[0])
  )
    return null;
  const at = opening[0].length;
  const after = subjectBeforeComma(s.slice(at));
  return after && { start: after.start + at, end: after.end + at };
}

/**
 * A phrase of time or place right after the cue of a speaker set off inside a statement (rule
 * `attribution:parenthetical-speaker`): `The pier, the mayor said on Friday, is unsafe`.
 */
const ASIDE_CIRCUMSTANCE =
  /^\s+(?:(?:on|in|at|last|this|earlier|late|early)\s+[^,;:.!?“”"]{1,30}?|yesterday|today|recently|again)(?=\s*,)/i;

/** A clause opened by a conjunction before the main clause and its comma: `When the storm hit, `. */
const OPENING_CLAUSE =
  /^[\s“"‘']*(?:when|whenever|while|as|because|although|though|once|until|if)\s[^,;:“”"]{1,60}?,\s+(?=\S)/i;

/**
 * The subject before a comma after an opening clause and its comma (rule
 * `attribution:clause-opening-apposition`): `When the storm hit, the mayor, a former engineer,
 * said` -> `the mayor`. The caller checks an apposition follows it, so `When the mayor, a former
 * engineer, said ...` (the subject inside the clause) is not read so.
 */
function subjectAfterClause(s: string): Local | null {
  const opening = OPENING_CLAUSE.exec(s);
  if (!opening) return null;
  const at = opening[0].length;
  const after = subjectBeforeComma(s.slice(at));
  return after && { start: after.start + at, end: after.end + at };
}

/**
 * What stands between a sentence's subject and its cue is an apposition: `, daughter of the
 * clerk, `, `, 45, `, `, who chaired the inquiry, `: set off by commas, no quotation, and no
 * verb of its own outside a relative clause.
 */
function isApposition(between: string): boolean {
  if (!/^,\s/.test(between) || !/,\s*$/.test(between)) return false;
  const inner = between.replace(/^,\s*/, '').replace(/,\s*$/, '');
  // Quotation marks end it; an apostrophe inside a word (`the university’s law school`) does not.
  if (
    !inner ||
    /["“”‘]|``|''|(?<!\p{L})’|’(?!\p{L})|[.;:!?]\s/u.test(inner) ||
    inner.split(/\s+/).length > 30
  )
    return false;
  // Relative clauses describe the noun before them (`, the agency that oversees X,`).
  const bare = inner.replace(/\b(?:who|which|whose|that)\b[^,]*/gi, '');
  return (
    !VERB_ANY.test(bare) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b/i.test(bare)
  );
}

/**
 * A role, then the name of who holds it, before the cue: `Redd's lawyer, Stefan Moor, said`,
 * `The operator, Greyline Coaches, said`. The source is the role with the name (the label is
 * the name); a subject that is a name already, or an apposition that is no name, stays as it is.
 */
function namedRole(s: string, subject: Local, cueStart: number): Local {
  // The name may follow a role of its own in lower case: `Another witness, driver Tomas Reb, said`;
  // and carry an age: `the minister, Ada Quill, 54, said`.
  const m =
    /^,\s+(?:(?!(?:who|which|that|whose|and|or|but|as|of|the|a|an|now|then|also)\s)\p{Ll}[\p{Ll}-]+\s+){0,2}(?:the\s+)?(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})\s*,(?:\s*\d{1,3}\s*,)?(\s*who\s[^,;“”"]{1,80},)?\s*$/u.exec(
      s.slice(subject.end, cueStart),
    );
  const last = s.slice(subject.start, subject.end).split(/\s+/).pop() ?? '';
  // The subject is a role: it ends in lower case, or opens with one (`The head of the Port Authority`).
  const role =
    /^\p{Ll}/u.test(last) || /^(?:[Tt]he|[Aa]n?)\s+\p{Ll}/u.test(s.slice(subject.start, subject.end));
  // `named-role-relative` (h-who21): `Kolbe's chief executive, Erik Sand, who joined in 2040,
  // said`: a relative clause after the name leaves the name the speaker's (its own verbs aside).
  if (!m || !role || PRONOUN.test(m[1]!) || VERB_ANY.test(m[0].slice(0, m[0].length - (m[2]?.length ?? 0))))
    return subject;
  return { start: subject.start, end: subject.end + m[0].indexOf(m[1]!) + m[1]!.length };
}

/**
 * The noun phrase a sentence opens with, up to its first comma or bracket, when it can be a
 * speaker: a name or a source noun of at most twelve words with no verb of its own
 * (`Rep. Ada Quill (D-Fen)`, `Officials at the port agency`).
 */
function leadSubject(s: string): Local | null {
  // A dateline's place is no subject.
  if (DATELINE_OPENING.test(s)) return null;
  const m = /^[\s“"‘']*([^,(“”"]+?)\s*(?:,|\()/u.exec(s);
  if (!m) return null;
  const text = m[1]!;
  if (SENTENCE_OPENER.test(text) || ADVERB_LY.test(text) || text.split(/\s+/).length > 12) return null;
  if (
    VERB_ANY.test(text) ||
    /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)\b/i.test(text)
  )
    return null;
  if (!isNamedOrSourceLike(text) || PRONOUN.test(text)) return null;
  const start = m[0].indexOf(text);
  return { start, end: start + text.length };
}

/**
 * The subject a main clause opens with, up to its finite verb (an auxiliary, a past form or a
 * verb of saying) within eight words and no comma: `the mayor of Varn closed it` -> `the mayor of
 * Varn`, `the Varn ferry firm angered` -> `the Varn ferry firm`; else `sentenceSubject`. Offsets
 * are UTF-16 into `rest`.
 */
function mainSubject(rest: string): Local | null {
  const words = [...rest.matchAll(/[^\s]+/g)].slice(0, 9);
  for (let k = 1; k < words.length; k++) {
    const prev = words[k - 1]!;
    if (/[,;:“”"]/.test(prev[0].replace(/^[“"‘']+/, ''))) break;
    const raw = words[k]![0];
    const w = raw.toLowerCase().replace(/[^\p{L}’']/gu, '');
    const finite =
      PHRASE_BREAK.has(w) ||
      IRREGULAR_PAST.has(w) ||
      (VERBS.has(w) && !/s$/.test(w)) ||
      (/^\p{Ll}{2,}ed$/u.test(raw) && !/^(?:the|a|an|its|his|her|their)$/i.test(prev[0]));
    if (!finite) continue;
    const span = tidy(rest, words[0]!.index, prev.index + prev[0].length);
    const text = span ? rest.slice(span.start, span.end) : '';
    return span &&
      (PRONOUN.test(text) || isNamedOrSourceLike(text) || /^(?:the|a|an|his|her|their|its)\s/i.test(text))
      ? span
      : sentenceSubject(rest);
  }
  return sentenceSubject(rest);
}

/**
 * Rule `attribution:opening-gerund`: a participle opening the sentence, alone or after a
 * preposition (`Saying the pier was safe, the mayor closed it`, `After saying ...`, `In defending
 * the plan, Ada Quill offered ...`, `By denying the charge, the firm ...`), is said by the subject
 * of the main clause after the phrase's comma; what was said runs from the participle (`cueEnd`,
 * UTF-16 offset into `s`) to that comma. Null when no comma is followed by a subject.
 */
function openingGerund(s: string, cueEnd: number): { source: Local; content: Local } | null {
  for (let k = s.indexOf(',', cueEnd); k >= 0; k = s.indexOf(',', k + 1)) {
    // A quotation in the phrase may close after its comma: `was “so swollen,” she said`.
    const at = k + 1 + /^[”’"']*/.exec(s.slice(k + 1))![0].length;
    const main = mainSubject(s.slice(at));
    if (!main) continue;
    const said = contentStart(s, cueEnd);
    const content = tidy(s, said >= 0 && said < k ? said : cueEnd, k);
    return content ? { source: { start: at + main.start, end: at + main.end }, content } : null;
  }
  return null;
}

/**
 * Words opening a phrase of circumstance after a cue: its medium, place, time or manner (`said in
 * a statement`, `told reporters on Friday`, `said late Sunday`, `said Monday that`, `said publicly`).
 */
const CIRCUMSTANCE =
  /^(?:in|on|at|to|of|during|via|through|over|from|with|after|before|by|outside|late|early|last|this|earlier|later|yesterday|today|tonight|again|also|\p{Ll}+ly|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!['’]))\b/u;
/** Words of a clause: a phrase of circumstance holds none. */
const CLAUSE_WORD =
  /["“”‘]|``|''|\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|should|must|may|might|he|she|they|we|I|it|there)\b/;

/** A text or occasion something is said in: `a statement released on Friday`, `an interview aired`. */
const TEXT_SAID_IN =
  /^(?:statements?|interviews?|letters?|messages?|posts?|videos?|releases?|briefings?|conferences?|tweets?|speech|speeches|e-?mails?|remarks|filings?)$/;

/**
 * Where what was said starts after a cue at `from`: past commas and colons, a phrase of
 * circumstance before `that` (`said in a statement that`), and `that`. -1 when nothing follows
 * but a phrase of circumstance (`the council said in a statement.`: what was said is elsewhere).
 */
function contentStart(s: string, from: number): number {
  const rest = s.slice(from);
  const lead = /^[\s,:]*/.exec(rest)![0].length;
  const body = rest.slice(lead);
  const that = /^(?:that\s+)?/i.exec(body)![0].length;
  if (that > 0 || !CIRCUMSTANCE.test(body)) return body.length > that ? from + lead + that : -1;
  // A phrase of circumstance, then `that` or the sentence's end.
  // `said of the plan, “...”`: a phrase of circumstance may end at a comma before a quotation.
  const m = /^([^,;:.!?]*?)(?:\s+that\s+|,\s*(?=[“"‘]|``|'')|\s*[.!?]?\s*$)/.exec(body);
  // `in a statement released on Friday`: a participle describing the text said in is no verb.
  const words = m
    ? m[1]!.split(/\s+/).filter((w, k, all) => !(k > 0 && /ed$/.test(w) && TEXT_SAID_IN.test(all[k - 1]!)))
    : [];
  if (!m || words.length > 6 || CLAUSE_WORD.test(m[1]!) || holdsVerb(words)) return from + lead;
  return m[0].length < body.length ? from + lead + m[0].length : -1;
}

/**
 * A verb of saying that names a deed when goods follow it: a product recall (`recalled 90,000
 * cars`, `recalled thousands of vehicles`, `recalled its pickups`). Only then: `recalled the
 * day the boat sank`, `recalled in an interview` report a memory. (`posted` and `observed` too
 * lowered PolNeAR's cue F1 on both halves.)
 */
const DEED_SENSE = /^recall(?:s|ed|ing)?$/i;
/** What a recall recalls: a number of something, or goods (`its pickups`, `the vehicles`). */
const RECALLED_GOODS =
  /^\s+(?:(?:about|nearly|almost|over|more\s+than|some|up\s+to|roughly|around|another)\s+)?(?:[\d$€£]|(?:thousands|hundreds|millions|dozens)\s+of\b)|^\s+(?:the|its|their|all|some)\s+(?:[\p{L}-]+\s+){0,2}(?:cars|vehicles|trucks|pickups|suvs|models|products|units|devices|phones|batteries|batches|drugs|medicines|toys|foods?|boxes|packages|bottles|cans|airbags|tyres|tires)\b/iu;

/**
 * What follows `feel`, `feels`, `felt` when it names a state (`feeling-state`): a participle in
 * -ed or an adjective of feeling, after an adverb of degree, with no `that` after it (`felt
 * betrayed`, `feel stung`, `feels safe`; `felt convinced that ...` still reports a view).
 */
const FEELING_STATE =
  /^\s+(?:(?:very|so|too|more|less|deeply|really)\s+)?(?:\p{Ll}+ed|stung|hurt|torn|safe|unsafe|good|bad|sad|angry|happy|great|better|worse|sick|tired|alone|lonely|uneasy|comfortable|uncomfortable)\b(?!\s+that\b)/iu;

/** Words after a cue that open a clause (what was said), not a name (who said it). */
function opensClause(rest: string): boolean {
  if (/^(?:that|he|she|it|they|we|I|there)\b/.test(rest)) return true;
  const head = rest
    .split(/[,;:.!?]\s/)[0]!
    .split(/\s+/)
    .slice(0, 8)
    .join(' ');
  return /\b(?:is|are|was|were|will|would|has|have|had|could|can|did|does|do|should|must|may|might|\p{Ll}+n['’]t|\p{Ll}{3,}ed)\b/u.test(
    head,
  );
}

/** A subject that can hold a position: a name, a pronoun for a person or group, or a source noun. */
function isNamedOrSourceLike(text: string): boolean {
  return /\p{Lu}/u.test(text) || /^(he|she|they|we|i|you)$/i.test(text) || SOURCE_NOUN.test(text);
}

/** Prepositions ending the head of a noun phrase: `the release of`, `her work after`. */
const HEAD_END = /\s(?:of|after|before|in|on|for|from|with|at|by|about|to|over|during|that|which|as|and)\s/i;

/** What a response in words answers: `to the criticism`, `to questions from reporters`, `to a request for comment`. */
const RESPONSE_TO_WORDS =
  /^\s+to\s+(?:\p{Lu}|(?:(?:the|a|an|his|her|their|its|my|our|your|any|some|every|these|those|this|that|such|repeated|several|written|emailed)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:criticisms?|critics|questions?|questioning|comments?|remarks?|reports?|allegations?|accusations?|claims?|letters?|requests?|inquir(?:y|ies)|quer(?:y|ies)|statements?|charges|concerns|complaints?|demands?|story|stories|article|e-?mails?|messages?|tweets?|posts?|suggestions?|criticism|attacks?\s+on\s+(?:him|her|them)|slights?)\b)/u;

/** A verb of saying and the object that makes it a deed, no speech (`object-deed`): lives claimed, a title claimed, a crowd acknowledged, duty reported for, two things told apart, goals added, a search called off. */
const OBJECT_DEED: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /^claim(?:ed|s|ing)?$/i,
    /^\s+(?!that\b)(?:(?:at\s+least|more\s+than|nearly|almost|about|some|over|another|the|a|an|his|her|its|their|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)*(?:(?!(?:that|which|who|was|were|is|are|had|has|have)\b)[\p{L}-]+\s+){0,2}?(?:lives|life|victims|title|titles|crown|trophy|medal|gold|silver|bronze|prize|award|championship|cup|pole|seat|seats|win|wins)\b(?!['’])/iu,
  ],
  [
    /^acknowledg(?:ed|es|ing)$/i,
    /^\s+(?:the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:crowd|crowds|applause|cheers|fans|supporters|ovation|audience|well-wishers)\b(?!['’])/iu,
  ],
  [
    /^report(?:ed|s|ing)?$/i,
    /^\s+(?:back\s+)?(?:for\s+(?:duty|work|training|service)|to\s+(?:work|duty|base|camp|barracks|the\s+(?:police\s+station|station|barracks|base|camp|front))\b)/i,
  ],
  [/^(?:told|tell|tells|telling)$/i, /^\s+apart\b/i],
  // `refused-deed` (stop 56): `Forty prisoners have refused food`, `refused treatment`, `refusing to
  // eat`: going without or staying put, no words refused (`refused to comment`, `refused the
  // claim` stay cues).
  [
    /^refus(?:ed|es|ing|e)$/i,
    /^\s+(?:all\s+|any\s+|solid\s+)?(?:food|water|meals?|fluids|liquids|nourishment|medication|medicine|(?:medical\s+)?treatment|to\s+(?:eat|drink|leave|work|return\s+to\s+work|move|evacuate|pay))\b/i,
  ],
  // `reports-to-office` (h-who21): `Nina Berg, who reports to the mayor, said`, `will report
  // directly to the chief executive`: a line of command in an organisation, no speech. Present and
  // base forms only (`reported to the board that ...` tells), and never before `that`, `on`, `about`.
  [
    /^report(?:s|ing)?$/i,
    /^\s+(?:directly\s+)?to\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:chief\s+executive|executive|director|directors|board|mayor|minister|president|vice\s+president|manager|chief|head|secretary|chairman|chairwoman|chair|ceo|editor|governor|commissioner|council|committee|boss|superintendent|commander|dean|principal)\b(?!['’])(?!\s+(?:that|on|about)\b)/iu,
  ],
  // `Greer added two goals`, `Quill added 12 points`: a count added, no clause after it (`added
  // two stations would close` reports).
  [
    /^add(?:ed|s|ing)$/i,
    /^\s+(?![^.;:,“”"]*\b(?:was|were|would|will|had|have|has|are|is|could|should|might|may|must|did|does)\b)(?:another|a\s+(?:further|second|third|fourth|late)|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+\p{L}/iu,
  ],
  // `The storm added to the damage`, `added to the toll`: a thing made worse or larger.
  [
    /^add(?:ed|s|ing)$/i,
    /^\s+to\s+(?:the|its|their|his|her|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:woes|damage|pressure|problems|trouble|troubles|tension|tensions|uncertainty|confusion|losses|costs|toll|tally|total|count|lead|score|list)\b(?![’'])/iu,
  ],
  // `Greer confirmed his place in the final`: a place won, no statement.
  [/^confirm(?:ed|s|ing)$/i, /^\s+(?:his|her|its|their)\s+(?:place|spot|berth|seat)\b/i],
  // `The hospital admitted 30 patients`: people let in, no clause after them (`admitted two aides
  // had lied` reports).
  [
    /^admit(?:ted|s|ting)$/i,
    /^\s+(?![^.;:,“”"]*\b(?:was|were|would|will|had|have|has|are|is|could|should|might|may|must|did|does)\b)(?:(?:about|nearly|almost|over|more\s+than|some|another|the\s+first|its\s+first|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)+(?:[\p{L}-]+\s+)?(?:patients|students|pupils|children|people|members|refugees|migrants|applicants|women|men|girls|boys|guests|visitors|fans)\b/iu,
  ],
  // `Police charged two men with theft`: a charge laid, a deed of the law (`charged that` reports).
  // h-who22's `charged-apposed-object`: so with an apposition or a relative clause set off before
  // `with` (`charged the 34-year-old man, who was arrested on Tuesday, with theft`, `Ada Quill, 34,
  // with theft`); a clause after `charged` (`charged the council was hiding ...`) stays.
  [
    /^charg(?:ed|es|ing)$/i,
    /^\s+(?!that\b)(?:(?!(?:that|was|were|is|are|had|has|have|would|will|could|should|did|does)\b)[\p{L}\d’'.-]+,?\s+){1,4}?(?:(?:who|which)\s+[^,;.!?]{1,60},\s+)?(?:with|in\s+connection\s+with)\s/iu,
  ],
  // `Police called off the search`, `called time on his career`: a decision, no statement.
  [/^call(?:ed|s|ing)$/i, /^\s+(?:off|time\s+on)\b/i],
];

/**
 * The objects of OBJECT_DEED that make `verb` a deed (the pairs whose verb pattern it matches),
 * kept per verb as written: a verb match tries only its own pairs (the same result, no pair's
 * verb pattern tried on every match).
 */
const DEED_OBJECTS = new Map<string, readonly RegExp[]>();
function deedObjects(verb: string): readonly RegExp[] {
  let objects = DEED_OBJECTS.get(verb);
  if (!objects) {
    objects = OBJECT_DEED.filter(([v]) => v.test(verb)).map(([, o]) => o);
    if (DEED_OBJECTS.size >= 10_000) DEED_OBJECTS.clear();
    DEED_OBJECTS.set(verb, objects);
  }
  return objects;
}

/**
 * What follows a passive and is a place, an institution or a recipient, no infinitive
 * (`passive-place`): `into` anything, `to` before a determiner, a number, a name, a plural noun
 * (`to staff` aside) or a bare noun of a place or institution (`to hospital`, `to intensive care`).
 */
const PLACE_AFTER_PASSIVE =
  /^\s+(?:into\s|to\s+(?:(?:the|a|an|his|her|its|their|our|my|your|this|these|those|staff)\b|\d|\p{Lu}|(?:hospital|hospice|prison|jail|gaol|court|school|college|university|church|bed|office|power|parliament|congress|intensive\s+care|custody)\b|\p{Ll}*[^\s\p{P}su]s\b))/u;

/** Words for anyone, which speak when a relative clause of saying follows: `a woman who says`. */
const ANY_PERSON =
  /\b(?:wom[ae]n|m[ae]n|mothers?|fathers?|wife|wives|husbands?|sons?|daughters?|sisters?|brothers?|girls?|boys?|teenagers?|students?|drivers?|owners?|victims?|survivors?|hostages?|customers?|patients?|teachers?|nurses?|farmers?|shoppers?|parents?|fans?)$/i;

/** Nouns for people and bodies who can be cited: `two crew members`, `the harbour authority`. */
const PERSON_NOUN =
  /\b(?:authority|council|court|company|firm|union|committee|department|office|bureau|service|commission|board|administration|campaign|party|association|institute|organi[sz]ation|foundation|army|military|embassy|network|broadcaster|outlet|website|unnamed|anonymous|members?|people|persons?|staff|crew|officers?|workers?|employees?|insiders?|individuals?|colleagues?|friends?|relatives?|neighbou?rs?|doctors?|passengers?|soldiers?|troops|activists?|leaders?|executives?|managers?|journalists?|reporters?)\b/i;

/**
 * A cited noun phrase that is a reason, not a speaker: its head (before its first preposition)
 * starts in lower case with no name and no source noun (`security concerns`, `the release of X`,
 * `her work after the attacks`), unlike `unnamed officials`, `a report by X`, `the Fen Herald`.
 */
function isReason(text: string): boolean {
  const head = text.split(HEAD_END)[0]!;
  return (
    /^\p{Ll}/u.test(head) &&
    !/\p{Lu}/u.test(head) &&
    !SOURCE_NOUN.test(head) &&
    !PERSON_NOUN.test(head) &&
    !PRONOUN.test(head)
  );
}

/**
 * Where the noun phrase of a source after a cue ends: a comma or other mark, a full stop not of a
 * title, a clause's word, a dash (`supported by the council and ratified by the board`: a second
 * participle with its own agent ends the first agent's noun phrase).
 */
const SOURCE_STOP =
  /[,;:!?]\s|(?<!\b(?:\p{Lu}|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Sgt|Adm|Capt|Cmdr|Const|Prof|Rev|St|Jr|Sr))(?!(?<=\bNo)\.\s*\d)\.\s|[,;:.!?]$|\s(that|who|which|on|in|when|after|as)\s|\s[-–—]\s|\s(?:and|or|but)\s(?=\p{Ll}{3,}(?:ed|en)\s+(?:by|in|on|at|to|with|as)\s)|$/iu;

/** Reports named by where they ran (`reports in`, `a report in`, `published reports in`). */
const REPORTS_IN =
  /^(?:(?:a|an|the|some|several|many|local|news|media|press|published|recent)\s+)*(?:reports?|articles?|stor(?:y|ies)|accounts?)$/i;

/** The noun phrase right after a cue (`according to X,`; `, said X.`). */
function sourceAfter(s: string, from: number, cutLong = false, noClause = false): Local | null {
  const rest = s.slice(from);
  let stop = SOURCE_STOP.exec(rest);
  // `according to reports in the Velmar Gazette`: reports are named by the paper they ran in.
  if (stop && /^\s+in\s/i.test(stop[0]) && REPORTS_IN.test(rest.slice(0, stop.index))) {
    const on = stop.index + stop[0].length;
    const next = SOURCE_STOP.exec(rest.slice(on));
    if (
      next &&
      /^(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:\p{Lu}[\p{L}'’.-]*|newspapers?|papers?|press|media)$/u.test(
        rest.slice(on, on + next.index),
      )
    )
      stop = Object.assign([...next], { index: on + next.index }) as RegExpExecArray;
  }
  const end = from + (stop ? stop.index : rest.length);
  let span = tidy(s, from, end);
  if (!span) return null;
  // `according to the deputy head of the port authority, Ada Quill, ...`: a role, then the name.
  // So after a cue, the name closing the sentence: `said its director, Mona Sledge.`
  const named = /^,\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}(?=,\s|[.!?]?\s*$)/u.exec(
    s.slice(span.end),
  );
  if (named && /^(?:(?:the|a|an)\s+)?\p{Ll}/u.test(s.slice(span.start, span.end)))
    span = { start: span.start, end: span.end + named[0].length - (/\p{Ll}{2}\.$/u.test(named[0]) ? 1 : 0) };
  // `said the union had followed the rules`: a clause after the cue is what was said, not who said it.
  if (
    noClause &&
    /\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|should|must|may|might)\b/.test(
      s.slice(span.start, span.end),
    )
  )
    return null;
  // `says she saw the crash`: a pronoun with words after it opens the clause said (`said she`
  // alone is the inverted speaker).
  if (noClause && /^(?:he|she|they|we|i|you|it)\s+\S/i.test(s.slice(span.start, span.end))) return null;
  // `Having said that, ...`, `say that, in addition, ...`: a word that points at a clause names no one.
  if (/^(?:that|which|what|whether|if|how|why|so)$/i.test(s.slice(span.start, span.end))) return null;
  const words = s.slice(span.start, span.end).split(/\s+/).length;
  if (words <= 14) return span;
  // `according to a civil complaint filed by the federal Securities and Exchange Commission and
  // ...`: a long noun phrase is named by its head, up to the participle that describes it.
  if (!cutLong) return null;
  const head = LONG_SOURCE_CUT.exec(s.slice(span.start, span.end));
  return head && head[1]!.split(/\s+/).length <= 14
    ? tidy(s, span.start, span.start + head[1]!.length)
    : null;
}

/** A noun phrase's head before a participle and its agent or time: `a complaint | filed by`. */
const LONG_SOURCE_CUT = /^(.+?)\s+\p{Ll}{3,}(?:ed|en)\s+(?:by|in|on|at|last|this|earlier)\b/u;

/** When something was told, after whom: `on Monday`, `last week`, `earlier this month`, `in an interview`. */
const TOLD_WHEN =
  /\s(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Lu}\p{Ll}+\s+\d)|(?:last|this|earlier|late|later)\s|yesterday|today|tonight|in\s+an?\s+(?:interview|statement|email|e-mail|telephone|phone))/u;

/** Whom something was told: `told the NYT that`, `claimed to the newspaper`, `said in the New York Times`. */
function recipientAfter(s: string, verb: string, from: number): Local | null {
  const rest = s.slice(from);
  const lower = verb.toLowerCase();
  // `told a veterans group that`, `telling a meeting of donors that`: whom a verb of telling
  // addresses runs to the `that` of what was told.
  // So do plural listeners named with no article (`told analysts on a conference call that`).
  const addressed =
    /^\s+((?:the|a|an|his|her|their|its)\s+(?:[\p{L}\d'’.\-]+\s+){0,5}?)that\s/iu.exec(rest) ??
    /^\s+(\p{Ll}+s\s+(?:(?:on|at|in|during)\s+(?:a|an|the)\s+(?:[\p{L}\d'’.\-]+\s+){0,3}?)?)that\s/u.exec(
      rest,
    );
  if (
    addressed &&
    /^(told|tell|tells|telling|informed|assured|reassured)$/.test(lower) &&
    // (A verb only in the head's phrase: `a conference call` is no verb `call`.)
    !VERB_ANY.test(addressed[1]!.replace(/\s(?:on|at|in|during)\s+(?:a|an|the)\s.*$/u, ' '))
  ) {
    // `told the Evening Post on Monday that`: when it was told is no part of whom.
    const start = from + addressed[0].length - addressed[1]!.length - 5;
    const when = TOLD_WHEN.exec(addressed[1]!);
    return tidy(s, start, when ? start + when.index : from + addressed[0].length - 5);
  }
  const m =
    /^(to|tells|told|in)?\s*((?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}.’'\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'\-]*)*|reporters|journalists|the newspaper|the paper|the broadcaster|the agency|\p{Ll}+\s+(?:newspaper|outlet|agency|broadcaster)))/u.exec(
      rest,
    );
  if (!m) return null;
  const needsPrep = !/^(told|tell|tells|telling|informed|briefed)$/.test(lower);
  if (needsPrep && !/^\s*(to|in)\s/.test(rest)) return null;
  const start = from + m.index + m[0].length - m[2]!.length;
  return tidy(s, start, from + m.index + m[0].length);
}

/**
 * A role held for or about someone, before their name: `a lawyer for`, `the widow of`, `a critic of`,
 * `friends of the` (lower-case words only: a name before the preposition is the speaker's own).
 */
const OBJECT_OF_ROLE =
  /^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s+(?:of|for|to|with|against)\s+(?:the\s+)?$/u;

/**
 * A possessive written apart, as some scrapes tokenise text (`Redd ’ s lawyer`): a label joins it
 * (`Redd’s lawyer`); the text is not edited (h-who13's `possessive-apart`).
 */
const POSSESSIVE_APART = /\s(['’])\ss(?=\s)/gu;

/** Verbs of saying a headline in title case uses: `Mayor Says`, `Council Warns`. */
const HEADLINE_VERB = /^(Says|Said|Tells|Told|Warns|Warned|Claims|Claimed|Admits|Denies|Vows|Urges|Insists)$/;

/**
 * A verb of a headline in title case: one listed above, or the form in -s of a verb of saying or
 * stance after a word in capitals (`Mayor Calls Plan a Disgrace`, `Council Slams Ferry Firm`).
 */
function isHeadlineVerb(verb: string): boolean {
  const lower = verb.toLowerCase();
  return HEADLINE_VERB.test(verb) || (/[^s]s$/.test(lower) && VERBS.has(lower) && !BASE_FORMS.has(lower));
}

/** A headline set in title case: at least four words of four letters or more, three in four capitalised. */
function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}'’-]{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * words.length;
}

export interface AttributionLayers {
  readonly attributions: Attribution[];
  readonly quotes: Quote[];
  readonly certainties: SentenceCertainty[];
}

/**
 * Who says each sentence: reporting verbs with their subjects (`officials
 * said`, `, said Zarate`), prepositional cues (`according to X`, `citing X`,
 * `as per X`), the recipient of `told`; direct quotations with their speakers;
 * and each sentence's certainty with the cue spans that decided it.
 */
export function attribute(
  view: RepairedView,
  sentences: readonly Sentence[],
  entities: readonly EntityMention[],
): AttributionLayers {
  const attributions: Attribution[] = [];
  const certainties: SentenceCertainty[] = [];
  const within = (o: Span): EntityMention[] => spansWithin(entities, o);
  const label = (whole: Span | null, base: number): string | null => {
    if (!whole) return null;
    // `Rep. Tomas Reb (D-New Holm)`: the name, not what it carries in brackets.
    const bracket = BRACKET_AFTER_NAME.exec(view.text.slice(base + whole.start, base + whole.end));
    const span =
      bracket && bracket.index > 0 ? { start: whole.start, end: whole.start + bracket.index } : whole;
    const o = view.spanToOriginal({ start: base + span.start, end: base + span.end });
    const inside = within(o);
    const raw = view.text.slice(base + span.start, base + span.end);
    // The person a source names is its last one (`Redd's lawyer, Stefan Moor` is Moor), never a
    // title the entity layer took for a name (`spokesman Lt. Dana Crowe` is Crowe, not `Lt`).
    const people = inside.filter(
      (e) => e.kind === 'person' && !TITLE.has(e.label.toLowerCase().replace(/\.$/, '')),
    );
    const person = people[people.length - 1];
    // A name that modifies the noun after it names no speaker: `the Quill verdict` is the verdict,
    // and so is its possessor: `Redd's lawyer` is the lawyer, not Redd (h-who13: also with the
    // possessive written apart, as some scrapes tokenise it: `Redd ’ s lawyer`).
    // Stop 55 (h-who35)'s `name-modifies-noun`: also with the place the noun is in after it, or the
    // relative pronoun that goes on to describe it (`A former shift manager at the Torvik Plastics
    // factory in Lomma says`, `the former Torvik Plastics shift manager who says`).
    const modifier =
      person !== undefined &&
      /^(?:\s?['’]\s?s)?\s+(?!who\b)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?(?:\s+(?:in|at|near|outside)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|\s+who)?$/u.test(
        view.text.slice(view.fromOriginal(person.end), base + span.end),
      );
    // `Ms. Dale’s sister Crystal`: a possessor, a relation or role, then the name of who speaks.
    const named =
      person &&
      /^\s?['’]\s?s\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$/u.exec(
        view.text.slice(view.fromOriginal(person.end), base + span.end),
      );
    if (named) return named[1]!;
    // h-who13's `object-of-role`: `A lawyer for Tom Rusk`, `the widow of Tom Rusk`, `a critic of
    // Tom Rusk`: a role, then the person it is held for or about; the speaker is the role's holder,
    // unnamed, not the person (`Ada Quill of the Fen Coalition` names her before the preposition).
    const objectOfRole =
      person !== undefined &&
      OBJECT_OF_ROLE.test(view.text.slice(base + span.start, view.fromOriginal(person.start)));
    if (person && !modifier && !objectOfRole) return person.label;
    // `The company that owns the warehouse, Ferrow Chemicals`: a role, then the name set off after it.
    const last = inside[inside.length - 1];
    if (
      last &&
      last.kind !== 'place' &&
      last.end >= o.end &&
      (/,\s*(?:the\s+)?$/i.test(view.text.slice(base + span.start, view.fromOriginal(last.start))) ||
        NAME_GIVEN.test(view.text.slice(base + span.start, view.fromOriginal(last.start))))
    )
      return last.label;
    const ent = modifier || objectOfRole ? undefined : (inside.find((e) => e.kind !== 'place') ?? inside[0]);
    // A place before a noun names the speaker's place, not the speaker: `Pell Valley police`.
    const placeModifies =
      ent?.kind === 'place' &&
      ent.end < o.end &&
      /^\s+\p{Ll}/u.test(view.text.slice(view.fromOriginal(ent.end), base + span.end));
    if (ent && !placeModifies && ent.end - ent.start >= (o.end - o.start) * 0.6) return ent.label;
    return raw
      .replace(/^(the|a|an)\s+/i, '')
      .replace(BRACKET_AFTER_NAME, '')
      .replace(POSSESSIVE_APART, '$1s')
      .replace(/\s+/g, ' ');
  };
  sentences.forEach((sent, index) => {
    const base = view.fromOriginal(sent.start);
    const s = view.text.slice(base, view.fromOriginal(sent.end));
    const toOrig = (l: Local): Span => view.spanToOriginal({ start: base + l.start, end: base + l.end });
    const found: Array<{
      cue: Local;
      source: Local | null;
      content: Local;
      recipient: Local | null;
      rule: string;
    }> = [];

    // h-who22's `issued-by`: `A boil-water notice was issued by the health ministry on Monday`: a
    // statement, notice or warning issued by its author, the sentence's subject, is the author's
    // word (the content: what was issued); `issued` is a cue of no other form.
    const issued = /\sby\s/.test(s) ? ISSUED_BY.exec(s) : null;
    if (issued) {
      const whole = sourceAfter(s, issued.index + issued[0].length);
      // (The agent ends before when or where: `by the health ministry late on Monday`.)
      const tail = whole ? AGENT_TAIL.exec(s.slice(whole.start, whole.end)) : null;
      const agent = whole && tail ? tidy(s, whole.start, whole.start + tail.index) : whole;
      const text = agent ? s.slice(agent.start, agent.end) : '';
      const content = tidy(s, issued.index, issued.index + issued[1]!.length);
      const at = issued.index + issued[0].search(/\b(?:issued|released|put\s+out|published)\b/i);
      const cue = tidy(s, at, at + /^\S+(?:\s+out)?/.exec(s.slice(at))![0].length);
      if (
        agent &&
        content &&
        cue &&
        (isNamedOrSourceLike(text) || ISSUER.test(text)) &&
        !NOT_AGENT.test(text)
      )
        found.push({ cue, source: agent, content, recipient: null, rule: 'attribution:issued-by' });
    }
    /** `citing` with a reason after it: its source is the speaker of the sentence, found below. */
    const citing: Array<{ cue: Local; content: Local }> = [];
    SOURCE_AFTER.lastIndex = 0;
    let read = 0;
    for (
      let m = MAY_SOURCE_AFTER.test(s) ? SOURCE_AFTER.exec(s) : null;
      m && read++ < MAX_CUES_PER_SENTENCE;
      m = SOURCE_AFTER.exec(s)
    ) {
      const cue = tidy(s, m.index, m.index + m[0].trimEnd().length)!;
      // `per` names a source only before a name: `per the Fen Herald`, not `per year`.
      if (/^per$/i.test(m[1]!) && !/^\s+(?:the\s+)?\p{Lu}/u.test(s.slice(m.index + 3))) continue;
      // h-who15's `per-first-name`: `Per` in capitals inside a sentence is a first name
      // (`Opposition finance spokesman Per Lunde said`), not the preposition.
      if (m[1] === 'Per' && /\S/.test(s.slice(0, m.index)) && !/[.:;!?]\s*$/.test(s.slice(0, m.index)))
        continue;
      const source = sourceAfter(s, m.index + m[0].length, true);
      if (!source) continue;
      // `, citing security concerns`, `Citing a poll of his own, the mayor ...`: what is cited is a
      // reason, not a speaker; the one who cites (the speaker of the clause) is the source.
      if (/^citing$/i.test(m[1]!) && isReason(s.slice(source.start, source.end))) {
        const stop = /[;]\s|,\s+(?=\p{Ll}+\s|\p{Lu})/u.exec(s.slice(m.index + m[0].length));
        const said = tidy(s, m.index + m[0].length, stop ? m.index + m[0].length + stop.index : s.length);
        if (said) citing.push({ cue, content: said });
        continue;
      }
      const before = tidy(s, 0, m.index);
      // A long source cut at its participle (`a complaint filed by ...`) runs on to its comma.
      const rest = s.slice(source.end);
      const reach = /^\s+\p{Ll}{3,}(?:ed|en)\s/u.test(rest)
        ? source.end + Math.max(0, rest.search(/[,;:]\s/))
        : source.end;
      const after = tidy(s, reach, s.length);
      const content =
        before && (!after || before.end - before.start >= after.end - after.start) ? before : after;
      if (!content) continue;
      const kind = m[1]!.toLowerCase().replace(/\s+/g, '-');
      found.push({ cue, source, content, recipient: null, rule: `attribution:${kind}` });
    }

    // `Pat Caddell: voters are worried` — a name before a colon opening the sentence speaks the rest.
    const colon = /^(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}):\s+\S/u.exec(s);
    if (colon && !COLON_LABELS.test(colon[1]!)) {
      const at = colon[1]!.length;
      const content = tidy(s, at + 1, s.length);
      if (content)
        found.push({
          cue: { start: at, end: at + 1 },
          source: { start: 0, end: at },
          content,
          recipient: null,
          rule: 'attribution:name-colon',
        });
    }

    // `“A real disgrace.” ― Azucena Gonzàlez`: a quotation signed with a dash.
    const signed = /[”"]\s*([―—–]|--)\s*(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,4})\s*[.,]?$/u.exec(
      s,
    );
    if (signed) {
      const dashAt = signed.index + signed[0].indexOf(signed[1]!);
      const nameAt =
        signed.index + signed[0].indexOf(signed[2]!, signed[0].indexOf(signed[1]!) + signed[1]!.length);
      const content = tidy(s, 0, signed.index + 1);
      if (content) {
        found.push({
          cue: { start: dashAt, end: dashAt + signed[1]!.length },
          source: { start: nameAt, end: nameAt + signed[2]!.length },
          content,
          recipient: null,
          rule: 'attribution:signed-quote',
        });
      }
    }
    // `Bank released the assets – NYT`: a headline signed with its source after a dash.
    const credited = /\s([―—–]|-{1,2})\s*(\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,3})\s*$/u.exec(s);
    if (credited && !signed) {
      const nameAt = credited.index + credited[0].indexOf(credited[2]!, 1 + credited[1]!.length);
      const name = { start: nameAt, end: nameAt + credited[2]!.length };
      const o = toOrig(name);
      const isSource =
        /^\p{Lu}{2,6}$/u.test(credited[2]!) ||
        within(o).some((e) => e.kind === 'organization' || e.kind === 'person');
      const content = tidy(s, 0, credited.index);
      const dashAt = credited.index + credited[0].indexOf(credited[1]!);
      if (isSource && content)
        found.push({
          cue: { start: dashAt, end: dashAt + credited[1]!.length },
          source: name,
          content,
          recipient: null,
          rule: 'attribution:credited-headline',
        });
    }
    // `his claim that the pier was safe`, `the Fen Herald's report that the ferry sank`: a noun of
    // saying after its possessor (the source) and before a clause in `that` (what was said, up to
    // a comma).
    NOUN_CUE.lastIndex = 0;
    for (
      let m = MAY_NOUN_CUE.test(s) ? NOUN_CUE.exec(s) : null;
      m && read++ < MAX_CUES_PER_SENTENCE;
      m = NOUN_CUE.exec(s)
    ) {
      const owner = m[1] ?? m[2] ?? m[3]!;
      const ownerAt = m.index + m[0].indexOf(owner);
      const noun = m[4]!;
      const cueAt = m.index + m[0].length - noun.length;
      const rest = s.slice(m.index + m[0].length);
      const lead = /^\s+that\s+/i.exec(rest);
      if (!lead) continue;
      const from = m.index + m[0].length + lead[0].length;
      const comma = s.slice(from).search(/,\s/);
      const content = tidy(s, from, comma < 0 ? s.length : from + comma);
      if (content)
        found.push({
          cue: { start: cueAt, end: cueAt + noun.length },
          source: { start: ownerAt, end: ownerAt + owner.length },
          content,
          recipient: null,
          rule: 'attribution:noun-cue',
        });
    }
    // `Asked about the closure, the mayor said ...`: a question put to the speaker by someone
    // unnamed; the speaker's answer follows the comma, with a cue of its own.
    const asked = ASKED_OPENING.exec(s);
    if (asked) {
      const at = asked[0].indexOf(asked[1]!);
      const content = tidy(s, at + asked[1]!.length, asked[0].length - 1);
      if (content)
        found.push({
          cue: { start: at, end: at + asked[1]!.length },
          source: null,
          content,
          recipient: null,
          rule: 'attribution:asked-opening',
        });
    }
    // `asked-aside`: `Ada Quill, asked about the pier, said it would close`: the same question set
    // off by commas after the speaker (the asker unnamed); the answer has a cue of its own.
    for (const aside of MAY_ASKED_ASIDE.test(s) ? s.matchAll(ASKED_ASIDE) : []) {
      const at = aside.index + aside[0].indexOf(aside[1]!);
      const content = tidy(s, at + aside[1]!.length, aside.index + aside[0].length - 1);
      if (content)
        found.push({
          cue: { start: at, end: at + aside[1]!.length },
          source: null,
          content,
          recipient: null,
          rule: 'attribution:asked-aside',
        });
    }
    // `The ferry reportedly sank`, `who allegedly stole a car`: an adverb of report says the
    // clause around it is someone's unnamed account (no source); the clause runs between the
    // clause breaks on either side of the adverb.
    REPORT_ADVERB.lastIndex = 0;
    for (
      let m = MAY_REPORT_ADVERB.test(s) ? REPORT_ADVERB.exec(s) : null;
      m && read++ < MAX_CUES_PER_SENTENCE;
      m = REPORT_ADVERB.exec(s)
    ) {
      const cue = { start: m.index, end: m.index + m[0].length };
      const left = s.slice(0, cue.start).search(/[^,;:(—–]*$/);
      const right = s.slice(cue.end).search(/[,;:)—–]\s|$/);
      const content = tidy(s, left, cue.end + right);
      if (content)
        found.push({ cue, source: null, content, recipient: null, rule: 'attribution:report-adverb' });
    }
    // `“The pier is closed,” the statement read.`, `A letter from the council reads: ...`: a text
    // reads what it says; the text is the source, the quotation before or the words after the content.
    READ_CUE.lastIndex = 0;
    for (
      let m = MAY_READ_CUE.test(s) ? READ_CUE.exec(s) : null;
      m && read++ < MAX_CUES_PER_SENTENCE;
      m = READ_CUE.exec(s)
    ) {
      const cueAt = m.index + m[0].length - m[2]!.length;
      const cue = { start: cueAt, end: cueAt + m[2]!.length };
      const source = tidy(s, m.index, m.index + m[1]!.length);
      const before = s.slice(0, m.index);
      const content =
        /(?:[,”"’]|'')\s*$/.test(before) && before.trim()
          ? tidy(s, 0, m.index)
          : /^\s*[:,]?\s*(?:[“"‘]|``|'')/.test(s.slice(cue.end))
            ? tidy(s, cue.end, s.length)
            : null;
      if (source && content)
        found.push({ cue, source, content, recipient: null, rule: 'attribution:text-reads' });
    }
    // `Caddell continued:` — a speaker and a verb introducing what follows (the colon ends the
    // sentence: the pattern is tried only then).
    const intro =
      s.endsWith(':') &&
      /^(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}|(?:[Tt]he|[Aa]n?)\s+[\p{L}'’\-]+(?:\s+[\p{L}'’\-]+)?|[Hh]e|[Ss]he|[Tt]hey)\s+(continued|added|said|says|wrote|writes|explained|told \p{L}+|concluded|declared|tweeted|stated)\s*:$/u.exec(
        s,
      );
    const following = sentences[index + 1];
    /** Where the cue of `The mayor added:` starts: its verb is read here, not again below. */
    let introAt = -1;
    if (intro && following) {
      // What is said is the next sentence: its span is taken as it stands in the original.
      const cueAt = intro[0].indexOf(intro[2]!, intro[1]!.length);
      introAt = cueAt;
      const cue = toOrig({ start: cueAt, end: s.length });
      const source = toOrig({ start: 0, end: intro[1]!.length });
      attributions.push({
        cue,
        source,
        sourceLabel: label({ start: 0, end: intro[1]!.length }, base),
        content: { start: following.start, end: following.end },
        certainty: 'attributed',
        recipient: null,
        recipientLabel: null,
        sentence: index,
        rule: 'attribution:speaker-colon',
      });
    }

    // `“Why close the pier?” Ada Quill asked.`: a quoted question or exclamation ends its sentence
    // before a capitalised speaker, whose tag (a name or role and a verb of saying, or the verb
    // first) is left as a sentence of its own; what was said is the sentence before.
    const previous = sentences[index - 1];
    const tag = previous ? QUESTION_TAG.exec(s) : null;
    if (tag && previous && introAt < 0) {
      const before = view.text.slice(view.fromOriginal(previous.start), view.fromOriginal(previous.end));
      if (/[?!](?:[”"]|'')\s*$/.test(before)) {
        const speaker = tag[1] ?? tag[4]!;
        const verb = tag[2] ?? tag[3]!;
        const speakerAt = tag[1] ? 0 : s.lastIndexOf(speaker);
        const verbAt = tag[2] ? s.indexOf(verb, speaker.length) : 0;
        introAt = verbAt;
        attributions.push({
          cue: toOrig({ start: verbAt, end: verbAt + verb.length }),
          source: toOrig({ start: speakerAt, end: speakerAt + speaker.length }),
          sourceLabel: label({ start: speakerAt, end: speakerAt + speaker.length }, base),
          content: { start: previous.start, end: previous.end },
          certainty: 'attributed',
          recipient: null,
          recipientLabel: null,
          sentence: index,
          rule: 'attribution:tag-after-question',
        });
      }
    }

    // `According to reports in the Velmar Gazette:` on a line of its own: its source introduces the
    // next sentence, as `The mayor added:` does.
    const introduced = /^(according to|as per|in the words of)\s+/i.exec(s);
    if (!intro && introduced && following && /:\s*$/.test(s)) {
      const source = sourceAfter(s, introduced[0].length, true);
      if (source && /^\s*:\s*$/.test(s.slice(source.end)))
        attributions.push({
          cue: toOrig({ start: 0, end: introduced[1]!.length }),
          source: toOrig(source),
          sourceLabel: label(source, base),
          content: { start: following.start, end: following.end },
          certainty: 'attributed',
          recipient: null,
          recipientLabel: null,
          sentence: index,
          rule: 'attribution:according-to-colon',
        });
    }

    // h-who10's `courtesy-colon`: `Courtesy of the Velmar Courier: ...` credits the text after the
    // colon to the one named; what that text attributes is said inside it (its content starts after
    // the colon, below).
    const courtesy = COURTESY.exec(s);
    const courtesySource = courtesy ? sourceAfter(s, courtesy[0].length, true) : null;
    const courtesyColon = courtesySource ? /^\s*:\s*/.exec(s.slice(courtesySource.end)) : null;
    const courtesyContent =
      courtesySource && courtesyColon
        ? tidy(s, courtesySource.end + courtesyColon[0].length, s.length)
        : null;
    if (courtesy && courtesySource && courtesyContent)
      found.push({
        cue: { start: 0, end: courtesy[1]!.length },
        source: courtesySource,
        content: courtesyContent,
        recipient: null,
        rule: 'attribution:courtesy-colon',
      });

    VERB_RE.lastIndex = 0;
    read = 0;
    for (let m = VERB_RE.exec(s); m && read++ < MAX_CUES_PER_SENTENCE; m = VERB_RE.exec(s)) {
      const verb = m[1]!;
      const cue = { start: m.index, end: m.index + m[0].length };
      if (introAt >= 0 && cue.start >= introAt) continue;
      // `United States`, `Rules Committee`: a name, not a verb; in a headline set in title case
      // (`Pier Will Close, Mayor Says`) a capitalised verb of saying is a verb.
      if (/^\p{Lu}/u.test(verb) && m.index > 0 && !(isHeadlineVerb(verb) && isTitleCase(s))) continue;
      // `Reports in a Velmar newspaper said ...`: a sentence opening on a noun of reports with a
      // preposition after it names the source; it is no verb.
      if (m.index === 0 && /^Reports$/.test(verb) && /^\s+(?:in|of|from|by|on)\s/.test(s.slice(cue.end)))
        continue;
      // `participle-after-noun`: `a note demanding cash`, `a sign warning drivers`: a form in -ing
      // right after a noun its determiner opens modifies the noun; it is no verb of saying.
      if (/ing$/i.test(verb) && nounBeforeParticiple(s.slice(0, cue.start))) continue;
      if (
        citing.some((c) => c.cue.start <= cue.start && cue.end <= c.cue.end) ||
        found.some(
          (f) =>
            (f.cue.start <= cue.start && cue.end <= f.cue.end) ||
            (f.source && f.source.start <= cue.start && cue.end <= f.source.end),
        )
      )
        continue;
      const after = s.slice(cue.end);
      const before = s.slice(0, cue.start);
      // `Residents were told to leave`: a passive `told` before an infinitive is an order given to
      // its subject, not a report of what anyone said.
      if (
        /^told$/i.test(verb) &&
        /\b(?:was|were|been|being|is|are|be|get|got)\s+$/i.test(before) &&
        /^\s+to\s+\p{Ll}/u.test(after)
      )
        continue;
      // `refusal-infinitive`: `The council declined to say when ...`: a verb of saying after a
      // refusal says nothing; the refusal is the cue, its subject the source, the rest its content.
      if (/\b(?:declined|declines|declining|refused|refuses|refusing)\s+to\s+$/i.test(before)) continue;
      // `Trell pleaded guilty to robbery`, `pleads not guilty`: a plea entered in court, not a
      // statement someone reports (`"Help us," she pleaded` stays a cue). Finite forms only: the
      // infinitive (`an offer to plead guilty`) opens no clause of a subject's own.
      if (
        /^plead(?:ed|s)$/i.test(verb) &&
        /^\s+(?:not\s+guilty|guilty|innocent|no\s+contest|nolo\s+contendere)\b/i.test(after)
      )
        continue;
      // `object-deed` (h-attr21): a verb of saying in a sense that is no speech, told by its object:
      // `The storm claimed 12 lives`, `claimed the title`, `acknowledged the crowd`, `reported for
      // duty`, `reported to the barracks`, `could not be told apart` (OBJECT_DEED).
      if (deedObjects(verb).some((o) => o.test(after))) continue;
      // `Crews responded to the blaze`, `Officers responded to a call`: a response to an event is a
      // deed; a response to words (`responded to the criticism`, `to questions`) stays a cue.
      if (/^respond(?:ed|s|ing)?$/i.test(verb) && /^\s+to\s/i.test(after) && !RESPONSE_TO_WORDS.test(after))
        continue;
      // `The ferry company did not immediately respond to requests for comment`, `has not responded
      // to questions`: a response (or its refusal) to words is the speaker's answer, whatever the
      // auxiliaries before it; the subject before them is the speaker (`response-to-words`). A
      // refusal (`did not respond`, `has yet to respond`) states nothing: its rule `no-response`
      // tells the provenance layer so, as it reads `declined to comment`.
      if (/^respond(?:ed|s)?$/i.test(verb) && RESPONSE_TO_WORDS.test(after)) {
        const subject = sourceBefore(s, cue.start);
        const rest = tidy(s, cue.end, s.length);
        if (subject && rest && !/^you$/i.test(s.slice(subject.start, subject.end))) {
          const refused =
            /\b(?:not|never|n['’]t|yet\s+to|failed\s+to|declined\s+to|refused\s+to)\s+(?:\p{Ll}+ly\s+)?$/u.test(
              before,
            );
          found.push({
            cue,
            source: subject,
            content: rest,
            recipient: null,
            rule: refused ? 'attribution:no-response' : 'attribution:response-to-words',
          });
          continue;
        }
      }
      // `compared with two last year`, `compared to 2015`: a comparison of figures is no stance; one
      // of an object to something else is (`compared the mayor to a pirate`: `comparison-object`).
      if (
        /^compar/i.test(verb) &&
        !/^\s+(?!(?:with|to|well|poorly|favou?rably|unfavou?rably|\p{Ll}+ly)\s)[^,.;:“”"]{1,60}?\s(?:to|with)\s/iu.test(
          after,
        )
      )
        continue;
      // `who asked not to be named`: the reason a source is anonymous, not a statement of theirs.
      if (
        /^(?:asked|requested|spoke)$/i.test(verb) &&
        /^\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|on\s+(?:the\s+)?condition\b)/i.test(after)
      )
        continue;
      // `It is too early to say what caused it`, `hard to tell`: no one says anything.
      if (
        /^(?:say|tell)$/i.test(verb) &&
        /\b(?:too\s+\p{L}+|hard|difficult|impossible|early|soon)\s+to\s+$/iu.test(before)
      )
        continue;
      // `After saying the pier was safe, the mayor closed it` (`opening-gerund`, see `openingGerund`).
      const gerund = /ing$/i.test(verb) && OPENING_GERUND.test(before) ? openingGerund(s, cue.end) : null;
      if (gerund) {
        found.push({ cue, ...gerund, recipient: null, rule: 'attribution:opening-gerund' });
        continue;
      }
      const recipient = recipientAfter(s, verb, cue.end);
      const afterRecipient = recipient ? s.slice(recipient.end).replace(/^[\s,]*/, '') : after.trimStart();
      const clauseFollows =
        /^(that\b|[:,]?\s*["“‘]|on \p{Lu}\p{L}+ that\b)/u.test(afterRecipient) ||
        (!isWeak(verb.toLowerCase()) &&
          /^(\p{Lu}|\p{Ll}+\s+\p{Ll}+)/u.test(afterRecipient) &&
          !/^(by|of|for|with|to)\b/.test(afterRecipient)) ||
        // `The mayor denied wrongdoing.`, `admitted guilt in`: one noun for what was said or denied.
        (!isWeak(verb.toLowerCase()) && ONE_WORD_OBJECT.test(afterRecipient));
      const closesClause =
        (endsInCloser(before) && /(?:[,”"’]|(?<=\S|[,.!?]\s)'')\s+$|[,”"’]$/.test(before)) ||
        // `, even suggesting that`: an adverb between the comma and a participle.
        (/ing$/i.test(verb) &&
          /,\s*\p{Ll}+\s+$/u.test(before) &&
          PARTICIPLE_ADVERB.test(before.slice(before.lastIndexOf(',') + 1).trim())) ||
        // A question or exclamation quoted before its speaker: `“Why now?” he asked.`
        /[?!](?:[”"]|'')\s*(?:he|she|they|we|I|(?:the|a|an)\s+[\p{L}\s.’'\-]{1,40}|(?:\p{Lu}[\p{L}.’'\-]*\s*){1,4})\s*$/u.test(
          before,
        ) ||
        // A quotation may close between the comma and the speaker (`,” the mayor said`, `,'' the mayor said`).
        // `long-closing-role` (h-attr20): the role may run to some eight words (`..., the Varn
        // harbour board’s former chief engineer maintains.`; it was cut at 40 characters).
        /(?:[,”"]|'')\s*(\p{Lu}[\p{L}.’'\-]*\s*){1,4}$|,\s*(?:[”"]|'')?\s*(the|a|an|one|another|two|three)\s+[\p{L}\s.’'\-]{1,64}$/u.test(
          before,
        );
      // `Reports said several barns burned`, `Local reports say`: a form in -s right before a verb
      // of saying is the plural noun, the subject of that verb.
      if (
        PLURAL_NOUN_FORM.test(verb.toLowerCase()) &&
        /^\s+(?:said|say|says|show(?:s|ed)?|suggest(?:s|ed)?|indicated?|indicates|claimed)\b/i.test(after)
      )
        continue;
      // `tax rules`, `terrorist attacks`, `renewed fears`: a form in -s that is as often a plural
      // noun, after a word in lower case that is no pronoun, is the noun unless a clause follows.
      if (
        PLURAL_NOUN_FORM.test(verb) &&
        /(?:^|\s)(?!(?:he|she|it|who|which|that|also|now|still|often|never|always|only|and|but|or|yet)\s)\p{Ll}[\p{Ll}\-]*\s+$/u.test(
          before,
        ) &&
        !/\p{Ll}ly\s+$/u.test(before) &&
        !/^\s*(?:that\b|[:,]?\s*["“‘])/u.test(after)
      )
        continue;
      // `Polls show a close race`, `E.U. leaders warn that`: a base form reports only right after a
      // plural subject; elsewhere it is an infinitive, a noun (`the hit show`, `85 percent support`)
      // or the words of a first or second person (`I don't know`, `you see`).
      // `The mayor took to the radio to accuse the council of lying`, `used the speech to criticize`:
      // an infinitive of purpose after a clause in the past reports what the sentence's subject
      // said; after a word of wish, plan, ability or request (`wants to`, `refused to`, `able to`,
      // `an effort to`) it reports nothing said.
      const purpose = endsInTo(before) ? /(?:^|\s)([\p{L}’'\-]+)\s+to\s+$/u.exec(before) : null;
      if (
        purpose &&
        (BASE_FORMS.has(verb.toLowerCase()) || SAYING.test(verb)) &&
        !NOT_PURPOSE.test(purpose[1]!)
      ) {
        const subject = sentenceSubject(s);
        const between = subject ? s.slice(subject.end, purpose.index) : '';
        const rest = tidy(s, cue.end, s.length);
        if (
          subject &&
          rest &&
          isNamedOrSourceLike(s.slice(subject.start, subject.end)) &&
          PAST_CLAUSE.test(between) &&
          !CAUSATIVE.test(between) &&
          !/[,;:“”"]/.test(between)
        ) {
          found.push({
            cue,
            source: subject,
            content: rest,
            recipient: null,
            rule: 'attribution:purpose-infinitive',
          });
          continue;
        }
      }
      // (`Charges filed Friday allege`, `Records released last week show`: h-who10's
      // `document-published-plural`, the plural subject before when its documents came out.)
      if (
        BASE_FORMS.has(verb.toLowerCase()) &&
        !/(?:^|[^\p{L}'’])(?:\p{L}*[^\Ws'’]s|people|police|data|media|they|who)\s+(?:(?:also|now|still|often|\p{Ll}+ly)\s+)?$/u.test(
          before,
        ) &&
        !pluralDocumentPublished(before) &&
        !catenativeAtEnd(before) &&
        (!MODAL_BEFORE.test(before) || !/^\s*(?:that\b|[:,]?\s*["“‘])/u.test(after))
      )
        continue;
      // A naming or a telephone call is no statement: `condemned what he called a brazen breach`
      // (a label the writer quotes names a thing), `a group calling itself Grey Lantern` (a name
      // given to the subject), `called his wife after his release`.
      if (
        /^call(?:s|ed|ing)?$/i.test(verb) &&
        (NAMING_WHAT.test(before) || REFLEXIVE_AFTER.test(after) || PHONED.test(after))
      )
        continue;
      // `the four cases he cited`, `believe in what she says`: a pronoun's verb in a relative clause
      // with no `that` governs the noun before it; with no clause after the verb, nothing said is
      // reported (`the damage it said the storm caused` reports that the storm caused it).
      if (contactClauseAtEnd(before) && !opensClause(after.trimStart())) continue;
      // `Ada Quill said she thinks the pier will hold`: a belief or stance the speaker reports
      // of themselves is part of what they said, not a second attribution.
      if (
        !STRONG_VERBS.has(verb.toLowerCase()) &&
        found.some(
          (f) =>
            f.cue.end <= cue.start &&
            OWN_STANCE.test(s.slice(f.recipient ? f.recipient.end : f.cue.end, cue.start)),
        )
      )
        continue;
      if (/^(ly|ing)/.test(after) || /\b(the|a|an|its|his|her|their)\s+$/i.test(before)) continue; // `the report`, `a claim`
      if (/^\s+to\s+(have|be)\b/i.test(after)) continue; // `said to have`: a hedge, not a report
      // `recalled 90,000 cars`: a recall of goods reports no statement (`recalled that the fire
      // started at night`, `recalled how the boat sank` do).
      if (DEED_SENSE.test(verb) && RECALLED_GOODS.test(after)) continue;
      // `feeling-state` (h-attr19): `many residents feel stung`, `felt betrayed`, `feels safe`: a
      // verb of feeling before a participle or an adjective names a state, not a view held.
      if (/^(?:feel|feels|felt)$/i.test(verb) && FEELING_STATE.test(after)) continue;
      if (/^(reports?|claims?|report)$/i.test(verb) && /^\s+(of|about|on|from)\b/i.test(after)) continue; // `reports of injuries`: a noun
      if (/^(reports?|claims?|says|statements?)$/i.test(verb) && NOUN_CONTEXT.test(before)) continue; // `could not confirm reports that`
      // `..., as the harbour master put it.`, `As the mayor noted, ...`: a clause in `as` names the
      // speaker of the main clause around it.
      const asClause = /[Aa]s\s/.test(before) ? AS_CLAUSE.exec(before) : null;
      if (asClause && !/ing$/i.test(verb) && !/\bsuch\s+$/i.test(before.slice(0, asClause.index + 1))) {
        const asAt = asClause.index + asClause[0].search(/[Aa]s\s/);
        const np = asAt + asClause[0].slice(asClause[0].search(/[Aa]s\s/)).match(/^[Aa]s\s+/)![0].length;
        // `As the mayor has noted`: the auxiliaries after the subject are no part of it.
        const subject = asClause[1]!.replace(AS_CLAUSE_AUXILIARIES, '');
        const source = tidy(s, np, np + subject.length);
        const tail = s.slice(cue.end);
        let content: Local | null = null;
        if (/^[\s“"‘']*$/.test(s.slice(0, asAt))) {
          const comma = tail.search(/,\s/);
          if (comma >= 0) content = tidy(s, cue.end + comma + 1, s.length);
        } else if (
          /^\s*(?:[,;.!?)”"’]|$)/.test(tail) ||
          /^\s+(?:on|in|at|last|this|earlier)\b[^,]*[.!?]?\s*$/.test(tail)
        ) {
          content = tidy(s, 0, asAt);
        }
        const text = source ? s.slice(source.start, source.end) : '';
        if (
          source &&
          content &&
          (isNamedOrSourceLike(text) || /^(?:the|a|an|his|her|their|its|one)\s+\p{Ll}/u.test(text)) &&
          // A clause of its own is no speaker (`described the shaking as the strongest they had
          // ever felt`: a comparison, not `as the mayor noted`).
          !/\b(?:I|we|you|he|she|they|it)\s+(?:had|have|has|was|were|is|are|would|could|will|ever)\b/.test(
            text,
          )
        ) {
          found.push({ cue, source, content, recipient: null, rule: 'attribution:as-clause' });
          continue;
        }
      }
      // Passive: `damage was estimated`, `had been declared as scrap`. A form in -ing after `is`
      // is the progressive, the subject speaking: `the mayor is demanding a recount`.
      // `is calling for`, `was raising questions about`: a verb of several words is progressive when
      // its first word is in -ing (`progressive-phrase`).
      const progressive = /^\p{L}+ing(?:\s|$)/iu.test(verb);
      // `has been fiercely opposed`: a manner adverb leaves the passive a passive.
      // `was also accused of`, `was later criticized by`: so does an adverb of time or degree.
      const adverb = mannerAdverbAtEnd(before) ?? passiveAdverbAtEnd(before);
      const beforeAdverb = adverb ? before.slice(0, adverb.index) + ' ' : before;
      const passive = !progressive && /\b(is|was|were|are|be|been|being|get|got)\s+$/i.test(beforeAdverb);
      // `The mayor was quoted (by the Fen Herald) as saying the pier was safe`: the one quoted is
      // the speaker, what follows `as saying` is what they said; one cue up to the verb of saying.
      const quotedAs = passive && /^quoted$/i.test(verb) ? QUOTED_AS.exec(after) : null;
      if (quotedAs) {
        const auxAt = PASSIVE_AUXILIARIES.exec(beforeAdverb)?.index ?? beforeAdverb.trimEnd().length;
        // `The harbour master, 61, was quoted`: a subject set off by an apposition.
        const lead = subjectBeforeComma(s);
        const subject =
          sourceBefore(s, auxAt) ?? (lead && isApposition(s.slice(lead.end, auxAt) + ' ') ? lead : null);
        const end = cue.end + quotedAs[0].length;
        const content = restAfterThat(s, end);
        if (subject && content) {
          found.push({
            cue: { start: cue.start, end },
            source: subject,
            content,
            recipient: null,
            rule: 'attribution:quoted-as-saying',
          });
          continue;
        }
      }
      // h-who28's `quoted-as-saying-active`: `Reuters quoted fire chief Anna Loft as saying four were
      // hurt`: the one quoted is the speaker, what follows `as saying` is what they said, and the
      // subject passed it on, as the one a speaker told (`Loft told Reuters`) does.
      const activeQuoted = !passive && /^quoted$/i.test(verb) ? QUOTED_ACTIVE.exec(after) : null;
      if (activeQuoted) {
        const at = cue.end + activeQuoted[0].indexOf(activeQuoted[1]!);
        const speaker = tidy(s, at, at + activeQuoted[1]!.length);
        const by = sourceBefore(s, cue.start);
        const end = cue.end + activeQuoted[0].length;
        const content = restAfterThat(s, end);
        if (speaker && by && content && !VERB_ANY.test(s.slice(speaker.start, speaker.end))) {
          found.push({
            cue: { start: cue.start, end },
            source: speaker,
            content,
            recipient: by,
            rule: 'attribution:quoted-as-saying-active',
          });
          continue;
        }
      }
      // `The plan was criticized by the port union`: a passive verb of saying or stance with its
      // agent after `by` reports what the agent said of the subject.
      // `..., as reported by the Fen Herald`, `the closure, first reported by the Fen Herald,`: a
      // participle with its agent and no auxiliary; the agent speaks, of the clause before `as` or
      // of the noun phrase the participle describes.
      const participleBy = !passive && PASSIVE_BY.test(verb) ? /^\s+by\s+/i.exec(after) : null;
      if (participleBy) {
        const agent = sourceAfter(s, cue.end + participleBy[0].length);
        const text = agent ? s.slice(agent.start, agent.end) : '';
        const lead = /(?:^|[,;(—–]\s*)(?:[Aa]s\s+|(?:first|originally|initially|also|widely)\s+)?$/.exec(
          before,
        );
        const asAt = /(?:^|[,;(—–]\s*)[Aa]s\s+$/.test(before) ? before.search(/[,;(—–]?\s*[Aa]s\s+$/) : -1;
        const content =
          asAt > 0
            ? tidy(s, 0, asAt)
            : asAt === 0
              ? tidy(s, (agent?.end ?? cue.end) + s.slice(agent?.end ?? cue.end).search(/,\s|$/), s.length)
              : lead && lead.index > 0
                ? tidy(s, 0, lead.index)
                : sourceBefore(s, cue.start);
        if (agent && content && isNamedOrSourceLike(text) && !NOT_AGENT.test(text)) {
          found.push({ cue, source: agent, content, recipient: null, rule: 'attribution:participle-by' });
          continue;
        }
      }
      // `charged-by` (h-who21): `The council was charged with negligence by the regulator`: a
      // charge with its agent after what is charged; the agent says the subject did it (the
      // content runs from the subject to the charge).
      const charge = passive && /^(?:charged|accused)$/i.test(verb) ? CHARGED_BY.exec(after) : null;
      if (charge) {
        const agent = sourceAfter(s, cue.end + charge[0].length);
        const text = agent ? s.slice(agent.start, agent.end) : '';
        const content = tidy(s, 0, cue.end + charge[0].length - charge[0].match(/\s+by\s+$/i)![0].length);
        if (agent && content && (isNamedOrSourceLike(text) || isPersonAgent(text)) && !NOT_AGENT.test(text)) {
          found.push({ cue, source: agent, content, recipient: null, rule: 'attribution:charged-by' });
          continue;
        }
      }
      if (passive && PASSIVE_BY.test(verb)) {
        const by = /^\s+by\s+/i.exec(after);
        const agent = by ? sourceAfter(s, cue.end + by[0].length) : null;
        const text = agent ? s.slice(agent.start, agent.end) : '';
        const subjectEnd =
          /(?:\s+(?:has|have|had|is|was|were|are|be|been|being|get|got|will|would|could|may|might|should|must|can|also|not))+\s*$/i.exec(
            beforeAdverb,
          );
        const content = tidy(s, 0, subjectEnd ? subjectEnd.index : beforeAdverb.trimEnd().length);
        // `passive-told-by` (h-who21): `she had been told by engineers that the cable had frayed`:
        // a verb of telling someone, its agent, then `that`: the agent said the clause in `that`,
        // (told to the subject, left as no recipient: before the cue may stand a clause, `Ada said she`).
        const that = agent && TOLD_SOMEONE.test(verb) ? /^\s*that\s+/i.exec(s.slice(agent.end)) : null;
        const told = that ? tidy(s, agent!.end + that[0].length, s.length) : null;
        if (agent && told && (isNamedOrSourceLike(text) || isPersonAgent(text)) && !NOT_AGENT.test(text)) {
          found.push({
            cue,
            source: agent,
            content: told,
            recipient: null,
            rule: 'attribution:passive-told-by',
          });
          continue;
        }
        if (agent && content && isNamedOrSourceLike(text) && !NOT_AGENT.test(text)) {
          found.push({ cue, source: agent, content, recipient: null, rule: 'attribution:passive-by' });
          continue;
        }
      }
      // `Mr. Quill was accused of fraud`, `the plan was criticized as reckless`: a passive verb of
      // saying or judging with no agent reports what someone unnamed said of the subject.
      // (`estimated` stays out: `the damage was estimated at` measures, it reports no one.)
      if (
        passive &&
        PASSIVE_UNNAMED.test(verb) &&
        !/^\s+by\s/i.test(after) &&
        // `the plan was criticized.`: with nothing after it, the passive names no statement.
        !/^\s*(?:[.,;:!?)]|$)/.test(after) &&
        // `was labeled a liar`, `branded as`: a name given; `labeled with red tape` is a deed.
        !(/^(?:label|brand|dub)/i.test(verb) && /^\s+(?:with|in|on|at|for|from|into|onto)\b/i.test(after)) &&
        // `was cited for safety violations`: a penalty (or an honour), not a report of what was said.
        !(/^cited$/i.test(verb) && /^\s+(?:\d+\s+times\s+)?for\b/i.test(after))
      ) {
        const subjectEnd = PASSIVE_AUXILIARIES.exec(beforeAdverb);
        // `It was reported that the ferry sank`: an empty `it` stands for the clause in `that`,
        // which is what was said.
        const that = /(?:^|[^\p{L}'’])[Ii]t$/u.test(beforeAdverb.slice(0, subjectEnd?.index).trimEnd())
          ? /^\s+that\s+/i.exec(after)
          : null;
        const content = that
          ? tidy(s, cue.end + that[0].length, s.length)
          : tidy(s, 0, subjectEnd ? subjectEnd.index : beforeAdverb.trimEnd().length);
        if (content) {
          found.push({ cue, source: null, content, recipient: null, rule: 'attribution:passive-unnamed' });
          continue;
        }
      }
      if (passive && STANCE.has(verb.toLowerCase())) continue;
      // `passive-place` (h-attr21): `Five children were admitted to hospital`, `was admitted to the
      // bar`, `The plan was announced to staff`: a passive with `to` or `into` before a place, an
      // institution or a recipient (not an infinitive, `is said to be`) names no speaker: its
      // subject is what was done or said, never the one who said it.
      if (
        !progressive &&
        /\b(is|was|were|are|be|been|being)\s+$/i.test(beforeAdverb) &&
        (!/^\s*(that|to)\b/i.test(after) || PLACE_AFTER_PASSIVE.test(after))
      )
        continue;
      if (closesClause) {
        // `Ada Quill, daughter of the clerk, said she saw it`: the sentence's subject and its
        // apposition close before the cue, and what follows the cue is what they said.
        // `When the storm hit, the mayor, a former engineer, said ...`: after an opening clause
        // (`attribution:clause-opening-apposition`).
        const opened = subjectAfterAsked(s);
        const afterClause =
          opened && isApposition(s.slice(opened.end, cue.start)) ? null : subjectAfterClause(s);
        const subject = afterClause ?? opened;
        if (subject && isApposition(s.slice(subject.end, cue.start))) {
          const recipient = recipientAfter(s, verb, cue.end);
          const rest = s.slice(recipient ? recipient.end : cue.end).replace(/^[\s,:]*(that\s+)?/i, '');
          // `BrandtNation, a fan site, said on Monday that ...`: what was said starts after the
          // phrase of circumstance and its `that` (h-who11's `apposition-circumstance`).
          const past = contentStart(s, recipient ? recipient.end : cue.end);
          const content = tidy(s, past > s.length - rest.length ? past : s.length - rest.length, s.length);
          if (content) {
            found.push({
              cue,
              source: namedRole(s, subject, cue.start),
              content,
              recipient,
              rule: afterClause ? 'attribution:clause-opening-apposition' : 'attribution:subject-apposition',
            });
            continue;
          }
        }
        // `Derek Quill, who served as envoy to the U.S. until May, said the talks failed`: a long
        // apposition after the sentence's subject, and a clause (not a name) after the cue.
        if (/,\s*$/.test(before) && !/["“”]|``|''/.test(before)) {
          const lead = leadSubject(s);
          const recipient = recipientAfter(s, verb, cue.end);
          const rest = s.slice(recipient ? recipient.end : cue.end).replace(/^[\s,:]*/, '');
          if (lead && lead.end < before.trimEnd().length - 1 && opensClause(rest)) {
            const content = tidy(s, s.length - rest.replace(/^that\s+/i, '').length, s.length);
            if (content) {
              found.push({
                cue,
                source: namedRole(s, lead, cue.start),
                content,
                recipient,
                rule: 'attribution:subject-apposition',
              });
              continue;
            }
          }
        }
        // `..., officials said.` / `...,” said Zarate.` / `..., Zarate said.`
        const quoteEnd = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'), before.lastIndexOf("''"));
        const comma =
          quoteEnd > 0 && before.slice(quoteEnd).split(/\s+/).length <= 25
            ? quoteEnd
            : before.lastIndexOf(',');
        // `..., the mayor has long argued.`: the auxiliaries before the cue are no part of the speaker.
        let between = tidy(s, comma + 1, withoutAuxiliaries(before).length);
        let setOff = false;
        // `..., an agency spokeswoman, Lise Varn, said.`: a name set off by commas right before the
        // cue, after or before its role (`..., Ada Quill, the harbour master, said.`), is the speaker;
        // the role may open with a possessive (`..., its owner, Halvek Shipping, said.`), the name
        // carry where its bearer is from (`Olav Brede of Halvek Shipping Co.`).
        if (!between && comma >= 0 && quoteEnd < 0 && cue.start - comma <= 2) {
          const set =
            /,\s*((?:(?:an?|the|its|his|her|their)\s+(?:[\p{Ll}'’-]+\s+){0,4}[\p{Ll}'’-]+,\s*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4})?(?:,\s*(?:an?|the)\s+(?:[\p{Ll}'’-]+\s+){0,6}[\p{Ll}'’-]+)?)\s*$/u.exec(
              before.slice(0, comma),
            );
          if (set) between = tidy(s, comma - set[1]!.length, comma);
          setOff = between !== null;
        }
        // `, even suggesting that`, `, again calling for`: an adverb before a participle is no speaker.
        if (between && /ing$/i.test(verb) && PARTICIPLE_ADVERB.test(s.slice(between.start, between.end)))
          between = null;
        if (between && !setOff) {
          // `” James Brown, professor of politics, told ...`: the name before the appositive.
          const inner = s.slice(between.start, between.end);
          // `“I have doubts” about the plan, said Ada Quill`: a phrase in a preposition after the
          // quotation goes on with it; the speaker follows the cue.
          if (/^(?:of|about|for|in|on|at|to|with|from|over|into|than|and|but|or)\s[^,]*$/.test(inner))
            between = null;
          const cut = inner.indexOf(',');
          if (between && cut > 0) between = tidy(s, between.start, between.start + cut);
          // `,” her spokesman, Ole Brin, said`: a role, then the name of who holds it, is the
          // speaker with the name (h-who11's `role-named-after-quote`; see `namedRole`).
          if (between && cut > 0) between = namedRole(s, between, cue.start);
          // `,” the mayor said, adding ...`: the speaker of the cue in between goes on speaking.
          const b = between;
          const spoke = b && found.find((f) => f.source && f.cue.start >= b.start && f.cue.end <= b.end);
          if (spoke) between = spoke.source;
          // h-who27's `credit-after-speaker`: `"...," the lawyer said, Reuters reported.`: a finite
          // verb of saying after a speaker's cue and a comma has its own subject, the one between
          // them; what it reports is the quotation with its speaker.
          const at = s.lastIndexOf(',', cue.start);
          const prior = found.find((f) => f.source && f.cue.start > comma && f.cue.end <= at);
          const credit = prior && !/ing$/i.test(verb) ? tidy(s, at + 1, cue.start) : null;
          if (
            credit &&
            /^(?:the\s+)?\p{Lu}/u.test(s.slice(credit.start, credit.end)) &&
            !VERB_ANY.test(s.slice(credit.start, credit.end)) &&
            s.slice(credit.start, credit.end).split(/\s+/).length <= 5
          ) {
            const said = tidy(s, 0, at);
            if (said) {
              found.push({
                cue,
                source: credit,
                content: said,
                recipient: null,
                rule: 'attribution:credit-after-speaker',
              });
              continue;
            }
          }
        }
        // `The mayor resigned, saying she was tired`: a participle after a comma reports what
        // follows it, and its speaker is the subject of the sentence.
        // A comma closing a quoted title stands before its mark (`for “Women in Power,” answering`).
        if (!between && /ing$/i.test(verb) && (s[comma] === ',' || /,\s*(?:[”"’]|'')\s*$/.test(before))) {
          const at = s[comma] === ',' ? comma : before.lastIndexOf(',');
          // `“...,” said Ada Quill, adding that ...`: the speaker just named goes on speaking.
          const named = found.find((f) => f.source && f.source.end <= at);
          const found1 = named?.source ?? sentenceSubject(s) ?? subordinateSubject(s, at);
          // With no subject found the participle still reports, its speaker unnamed.
          const subject = found1 && found1.end <= at ? found1 : null;
          const said = tidy(s, cue.end, s.length);
          if (said) {
            found.push({
              cue,
              source: subject,
              content: said,
              recipient: null,
              rule: 'attribution:participle-after-clause',
            });
            continue;
          }
        }
        // `The mayor resigned on Friday, a week after an audit found the port had lost …`: a clause
        // of time after the comma has its own subject and what it found follows the cue
        // (rule `attribution:time-clause-after-comma`).
        const timeClause =
          between && !setOff ? TIME_CLAUSE_OPENING.exec(s.slice(between.start, between.end)) : null;
        if (timeClause && between) between = tidy(s, between.start + timeClause[0].length, between.end);
        let source: Local | null =
          between && /\p{L}/u.test(s.slice(between.start, between.end)) ? between : null;
        // `The vote, called by the mayor, failed`: a participle before `by` is a passive, whose agent
        // speaks only for a verb of saying with a speaker as agent (read above, `participle-by`).
        if (!source && /^\s+by\s/i.test(after)) continue;
        // A participle has no subject after it: `, saying she was tired` says what she said.
        if (!source && !/^(told|tell|tells|informed|briefed)$/i.test(verb) && !/ing$/i.test(verb))
          source = sourceAfter(s, cue.end);
        // `Driver was drunk, report finds`: a verb of saying alone after the cue is no source; the
        // cue is a noun, the subject of that verb (h-who10's `verb-no-source`).
        if (source && !between && VERBS.has(s.slice(source.start, source.end).toLowerCase())) source = null;
        // `Yesterday, the mayor said the pier was closed`: an opening phrase before the comma is
        // no statement; what follows the cue is.
        const opening = s.slice(0, Math.max(comma, 0)).trim();
        const saidAt = contentStart(s, cue.end);
        const afterCue = saidAt >= 0 ? tidy(s, saidAt, s.length) : null;
        // `Writing in the Herald, the mayor argued that ...`: an opening participle with its
        // phrase, and a clause in `that` after the cue, say what follows the cue is what was said.
        const thatFollows = saidAt >= 0 && /\bthat\s+$/i.test(s.slice(cue.end, saidAt));
        const introductory =
          s[comma] === ',' &&
          (SENTENCE_OPENER.test(opening) ||
            ASKED_OPENING.test(s) ||
            // (`Closing the pier, the mayor said, was a mistake`: a cue set off by commas inside its
            // statement leaves the opening gerund the subject of what was said.)
            (PARTICIPLE_OPENING.test(opening) && !/^\s*,/.test(s.slice(cue.end))) ||
            (opening.split(/\s+/).length <= 3 && !VERB_ANY.test(opening) && !/["“”]|``|''/.test(opening)));
        // `parenthetical-speaker`: `Many councillors, the mayor said, want the pier closed`: a
        // speaker and cue set off by commas inside a statement, with no `that` after them, leave
        // the whole sentence what was said (the span holds the aside; its cue and source mark it).
        const aside =
          s[comma] === ',' &&
          !!between &&
          /^\s*,\s*(?!(?:and|but|or|so|yet|because|as|while|although|though|since|when|where|which|who|whom|whose|after|before|if|in|on|at|for|with|to|according)\b|\p{Ll}+ing\b)\p{Ll}/u.test(
            s.slice(cue.end).replace(ASIDE_CIRCUMSTANCE, ''),
          ) &&
          !/^\s*,[^,;:.]*,\s*that\b/i.test(s.slice(cue.end).replace(ASIDE_CIRCUMSTANCE, '')) &&
          !/["“”]|``|''/.test(s);
        // A participle (`, adding that ...`) reports what follows it.
        const content = aside
          ? tidy(s, 0, s.length)
          : afterCue &&
              (introductory ||
                !!timeClause ||
                thatFollows ||
                /ing$/i.test(verb) ||
                // `... and its owner, Olav Brede, said the crew was safe`: a clause after the cue of a
                // speaker set off by commas is what they said.
                (setOff && opensClause(s.slice(afterCue.start))))
            ? afterCue
            : tidy(s, 0, setOff && between ? s.lastIndexOf(',', between.start) : comma);
        if (content && source) {
          const recipient = /^(told|tell|tells|informed|briefed)$/i.test(verb)
            ? recipientAfter(s, verb, cue.end)
            : null;
          const rule = aside
            ? 'attribution:parenthetical-speaker'
            : timeClause
              ? 'attribution:time-clause-after-comma'
              : 'attribution:verb-after-content';
          found.push({ cue, source, content, recipient, rule });
          continue;
        }
      }
      // `Ada Quill denied the charge and said ...`, `The mayor urged calm, and criticized the
      // ferry firm`: a verb joined to an earlier one by `and` shares its subject: the speaker of an
      // earlier cue, else the sentence's subject.
      const joinedSubject = (): Local | null =>
        JOINED.test(before)
          ? (found.find((f) => f.source && f.cue.end <= cue.start)?.source ?? sentenceSubject(s))
          : null;
      const lowerVerb = verb.toLowerCase().replace(/\s+/g, ' ');
      const strong = STRONG_VERBS.has(lowerVerb);
      // A participle of a verb of sound (`screaming in the water`) is no stance: with no clause
      // after it, it reports nothing.
      if (!strong && !clauseFollows && STANCE.has(lowerVerb) && !SOUND_PARTICIPLE.test(lowerVerb)) {
        // A stance verb attributes a position to its subject: keep it only with one.
        const subject = joinedSubject() ?? sourceBefore(s, cue.start);
        const rest = tidy(s, cue.end, s.length);
        const named = subject?.refers ?? subject;
        if (named && rest && isNamedOrSourceLike(s.slice(named.start, named.end))) {
          found.push({
            cue,
            source: subject,
            content: rest,
            recipient: null,
            rule: 'attribution:stance-verb',
          });
        }
        continue;
      }
      // `told to`, `wrote in`: verbs of saying report through a preposition; a participle that
      // describes a thing (`a label documented in Kyiv`) reports nothing.
      if (!clauseFollows && !strong && !(SAYING.test(verb) && /^\s*(to|in)\s/.test(after))) continue;
      // `Ada Quill denied the charge and said ...`: a verb joined to an earlier one by `and` shares
      // its subject: the speaker of an earlier cue, else the sentence's subject.
      // `The mayor responded to the criticism by saying ...`: a participle of means after `by` is
      // said by the sentence's subject.
      const byMeans = /ing$/i.test(verb) && /\bby\s+$/i.test(before) ? sentenceSubject(s) : null;
      const subject = byMeans ?? joinedSubject() ?? sourceBefore(s, cue.start);
      // With no speaker before it, a verb followed by its object reports nothing: `more to say
      // about it`, `to say anything kind`, `said it over and over`.
      if (!subject && /^\s+(?:it|this|those|these|anything|something|nothing|about)\b/i.test(after)) continue;
      // A participle has no subject after it (`After the vote, saying she was tired, ...`).
      const source = subject ?? (strong && !/ing$/i.test(verb) ? sourceAfter(s, cue.end, false, true) : null);
      if (!source && !strong) continue;
      // `The council said in a statement that ...`: what was said follows the circumstance; with
      // only a circumstance after the cue (`..., officials said on Friday.`), it is what precedes
      // the speaker.
      // `“It is safe,” she said, adding that ...`: a participle after the cue reports on its own;
      // what this cue reports is before its speaker.
      const participleAfter =
        /^[\s,]*\p{Ll}+ing\b/u.test(s.slice(cue.end)) && /[,”"]\s*$/.test(s.slice(0, source?.start ?? 0));
      const saidAt = participleAfter ? -1 : contentStart(s, recipient ? recipient.end : cue.end);
      const content =
        (saidAt >= 0 ? tidy(s, saidAt, s.length) : null) ??
        (source && source.end <= cue.start ? tidy(s, 0, source.start) : null) ??
        tidy(s, cue.end, s.length) ??
        tidy(s, 0, cue.start);
      if (!content) continue;
      found.push({
        cue,
        source,
        content,
        recipient,
        rule: source ? 'attribution:verb-after-source' : 'attribution:reporting-verb',
      });
    }

    // `X said ..., citing Y`, `Citing Y, X accused ...`: the nearest speaker before the cue, else
    // after it, else the sentence's subject cites.
    for (const c of citing) {
      const withSource = found.filter((f) => f.source);
      const earlier = withSource.filter((f) => f.cue.end <= c.cue.start).pop();
      const later = withSource.find((f) => f.cue.start >= c.cue.end);
      // `Citing safety concerns, the mayor closed the pier`: an opening `Citing` is no subject; the
      // main clause's subject after the phrase's comma cites (`citing-opening`, under the rule id
      // `attribution:citing` that provenance reads).
      const opening = /^[\s“"‘']*$/.test(s.slice(0, c.cue.start));
      const source =
        (earlier ?? later)?.source ??
        (opening ? (openingGerund(s, c.cue.end)?.source ?? null) : sentenceSubject(s));
      found.push({ cue: c.cue, source, content: c.content, recipient: null, rule: 'attribution:citing' });
    }

    // Certainty of the sentence, with the cues that decided it.
    const cues: CertaintyCue[] = [];
    for (const [certainty, rule, re, gate] of CERTAINTY_CUES) {
      if (gate && !gate.test(s)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        // `did not deny`, `never denied`, `governments always deny paying`: no denial of anything.
        if (certainty === 'denied' && NO_DENIAL_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index)))
          continue;
        const o = toOrig({ start: m.index, end: m.index + m[0].length });
        if (!cues.some((c) => c.start < o.end && o.start < c.end))
          cues.push({ start: o.start, end: o.end, certainty, rule });
      }
    }
    for (const f of found) {
      const o = toOrig(f.cue);
      cues.push({ start: o.start, end: o.end, certainty: 'attributed', rule: f.rule });
    }
    let certainty: Certainty = 'asserted';
    for (const c of cues) if (strength[c.certainty] > strength[certainty]) certainty = c.certainty;
    const deciding = cues.filter((c) => c.certainty === certainty).sort((a, b) => a.start - b.start);
    certainties.push({ sentence: index, certainty, cues: deciding });

    // `“I think the pier will hold,” the mayor said`: a first-person cue inside a quotation is part
    // of the quoted speech. It marks the sentence as someone's words but names no new source.
    const quoted = quotations(s);
    const insideQuote = (at: number): boolean => {
      if (quoted.some((q) => q.start < at && at < q.end)) return true;
      // A quotation running over several sentences: its closing mark follows, its opening one is earlier.
      const rest = s.slice(at);
      const close = rest.search(/”|"(?=\s|$|[.,;])|''/);
      const open = rest.search(/“|``|(?:^|\s)"(?=\S)/);
      if (close >= 0 && (open < 0 || open > close) && !/[“"]|``/.test(s.slice(0, at))) return true;
      // A quotation opened before the cue and closed in a later sentence.
      const before = s.slice(0, at);
      const opened = Math.max(before.lastIndexOf('“'), before.lastIndexOf('``'));
      return opened >= 0 && !/[”]|''/.test(before.slice(opened)) && close < 0;
    };
    const nested = (f: (typeof found)[number]): boolean =>
      f.source !== null &&
      /^(I|we)$/i.test(s.slice(f.source.start, f.source.end)) &&
      insideQuote(f.cue.start);
    // `“I think it will hold,” she said`, `“They hoped it would pass,” he said`: a verb of belief,
    // feeling or hope with no `that` after it, in a quotation or in the first or second person, is
    // the speaker hedging their own words, not a report of what someone else thinks.
    const hedge = (f: (typeof found)[number]): boolean =>
      OWN_HEDGE.test(s.slice(f.cue.start, f.cue.end)) &&
      !/^\s*(?:that\b|[:,]?\s*["“‘]|'')/u.test(s.slice(f.cue.end)) &&
      (insideQuote(f.cue.start) ||
        (f.source !== null && /^(?:I|we)$/i.test(s.slice(f.source.start, f.source.end))));
    // `you think`, `what you say`: the second person is the reader or the one a quotation
    // addresses, never a speaker the article cites.
    const addressed = (f: (typeof found)[number]): boolean =>
      f.source !== null && /^you$/i.test(s.slice(f.source.start, f.source.end));
    // (`Courtesy of the Courier: Ada Quill, 45, was held, the records show`: what the records show
    // starts after the colon.)
    if (courtesyContent)
      for (const f of found)
        if (
          f.rule !== 'attribution:courtesy-colon' &&
          f.content.start < courtesyContent.start &&
          f.cue.start > courtesyContent.start
        )
          f.content = { start: courtesyContent.start, end: f.content.end };
    for (const f of found) {
      if (nested(f) || hedge(f) || addressed(f)) continue;
      // A denial is the speaker's only when the denying word is their cue (`the firm denied that`):
      // `the council said the firm denied it` is the council's report of someone else's denial.
      const cueAt = toOrig(f.cue);
      const within = cues.filter(
        (c) =>
          c.certainty !== 'attributed' &&
          (c.certainty !== 'denied' || (c.start < cueAt.end && cueAt.start < c.end)),
      );
      let own: Certainty = 'attributed';
      for (const c of within) if (strength[c.certainty] > strength[own]) own = c.certainty;
      const source = afterInnerCue(s, f.source);
      attributions.push({
        cue: toOrig(f.cue),
        source: source ? toOrig(source) : null,
        sourceLabel: label(source === f.source ? (f.source?.refers ?? f.source) : source, base),
        content: toOrig(f.content),
        certainty: own,
        recipient: f.recipient ? toOrig(f.recipient) : null,
        recipientLabel: label(f.recipient, base),
        sentence: index,
        rule: f.rule,
      });
    }
  });
  return { attributions, quotes: findQuotes(view, sentences, attributions), certainties };
}

/** Direct quotations of three words or more, with the speaker of an attribution whose content holds them. */
function findQuotes(
  view: RepairedView,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
): Quote[] {
  const out: Quote[] = [];
  const seen = new Set<number>();
  const speakerOf = speakerFinder(attributions);
  for (const sent of sentences) {
    const vs = view.fromOriginal(sent.start);
    const s = view.text.slice(vs, view.fromOriginal(sent.end));
    for (const m of quotations(s)) {
      const inner = m.inner;
      if (inner.trim().split(/\s+/).length < 3) continue;
      const o = view.spanToOriginal({ start: vs + m.start, end: vs + m.end });
      if (seen.has(o.start)) continue;
      seen.add(o.start);
      const speaker = speakerOf(o);
      out.push({
        start: o.start,
        end: o.end,
        speaker: speaker?.sourceLabel ?? null,
        speakerSpan: speaker?.source ?? null,
        rule: speaker ? 'quotes:speaker-from-attribution' : 'quotes:no-speaker-found',
      });
    }
  }
  return out;
}

/**
 * The first attribution (in their order) with a source whose content holds 80 % of a span.
 * Only attributions whose content starts within the longest content's length before the span
 * can overlap it, so each look-up reads a window, not every attribution of the document.
 */
function speakerFinder(attributions: readonly Attribution[]): (o: Span) => Attribution | undefined {
  const withSource = attributions
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => a.source)
    .sort((x, y) => x.a.content.start - y.a.content.start || x.index - y.index);
  const longest = Math.max(0, ...withSource.map(({ a }) => a.content.end - a.content.start));
  return (o) => {
    let lo = 0;
    let hi = withSource.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (withSource[mid]!.a.content.start < o.start - longest) lo = mid + 1;
      else hi = mid;
    }
    let best: { a: Attribution; index: number } | undefined;
    for (let i = lo; i < withSource.length && withSource[i]!.a.content.start <= o.end; i++) {
      const c = withSource[i]!;
      if (best && c.index > best.index) continue;
      const a = c.a;
      if (Math.min(a.content.end, o.end) - Math.max(a.content.start, o.start) >= (o.end - o.start) * 0.8)
        best = c;
    }
    return best?.a;
  };
}

/** Words a quotation holds at least, in UTF-16 code units between its marks. */
const QUOTE_MIN = 8;

/**
 * Direct quotations in a sentence, left to right without overlap, as the pattern
 * `“([^”]{8,}?)”|"([^"\n]{8,}?)"|``\s?(.{8,}?)\s?''` finds them: each opening mark
 * closes at the first closing mark far enough on. The next closing mark after a place is
 * looked up forwards only when the place passes the one found last (places only grow), so a
 * sentence of opening marks without closing ones is linear (the pattern tried every opening
 * mark to the sentence's end: quadratic), and a sentence with no mark costs one scan.
 */
export function quotations(s: string): Array<{ start: number; end: number; inner: string }> {
  const out: Array<{ start: number; end: number; inner: string }> = [];
  if (s.indexOf('“') < 0 && s.indexOf('"') < 0 && s.indexOf('``') < 0) return out;
  const n = s.length;
  /** The first index >= `from` holding `mark`, or n; `from` never decreases between calls. */
  const seek = (mark: string): ((from: number) => number) => {
    let at = -1;
    return (from) => {
      if (from > at) {
        const k = s.indexOf(mark, from);
        at = k < 0 ? n : k;
      }
      return at;
    };
  };
  const curly = seek('”');
  const straightMark = seek('"');
  const newline = seek('\n');
  const twoTicks = seek("''");
  const lineEnds = ['\n', '\r', '\u2028', '\u2029'].map(seek);
  const lineEnd = (from: number): number => Math.min(...lineEnds.map((f) => f(from)));
  let i = 0;
  while (i < n) {
    const ch = s[i];
    if (ch === '“') {
      const j = curly(i + 1);
      if (j < n && j - (i + 1) >= QUOTE_MIN) {
        out.push({ start: i, end: j + 1, inner: s.slice(i + 1, j) });
        i = j + 1;
        continue;
      }
    } else if (ch === '"') {
      const j = Math.min(straightMark(i + 1), newline(i + 1));
      if (j < n && s[j] === '"' && j - (i + 1) >= QUOTE_MIN) {
        out.push({ start: i, end: j + 1, inner: s.slice(i + 1, j) });
        i = j + 1;
        continue;
      }
    } else if (ch === '`' && s[i + 1] === '`') {
      // `` then at least 8 characters of one line (a white space on either side may end a
      // line), then '': only a '' that far on and before the next line's end can close it.
      const from = i + 2;
      const lineAt = lineEnd(Math.min(n, from + 1));
      const close = from + QUOTE_MIN <= n ? twoTicks(from + QUOTE_MIN) : n;
      if (close < n && close <= lineAt + 1) {
        const m = /^``\s?(.{8,}?)\s?''/.exec(s.slice(i, Math.min(n, lineAt + 3)));
        if (m) {
          out.push({ start: i, end: i + m[0].length, inner: m[1]! });
          i += m[0].length;
          continue;
        }
      }
    }
    i++;
  }
  return out;
}
