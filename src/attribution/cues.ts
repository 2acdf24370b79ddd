import type { Certainty } from '../model/document.js';

/**
 * Reporting verbs, inflected forms. Written from English grammar of reported
 * speech, not from any test article; each earns its place by introducing what
 * someone said, wrote, found or believes.
 */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'claimed', 'claims', 'claim', 'claiming',
  'reported', 'reports', 'report', 'reporting', 'stated', 'states', 'explained', 'explains', 'added', 'adds',
  'noted', 'notes', 'warned', 'warns', 'argued', 'argues', 'insisted', 'insists', 'confirmed', 'confirms',
  'announced', 'announces', 'alleged', 'alleges', 'wrote', 'writes', 'suggested', 'suggests', 'believes', 'believe',
  'believed', 'estimated', 'estimates', 'assumes', 'assumed', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'denied', 'denies', 'deny', 'testified', 'revealed', 'reveals', 'disclosed', 'concluded', 'concludes', 'stressed',
  'emphasized', 'emphasised', 'asserted', 'asserts', 'maintained', 'maintains', 'contended', 'contends', 'learned',
  'tweeted', 'posted', 'predicted', 'predicts', 'indicated', 'indicates', 'recalled', 'observed', 'commented',
  'remarked', 'replied', 'responded', 'answered', 'asked', 'asks', 'thinks', 'think', 'thought', 'feels', 'felt',
  'fears', 'feared', 'expects', 'expected', 'hopes', 'hoped', 'knows', 'knew', 'agreed', 'agrees', 'showed', 'shows',
  'found', 'finds', 'documented', 'surmised', 'speculated', 'informed', 'briefed', 'pointed out', 'went on',
  'made clear', 'declared', 'declares', 'conceded', 'urged', 'promised', 'vowed', 'pledged', 'accused', 'accuses',
  'blamed', 'cautioned', 'mentioned', 'described', 'called', 'quoted', 'cited', 'adding', 'arguing', 'asking',
  'criticized', 'criticised', 'questioned', 'condemned', 'called for', 'called on', 'urges', 'urging', 'demanded',
  'demands', 'suggesting', 'noting', 'warning', 'insisting', 'explaining', 'claiming', 'stating',
];

/** Verbs that only report when followed by a clause (`that`, a quote) or closing a quoted clause. */
export const WEAK_VERBS: ReadonlySet<string> = new Set([
  'report', 'reporting', 'believe', 'think', 'thought', 'feels', 'felt', 'fears', 'feared', 'expects', 'expected',
  'hopes', 'hoped', 'knows', 'knew', 'agreed', 'agrees', 'showed', 'shows', 'found', 'finds', 'documented',
  'posted', 'learned', 'called', 'described', 'urged', 'promised', 'vowed', 'pledged', 'accused', 'accuses', 'blamed',
  'mentioned', 'informed', 'briefed', 'quoted', 'cited', 'went on', 'made clear', 'asked', 'asks', 'answered',
  'responded', 'replied', 'claim', 'say', 'tell', 'deny', 'saying', 'telling', 'claiming', 'believed', 'estimated',
  'estimates', 'assumed', 'indicated', 'indicates', 'recalled', 'observed', 'criticized', 'criticised', 'questioned',
  'condemned', 'called for', 'called on', 'urges', 'urging', 'demanded', 'demands', 'asking',
]);

/** Verbs that report whatever follows them: kept even when no source or clause is found. */
export const STRONG_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'adding', 'stated', 'explained', 'noted', 'noting', 'wrote',
  'writes', 'argued', 'argues', 'arguing', 'insisted', 'warned', 'claimed', 'claims', 'reported', 'reports',
  'announced', 'acknowledged', 'admitted', 'stressed', 'emphasized', 'emphasised', 'tweeted', 'declared',
]);

/** Prepositional cues that put the source after them. */
export const SOURCE_AFTER = /\b(according to|as per|citing|quoting|cited by|in the words of|per)\s+/gi;

/** Cues that decide a sentence's certainty, strongest first. */
export const CERTAINTY_CUES: ReadonlyArray<readonly [Certainty, string, RegExp]> = [
  ['denied', 'certainty:denial', /\b(denied|denies|deny|denying|rejected (the )?(claims?|reports?|allegations?|accusations?)|dismissed (the )?(claims?|reports?|allegations?|accusations?)|refuted|refutes)\b/gi],
  [
    'unconfirmed',
    'certainty:unconfirmed',
    /\b((could|can|did|would|does|do|was|were|is|are)(\s+not|n['’]t)|declined to|refused to|unable to|not able to|failed to)\s+(be\s+)?(independently\s+)?(confirm|verify|corroborate|confirmed|verified)\w*|\bunconfirmed\b|\bnot (been |yet )?(independently )?(verified|confirmed|corroborated)\b|\bcould not be reached\b/gi,
  ],
  [
    'hedged',
    'certainty:hedge',
    /\b(allegedly|alleged|reportedly|purportedly|supposedly|apparently|seemingly|presumably|possibly|probably|perhaps|likely|unlikely|may|might|could|suspected|rumou?red|believed to|thought to|said to|appears? to|appeared to|seems? to|seemed to|is understood to|are understood to|if true|accused of|would appear|unclear whether|it is unclear|speculation|surmis\w+|assum\w+)\b/gi,
  ],
];

/** Words between a source and its verb that are not part of the source. */
export const AUXILIARIES =
  /\s*\b(has|have|had|also|previously|officially|reportedly|later|earlier|then|again|recently|publicly|privately|first|would|will|is|was|were|are|be|been|not|never|separately|further|repeatedly|subsequently|initially|once|quickly|simply|only|already|specifically|explicitly|allegedly|now|still|long|did|does|do|could|can|may|might|should|must|always|often|usually|sometimes|frequently|widely|generally|openly|privately|angrily|flatly)\s*$/i;
