import { joinApart } from '../repair/tokens.js';
import type { Attribution, Document, EntityMention } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';
import { coveredBy, spansWithin } from '../model/span.js';
import { escapeRegExp } from '../text/regexp.js';
import { initials, slug } from '../mentions/entities.js';
import { spellingVariants } from './compare/names.js';
import { bareName } from './roles.js';
import { carriedSources, type CarriedSource } from './quotation-runs.js';

type Provenance = Dossier['provenance'];

/** Words that make a source a news organisation: what it says, it relays. */
const NEWS_WORDS =
  /\b(sports?\s+(?:network|channel)s?|times|post|press(?! (release|secretary|office|conference|briefing|statement))|news(?! (conference|briefing|release))|journal|herald|tribune|guardian|telegraph|gazette|daily|weekly|magazine|news agency|wires?|ledger|radio|tv|television|broadcast\w*|reuters|associated press|ap|afp|bloomberg|bbc|cnn|nyt|wsj|newspaper|outlet|(?:state|local|official) media)\b/i;
/**
 * h-who19's `masthead-name`: a capitalised name of two to four words ending on a word that ends
 * newspapers' names (`the Velby Courier reported`, `told the Sorby Tidende`, `Brenn Dagblad`) is a
 * news organisation, as one with a word of `NEWS_WORDS`. Words that end other names as often
 * (`Record`, `Register`, `Standard`, `Star`, `Sun`, `Mercury`, `Echo`, `Examiner`, `Dispatch`: `the
 * Federal Register`, `Freddie Mercury`, `the Chief Medical Examiner`, `County Dispatch`) are left out.
 */
const MASTHEAD_NAME =
  /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){1,3}(?:Courier|Chronicle|Observer|Bulletin|Sentinel|Enquirer|Inquirer|Courant|Argus|Clarion|Tidende|Tidning(?:en)?|Zeitung|Dagblad(?:et)?|Avis(?:en)?|Posten|Nyheter|Sanomat)$/u;
/** Whether a source's label names a news organisation (`NEWS_WORDS`, `MASTHEAD_NAME`). */
const isNewsName = (label: string): boolean => NEWS_WORDS.test(label) || MASTHEAD_NAME.test(label.trim());
/**
 * A person named with a job at an organisation (`Coast TV Managing Editor Ada Quill`): the person
 * speaks, whatever the organisation, even a news organisation.
 */
const STAFF_NAME =
  /\b(?:[Ee]ditor|[Rr]eporter|[Cc]orrespondent|[Aa]nchor|[Pp]roducer|[Pp]hotographer|[Dd]irector|[Mm]anager|[Pp]resident|[Ss]pokes(?:wo)?m[ae]n|[Ss]pokesperson)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+$/u;
/** A text of a person's own, named by a possessive pronoun: `her report`, `his letter`. */
const OWN_TEXT =
  /^(?:his|her)\s+(?:own\s+)?(?:report|statement|letter|study|thesis|paper|analysis|book|article|post|blog|memo|memoir|testimony|findings|research|complaint|lawsuit|affidavit)$/i;
/** A newspaper named by its place: `an Atlanta newspaper`, `a local Velmar paper` (1: the place). */
const PLACE_PAPER =
  /^(?:(?:a|an|the|one)\s+)?(?:(?:local|daily|weekly|major|leading)\s+)?(\p{Lu}\p{Ll}+)\s+(?:newspaper|paper|daily|weekly|broadcaster|television\s+station|TV\s+station|radio\s+station)$/u;
/**
 * The kind of a news outlet before its name (h-who11's `outlet-kind-named`): `the celebrity news
 * site PopScoop`, `the gossip website Glint`, `the tabloid Spark`, `the weekly magazine Starline`
 * (1: the name). A `network` or `channel` alone is no such kind (`the terror network ...`).
 * h-who12's `paper-kind-named`: `the trade paper Stagebill`, `the daily Velmar Post`, `the
 * industry publication Reelbeat` name a news organisation too (a `white paper` or `research
 * paper` is a document, no outlet: the kinds of paper are listed).
 */
const OUTLET_KIND_NAMED =
  /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:site|website|tabloid|newspaper|(?:trade|industry|business|local|evening|morning|student)\s+(?:paper|publication)|daily|magazine|weekly|broadsheet|blog|news\s+agency|wire\s+service|(?:news|TV|television|radio)\s+(?:network|channel|station|outlet|portal))\s+(\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})$/u;
/**
 * A company named after its trade, in lower case (Stop 56, h-who38's `trade-named`): `Ferry operator
 * Baltlink`, `the water utility Fjordvann`, `Heater maker Heatwell` (1: the name).
 */
const TRADE_NAMED = /^(?:the\s+)?(?:[\p{L}-]+\s+)?(?:operator|utility|maker)\s+(\p{Lu}\p{Ll}+)$/u;
/** h-who22's `issued-by-apposed`: a statement, notice or warning named by its noun alone. */
const BARE_NOTICE =
  /^(?:the|a|an|its|their)?\s*(?:written\s+|joint\s+|brief\s+)?(?:statement|notice|warning|alert|advisory|announcement|bulletin|order)$/i;
/** A participle of issuing with its agent, set off by commas (1: the agent, cut before a time). */
const ISSUED_APPOSED =
  /^,\s+(?:issued|released|published|put\s+out)\s+(?:(?:late|early)\s+)?(?:(?:on|last|this)\s+\p{L}+\s+)?by\s+(?:the\s+)?([^,;.]+?)(?:\s+(?:late|early|on|last|this|earlier|in|at)\b[^,;.]*)?,/u;
/**
 * A speaker for a body of a kind, then the body's name (h-who11's `speaker-for-named-body`): `a
 * spokeswoman for Brandt's record label, Halcyon Records` (1: the name). Whether the name is the
 * body's or the speaker's is told by the node's key and by the name's last word (`ORG_HEAD`,
 * `BODY_NAME_END`): `a spokesman for the company, Ole Brin` keeps its label.
 */
const SPEAKER_FOR_NAMED_BODY =
  /^(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:wo)?m[ae]n|spokesperson|representatives?|officials?)\s+(?:for|of|at|from)\s+(?:(?:the|its|his|her|their)\s+|\p{Lu}[\p{L}-]*['’]s?\s+)(?:[\p{Ll}'’-]+\s+){0,2}(?:label|company|firm|studio|publisher|club|team|agency|charity|union|employer|operator|group|management)\s*,\s+(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,5})$/u;
/** Last words of a company's name in the arts and media: `Halcyon Records`, `Orle Pictures`. */
const BODY_NAME_END =
  /\s(?:Records|Music|Entertainment|Studios?|Pictures|Films|Media|Productions|Publishing|Books|Management)$/u;
/** An institution named again by its noun alone: `the clinic`, `the museum` (1: the noun; see `institutionNamed`). */
const INSTITUTION_AGAIN =
  /^(?:the\s+)?(clinic|hospital|school|university|college|museum|hotel|club|church|prison|airport|zoo|theatre|theater|stadium|library|academy|trust|park)$/i;
/** h-who33's `club-initials`: a football club's name by its initials (`Fjordby FC`, `Orsa AFC`, `Holm F.C.`). */
const CLUB_INITIALS = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:A?FC|F\.C\.|CF|SC)$/u;
/** A park of animals, which news also calls a zoo (h-who31's `zoo-as-park`). */
const ANIMAL_PARK = /\s(?:Animal|Wildlife|Safari|Zoological|Wild\s+Animal)\s+Park$/u;
/** Institution nouns that are no surname (not `park`, `church`): the last word of no person's name. */
const INSTITUTION_NOT_SURNAME =
  /^(?:trust|hospital|university|museum|clinic|academy|college|airport|stadium|library|zoo)$/;
/**
 * h-who30's `institution-described-again`: `the wildlife park said` after `Harlow Wildlife Park`:
 * the noun after lower-case words of the name (1: those words, 2: the noun).
 */
const INSTITUTION_DESCRIBED_AGAIN = /^(?:the\s+)?((?:\p{Ll}+\s+){1,2})(\p{Ll}+)$/u;
/** A person's office: `Quill's office`, `Governor Ada Quill's office` (1: the person). */
const PERSON_OFFICE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s?\s+(?:press\s+)?office$/u;
/** A broadcaster named by its number: `Channel 6`, `TV 2`, `Radio 4` (1: the name). */
const BROADCAST_NUMBER = /^(?:the\s+)?((?:Channel|TV|Radio)\s+\d{1,3})$/u;
/** A record named by its noun alone (`the records`, `the complaint`; 1: the noun). */
const RECORD_AGAIN = /^(?:the\s+)?(records|complaint|indictment|affidavit|lawsuit)$/i;
/** A record's label ending with its noun (`police records`, `the criminal complaint`; 1: the noun). */
const RECORD_NOUN_END = /\b(records|complaint|indictment|affidavit|lawsuit)$/i;
/** Words that point back to a news organisation named earlier in the article. */
const ANAPHORA =
  /^(the )?(newspaper|paper|report|agency|outlet|broadcaster|publication|daily|station|network|channel|magazine|wire service)$/i;
/**
 * A document read again by its noun alone (`the letter`; 1: the noun). `The statement` and `the notice`
 * (Stop 56, h-who38's `statement-again`) only as their sentence's subject (`DOCUMENT_OPENS`) right
 * after the sentence that named them after a cue (`said in a statement`) or read them again: read
 * anywhere, `The statement` moved unseen output. `The memo` h-who9's trial memo (its minister's
 * statement came to rest on the memo): left.
 */
const DOCUMENT_AGAIN = /^(?:the\s+)?(letter|statement|notice)$/i;
/**
 * What may come before a document named again as its sentence's subject (Stop 56, h-who38's
 * `statement-again`): nothing, `The`, `According to the`.
 */
const DOCUMENT_OPENS = /^\s*(?:According\s+to\s+)?(?:the\s+)?$/i;
/** A document named as a source (`a statement from Kanal 7`, `An internal memo seen by`; 1: the noun). */
const DOCUMENT_NAMED = /^(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}(statement|letter|memo|notice)\b(?!\s*$)/iu;
/** A document a cue names after it: `said in a statement`, `told parents on Monday in a letter`. */
const DOCUMENT_AFTER_CUE =
  /^\s+(?:[\p{L}\d]+\s+){0,4}?in\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(statement|letter|memo|notice)\b/iu;
/**
 * What a source's `It` goes on with (Stop 55, h-who35's `it-adds`): `adds`, `added`, `also says`, `also
 * notes`. A bare `It said` is left: it names a body as often as a document.
 */
const IT_GOES_ON = /^(?:adds|added|also\s+(?:says|said|notes|noted|states|stated|adds|added))$/i;
/** A role alone, in lower case, as a post's source (`the singer`; 1: the role). */
const ROLE_ALONE = /^(?:the\s+)?(\p{Ll}[\p{Ll}-]{2,})$/iu;
/**
 * What a person's `He`/`She` goes on with (Stop 55, h-who36's `pronoun-goes-on`): `added`, `adds`. A
 * bare `She said` is left: reading it moved unseen output.
 */
const GOES_ON = /^(?:added|adds)$/i;
/** A third person's pronoun as the poster of a post. */
const PRONOUN_POSTER = /^(?:he|she)$/i;
/**
 * A speaker named by someone's role (Stop 55, h-who36's `possessor-role`): `Lind's agent`, `The
 * mayor's spokesman`, `Mira Sol's lawyer` (1: the role, one lower-case word).
 */
const POSSESSOR_ROLE = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*[\p{L}-]+['’]s\s+(\p{Ll}[\p{Ll}-]{2,})$/u;
/**
 * A speaker named by a place's role (Stop 56, h-who37's `place-role`): `the city's police chief`,
 * `the town's mayor` (1: the role, one or two lower-case words).
 */
const PLACE_ROLE =
  /^(?:the\s+)?(?:city|town|county|state|province|region|country|nation)['’]s\s+(\p{Ll}[\p{Ll}-]{2,}(?:\s+\p{Ll}[\p{Ll}-]{2,})?)$/u;
/**
 * Someone who speaks for another person (Stop 55, h-who36's `principal-poster`): `her agent Tomas Ek`,
 * `his lawyer`, `Her spokesman, Per Dahl` (1: the possessive pronoun).
 */
const SPEAKS_FOR_PERSON =
  /^(her|his)\s+(?:agent|lawyer|attorney|spokesman|spokeswoman|spokesperson|representative|publicist|manager)\b/i;
/**
 * A post's own verb (`posted`, `tweeted`). A bare `she wrote` is left: it is also a letter's, a
 * column's or a quotation's, and reading it moved unseen output.
 */
const POST_VERB = /^(?:posted|posts|tweeted|tweets)$/i;
const POST_AFTER_CUE =
  /^\s+(?:[\p{L}\d]+\s+){0,3}?(?:in\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}post\b|on\s+(?:Instagram|X|Facebook|Twitter|TikTok|Threads|Bluesky|LinkedIn|YouTube|social\s+media)\b)/u;
/** Whether an attribution's cue is a post's: `he posted on Facebook`, `she said in a post on Instagram`, `she wrote on X`. */
const postCue = (d: Document, a: Attribution): boolean =>
  POST_VERB.test(d.text.slice(a.cue.start, a.cue.end)) ||
  POST_AFTER_CUE.test(d.text.slice(a.cue.end, a.cue.end + 80));
/**
 * A document from someone opening its sentence, then the cue (Stop 57, h-who39's `document-from`): `A
 * letter from the Mines Inspectorate to the company said`, `A separate notice from the Roads Agency
 * said` (1: the sender, up to `to` and whom it went to).
 */
const DOCUMENT_FROM =
  /^\s*(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:letter|notice|statement|memo)\s+from\s+(?:the\s+)?([^,;:]+?)(?:\s+to\s+[^,;:]+?)?\s*$/iu;
/** The sender of a document opening the attribution's sentence (`DOCUMENT_FROM`), or null. */
function documentFrom(d: Document, a: Attribution): string | null {
  const sentence = d.sentences[a.sentence];
  if (!sentence || !a.source) return null;
  const sender = DOCUMENT_FROM.exec(d.text.slice(sentence.start, a.cue.start))?.[1];
  return sender && sender.split(/\s+/).length <= 6 ? sender : null;
}
/** The document an attribution names, in its source or after its cue (`documentNamed`). */
const documentNamed = (d: Document, a: Attribution): string | null =>
  ((a.source ? DOCUMENT_NAMED.exec(d.text.slice(a.source.start, a.source.end)) : null) ??
    DOCUMENT_AFTER_CUE.exec(d.text.slice(a.cue.end, a.cue.end + 80)))?.[1]?.toLowerCase() ?? null;
/**
 * The nouns heading a body named in lower case (Stop 57, h-who41's `lower-case-body`): `The national
 * football league fined the club`, `the state rail operator`, `a regional bus company`.
 */
const BODY_NOUN =
  /^(?:league|company|council|ministry|agency|board|federation|club|union|utility|operator|airline|hospital|trust)$/;
/** Words that never describe a body between its article and its noun (`the club and the league`, `the club's board`). */
const NOT_BODY_WORD =
  /^(?:s|and|or|but|of|for|to|in|on|at|by|with|from|as|than|the|an?|its|his|her|their|our|your|my|this|that|these|those|same|other|another|new|former|whole|entire|own|one|first|second|next|last|such|which|who|said|says|was|were|is|are|has|had|have|will|would|not)$/;
/** A source named by a body's noun, with lower-case words before it at most (`the league`, `the football league`). */
const BODY_LABEL = /^(?:the\s+)?((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}]+)$/u;
/**
 * The bodies an article names in lower case by words before one of `BODY_NOUN` after `the`, `a` or
 * `an` (`The national football league`, `a ferry company`), up to `end`: each its words (`national
 * football league`). Never one a name follows (`the dairy company Melkgard`) nor the noun alone.
 */
function lowerCaseBodies(text: string, end: number): string[] {
  const out: string[] = [];
  const words = [...text.slice(0, end).matchAll(/[\p{L}-]+/gu)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]![0];
    if (!BODY_NOUN.test(w)) continue;
    if (/^\s+\p{Lu}/u.test(text.slice(words[i]!.index! + w.length, words[i]!.index! + w.length + 3)))
      continue;
    const mods: string[] = [];
    let j = i - 1;
    for (; j >= 0 && mods.length < 4; j--) {
      const m = words[j]![0];
      const gap = text.slice(words[j]!.index! + m.length, words[j + 1]!.index!);
      if (!/^\s+$/.test(gap)) break;
      if (/^(?:the|an?)$/i.test(m)) break;
      if (!/^[\p{Ll}-]+$/u.test(m) || NOT_BODY_WORD.test(m)) {
        j = -2;
        break;
      }
      mods.unshift(m);
    }
    if (j < 0 || !mods.length || !/^(?:the|an?)$/i.test(words[j]![0])) continue;
    out.push([...mods, w].join(' '));
  }
  return out;
}
/** The bodies of `found` no other holds as its last words (`football league` within `national football league`). */
function widestBodies(found: Iterable<string>): Set<string> {
  const all = new Set(found);
  return new Set([...all].filter((x) => ![...all].some((y) => y !== x && y.endsWith(` ${x}`))));
}
/**
 * Stop 58 (h-who42)'s `company-unread-name`: a name of one word the entity layer did not read
 * (`Laksvik`, `Vindra`), as the subject opening a sentence or the lead, a deed's verb next (`Vindra
 * stopped all 14 turbines`, `Mjolkra has recalled ...`), in an article that also names a company by its
 * description (`the company said`, `the firm`, `The operator said`) or by `it`; never a word the story
 * writes in lower case too, a plural (`Officials said`), nor a word inside a name the entity layer read.
 * (Named so only as the source of a cue, `Laksvik said`, it is none: that moved unseen output alone.)
 */
const COMPANY_DESCRIPTION = /^(?:(?:the\s+)?(?:company|firm|operator)|it)$/i;
const ONE_WORD_NAME = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])/gu;
const DEED_NEXT = /^\s+(?:has|had|is|was|will|\p{Ll}{3,}ed)\b/u;
function unreadCompanyNames(d: Document): Set<string> {
  const out = new Set<string>();
  if (!d.attributions.some((a) => COMPANY_DESCRIPTION.test(a.sourceLabel?.trim() ?? ''))) return out;
  const starts = new Set(d.sentences.map((x) => x.start));
  for (const m of d.text.matchAll(ONE_WORD_NAME)) {
    const w = m[1]!;
    const at = m.index!;
    if (w.endsWith('s') || d.entities.some((e) => e.start <= at && at < e.end)) continue;
    const opens = starts.has(at) || /\s-\s$/.test(d.text.slice(Math.max(0, at - 3), at));
    if (opens && DEED_NEXT.test(d.text.slice(at + w.length, at + w.length + 20))) out.add(w);
  }
  return out;
}
const PRONOUN = /^(he|she|they|it|we|i|you|who|this|that|him|her|them|me|us)$/i;
/** `the agency` alone, and the words that name a public body (`Department of Harbours`, `Velmar Agency`). */
const BARE_AGENCY = /^(?:the\s+)?agency$/i;
const PUBLIC_BODY =
  /\b(?:Department|Agency|Service|Bureau|Administration|Commission|Office|Ministry|Authority)\b/u;
/** A paper named by the last word of its masthead alone: `the Times`, `The News`, `the Post`. */
const MASTHEAD_WORD =
  /^(?:[Tt]he\s+)?(Times|Post|News|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Chronicle|Courier|Ledger|Mirror|Examiner|Inquirer|Globe|Star|Sun|Express|Record|Observer|Independent)$/u;
/** A sentence adverb opening a label before a name: `Ironically Quill` is Quill. */
const LEADING_ADVERB =
  /^\p{Lu}\p{Ll}{2,}(?:ally|ously|ently|antly|edly|ingly|fully|ately|ively|lessly|ibly|ably)\s+(?=\p{Lu})/u;
/** Whom a statement was made to without anyone passing it on: `told reporters`, `told a news conference`. */
const AUDIENCE =
  /^(?:(?:the|a|an)\s+)?(?:reporters|journalists|the press|media|(?:news|media) (?:outlets?|organi[sz]ations?)|news (?:conference|briefing)|press (?:conference|briefing)|crowd|audience|court|jury|committee|hearing)$/i;

/** The press as an audience (`told reporters`): under a wire's dateline, the agency's reporters. */
const PRESS_AUDIENCE = /^(?:the\s+)?(?:reporters|journalists|press|media)$/i;

/** The legal suffix of a company's name: `Inc`, `Corp.`, `Ltd`, `PLC`, `AG`. */
const LEGAL_SUFFIX =
  /^(?:inc|inc\.|corp|corp\.|corporation|incorporated|ltd|ltd\.|limited|llc|plc|co|co\.|company|group|holdings|ag|sa|se|nv|gmbh)$/i;
/** A company named by its kind (`the company said`, `the airline said`): the organisation cited last. */
export const COMPANY_NOUN =
  /^(?:the\s+)?(?:company|firm|group|carmaker|automaker|retailer|airline|bank|insurer|manufacturer|chipmaker|drugmaker|developer|startup|conglomerate)$/i;

/**
 * The last word of an institution's name that no company's name ends with (`Elbe University`,
 * `the Karst Institute`, `Vell County Council`): h-who26's `company-not-institution`.
 */
const INSTITUTION_END =
  /\s(?:University|College|School|Institute|Academy|Hospital|Museum|Library|Church|Ministry|Department|Council|Court|Police|Parliament|Assembly|Embassy)$/u;

/**
 * The one organisation an article names (no news organisation), or null: `the company` stands for it.
 * An institution by its name (`INSTITUTION_END`) is no company: `..., the company said` beside an
 * expert of `Elbe University` does not stand for the university (h-who26's `company-not-institution`).
 * A name within another's (`Mining` of `Mining analyst Lena Vik` beside `Kolberg Mining`) is none apart.
 */
function articleOrganisation(d: Document): string | null {
  const orgs = new Map<string, string>();
  for (const e of d.entities)
    if (e.kind === 'organization' && !isNewsName(e.label) && !INSTITUTION_END.test(e.label))
      orgs.set(e.key, e.label);
  // Stop 57 (h-who39)'s `org-word-of-org`: `Mining analyst Lena Vik` beside `Kolberg Mining`: a name
  // that is words of another organisation's name the article gives is no organisation of its own.
  const labels = [...orgs.values()];
  for (const [key, label] of orgs)
    if (labels.some((other) => other !== label && ` ${other} `.includes(` ${label} `))) orgs.delete(key);
  return orgs.size === 1 ? [...orgs.values()][0]! : null;
}

/**
 * h-who17's `company-its`: `Norvik Mills will close its paper plant in Alby, the company said`: a
 * name the entity layer read as a person's is the company when the sentence of `the company` names
 * no one else and refers to it by `its` (a person's is `his` or `her`). The name, or null.
 */
function nameOwningIts(d: Document, at: number): string | null {
  const sentence = d.sentences.find((x) => x.start <= at && at < x.end);
  if (!sentence) return null;
  const names = d.entities.filter(
    (e) => e.kind !== 'place' && sentence.start <= e.start && e.end <= at && !isNewsName(e.label),
  );
  if (names.length !== 1 || names[0]!.kind !== 'person') return null;
  const after = d.text.slice(names[0]!.end, at);
  return /^\s+(?:\p{Ll}+\s+){1,4}its\s/u.test(after) && !/\b(?:his|her)\b/i.test(after)
    ? names[0]!.label
    : null;
}

/**
 * An audience told something, by the head of the phrase (`a packed hall in San Jose`, `a
 * meeting of donors`, `supporters at a rally`, `analysts on a conference call`; a body hearing
 * evidence, `a parliamentary committee`, `the Agriculture Board`, `lawmakers`: h-who9's
 * `audience-hearing`): it heard what was said and passes nothing on (a newspaper told something
 * does).
 */
const GATHERING_HEAD =
  /^(?:committee|subcommittee|board|panel|commission|council|hearing|inquiry|tribunal|parliament|lawmakers|legislators|MPs|jurors|judges?|magistrates?|hall|room|meeting|gathering|rally|crowd|audience|supporters|students|graduates|congregation|assembly|conference|summit|convention|forum|session|event|dinner|lunch|luncheon|breakfast|ceremony|delegates|fans|investors|shareholders|analysts|employees|staff|workers|voters|residents|parents|donors|members|guests|attendees|mourners|worshippers|troops|soldiers)$/i;
const gathering = (to: string): boolean => {
  if (isNewsName(to)) return false;
  const head = to
    .split(/\s+(?:in|at|of|on|from|near|during|outside|inside)\s+/)[0]!
    .trim()
    .split(/\s+/);
  return GATHERING_HEAD.test(head[head.length - 1] ?? '');
};

/** A compound adjective before a name (`United Kingdom-based`, `Kremlin-backed`): it describes, it names no one. */
const COMPOUND_ADJECTIVE =
  /^[\p{L}][\p{L}.'’ ]*-(?:based|led|backed|owned|funded|run|linked|allied|affiliated|controlled|sponsored)$/u;

/**
 * The name a source phrase is about when its label is a compound adjective (`A United
 * Kingdom-based investigative group Quill Research` -> `Quill Research`): the first named
 * entity after the adjective in the source phrase, else none (rule `provenance:modified-name`).
 */
function modifiedName(
  label: string | null,
  span: { start: number; end: number } | null,
  d: Document,
): string | null {
  if (!label || !COMPOUND_ADJECTIVE.test(label)) return label;
  if (!span) return null;
  const at = d.text.slice(span.start, span.end).indexOf(label);
  const after = at < 0 ? span.start : span.start + at + label.length;
  const name = spansWithin(d.entities, span).find((e) => e.start >= after && e.kind !== 'place');
  return name ? name.label : null;
}

/** Story-wide canonical keys: an acronym in one article meets its expansion in another. */
function aliasMap(documents: readonly Document[]): Map<string, { key: string; label: string }> {
  const out = new Map<string, { key: string; label: string }>();
  const byInitials = new Map<string, { key: string; label: string }>();
  const all: EntityMention[] = documents.flatMap((d) => [...d.entities]);
  // (A name the entity layer read by a person's shape, `Agence France-Presse`, stands for an
  // acronym of three letters or more that the story gives as an organisation: `AFP`.)
  const acronyms = new Set(
    all.filter((e) => e.kind === 'organization').map((e) => e.label.replace(/\./g, '')),
  );
  for (const e of all) {
    if (!e.label.includes(' ')) continue;
    const short = initials(e.label);
    if (e.kind !== 'organization' && !(e.kind === 'person' && short.length >= 3 && acronyms.has(short)))
      continue;
    if (short.length >= 2 && !byInitials.has(short)) byInitials.set(short, { key: e.key, label: e.label });
  }
  for (const e of all) {
    const bare = e.label.replace(/\./g, '');
    const long = /^\p{Lu}{2,6}$/u.test(bare) ? byInitials.get(bare) : undefined;
    out.set(slug(e.label), long ?? { key: e.key, label: e.label });
    out.set(slug(bare), long ?? { key: e.key, label: e.label });
  }
  return out;
}

/**
 * The provenance graph of a story, read off the attribution layer: each outlet
 * (document) relays the news organisations it cites and cites its other
 * sources; a news organisation cites the sources it reports or that `told` it.
 * Names are merged story-wide (NYT ~ The New York Times); `the newspaper` and
 * `the report` point back to the last news organisation the article named.
 * Node kinds: `outlet`, `news-organization`, `source`. Claims (and so each
 * claim's origins) come with the alignment stage; this graph does not need them.
 */
export function provenanceGraph(documents: readonly Document[]): Provenance {
  return traceProvenance(documents).graph;
}

/** The provenance graph with, for each document, its outlet node and the nodes each sentence cites. */
export interface ProvenanceTrace {
  readonly graph: Provenance;
  readonly outletOf: ReadonlyMap<string, string>;
  /** Document id -> sentence index -> node ids of the sources the sentence names. */
  readonly sentenceSources: ReadonlyMap<string, ReadonlyMap<number, readonly string[]>>;
  /** Node id -> where articles name that source. */
  readonly mentions: ReadonlyMap<string, ReadonlyArray<{ doc: string; start: number; end: number }>>;
  /** Node id -> the node. */
  readonly nodeById: ReadonlyMap<string, Provenance['nodes'][number]>;
  /** Node id -> its outgoing edges. */
  readonly edgesFrom: ReadonlyMap<string, Provenance['edges']>;
  /** Node id -> its role (origin, relay or commentator) and the rule that decided it. */
  readonly roles?: ReadonlyMap<string, { role: SourceRole; rule: string }>;
  /** Document id -> the first document of its group of near-duplicate copies (itself when it has none). */
  readonly copyOf?: ReadonlyMap<string, string>;
  /**
   * Document id -> the news organisations the document cites only as passing on named sources
   * (`the Gazette reported, citing the ministry`, `Ada Quill told the Post`): relays there, not origins.
   */
  readonly passesOn?: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** The agencies whose copy some article runs under their dateline or credit (`wireAgency`). */
  readonly wires?: ReadonlySet<string>;
  /**
   * The documents running an agency's copy that states something with no source in it (a line of
   * the copy that attributes nothing): the agency's own reporting (h-who19's `wire-attributed`).
   */
  readonly wireOwn?: ReadonlySet<string>;
  /** Document id -> the sources that told the article's own outlet (`port officials told the Korsa Daily`). */
  readonly toldOutlet?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * h-who20's `generic-with-named-speaker`: the nodes a named person speaks for, merged into them
   * (`Police` with `Lunvik police spokesman Tor Hegge`).
   */
  readonly withNamedSpeaker?: ReadonlySet<string>;
  /**
   * Document id -> sentence index -> the sources a sentence naming none rests on, named by another
   * sentence of its article, with the rule and spans that carried them (h-who24's
   * `provenance:quotation-run`, see `carriedSources`).
   */
  readonly carried?: ReadonlyMap<string, ReadonlyMap<number, CarriedSource & { sources: readonly string[] }>>;
}

/**
 * What a source is to a story: an `origin` speaks first-hand (officials, police, agencies,
 * companies, witnesses, documents, a news organisation's own reporting); a `relay` passes on
 * another's reporting (an outlet, shared wire copy); a `commentator` gives a view (analysts,
 * experts, lawmakers, advocates, reactions) and is never the origin of a fact.
 */
export type SourceRole = 'origin' | 'relay' | 'commentator';

export function traceProvenance(documents: readonly Document[]): ProvenanceTrace {
  const aliases = aliasMap(documents);
  /**
   * Stop 57 (h-who41)'s `lower-case-body`: a source named by a body's noun (`the league`, `the football
   * league`, `BODY_NOUN`) in an article that names exactly one body with that noun in lower case up to
   * the source (`The national football league fined ...`), and no organisation whose name ends with the
   * noun (nor any organisation for `company` and `airline`, which `the company` reads first): the
   * story's widest words for that body (`national football league` for `the football league`), so the
   * articles that name it alike share one node. Null otherwise.
   */
  const storyBodies = new Map<string, Set<string>>();
  // Stop 58 (h-who42)'s `company-unread-name`: the story's one company named by a word no reader read
  // (`unreadCompanyNames`); with two, neither.
  const unreadCompanies = new Set(documents.flatMap((x) => [...unreadCompanyNames(x)]));
  // (A word the story writes in lower case is a word, not a name; an address's slug, `/ vindra-blade`, is no text.)
  for (const w of [...unreadCompanies]) {
    const lower = new RegExp(`(?<![\\p{L}'’/-])(?<!/\\s)${w.toLowerCase()}(?![\\p{L}'’/-])`, 'u');
    if (documents.some((x) => lower.test(x.text))) unreadCompanies.delete(w);
  }
  const storyCompany = unreadCompanies.size === 1 ? [...unreadCompanies][0]! : null;
  /** The story's unread company as a word of a text (read once a story). */
  const companyWord = storyCompany ? new RegExp(`(?<![\\p{L}'’-])${storyCompany}(?![\\p{L}'’-])`, 'u') : null;
  /** The story's unread company when the article names it before `at` (see `storyCompany`). */
  const companyBefore = (d: Document, at: number): string | null =>
    companyWord?.test(d.text.slice(0, at)) ? storyCompany : null;
  /** Stop 58 (h-who42): node id -> the resolving rule that found it, shown when its role is plain first-hand. */
  const foundBy = new Map<string, string>();
  const found = (id: string, rule: string): string => {
    if (!foundBy.has(id)) foundBy.set(id, rule);
    return id;
  };
  const allBodies = new Map<Document, string[]>();
  const bodiesOf = (x: Document): string[] => {
    let found = allBodies.get(x);
    if (!found) allBodies.set(x, (found = lowerCaseBodies(x.text, x.text.length)));
    return found;
  };
  const lowerCaseBody = (d: Document, label: string, a: Attribution): string | null => {
    const m = BODY_LABEL.exec(label.trim());
    const noun = m?.[1]?.split(/\s+/).pop();
    if (!m || !noun || !BODY_NOUN.test(noun)) return null;
    const orgs = d.entities.filter((e) => e.kind === 'organization' && !isNewsName(e.label));
    // (A name of more words than the noun: `League punishes Vik` in a headline names no league.)
    const named = (e: EntityMention) =>
      / /.test(e.label) && e.label.split(/\s+/).pop()?.toLowerCase() === noun;
    if (orgs.some(named)) return null;
    if (COMPANY_NOUN.test(noun) && orgs.length) return null;
    const end = a.source?.end ?? d.sentences[a.sentence]?.end ?? 0;
    const here = widestBodies(lowerCaseBodies(d.text, end).filter((x) => x.endsWith(` ${noun}`)));
    if (here.size !== 1) return null;
    const own = [...here][0]!;
    if (m[1] !== noun && own !== m[1] && !own.endsWith(` ${m[1]}`)) return null;
    // A source with words of its own named first in its own sentence (`Vik FK must pay ..., the football
    // league said`) is that body only when another article of the story names it alike (alone, it
    // moved unseen output); the noun alone may follow the body in its own sentence.
    const alike = (x: Document) =>
      bodiesOf(x).some((y) => y === own || y.endsWith(` ${own}`) || own.endsWith(` ${y}`));
    const before = lowerCaseBodies(d.text, d.sentences[a.sentence]?.start ?? 0).some((x) =>
      x.endsWith(` ${noun}`),
    );
    if (m[1] !== noun && !before && !documents.some((x) => x !== d && alike(x))) return null;
    let story = storyBodies.get(noun);
    if (!story) {
      story = widestBodies(documents.flatMap((x) => bodiesOf(x).filter((y) => y.endsWith(` ${noun}`))));
      storyBodies.set(noun, story);
    }
    const wider = [...story].filter((x) => x === own || x.endsWith(` ${own}`));
    return wider.length === 1 ? wider[0]! : own;
  };
  /**
   * The story's one person titled by a role (stop 55, h-who35's `role-poster`: `Singer Mira Sol`);
   * with `apposed` (h-who36's `possessor-role`) also one apposed to `her`/`his` role (`Her
   * spokesman, Per Dahl`), a name with its title and without it being one person, named without
   * it. Read once a role and kind (the documents are the story's, fixed here); `placeTitled` keeps its reads here too.
   */
  const roleReads = new Map<string, string | null>();
  const titledPerson = (role: string, apposed = false): string | null => {
    const k = `${apposed}|${role}`;
    const read = roleReads.get(k);
    if (read !== undefined) return read;
    const titled = new RegExp(
      apposed ? `(?:(?:^|[\\s,])${role}|(?:^|\\s)(?:her|his)\\s+${role},)\\s+$` : `(?:^|[\\s,])${role}\\s+$`,
      'i',
    );
    const titledLabel = new RegExp(`(?:^|\\s)${role}\\s+\\p{Lu}`, 'iu');
    const hits = new Map<string, string>();
    for (const d of documents)
      for (const e of d.entities) {
        if (e.kind !== 'person') continue;
        if (!titled.test(d.text.slice(Math.max(0, e.start - 40), e.start)) && !titledLabel.test(e.label))
          continue;
        const bare = apposed ? e.label.replace(new RegExp(`^(?:.*\\s)?${role}\\s+`, 'iu'), '') : e.label;
        const key = aliases.get(slug(bare))?.key ?? slug(bare);
        if (!apposed || !hits.has(key) || bare === e.label) hits.set(key, e.label);
      }
    const out = hits.size === 1 ? [...hits.values()][0]! : null;
    roleReads.set(k, out);
    return out;
  };
  // h-who37's `place-role`: the one entity label of the story titled with the role (`Police Chief
  // Maria Costa` for `police chief`), a person's or an organisation's as the entity reader gave it.
  const placeTitled = (role: string): string | null => {
    const k = `place|${role}`;
    const read = roleReads.get(k);
    if (read !== undefined) return read;
    const name = /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u;
    const titled = (label: string): boolean => {
      const at = label.toLowerCase().lastIndexOf(role);
      return at >= 0 && (at === 0 || /\s/.test(label[at - 1]!)) && name.test(label.slice(at + role.length));
    };
    const hits = new Set<string>();
    for (const d of documents)
      for (const e of d.entities) if (e.kind !== 'place' && titled(e.label)) hits.add(e.label);
    const out = hits.size === 1 ? [...hits][0]! : null;
    roleReads.set(k, out);
    return out;
  };
  const nodes = new Map<string, { id: string; label: string; kind: string }>();
  const edges = new Map<string, { from: string; to: string; kind: 'cites' | 'relays' }>();
  const node = (label: string, kind: string): string => {
    const alias = aliases.get(slug(label)) ?? newsInitials(label);
    const id = alias ? `n:${alias.key}` : `n:${slug(label)}`;
    const existing = nodes.get(id);
    const news = kind === 'news-organization' || existing?.kind === 'news-organization';
    nodes.set(id, {
      id,
      label: alias?.label ?? existing?.label ?? label,
      kind: existing?.kind === 'outlet' ? 'outlet' : news ? 'news-organization' : kind,
    });
    return id;
  };
  const edge = (from: string, to: string, kind: 'cites' | 'relays'): void => {
    if (from !== to) edges.set(`${from}>${to}`, { from, to, kind });
  };
  const outletOf = new Map<string, string>();
  const wires = new Set<string>();
  const wireOwn = new Set<string>();
  const toldOutlet = new Map<string, Set<string>>();
  // `the weather office`, `the commission` in lower case: the story's one organisation whose name
  // ends with that noun and holds the other words in order (`National Weather Office`), or is
  // headed by it (`the elections board`, `State Board of Elections`).
  const orgNames = new Map<string, { label: string; words: string[] }>();
  for (const d of documents)
    for (const e of d.entities)
      if (
        e.kind !== 'place' &&
        // (h-who33: `Economic Crime Unit` typed a person: no person's name ends with such a noun.)
        (e.kind !== 'person' || SHORT_FORM_NOUN.test(e.label.split(/\s+/).pop()!.toLowerCase())) &&
        /\s/.test(e.label) &&
        /^\p{Lu}/u.test(e.label)
      ) {
        const words = slug(e.label.replace(/^the\s+/i, ''))
          .split('-')
          .filter(Boolean);
        if (!orgNames.has(words.join('-'))) orgNames.set(words.join('-'), { label: e.label, words });
      }
  const shortFormOf = (label: string): string | null => {
    if (!/^[\p{Ll}'’\s-]+$/u.test(label)) return null;
    const w = slug(label).split('-').filter(Boolean);
    // h-who33's `body-noun-again`: `the unit said` after `the Economic Crime Unit`, `the league said`
    // after `the Premier League`: nouns of bodies read again only as the short form of a name.
    if (!w.length || !(ORG_NOUN.test(w[w.length - 1]!) || SHORT_FORM_NOUN.test(w[w.length - 1]!)))
      return null;
    // The noun ends the name (`National Weather Office`) or heads it (`the elections board` for the
    // `State Board of Elections`), with the other words in it.
    const hits = [...orgNames.values()].filter(
      ({ words: m }) =>
        m.length > w.length &&
        (m[m.length - 1] === w[w.length - 1]
          ? isSubsequence(w, m)
          : m.includes(w[w.length - 1]!) &&
            m.indexOf(w[w.length - 1]!) < m.indexOf('of') &&
            w.every((x) => m.includes(x))),
    );
    return hits.length === 1 ? hits[0]!.label : null;
  };
  // `The WHO said` in an article that never spells it out: the story's one name with those initials.
  const acronymOf = (label: string): string | null => {
    if (!/^\p{Lu}{2,6}$/u.test(label)) return null;
    const hits = [...orgNames.values()].filter((o) => initials(o.label) === label);
    return new Set(hits.map((o) => o.words.join('-'))).size === 1 ? hits[0]!.label : null;
  };
  // h-who15's `news-initials`: a news organisation credited by its initials (the dateline's `(AP)`,
  // `according to the AP`), which the entity layer does not read as a name, is the story's one news
  // organisation named in full with those initials (`The Associated Press`).
  function newsInitials(label: string): { key: string; label: string } | undefined {
    const bare = label.replace(/^the\s+/i, '');
    if (!/^\p{Lu}{2,6}$/u.test(bare)) return undefined;
    const hits = [...orgNames.values()].filter((o) => initials(o.label) === bare && isNewsName(o.label));
    if (new Set(hits.map((o) => o.words.join('-'))).size !== 1) return undefined;
    return (
      aliases.get(slug(hits[0]!.label)) ?? { key: `org:${hits[0]!.words.join('-')}`, label: hits[0]!.label }
    );
  }
  // `citing Norrail` after `Norrail Freight Ltd`: a single capitalised word the entity layer left
  // untyped is the story's one organisation whose name opens with it.
  const firstWordOf = (label: string): string | null => {
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(label)) return null;
    const w = label.toLowerCase();
    const hits = [...orgNames.values()].filter((o) => o.words[0] === w && o.words.length > 1);
    if (hits.length === 1) return hits[0]!.label;
    // `Velo said` beside `Velo Inc` and `Velo Wire`: the company is the name with only its legal
    // suffix after it.
    const legal = hits.filter((o) => o.words.slice(1).every((x) => LEGAL_SUFFIX.test(x)));
    return legal.length === 1 ? legal[0]!.label : null;
  };
  // `Orlin said in a statement` beside `Orlin chief executive Ann Ruiz said`: one capitalised word
  // the entity layer left untyped is an organisation when the story gives it a head or a
  // spokesperson by their title before a name (`HEAD_OF`, `SPEAKER_OF`).
  const headed = new Set<string>();
  for (const d of documents)
    for (const a of d.attributions) {
      if (!a.source) continue;
      const org = (HEAD_OF.exec(d.text.slice(a.source.start, a.source.end).trim()) ??
        SPEAKER_OF.exec(d.text.slice(a.source.start, a.source.end).trim()))?.[1];
      if (org && /^\p{Lu}\p{Ll}{2,}$/u.test(org) && !GENERIC_MODIFIER.test(org.toLowerCase()))
        headed.add(org);
    }
  // `Ann Ruiz, Orlin's chief executive,`, `Ann Ruiz, chief executive of Orlin,`: the same in an
  // apposition.
  for (const d of documents)
    for (const m of d.text.matchAll(HEAD_APPOSITION)) {
      const org = m[1] ?? m[2];
      if (org && !GENERIC_MODIFIER.test(org.toLowerCase())) headed.add(org);
    }
  const headedOrg = (label: string): string | null => (headed.has(label) ? label : null);
  // h-who28's `described-body`: `the club 's owners said`, `the grid operator said`: a body named in
  // lower case by the words some article of the story set beside a name, in apposition (`Brightwater
  // Holdings, the club 's owners,`) or as its title (`grid operator Norvik Grid said`), is that name,
  // when the story gives those words to one name only.
  const descriptions = new Map<string, Set<string>>();
  const describe = (words: string, name: string): void => {
    const key = slug(words.replace(/^(?:the|a|an)\s+/i, ''));
    // (`on Saturday, the grid operator said.` is a clause, no description.)
    if (key.split('-').length < 2 || /(?:^|-)(?:said|says|told|added|reported|announced)(?:-|$)/.test(key))
      return;
    descriptions.set(key, (descriptions.get(key) ?? new Set()).add(name.replace(/^the\s+/i, '')));
  };
  for (const d of documents) {
    for (const m of d.text.matchAll(DESCRIBED_APPOSITION)) describe(m[2]!, m[1]!);
    for (const m of d.text.matchAll(DESCRIBED_TITLE)) describe(m[1]!, m[2]!);
  }
  const describedBody = (label: string): string | null => {
    if (!/^(?:the\s+)?[\p{Ll}'’\s-]+$/u.test(label)) return null;
    const names = descriptions.get(slug(label.replace(/^the\s+/i, '')));
    return names?.size === 1 ? [...names][0]! : null;
  };
  // h-who29's `operator-described`: `the ferry operator said`, `The operator said`: the story's one
  // name given as an operator, by what it runs (`Skarn Ferries, which operates the route,`) or by
  // its title (`grid operator Norvik Grid`); with two, neither.
  const operators = new Set<string>();
  for (const d of documents) {
    for (const m of d.text.matchAll(OPERATES_APPOSITION)) operators.add(m[1]!.replace(/^the\s+/i, ''));
    for (const m of d.text.matchAll(OPERATOR_TITLE)) operators.add(m[1]!);
  }
  const operatorNamed = (label: string): string | null =>
    BARE_OPERATOR.test(label) && operators.size === 1 ? [...operators][0]! : null;
  // h-who29's `neighbour-named`: `A neighbour said she was thrown from her bed` beside `Neighbour
  // Marta Hollis said ...` in another article: news names a neighbour once, then by the role, as it
  // does a witness; the story's one person given as a neighbour, else none.
  const neighbours = new Set<string>();
  for (const d of documents)
    for (const re of [NEIGHBOUR_TITLE, NEIGHBOUR_APPOSITION])
      for (const m of d.text.matchAll(re)) neighbours.add(m[1]!);
  const neighbourNamed = (label: string): string | null =>
    BARE_NEIGHBOUR.test(label) && neighbours.size === 1 ? [...neighbours][0]! : null;
  // Stop 53 (h-who32)'s `witness-described-again`: `A crane driver told Reuters` beside `A crane
  // driver who has worked at the port for 20 years told Reuters` in another article: news describes
  // a witness once, then by the same words; the story's one witness so described, else none.
  const describedWitnesses = new Map<string, Set<string>>();
  for (const d of documents)
    for (const a of d.attributions) {
      const w = a.source
        ? WITNESS_DESCRIBED.exec(d.text.slice(a.source.start, a.source.end))?.[1]
        : undefined;
      const head = w && /^(.+?)\s+who\s/u.exec(w)?.[1];
      if (head) describedWitnesses.set(head, (describedWitnesses.get(head) ?? new Set()).add(w));
    }
  const witnessDescribedAgain = (label: string): string | null => {
    const names = describedWitnesses.get(label.replace(/^(?:a|an|the)\s+/i, ''));
    return names?.size === 1 ? [...names][0]! : null;
  };
  // h-who11's `institution-again`: `The clinic confirmed` after `the Willowmere Clinic` (which the
  // entity layer may type as a place): the story's one institution whose name ends with that noun.
  const institutions = new Map<string, Set<string>>();
  for (const d of documents)
    for (const e of d.entities) {
      const m = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(\p{Lu}\p{Ll}+)$/u.exec(e.label);
      // h-who33's `club-initials`: `Fjordby FC`, `Orsa AFC` name a football club, which news calls
      // `the club` again.
      const noun = CLUB_INITIALS.test(e.label) ? 'club' : m?.[1]!.toLowerCase();
      // (h-who30: a name the entity layer read as a person's that ends with a noun no surname is,
      // `Ostvik Reservoir Trust`, is the institution all the same.)
      if (!noun || !INSTITUTION_AGAIN.test(noun)) continue;
      if (e.kind === 'person' && !INSTITUTION_NOT_SURNAME.test(noun)) continue;
      const names = institutions.get(noun) ?? new Set<string>();
      institutions.set(noun, names.add(e.label.replace(/^the\s+/i, '')));
    }
  const institutionNamed = (label: string): string | null => {
    const noun = INSTITUTION_AGAIN.exec(label)?.[1]?.toLowerCase();
    const names = noun ? institutions.get(noun) : undefined;
    if (names) return names.size === 1 ? [...names][0]! : null;
    // h-who31's `zoo-as-park`: `the zoo said` after `Tarnby Animal Park` (no zoo so named): news
    // calls a park of animals a zoo; the story's one such park.
    if (noun === 'zoo') {
      const parks = [...(institutions.get('park') ?? [])].filter((x) => ANIMAL_PARK.test(x));
      return parks.length === 1 ? parks[0]! : null;
    }
    // h-who30's `institution-described-again`: `the wildlife park`, words of the one name before its noun.
    const described = INSTITUTION_DESCRIBED_AGAIN.exec(label);
    const again =
      described && INSTITUTION_AGAIN.exec(described[2]!) ? institutions.get(described[2]!) : undefined;
    if (!described || again?.size !== 1) return null;
    const name = [...again][0]!;
    const words = name.toLowerCase().split(/\s+/);
    return described[1]!
      .trim()
      .split(/\s+/)
      .every((w) => words.includes(w))
      ? name
      : null;
  };
  // The story's news organisations by name: outlets and the news organisations its articles name.
  const newsNames = new Set<string>();
  for (const [index, d] of documents.entries()) {
    newsNames.add(outletLabel(d, index));
    for (const e of d.entities) if (e.kind === 'organization' && isNewsName(e.label)) newsNames.add(e.label);
  }
  // h-who10's `story-outlet-cited`: another article of the story cited by its outlet's name (`The
  // Velmar Courier reported`, `the Courier has more`), its name (or its last word, when one outlet's
  // name ends with it) is a news organisation, whatever its name's words: the citing article
  // relays it. An unknown outlet's fallback label names nobody.
  const outletIdOf = (label: string): string => {
    const alias = aliases.get(slug(label));
    return alias ? `n:${alias.key}` : `n:${slug(label)}`;
  };
  const storyOutlets = new Map<string, string>();
  /** The outlets of the story's articles, letters only (not the agencies whose copy they run). */
  const articleOutlets = new Set<string>();
  /** Whether a name, letters only, opens the name of an article's outlet (`Daily Planet`, `dailyplanet.com`). */
  const creditedOutlet = (c: string): boolean =>
    c.length >= 4 && [...articleOutlets].some((o) => o.startsWith(c));
  /** Stop 53's `broadcaster-address`: the short names of the articles' addresses (`frk` of `frk.no`). */
  const articleHosts = new Set<string>();
  for (const [index, d] of documents.entries()) {
    const label = outletLabel(d, index);
    if (!/^unknown outlet/.test(label)) {
      storyOutlets.set(outletIdOf(label), label);
      articleOutlets.add(compactLabel(label));
      const host = addressHost(label);
      if (host) articleHosts.add(host);
    }
    // h-who23's `story-wire-cited`: an agency whose copy an article of the story runs under its
    // dateline (`TARVIK (Pressline) -`), cited by another (`according to Pressline`), is that
    // news organisation, whatever its name's words: the citing article relays it.
    const agency = wireAgency(d.text);
    if (agency) storyOutlets.set(outletIdOf(agency), agency);
  }
  const storyOutletNamed = (label: string): string | null => {
    if (storyOutlets.has(outletIdOf(label))) return storyOutlets.get(outletIdOf(label))!;
    const word = /^(?:the\s+)?(\p{Lu}\p{Ll}{2,})$/u.exec(label)?.[1];
    if (!word) return null;
    const hits = new Set(
      [...storyOutlets.values()].filter((o) => o.split(/\s+/).length > 1 && o.split(/\s+/).pop() === word),
    );
    return hits.size === 1 ? [...hits][0]! : null;
  };
  // `Oltz said` in an article that never gives the full name: the story's one person of that surname.
  // A person is counted by their name without a title (`District Attorney Paul Howard` and `Paul
  // Howard` are one), whatever the entity layer typed a titled name as (`Palmer City Clerk Janette
  // Bower` read as a place), and two spellings differing only in case (`LaSalle`, `Lasalle`) are one.
  const surnames = new Map<string, Map<string, string>>();
  for (const d of documents)
    for (const e of d.entities) {
      const bare = bareName(e, e.label);
      if (e.kind !== 'person' && (bare.kind !== 'person' || bare.name === e.label)) continue;
      if (!/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(bare.name)) continue;
      const last = bare.name.split(/\s+/).pop()!.toLowerCase();
      const people = surnames.get(last) ?? new Map<string, string>();
      if (!people.has(bare.key)) people.set(bare.key, e.label);
      surnames.set(last, people);
    }
  const surnameOf = (label: string): string | null => {
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(label)) return null;
    const people = surnames.get(label.toLowerCase());
    return people?.size === 1 ? [...people.values()][0]! : null;
  };
  const storyOrgEndingWith = (d: Document, source: { start: number; end: number }): string | null => {
    const noun = possessiveRole(d.text, source)?.[1]?.toLowerCase();
    if (!noun) return null;
    const hits = new Set(
      [...orgNames.values()].filter((o) => o.words[o.words.length - 1] === noun).map((o) => o.label),
    );
    return hits.size === 1 ? [...hits][0]! : null;
  };
  const cited = new Map<string, Map<number, string[]>>();
  const carriedBy = new Map<string, Map<number, CarriedSource & { sources: readonly string[] }>>();
  const statements = new Map<string, Array<{ d: Document; a: Attribution }>>();
  const spans = new Map<string, Array<{ doc: string; start: number; end: number }>>();
  /** Speaker node -> the organisation node it speaks for (`its director`, `the group's president`). */
  const speaksFor = new Map<string, string>();
  /** Document id -> node -> what it passes on there, and the nodes that say something of their own there. */
  const passing = new Map<string, Map<string, Set<string>>>();
  const owning = new Map<string, Set<string>>();
  /** A source that says who it is: a named entity, or a description that is not `officials`, `sources`. */
  const namedSource = (id: string): boolean =>
    NAMED_NODE.test(id) || !UNNAMED.test(nodes.get(id)?.label ?? '');
  for (const [index, d] of documents.entries()) {
    const outlet = node(outletLabel(d, index), 'outlet');
    outletOf.set(d.id, outlet);
    // `MARROW BRIDGE, June 3 (Pressline) - ...`: wire copy under the agency's dateline; the outlet
    // runs the agency's report, so what the copy does not attribute rests on the agency.
    const agency = wireAgency(d.text);
    /** The agency's node, and whether its copy tells something to it (`told reporters`, `told Nordwire`). */
    let agencyId: string | null = null;
    let toldAgency = false;
    if (agency) {
      const id = node(agency, 'news-organization');
      agencyId = id;
      wires.add(id);
      edge(outlet, id, 'relays');
    }
    const sentenceSources = new Map<number, string[]>();
    cited.set(d.id, sentenceSources);
    /** The first sentence starting at each offset (`d.sentences.findIndex` by start, read once). */
    const sentenceStarting = new Map<number, number>();
    d.sentences.forEach((x, i) => {
      if (!sentenceStarting.has(x.start)) sentenceStarting.set(x.start, i);
    });
    /** Whether a span lies inside a person the article names. */
    const insidePerson = coveredBy(d.entities.filter((e) => e.kind === 'person'));
    /** The node each attribution's source span of the article was read as (`carriedSources`). */
    const spoken = new Map<string, string>();
    let lastNews: string | null = null;
    // Stop 57 (h-who39)'s `told-paper-again`: the news organisation someone last told something
    // (`Ida Moe told the Harbour Gazette`), for `told the newspaper` next with no news source cited.
    let lastToldNews: string | null = null;
    /** The last organisation the article cited: `its director`, `the group's president` speak for it. */
    let lastOrg: string | null = null;
    /** The last person the article cited: `her report` after `Ada Quill said` is Quill's. */
    let lastPerson: string | null = null;
    /** The last record of each kind the article cited: `the records show` after `police records`. */
    const lastRecord = new Map<string, string>();
    /** The node each document named in the article last rested on: `statement`, `letter`, `memo`. */
    const lastDocument = new Map<string, string>();
    /** Stop 56 (h-who38)'s `statement-again`: the sentence each document was last named or read in. */
    const documentAt = new Map<string, number>();
    /** Stop 55 (h-who35)'s `it-adds`: the one source the article's last attributing sentence rested on. */
    let lastSaid: { sentence: number; ids: string[] } | null = null;
    /** The person a post's pronoun was read as last (`she posted`, then `she wrote`). */
    let lastPoster: string | null = null;
    /**
     * Stop 55 (h-who36)'s `principal-poster`: the person the last one cited as `her agent` or `his
     * lawyer` speaks for (the one other person the sentence names), with that pronoun.
     */
    let principal: { of: string; label: string; pronoun: string } | null = null;
    /** The organisation opening sentence `i - 1` as its subject, a verb next, when it attributes nothing (`it-subject`). */
    const itSubject = (i: number, at: number): string | null => {
      const prev = d.sentences[i - 1];
      const own = d.sentences[i];
      if (!prev || !own || bySentence.has(i - 1)) return null;
      const orgs = d.entities.filter((e) => e.kind === 'organization' && !isNewsName(e.label));
      if (orgs.some((e) => own.start <= e.start && e.end <= at)) return null;
      if (companyWord?.test(d.text.slice(own.start, at))) return null;
      const text = d.text.slice(prev.start, prev.end);
      const lead = /^(?:[\p{Lu}][\p{L} .,'’-]{0,60}?\s-\s)?/u.exec(text)![0].length;
      const opening = prev.start + lead;
      const org = orgs.find((e) => e.start === opening);
      const name =
        org?.label ?? (storyCompany && text.slice(lead).startsWith(storyCompany) ? storyCompany : null);
      if (!name) return null;
      const end = org ? org.end : opening + name.length;
      return DEED_NEXT.test(d.text.slice(end, end + 20)) ? name : null;
    };
    const posterOf = (a: Attribution): string | null => {
      const sentence = d.sentences[a.sentence];
      const before = new Set(
        d.entities
          .filter(
            (e) =>
              e.kind === 'person' &&
              sentence !== undefined &&
              sentence.start <= e.start &&
              a.source !== null &&
              e.end <= a.source.start,
          )
          .map((e) => e.label),
      );
      const pronoun = a.sourceLabel?.trim().toLowerCase();
      const forWhom =
        principal && principal.of === lastPerson && principal.pronoun === pronoun
          ? node(principal.label, 'source')
          : null;
      const id =
        (before.size === 1 ? node([...before][0]!, 'source') : null) ?? forWhom ?? lastPerson ?? lastPoster;
      if (id) lastPoster = id;
      return id;
    };
    /** Whether a record named `… report` was cited after the last news organisation. */
    let reportAfterNews = false;
    // h-who13's `masthead-short`: `the Times`, `The News` after `the Orlin Times`: a paper named
    // again by the last word of its name is the one the article named last, if it ends so, else
    // the article's one news organisation whose name ends so, else the story's one.
    const articleNews = new Set([
      outletLabel(d, index),
      ...d.entities.filter((e) => e.kind === 'organization' && isNewsName(e.label)).map((e) => e.label),
    ]);
    const mastheadOf = (label: string): string | null => {
      const word = MASTHEAD_WORD.exec(label)?.[1];
      if (!word) return null;
      const ends = (x: string): boolean => x.endsWith(` ${word}`);
      const last = lastNews ? nodes.get(lastNews)?.label : undefined;
      if (last && ends(last)) return lastNews;
      for (const names of [articleNews, newsNames]) {
        const hits = new Map(
          [...names].filter(ends).map((x) => [aliases.get(slug(x))?.key ?? slug(x), x] as const),
        );
        if (hits.size === 1) return node([...hits.values()][0]!, 'news-organization');
        if (hits.size > 1) return null;
      }
      return null;
    };
    const bySentence = new Map<number, Attribution[]>();
    for (const a of d.attributions) appendAll(bySentence, a.sentence, [a]);
    for (const [sentence, list] of [...bySentence].sort((x, y) => x[0] - y[0])) {
      // Within a sentence: `X reported, citing Y` and `Y told X` make X the relay of Y.
      let relay: string | null = null;
      // `Velo Inc and Orlin Labs said in a joint statement`: each of two names joined by `and`
      // says it (`jointNames`), one statement per name.
      // `The companies said` after `Tessel Energy and Marko Logistics`: each company says it (`pluralNames`).
      const each = list.flatMap((a) =>
        (jointNames(d, a) ?? pluralNames(d, a) ?? [null]).map((name) => ({ a, name })),
      );
      const resolveOne = ({ a, name }: (typeof each)[number]) => {
        // `Corvel spokeswoman Lena Holt declined to comment`: a refusal to comment states nothing.
        if (isNoComment(d, a)) return null;
        let label =
          name ??
          modifiedName(
            a.sourceLabel
              ?.replace(
                /^(a |the )?(reports?|article|story|interview|statement) (from|by|in|with) (the )?/i,
                '',
              )
              // `official results published by the electoral commission`: a record speaks for its author.
              .replace(
                /^(?:[\p{L}'’-]+\s+){1,4}(?:published|issued|released|compiled|filed|prepared|signed)\s+by\s+(?:the\s+)?(?=\S)/iu,
                '',
              )
              // `a leaked memo first reported by the Tribune` (h-who9's `first-reported-by`): the
              // outlet that broke it is the source, and the article relays it
              // (`provenance:relays-report`).
              .replace(
                /^(?:[\p{L}'’-]+\s+){1,4}(?:(?:first|originally|earlier)\s+)?(?:reported|revealed|disclosed)\s+by\s+(?:the\s+)?(?=\p{Lu})/iu,
                '',
              )
              // `a court filing seen by the Tribune`, `documents obtained by Reuters`: the record is
              // the source; who saw it is the reporter, not its author.
              .replace(/\s+(?:seen|obtained|reviewed|viewed|examined)\s+by\s+.*$/iu, '')
              // h-who15's `record-dated`: `The report, dated February, found`: a participle set off
              // after a record dates or places it; it is no part of its name.
              .replace(
                /,\s+(?:dated|published|issued|released|written|signed|prepared|compiled)\b[^,]*,?$/iu,
                '',
              )
              .replace(LEADING_ADVERB, '')
              // `as first reported by the BBC`: the agent after `by` is the source.
              .replace(/^by\s+(?:the\s+)?(?=\p{Lu})/u, '') ?? null,
            a.source,
            d,
          );
        // h-who22's `issued-by-apposed`: `The statement, issued by the ministry on Friday, said`: a
        // bare statement or notice set off by a participle of issuing with its agent speaks for the
        // agent (as `A statement issued by the ministry said` does).
        const issuer =
          label && a.source && BARE_NOTICE.test(label)
            ? ISSUED_APPOSED.exec(d.text.slice(a.source.end, a.source.end + 160))
            : null;
        if (issuer) label = issuer[1]!;
        // Stop 53 (h-who32)'s `plural-possessive-name`: `the Strandhavn Dockers ' Union said`, the
        // plural possessive set apart as tokenised text writes it: the name goes on to the
        // capitalised words after the mark (the entity layer stops at it: `Strandhavn Dockers`).
        const possessive =
          label && a.source
            ? PLURAL_POSSESSIVE_NAME.exec(d.text.slice(a.source.start, a.source.end).trim())
            : null;
        if (possessive && possessive[1] === label) label = `${possessive[1]}' ${possessive[2]}`;
        // h-who10's `broadcaster-number`: `Channel 6 reported` names a station by its number
        // (the entity layer keeps `Channel`, which would read as `the channel`, an anaphor).
        const station = a.source && BROADCAST_NUMBER.exec(d.text.slice(a.source.start, a.source.end).trim());
        if (station) label = station[1]!;
        // h-who11's `outlet-kind-named`: `the celebrity news site PopScoop`, `the tabloid Spark`:
        // the kind of outlet before its name; the name is a news organisation.
        const kindNamed = label ? OUTLET_KIND_NAMED.exec(label) : null;
        if (kindNamed) label = kindNamed[1]!;
        // `Quill's office said`, `a statement from Governor Quill's office`: a person's office
        // speaks for the person.
        const office = label && PERSON_OFFICE.exec(label);
        if (office) label = office[1]!;
        // Stop 57 (h-who39)'s `document-from`: `A letter from the city council to residents said`, `A
        // separate notice from the Roads Agency said`: a document from someone, opening the sentence,
        // is its sender's word; the letter is the medium, whom it went to no source.
        const sender = documentFrom(d, a);
        if (sender) label = sender;
        // `WHO` in capitals is the World Health Organization, not the pronoun.
        if (!label || (PRONOUN.test(label) && !/^\p{Lu}{2,}$/u.test(label))) return null;
        // `Her report notes that ...`: a person's text after the person is named speaks for them.
        if (OWN_TEXT.test(label)) return lastPerson ? { a, id: lastPerson, news: false } : null;
        // `the paper said`, `the station reported`: the news organisation the article named last.
        // h-who15's `record-dated`: `the report` right after `an inspection report` (with no news
        // organisation named since) is that record again, not a news organisation's report.
        if (/^(?:the\s+)?report$/i.test(label) && lastRecord.has('report') && reportAfterNews)
          return { a, id: lastRecord.get('report')!, news: false };
        if (ANAPHORA.test(label) && lastNews) return { a, id: lastNews, news: true };
        // h-who13's `agency-named-in-sentence`: `The Velmar Department of Harbours has replaced the
        // managers, the agency announced`: with no news organisation named before, `the agency` is
        // the one public body its sentence names, else the organisation the article cited last.
        if (BARE_AGENCY.test(label) && !lastNews) {
          const sentence = d.sentences[a.sentence];
          const bodies = new Set(
            d.entities
              .filter(
                (e) =>
                  e.kind === 'organization' &&
                  sentence !== undefined &&
                  sentence.start <= e.start &&
                  e.end <= sentence.end &&
                  PUBLIC_BODY.test(e.label) &&
                  !isNewsName(e.label),
              )
              .map((e) => e.label),
          );
          if (bodies.size === 1) return { a, id: node([...bodies][0]!, 'source'), news: false };
          if (!bodies.size && lastOrg) return { a, id: lastOrg, news: false };
        }
        // `the Times` after `the Orlin Times` (h-who13's `masthead-short`, `mastheadOf`).
        const paperNamed = mastheadOf(label);
        if (paperNamed) return { a, id: paperNamed, news: true };
        // h-who10's `record-named-again`: `the records show` after `according to police records`
        // is the record the article cited last under that noun, not a record of its own.
        const again = RECORD_AGAIN.exec(label)?.[1]?.toLowerCase();
        if (again && lastRecord.has(again)) return { a, id: lastRecord.get(again)!, news: false };
        // `reports in a Velmar newspaper`: the story's one news organisation named with that
        // place (`the Velmar Gazette`).
        const paper = PLACE_PAPER.exec(label)?.[1];
        if (paper) {
          const hits = new Set(
            [...newsNames].filter((x) => x.split(/\s+/).some((w) => w === paper) && !PLACE_PAPER.test(x)),
          );
          if (hits.size === 1) label = [...hits][0]!;
        }
        // Stop 58 (h-who42)'s `company-unread-name`: `Laksvik said`, and `The company said`, `the firm
        // said`, `The operator said` after it in an article citing no organisation before, or citing last
        // a public body (`the Food Safety Authority said`, `The ministry said`): the story's one company
        // named by a word no reader read, never the authority or the ministry.
        const unread = a.source ? companyBefore(d, a.source.end) : null;
        if (unread && label.trim() === unread)
          return { a, id: found(node(unread, 'source'), 'provenance:company-unread-name'), news: false };
        if (unread && COMPANY_DESCRIPTION.test(label.trim()) && !/^it$/i.test(label.trim())) {
          const last = lastOrg ? (nodes.get(lastOrg)?.label ?? '') : '';
          // (The article's one organisation counts only when named before the source: `Energy` of
          // `Energy analyst Karl Sund` further down is no company the lead's `the company` names.)
          const one = articleOrganisation(d);
          const earlier =
            one && a.source && d.entities.some((e) => e.label === one && e.start < a.source!.start)
              ? one
              : null;
          const host = lastOrg ?? earlier ?? (a.source ? nameOwningIts(d, a.source.start) : null);
          if (!host || PUBLIC_BODY.test(last) || INSTITUTION_END.test(last) || /\bDirectorate\b/u.test(last))
            return { a, id: found(node(unread, 'source'), 'provenance:company-unread-name'), news: false };
        }
        // `the company said` after `Velo said`: the organisation the article cited last.
        // With none cited before, the one organisation the article names (`Velo Inc will cut 500
        // jobs, the company said`).
        if (COMPANY_NOUN.test(label)) {
          const host =
            lastOrg ?? articleOrganisation(d) ?? (a.source ? nameOwningIts(d, a.source.start) : null);
          if (host) return { a, id: lastOrg ?? node(host, 'source'), news: false };
        }
        // Stop 57 (h-who41)'s `lower-case-body`: `The national football league fined the club ...` then
        // `The league said`: a body the article names only in lower case is the one body so named
        // before (the story's widest words for it, `lowerCaseBody`).
        const body = lowerCaseBody(d, label, a);
        if (body) return { a, id: found(node(body, 'source'), 'provenance:lower-case-body'), news: false };
        // Stop 58 (h-who43)'s `stance-group`: `Insurers condemned the museum's security`, `Tourism
        // operators condemned the timing`: a group named by a plural of trade or kind, the subject of a
        // verb of view alone, is a source (a commentator: see `roleOf`'s `commentator-view`), where
        // no other reading makes it one (`Residents condemned` is a source noun's).
        if (
          a.rule === 'attribution:stance-verb' &&
          label &&
          STANCE_GROUP.test(label) &&
          !looksLikeSource(label, a.source, d) &&
          stanceCue(d.text.slice(a.cue.start, a.cue.end).replace(/\s+/g, ' '))
        )
          return { a, id: found(node(label, 'source'), 'provenance:stance-group'), news: false };
        // h-who21's `agent-by-trade`: the agent of a passive the attribution layer read as a person
        // by office or trade (`told by engineers that`) is a source.
        const byTrade = a.rule === 'attribution:passive-told-by';
        if (!kindNamed && !byTrade && !looksLikeSource(label, a.source, d)) {
          // `the weather office`, `the safety board`: a body named in lower case by its noun and
          // words of the story's one organisation named with that noun (see `shortFormOf`).
          const full =
            shortFormOf(label) ??
            acronymOf(label) ??
            firstWordOf(label) ??
            surnameOf(label) ??
            headedOrg(label) ??
            institutionNamed(label) ??
            describedBody(label) ??
            operatorNamed(label) ??
            neighbourNamed(label) ??
            witnessDescribedAgain(label) ??
            // Stop 56 (h-who38)'s `trade-named`: `Ferry operator Baltlink said`: a name the entity
            // layer did not read, after the trade it is in, is a company all the same.
            TRADE_NAMED.exec(label)?.[1] ??
            // h-who11's `story-outlet-unread`: `according to PopScoop`, a name the entity layer did
            // not read, is another article's outlet all the same (see `storyOutletNamed`).
            storyOutletNamed(label);
          // h-who15's `body-by-function`: `the national mining inspectorate said`, `the
          // anti-corruption office said`: a public body named in lower case by what it does,
          // with no name in the story to stand for, is a body all the same (not `its office`).
          // h-who30's `witness-clause`: `A man who lives below the dam said`: a person described
          // by what they did or where they were speaks first-hand, a source of their own (the
          // words as written, without the determiner).
          const described =
            !full && a.source ? WITNESS_DESCRIBED.exec(d.text.slice(a.source.start, a.source.end)) : null;
          if (described) return { a, id: node(described[1]!, 'source'), news: false };
          if (!full && !FUNCTION_BODY.test(label)) return null;
          if (full) label = full;
          else {
            // (`the regional fire service` is the fire service the story's merges know by its noun.)
            const plain = label.replace(/^(?:the\s+)?(?:regional|national|provincial|district)\s+/i, '');
            if (FIRE.POLICE_NOUN.test(plain) || POLICE_NOUN.test(plain)) label = plain;
          }
        }
        const outletNamed = storyOutletNamed(label);
        if (outletNamed) label = outletNamed;
        const news =
          (isNewsName(label) || !!outletNamed || !!station || !!kindNamed) &&
          !/\bofficials?\b/i.test(label) &&
          !STAFF_NAME.test(label);
        const id = node(label, news ? 'news-organization' : 'source');
        if (news) {
          lastNews = id;
          reportAfterNews = false;
        } else if (a.source && speaksForLastOrg(d.text, a.source)) {
          // `The aid agency's chief said` with no agency named before in the article: the story's
          // one organisation whose name ends with that noun (`World Food Agency`).
          // `its director` speaks for the last organisation cited; `the hospital's director` only for
          // a hospital (not for the agency cited last).
          const noun = possessiveRole(d.text, a.source)?.[1];
          const host = orgNamedBefore(d, a.source) ?? (noun ? storyOrgEndingWith(d, a.source) : null);
          const anyOrg = !noun || GENERIC_ORG_NOUN.test(noun);
          if (host || (lastOrg && anyOrg)) speaksFor.set(id, host ? node(host, 'source') : lastOrg!);
        } else if (/^n:(?:org|organization):/.test(id) || ORG_HEAD.test(label) || headField(label))
          lastOrg = id;
        else if (/^n:person:/.test(id)) lastPerson = id;
        const record = RECORD_NOUN_END.exec(label)?.[1]?.toLowerCase();
        if (record) lastRecord.set(record, id);
        // Stop 55 (h-who35)'s `report-again`: `The report, published on Monday, says` after `a report
        // by the rights group Prison Watch says` or `Prison Watch said in a report`: the report
        // named again is its author's, as a record's label ending in `report` is (above).
        const ownReport =
          !news &&
          !!a.source &&
          (REPORT_BY.test(d.text.slice(a.source.start, a.source.end)) ||
            REPORT_AFTER.test(d.text.slice(a.source.end, a.source.end + 80)));
        if ((!news && /\p{Ll}\s+report$/u.test(label) && !isNewsName(label)) || ownReport) {
          lastRecord.set('report', id);
          reportAfterNews = true;
        }
        return { a, id, news, outlet: !!outletNamed };
      };
      const resolved = each.map((x) => {
        // Stop 54 (h-who34)'s `pronoun-poster`: `she said in a post on Instagram`, `he posted on
        // Facebook`, `she wrote on X`: a post's pronoun is the one person its sentence names before
        // the pronoun, else the person the article cited last, else the last poster.
        const poster =
          PRONOUN_POSTER.test(x.a.sourceLabel?.trim() ?? '') && postCue(d, x.a) ? posterOf(x.a) : null;
        if (poster) return { a: x.a, id: poster, news: false, outlet: false };
        // Stop 55 (h-who35)'s `role-poster`: `The singer wrote on X`, `The chef wrote on Instagram`:
        // a post's source named by a role alone is the story's one person titled so (`Singer Mira
        // Sol`, `Celebrity chef Ana Roff`).
        const role = postCue(d, x.a) ? ROLE_ALONE.exec(x.a.sourceLabel?.trim() ?? '')?.[1] : undefined;
        const titled = role && !PRONOUN.test(role) ? titledPerson(role) : null;
        if (titled) return { a: x.a, id: node(titled, 'source'), news: false, outlet: false };
        // Stop 55 (h-who36)'s `possessor-role`: `Lind's agent said`, `The mayor's spokesman said`:
        // a speaker named by someone's role is the story's one person titled so (`agent Tomas Ek`,
        // `Her spokesman, Per Dahl`).
        const possessed = POSSESSOR_ROLE.exec(x.a.sourceLabel?.trim() ?? '')?.[1];
        const holder = possessed ? titledPerson(possessed, true) : null;
        if (holder) return { a: x.a, id: node(holder, 'source'), news: false, outlet: false };
        // Stop 56 (h-who37)'s `place-role`: `the city's police chief said` is the story's one name
        // so titled (`Police Chief Maria Costa`), not a speaker of its own.
        const placeRole = PLACE_ROLE.exec(x.a.sourceLabel?.trim() ?? '')?.[1];
        const placeHolder = placeRole ? placeTitled(placeRole) : null;
        if (placeHolder) return { a: x.a, id: node(placeHolder, 'source'), news: false, outlet: false };
        const r = resolveOne(x);
        // Stop 55 (h-who36)'s `principal-poster`: `her agent Tomas Ek said` with Sara Lind named in
        // the sentence: the agent speaks for her (`She posted on Instagram` next is hers).
        if (r && !r.news && x.a.source) {
          const span = x.a.source;
          const forWhom = SPEAKS_FOR_PERSON.exec(d.text.slice(span.start, span.end));
          const said = d.sentences[x.a.sentence];
          const others = new Set(
            d.entities
              .filter(
                (e) =>
                  e.kind === 'person' &&
                  said !== undefined &&
                  said.start <= e.start &&
                  e.end <= said.end &&
                  (e.end <= span.start || e.start >= span.end),
              )
              .map((e) => e.label),
          );
          principal =
            forWhom && others.size === 1
              ? {
                  of: r.id,
                  label: [...others][0]!,
                  pronoun: forWhom[1]!.toLowerCase() === 'her' ? 'she' : 'he',
                }
              : /^n:person:/.test(r.id) && r.id !== principal?.of
                ? null
                : principal;
        }
        // Stop 55 (h-who36)'s `pronoun-goes-on`: `He added that ...`, `She adds that ...` opening the
        // sentence right after one that rested on a single named person (`Ek said ...`): the pronoun
        // is that person, not the last one named. Never a bare `She said`.
        if (
          !r &&
          lastSaid?.sentence === sentence - 1 &&
          lastSaid.ids.length === 1 &&
          lastSaid.ids[0]!.startsWith('n:person:') &&
          x.a.source &&
          x.a.source.start === d.sentences[x.a.sentence]?.start &&
          PRONOUN_POSTER.test(d.text.slice(x.a.source.start, x.a.source.end).trim()) &&
          GOES_ON.test(d.text.slice(x.a.cue.start, x.a.cue.end).trim())
        )
          return { a: x.a, id: lastSaid.ids[0]!, news: false, outlet: false };
        // Stop 55 (h-who35)'s `it-adds`: `It adds that`, `It also says`, `It added` opening the sentence
        // right after one that rested on a single source (`The report adds that ...`, `Kelvo said in
        // a statement ...`): the same source goes on. Never `It said` alone, never after a person.
        if (
          !r &&
          lastSaid?.sentence === sentence - 1 &&
          lastSaid.ids.length === 1 &&
          !lastSaid.ids[0]!.startsWith('n:person:') &&
          x.a.source &&
          /^It$/.test(d.text.slice(x.a.source.start, x.a.source.end).trim()) &&
          IT_GOES_ON.test(d.text.slice(x.a.source.end, x.a.cue.end).trim())
        )
          return { a: x.a, id: lastSaid.ids[0]!, news: false, outlet: false };
        // Stop 58 (h-who42)'s `it-subject`: `Laksvik has lost 48,000 salmon from its farm.` then `The
        // storm tore a hole in one of the pens, it said in a statement`: `it` after a sentence that
        // attributes nothing and opens (or leads after the dateline) on an organisation, a verb next,
        // is that organisation; never with an organisation named before `it` in its own sentence.
        if (!r && x.a.source && /^it$/i.test(d.text.slice(x.a.source.start, x.a.source.end).trim())) {
          const subject = itSubject(sentence, x.a.source.start);
          if (subject)
            return {
              a: x.a,
              id: found(node(subject, 'source'), 'provenance:it-subject'),
              news: false,
              outlet: false,
            };
        }
        // Stop 54 (h-who34)'s `document-again`: `the letter adds`, `The letter also says` after `A
        // letter from the head teacher, ...`, `told parents in a letter`: a
        // document named earlier in the article, read by nothing else, speaks again for the one its
        // last mention rested on.
        const noun = DOCUMENT_AGAIN.exec(x.a.sourceLabel?.trim() ?? '')?.[1]?.toLowerCase();
        const issued = x.a.source && ISSUED_APPOSED.test(d.text.slice(x.a.source.end, x.a.source.end + 160));
        const opens =
          !!x.a.source &&
          DOCUMENT_OPENS.test(d.text.slice(d.sentences[x.a.sentence]?.start ?? 0, x.a.source.start));
        const near = noun === 'letter' || (opens && (documentAt.get(noun ?? '') ?? -2) >= sentence - 1);
        const known = noun && !issued && near ? lastDocument.get(noun) : undefined;
        if (!r && known) {
          documentAt.set(noun!, sentence);
          return { a: x.a, id: known, news: false, outlet: false };
        }
        const named = r && !r.news ? documentNamed(d, x.a) : null;
        // (Documents of two sources so named in the article: the noun alone is neither's.)
        if (named) lastDocument.set(named, (lastDocument.get(named) ?? r!.id) === r!.id ? r!.id : '');
        if (named && DOCUMENT_AFTER_CUE.test(d.text.slice(x.a.cue.end, x.a.cue.end + 80)))
          documentAt.set(named, sentence);
        return r;
      });
      const saidBy = [...new Set(resolved.flatMap((r) => (r && !r.news ? [r.id] : [])))];
      lastSaid = saidBy.length ? { sentence, ids: saidBy } : lastSaid;
      for (const r of resolved) if (r?.news && r.a.rule !== 'attribution:citing') relay = r.id;
      // `the Gazette reported, citing the ministry`: the Gazette passes on the ministry's word in this
      // article; `the Gazette reported` alone, or citing `officials`, is its own reporting.
      const passes = passing.get(d.id) ?? new Map<string, Set<string>>();
      passing.set(d.id, passes);
      const own = owning.get(d.id) ?? new Set<string>();
      owning.set(d.id, own);
      const passedOn = resolved.flatMap((r) =>
        r && r.a.rule === 'attribution:citing' && namedSource(r.id) ? [r.id] : [],
      );
      // h-who25's `credited-after-speaker`: `"We will appeal," the lawyer said, according to Nordwire`,
      // `..., Nordwire reported`: a news organisation credited after a speaker's attribution, with the
      // speaker and the cue inside what it credits, passes on the speaker's word (as `citing` does);
      // the speaker is the origin, the news organisation a relay.
      const creditedBy = new Map<NonNullable<(typeof resolved)[number]>, string>();
      const creditedBefore = new Map<NonNullable<(typeof resolved)[number]>, string>();
      for (const r of resolved) {
        if (!r || r.news || !r.a.source || !namedSource(r.id) || r.a.rule === 'attribution:citing') continue;
        const from = Math.min(r.a.cue.start, r.a.source.start);
        const to = Math.max(r.a.cue.end, r.a.source.end);
        // A news attribution whose content holds the speaker and the cue.
        const covers = (n: (typeof resolved)[number]): boolean =>
          !!n?.news &&
          n.id !== r.id &&
          n.a.rule !== 'attribution:citing' &&
          n.a.content.start <= from &&
          to <= n.a.content.end;
        const credit = resolved.find((n) => covers(n) && n!.a.cue.start >= to);
        if (credit) creditedBy.set(r, credit.id);
        // Stop 48's `credited-before-speaker`: `According to Nordwire, the lawyer said ...`: the
        // sentence rests on the lawyer, whom Nordwire relays; Nordwire stays the report the
        // article's other lines rest on (it is not made a mere relay of the article).
        const before = credit ? undefined : resolved.find((n) => covers(n) && n!.a.cue.end <= from);
        if (before) creditedBefore.set(r, before.id);
      }
      for (const [r, credit] of creditedBy) passes.set(credit, (passes.get(credit) ?? new Set()).add(r.id));
      // (A story's own outlet so credited is still the report the document relays: `…, the coast
      // guard said, according to the Fen Herald` passes on the Herald's report, as before.)
      const credits = new Set(
        [...creditedBy.values()].filter((id) => !resolved.some((r) => r?.id === id && r.outlet)),
      );
      for (const r of resolved)
        if (r?.news && r.a.rule !== 'attribution:citing' && !credits.has(r.id)) {
          if (passedOn.length)
            for (const p of passedOn) passes.set(r.id, (passes.get(r.id) ?? new Set()).add(p));
          else own.add(r.id);
        }
      for (const r of resolved) if (r) appendAll(statements, r.id, [{ d, a: r.a }]);
      // `Experts said the Quill report shows ...`: a source named inside what another says is
      // that speaker's source, not the article's.
      const outerOf = (r: NonNullable<(typeof resolved)[number]>) =>
        resolved.find(
          (o) =>
            o !== null &&
            o.id !== r.id &&
            o.a.cue.end <= r.a.cue.start &&
            o.a.content.start <= r.a.cue.start &&
            r.a.cue.end <= o.a.content.end &&
            !(r.a.content.start <= o.a.cue.start && o.a.cue.end <= r.a.content.end),
        ) ?? null;
      // h-who21's `told-by-inner`: `Voss said she had been told by engineers that the cable had
      // frayed`: the speaker passes on what she was told; the sentence rests on who told her.
      const toldInner = resolved.filter(
        (r): r is NonNullable<typeof r> => !!r && r.a.rule === 'attribution:passive-told-by' && !!outerOf(r),
      );
      const passedBy = new Set(toldInner.map((r) => outerOf(r)!));
      const creditors = new Set(creditedBefore.values());
      const ids = resolved.flatMap((r) =>
        r &&
        (!outerOf(r) || toldInner.includes(r) || creditedBefore.get(r) === outerOf(r)?.id) &&
        !passedBy.has(r) &&
        !creditors.has(r.id)
          ? [r.id]
          : [],
      );
      for (const r of resolved)
        if (r?.a.source) {
          const list = spans.get(r.id) ?? [];
          list.push({ doc: d.id, start: r.a.source.start, end: r.a.source.end });
          spans.set(r.id, list);
          spoken.set(`${r.a.source.start}:${r.a.source.end}`, r.id);
        }
      const cite = (at: number, add: readonly string[]): void => {
        if (add.length) sentenceSources.set(at, [...new Set([...(sentenceSources.get(at) ?? []), ...add])]);
      };
      cite(sentence, ids);
      // `The mayor added:`, `According to reports in the Velmar Gazette:` on a line of their own:
      // what they introduce is the next sentence, which rests on them too.
      for (const r of resolved) {
        if (!r || outerOf(r)) continue;
        const at = sentenceStarting.get(r.a.content.start) ?? -1;
        if (at > sentence) cite(at, [r.id]);
      }
      for (const r of resolved) {
        if (!r) continue;
        const to = r.a.recipientLabel;
        if (agencyId && to && PRESS_AUDIENCE.test(to)) toldAgency = true;
        // `the judge told Kellen`: a person the story names, told something in its presence (a
        // defendant in court, a counterpart at a meeting), heard it and passes nothing on.
        const heard = (rec: { start: number; end: number } | null): boolean =>
          !!rec && !isNewsName(to ?? '') && insidePerson(rec);
        if (to && !PRONOUN.test(to) && !AUDIENCE.test(to) && !gathering(to) && !heard(r.a.recipient)) {
          const again: string | null = ANAPHORA.test(to) ? (lastNews ?? lastToldNews) : null;
          // Stop 57 (h-who40)'s `told-own-paper`: `Midwife Kari Lund told the Vestposten` in the
          // article at `vestposten.no`: the paper told is the article's own outlet, its interview
          // its own reporting, no second node typed a person. `told-paper-address`: in another
          // article, a paper whose name is an article's address (`told the Vikposten`, the story
          // holding `vikposten.no`) is a news organisation, whatever its name's words. Both only for
          // a paper written with `the` (unnarrowed, each moved unseen half-B claim origins).
          const toAddress =
            articleHosts.has(compactLabel(to)) &&
            !!r.a.recipient &&
            /\bthe\s+\p{Lu}/u.test(d.text.slice(Math.max(0, r.a.recipient.start - 4), r.a.recipient.end))
              ? compactLabel(to)
              : null;
          const rid: string =
            again ??
            (toAddress && addressHost(outletLabel(d, index)) === toAddress ? outlet : null) ??
            mastheadOf(to) ??
            node(to, isNewsName(to) || toAddress ? 'news-organization' : 'source');
          if (nodes.get(rid)?.kind === 'news-organization' && !ANAPHORA.test(to)) lastToldNews = rid;
          // h-who30's `spokesperson-told-wire`: `A spokeswoman for Brisk Air, Nora Tal, told
          // Reuters`: a body's spokesperson telling the agency gives the body's word, which the
          // agency passes on (no interview of its own, as a witness's is).
          const subject = d.text.slice(d.sentences[r.a.sentence]?.start ?? r.a.cue.start, r.a.cue.start);
          if (rid === agencyId && !SPOKESPERSON_WORD.test(subject)) toldAgency = true;
          edge(rid, r.id, 'cites');
          edge(outlet, rid, 'relays');
          if (rid === outlet) toldOutlet.set(d.id, (toldOutlet.get(d.id) ?? new Set()).add(r.id));
          // `Ada Quill told the Post`: the Post's interview is its own reporting (made a relay of the
          // speaker instead, half A lost an origin: see docs/origins.md, h-who8).
          // h-who27's `interview-credit`: the outlet of another article of the story, credited for a
          // named speaker's interview (`Ada Quill told the Post in an interview`, the Post's own
          // article in the story), passes on the speaker's word there: the speaker is the origin,
          // and the citing article's unattributed lines are not the Post's report. (A news
          // organisation with no article in the story keeps its interview as its own reporting:
          // `told The Associated Press` marks its copy.)
          if (
            rid !== outlet &&
            rid !== agencyId &&
            // (the outlet's name as its address gives it: `Daily Planet`, `dailyplanet.com`)
            (creditedOutlet(compactLabel(nodes.get(rid)?.label ?? '')) ||
              articleHosts.has(broadcasterStem(nodes.get(rid)?.label ?? '') ?? '')) &&
            !r.news &&
            namedSource(r.id) &&
            (nodes.get(rid)?.kind === 'news-organization' || nodes.get(rid)?.kind === 'outlet')
          )
            passes.set(rid, (passes.get(rid) ?? new Set()).add(r.id));
          else own.add(rid);
          continue;
        }
        const outer = outerOf(r);
        if (outer) edge(outer.id, r.id, 'cites');
        else if (r.news) edge(outlet, r.id, 'relays');
        else if (relay && r.a.rule === 'attribution:citing') edge(relay, r.id, 'cites');
        else if (creditedBy.has(r)) edge(creditedBy.get(r)!, r.id, 'cites');
        else edge(outlet, r.id, 'cites');
      }
    }
    // h-who19's `wire-attributed`: copy whose every line names its source passes on what its
    // sources said; a line of it with none (an event seen, a background fact), or told to the
    // agency (`told reporters`, `told Nordwire`: its own interview, as `told the Post` is), is the
    // agency's own.
    // h-who24's `quotation-run`, `quotation-continues`: the sentences of a speaker's quotation that
    // name nobody rest on the speaker (so they are no line of the agency's own either).
    const carriedHere = carriedSources(d, sentenceSources, (span) => spoken.get(`${span.start}:${span.end}`));
    carriedBy.set(d.id, carriedHere);
    const copyStart = agency ? wireCopyStart(d.text) : null;
    if (
      copyStart !== null &&
      (toldAgency ||
        d.sentences.some(
          (x, i) =>
            x.start >= copyStart &&
            !sentenceSources.has(i) &&
            !carriedHere.has(i) &&
            /\p{L}{2}/u.test(d.text.slice(x.start, x.end)),
        ))
    )
      wireOwn.add(d.id);
  }
  // A person's node names them with the role the articles give: `Ada Quill, a resident of Brindle`.
  const mentioned = entityMentions(documents);
  for (const n of nodes.values())
    if (n.kind === 'source' && /^\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(n.label))
      n.label = describedName(n, statements.get(n.id) ?? [], mentioned);
  // h-who11's `speaker-for-named-body`: `a spokeswoman for her record label, Halcyon Records`, keyed
  // by the body's name, is labelled by that name: the body speaks (as `Halcyon Records said`).
  for (const n of nodes.values()) {
    const body = n.kind === 'source' ? SPEAKER_FOR_NAMED_BODY.exec(n.label)?.[1] : undefined;
    if (body && n.id.endsWith(`:${slug(body)}`) && (ORG_HEAD.test(body) || BODY_NAME_END.test(body)))
      n.label = body;
  }
  // Short forms: `the authority` and `the port authority` are `Port Calder Harbour Authority`
  // when exactly one longer source name ends with the same word and contains the short one's words in order.
  const merged = new Map<string, string>();
  // Read once a label: the loop below compares every source with every other.
  const wordsOf = new Map<string, readonly string[]>();
  const words = (label: string): readonly string[] => {
    let w = wordsOf.get(label);
    // A company's legal form or an outlet's `Online` is no part of the name compared
    // (`Kellan Airports Ltd` ~ `Kellan Airports`, `Evening Standard Online` ~ `the Evening Standard`).
    if (!w) {
      // `the country's disaster management agency` is the country's one such agency.
      w = slug(label.replace(POSSESSIVE_PLACE, '')).split('-').filter(Boolean);
      if (w.length > 1 && /^(?:ltd|inc|corp|plc|llc|co|online)$/.test(w[w.length - 1]!)) w = w.slice(0, -1);
      wordsOf.set(label, w);
    }
    return w;
  };
  const named = [...nodes.values()];
  const byLength = [...named].sort((a, b) => words(b.label).length - words(a.label).length);
  // The nodes (in their order) whose name ends with each word: a longer name must end with the
  // short one's last word, so only those are read (the loops below compare every node with every other).
  const endingWith = new Map<string | undefined, Array<(typeof named)[number]>>();
  for (const m of named) {
    const w = words(m.label);
    const last = w[w.length - 1];
    const list = endingWith.get(last);
    if (list) list.push(m);
    else endingWith.set(last, [m]);
  }
  const endingAsIn = (tail: readonly string[]): Array<(typeof named)[number]> =>
    endingWith.get(tail[tail.length - 1]) ?? [];
  for (const n of byLength) {
    if (n.kind !== 'source') continue;
    const tail = words(n.label);
    const longer = endingAsIn(tail).filter((m) => {
      const w = words(m.label);
      return (
        m.id !== n.id &&
        m.kind === 'source' &&
        !merged.has(m.id) &&
        // A speaker for the body (`a spokesman for the disaster management agency`) is not the body.
        !SPEAKER_FOR.test(m.label) &&
        w.length > tail.length &&
        w[w.length - 1] === tail[tail.length - 1] &&
        isSubsequence(tail, w)
      );
    });
    if (longer.length === 1) merged.set(n.id, longer[0]!.id);
  }
  // h-who14's `source-number`: a source described by the same words, once in the singular and
  // once in the plural (`a harbour source`, `harbour sources`), is one unnamed source: the plural
  // is the singular's node. Only the noun `source` (not `official`, `witness`): it names no one,
  // so its number tells nothing of who it is.
  for (const n of named) {
    const plural =
      n.kind === 'source' && !merged.has(n.id)
        ? /^((?:\p{Ll}[\p{Ll}-]*\s+){1,3})sources$/u.exec(n.label.replace(/^the\s+/i, ''))
        : null;
    if (!plural) continue;
    const one = named.find(
      (m) =>
        m.kind === 'source' &&
        m.id !== n.id &&
        !merged.has(m.id) &&
        m.label.replace(/^(?:the|a|an)\s+/i, '') === `${plural[1]}source`,
    );
    if (one) merged.set(n.id, one.id);
  }
  // h-who14's `counsel-synonym`: `Quill's attorney` and `Quill's lawyer` are one description of
  // her counsel (the words are one in news English): one node, the first described.
  const counselOf = new Map<string, string>();
  for (const n of named) {
    const m =
      n.kind === 'source' && !merged.has(n.id)
        ? /^(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s?['’]\s?s\s+(?:attorney|lawyer)$/u.exec(
            n.label,
          )
        : null;
    if (!m) continue;
    const key = slug(m[1]!);
    const first = counselOf.get(key);
    if (first === undefined) counselOf.set(key, n.id);
    else merged.set(n.id, first);
  }
  // h-who14's `government-named`: `the government` is the story's one government named with its
  // country (`the government of Velmar`, `the Velmar government`); with two it stays apart.
  const governments = named.filter(
    (m) =>
      m.kind === 'source' &&
      !merged.has(m.id) &&
      /^(?:the\s+)?(?:government\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+government)$/iu.test(
        m.label,
      ) &&
      !/^(?:the\s+)?government$/i.test(m.label),
  );
  if (governments.length === 1)
    for (const n of named)
      if (n.kind === 'source' && !merged.has(n.id) && /^(?:the\s+)?government$/i.test(n.label))
        merged.set(n.id, governments[0]!.id);
  // `the Herald` is the story's one news organisation or outlet whose name ends with it (`Brindle
  // Herald`): in the Herald's own article (`the Herald has learned`) it is the outlet's own reporting.
  for (const n of byLength) {
    if (merged.has(n.id)) continue;
    // A source named like a news organisation (`the Observer reported`) is one too.
    if (n.kind !== 'news-organization' && (n.kind !== 'source' || !/^\p{Lu}/u.test(n.label))) continue;
    const tail = words(n.label);
    const longer = endingAsIn(tail).filter((m) => {
      const w = words(m.label);
      return (
        m.id !== n.id &&
        (m.kind === 'news-organization' || m.kind === 'outlet') &&
        w.length >= tail.length &&
        w[w.length - 1] === tail[tail.length - 1] &&
        isSubsequence(tail, w)
      );
    });
    const hosts = new Set(longer.map((m) => m.id));
    if (hosts.size === 1) merged.set(n.id, longer[0]!.id);
  }
  // One person under several names: `Judge Bodiford`, `James Bodiford`, `Superior Court Judge James
  // Bodiford` (same surname, first names that agree or are missing) are one node.
  const personParts = (id: string): { surname: string; first: string } | null => {
    const m = /^n:person:(.+)$/.exec(id);
    // A source the entity layer did not type is a person when a title comes right before a name
    // (`Palmer Public Safety Director Jon Owen`, `Interior Secretary Dirk A. Kempthorne`).
    const titled = m ? null : titledName(nodes.get(id)?.label ?? '');
    if (!m && !titled) return null;
    const words = (m ? m[1]! : titled!).split('-').filter((w) => w && !TITLE_WORDS.has(w));
    if (!words.length) return null;
    // The first name is the word right before the surname (`Superior Court Judge James Bodiford`).
    const given = words.slice(0, -1).filter((w) => w.length > 1);
    return { surname: words[words.length - 1]!, first: given[given.length - 1] ?? '' };
  };
  const people = named
    .map((n) => ({ n, p: personParts(n.id) }))
    .filter((x): x is { n: (typeof named)[number]; p: { surname: string; first: string } } => x.p !== null)
    .sort((a, b) => b.n.id.length - a.n.id.length || a.n.id.localeCompare(b.n.id));
  for (const [i, x] of people.entries()) {
    if (merged.has(x.n.id)) continue;
    const same = people
      .slice(0, i)
      .filter(
        (y) =>
          !merged.has(y.n.id) &&
          y.p.surname === x.p.surname &&
          (!x.p.first || !y.p.first || x.p.first === y.p.first || x.p.first[0] === y.p.first[0]),
      );
    // Only when the surname names one person in the story.
    const firsts = new Set(same.map((y) => y.p.first).filter(Boolean));
    if (same.length && firsts.size <= 1) merged.set(x.n.id, same[0]!.n.id);
  }
  // Speakers for one organisation are one origin: `spokesperson for Ukraine's military intelligence`
  // and `deputy head of Ukraine's Main Military Intelligence Directorate (GUR), Vadym Skibitsky`.
  // So are `White House officials`, `White House spokesman Tony Fratto`, `the agency's statement`
  // and the organisation itself when the articles cite it by name.
  // `CPSB spokeswoman`: an acronym reads as the name it stands for in the story.
  const acronyms = new Map<string, string>();
  for (const d of documents)
    for (const e of d.entities)
      if (
        e.kind !== 'place' &&
        e.label.includes(' ') &&
        initials(e.label).length >= 2 &&
        !acronyms.has(initials(e.label))
      )
        acronyms.set(initials(e.label), e.label);
  // An acronym an article gives in brackets after the name (`Main Military Intelligence
  // Directorate (GUR)`), which the entity layer keys as the name, stands for it in every article.
  for (const d of documents)
    for (const e of d.entities) {
      const written = d.text.slice(e.start, e.end);
      if (
        e.kind !== 'place' &&
        /^\p{Lu}{2,6}$/u.test(written) &&
        e.label.includes(' ') &&
        !acronyms.has(written)
      )
        acronyms.set(written, e.label);
    }
  const orgNameWords = (org: string): string[] =>
    org
      // (h-who18: `Norvik Mills, which employs 900 people`: the clause is no word of the name.)
      .replace(/,\s+(?:which|who)\b.*$/su, '')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\b\p{Lu}{2,6}\b/gu, (a) => acronyms.get(a) ?? a)
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !['the', 'of', 'for', 'and', 'a', 'an'].includes(w));
  /** The words of the body a person speaks for by a source phrase (`A spokeswoman for the port authority, Kira Dahl`), or none. */
  const bodySpokenFor = (n: { id: string }): string[] => {
    if (!/^n:person:/.test(n.id)) return [];
    for (const { d, a } of statements.get(n.id) ?? []) {
      if (!a.source) continue;
      const m = SPEAKER_FOR.exec(
        d.text
          .slice(a.source.start, a.source.end)
          .trim()
          .replace(/^(?:A|An|The)\s/, (x) => x.toLowerCase()),
      );
      const words = m ? orgNameWords(m[1]!) : [];
      if (words.length >= 2) return words;
    }
    return [];
  };
  /** The story's one body named with a site's word (`harbour`: `Skelda Port Authority`), read once a word. */
  const siteBodies = new Map<string, string | null>();
  const bodyOfSite = (site: string): string | null => {
    let body = siteBodies.get(site);
    if (body === undefined) {
      const words = SITE_WORDS[site] ?? [site];
      const named = new Set(
        documents.flatMap((d) =>
          d.entities.flatMap((e) => {
            // (A name of two words or more: `Harbour officials` at a sentence's start is no body.)
            if (e.kind === 'person' || !/^(?:the\s+)?\p{Lu}\S*\s+\S/u.test(e.label)) return [];
            const own = e.label.toLowerCase().split(/\s+/);
            return words.some((w) => own.includes(w)) || (site === 'zoo' && ANIMAL_PARK.test(e.label))
              ? [e.label.replace(/^the\s+/i, '')]
              : [];
          }),
        ),
      );
      body = named.size === 1 ? [...named][0]! : null;
      siteBodies.set(site, body);
    }
    return body;
  };
  /** How many councils the story names with that word (`Orsa City Council` for `city`), read once a word. */
  const councils = new Map<string, number>();
  const placeCouncils = (place: string): number => {
    let n = councils.get(place);
    if (n === undefined) {
      const named = new RegExp(`\\b${place}\\s+council$`, 'i');
      n = new Set(
        documents.flatMap((d) =>
          d.entities.flatMap((e) =>
            e.kind !== 'person' && named.test(e.label) ? [e.label.replace(/^the\s+/i, '')] : [],
          ),
        ),
      ).size;
      councils.set(place, n);
    }
    return n;
  };
  const orgWords = (n: { id: string; label: string }): { org: Set<string>; own: boolean } | null => {
    // h-who28's `former-speaks-for-none`: `Former Norvik Grid chief executive Jan Storm`, `ex-police
    // chief Ola Brun`: out of office, a former head or spokesman speaks for no body (nor hosts its
    // present spokesman).
    if (/^n:person:/.test(n.id) && FORMER_TITLE.test(n.label)) return null;
    // `Noor Tahl, head of the SWB's piracy reporting centre` (`, who heads the SWB's ...`): the head of
    // a body's unit speaks for the body.
    const unit = /^n:person:/.test(n.id)
      ? /^[^,]+,\s+(?:(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:wo)?m[ae]n|spokesperson|head|chief|director)\s+of|who\s+(?:heads|leads|runs|directs))\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,5})['’]s\s+\p{Ll}/u.exec(
          n.label,
        )
      : null;
    if (unit) {
      const words = orgNameWords(unit[1]!);
      if (words.length >= 1) return { org: new Set(words), own: false };
    }
    const m = SPEAKER_FOR.exec(n.label);
    if (m) {
      const words = orgNameWords(m[1]!);
      if (words.length >= 2) return { org: new Set(words), own: false };
      // `a spokesman for the ministry`: the story's one organisation named with that noun (below).
      return words.length === 1 && ORG_NOUN.test(words[0]!) ? { org: new Set(words), own: false } : null;
    }
    // `an agency spokeswoman, Hanne Brisk`, `ministry officials`: a speaker named by the kind of body
    // speaks for the story's one organisation named with that noun (below).
    const kind = ORG_NOUN_SPEAKER.exec(n.label)?.[1];
    if (kind && ORG_NOUN.test(kind)) return { org: new Set([kind]), own: false };
    // h-who30's `place-officials`: `City officials said` beside `The Orsa City Council said`: the
    // officials of a city, town or county speak for the story's one council named with that word.
    const place = PLACE_OFFICIALS.exec(n.label)?.[1]?.toLowerCase();
    if (place && placeCouncils(place) === 1) return { org: new Set([place, 'council']), own: false };
    // h-who31's `site-officials`: `harbour officials said` beside `the Skelda Port Authority said`,
    // `zoo officials said` beside `Tarnby Animal Park said`: the officials of a site speak for the
    // story's one body named with that site's word (or the word news uses for it: a harbour is a
    // port, a park of animals a zoo).
    const site = SITE_OFFICIALS.exec(n.label)?.[1]?.toLowerCase();
    const siteBody = site ? bodyOfSite(site) : null;
    if (siteBody) return { org: new Set(orgNameWords(siteBody)), own: false };
    // h-who16's `kind-titled-member`: `union leader Tor Haug`, `company spokesman Jon Bekk`: a
    // person titled by the kind of body they lead or speak for (one lower-case noun, no name of
    // the body) speaks for the story's one body named with that noun (below).
    const member = /^n:person:/.test(n.id) ? kindMember(n.label) : undefined;
    // h-who17's `kind-titled-named`: `company spokesman Ola Fenn` in one article and `A spokesman
    // for Brisk Ferries, Ola Fenn` in another: the body is the one the other article names.
    const named = member ? bodySpokenFor(n) : [];
    if (named.length >= 2) return { org: new Set(named), own: false };
    if (member && ORG_NOUN.test(member)) return { org: new Set([member]), own: false };
    // `the ministry of the interior`: an organisation named in lower case, by its noun and field.
    const lower = /^(?:the\s+)?([\p{Ll}]+\s+(?:of|for)\s+(?:the\s+)?[\p{Ll}\s]+)$/u.exec(n.label);
    if (lower && ORG_NOUN.test(lower[1]!.split(/\s+/)[0]!))
      return { org: new Set(orgNameWords(lower[1]!)), own: false };
    const p = SPEAKER_OF.exec(n.label) ?? HEAD_OF.exec(n.label);
    if (p) {
      // `Transport Minister Ada Quill` speaks for the Transport Ministry.
      const words = [...orgNameWords(p[1]!), ...(/^minister/i.test(p[2] ?? '') ? ['ministry'] : [])];
      return words.length >= 2 || (words.length === 1 && !GENERIC_MODIFIER.test(words[0]!))
        ? { org: new Set(words), own: false }
        : null;
    }
    // `chief executive Maren Solvik` with no company named: the head of the story's one company.
    if (/^n:person:/.test(n.id) && BARE_COMPANY_HEAD.test(n.label))
      return { org: new Set(['company']), own: false };
    // `Ann Ruiz, chief executive of Orlin Labs`: the head of a company speaks for it.
    const head = /^n:person:/.test(n.id) ? PERSON_HEAD_OF.exec(n.label) : null;
    if (head) {
      const words = orgNameWords(head[1] ?? head[2]!);
      if (words.length && !(words.length === 1 && GENERIC_MODIFIER.test(words[0]!)))
        return { org: new Set(words), own: false };
    }
    // `Port authority head Anton Wirth`: a head or speaker of a body named in lower case.
    const lowerHead = LOWER_HEAD_OF.exec(n.label);
    if (lowerHead && ORG_NOUN.test(lowerHead[1]!.split(/\s+/).pop()!.toLowerCase()))
      return { org: new Set(orgNameWords(lowerHead[1]!)), own: false };
    // The organisation itself, as the entity layer knows it; also a body named in lower case by
    // its function (h-who15's `body-by-function`: `a spokesman for the office` beside `the
    // anti-corruption office`).
    // h-who16: `the miners' union`, `the teachers' union`: a body named in lower case by its
    // members' noun is a body too, the host of `union leader Tor Haug`.
    // h-who21's `lower-body-host`: `the council`, `the city's transport department`: a body named
    // in lower case by its noun hosts the members titled by that noun (`the council's head of care,
    // Nina Berg`), when the story has one such body.
    if (
      (/^n:(org|organization):/.test(n.id) ||
        FUNCTION_BODY.test(n.label) ||
        MEMBERS_BODY.test(n.label) ||
        LOWER_BODY.test(n.label)) &&
      !BARE_GENERIC.test(n.label)
    ) {
      const words = orgNameWords(n.label);
      return words.length ? { org: new Set(words), own: true } : null;
    }
    // A name the entity layer typed otherwise (`Greyline Coaches` read as a person's), when a speaker
    // speaks for an organisation of that name (`Greyline Coaches spokeswoman Tara Finch`, `Norwell
    // chief executive Ilse Brandt` for Norwell Appliances).
    // h-who21's `which-clause-name`: `Velmar Transit, which runs the buses`: a clause in `which`
    // after the name is no word of it (only a body takes `which`).
    const name = ORG_NAME_LABEL.exec(n.label.replace(/,\s+which\s.*$/u, ''))?.[1];
    if (name) {
      const words = orgNameWords(name);
      if (words.length && speakerOrgs.some((org) => org.length && org.every((w) => words.includes(w))))
        return { org: new Set(words), own: true };
    }
    // A person whose source phrase gives the role: `A spokeswoman for the port authority, Kira Dahl`.
    const words = bodySpokenFor(n);
    if (words.length >= 2) return { org: new Set(words), own: false };
    return null;
  };
  const speakerOrgs: string[][] = [];
  for (const n of named) {
    const m = SPEAKER_FOR.exec(n.label) ?? SPEAKER_OF.exec(n.label) ?? HEAD_OF.exec(n.label);
    if (m) speakerOrgs.push(orgNameWords(m[1]!));
    else if (/^n:person:/.test(n.id) && kindMember(n.label)) {
      // (`kind-titled-named`: the body its speaker was named for in another article.)
      const named = bodySpokenFor(n);
      if (named.length >= 2) speakerOrgs.push(named);
    }
    const head = /^n:person:/.test(n.id) ? PERSON_HEAD_OF.exec(n.label) : null;
    if (head) speakerOrgs.push(orgNameWords(head[1] ?? head[2]!));
    // (`site-officials`: the body, whatever the entity layer typed it as: `Tarnby Animal Park`.)
    const site = SITE_OFFICIALS.exec(n.label)?.[1]?.toLowerCase();
    const siteBody = site ? bodyOfSite(site) : null;
    if (siteBody) speakerOrgs.push(orgNameWords(siteBody));
  }
  const speakers = named
    .filter((n) => n.kind === 'source' && !merged.has(n.id))
    .map((n) => ({ n, ...orgWords(n) }))
    .filter((x): x is { n: (typeof named)[number]; org: Set<string>; own: boolean } => x.org !== undefined)
    // Bigger organisations first; on a tie the organisation itself hosts its speakers.
    .sort((a, b) => b.org.size - a.org.size || Number(b.own) - Number(a.own) || a.n.id.localeCompare(b.n.id));
  // `a company spokeswoman`, `a spokesman for the company`: the story's one company, named by its
  // legal form (`Tarsk Petroleum Ltd`) or by its head's title (`Tarsk Petroleum chief executive Name`).
  const companies = new Map<string, (typeof speakers)[number]>();
  // `Brenner Roads, a Castrian building firm`, `Ferrow Chemicals, which owns the plant`.
  const described = new Set<string>();
  for (const d of documents)
    for (const m of d.text.matchAll(COMPANY_APPOSITION)) described.add(orgNameWords(m[1]!).join(' '));
  // h-who18's `company-structure`: `Halvik Foods shares fell`, `Halvik Foods' chief executive`,
  // `Halvik Foods will cut 300 jobs at its Brenna factory`: what only a company has.
  for (const d of documents)
    for (const m of d.text.matchAll(COMPANY_STRUCTURE)) described.add(orgNameWords(m[1]!).join(' '));
  const candidates = [
    ...speakers,
    // A company the entity layer took for a person's name (`Brenner Roads`).
    ...named
      .filter((n) => n.kind === 'source' && !merged.has(n.id) && !speakers.some((x) => x.n.id === n.id))
      .map((n) => ({ n, org: new Set(orgNameWords(n.label)), own: true })),
  ];
  for (const x of candidates)
    if (
      COMPANY_NAME.test(x.n.label) ||
      COMPANY_HEAD.test(x.n.label) ||
      (x.own && x.org.size > 0 && described.has(orgNameWords(x.n.label).join(' ')))
    )
      companies.set(
        [...x.org]
          .filter((w) => !/^(?:inc|corp|corporation|co|company|ltd|llc|plc)$/.test(w))
          .sort()
          .join(' '),
        x,
      );
  // `Norrail` and `Norrail Freight Ltd` are one company: the biggest name holding the others' words.
  const keys = [...companies.keys()].map((k) => k.split(' '));
  const firms = [...companies.entries()].filter(
    (_, i) =>
      !keys.some((o, j) => j !== i && o.length > keys[i]!.length && keys[i]!.every((w) => o.includes(w))),
  );
  for (const [i, small] of speakers.entries()) {
    // (`kind-titled-member`: `union leader Tor Haug` names no body but its kind, so it joins a body
    // the story names by its kind in lower case, `the miners' union`, not a named one: whether
    // `union chairman Rudi Falk` speaks for `Metalworkers Union of Veldmark` is left to h-trial22.)
    // (Not when another article names the body: `kind-titled-named`.)
    const byKind = /^n:person:/.test(small.n.id) && !!kindMember(small.n.label) && small.org.size === 1;
    const hosts = speakers
      .slice(0, i)
      .filter(
        (big) =>
          !merged.has(big.n.id) &&
          [...small.org].every((w) => big.org.has(w)) &&
          (!byKind || /^(?:the\s+)?\p{Ll}/u.test(big.n.label)),
      );
    if (!hosts.length && small.org.size === 1 && small.org.has('company') && firms.length === 1) {
      const host = firms[0]![1];
      if (host.n.id !== small.n.id) merged.set(small.n.id, merged.get(host.n.id) ?? host.n.id);
      continue;
    }
    // One noun alone (`the ministry`) names an organisation only when the story has one such.
    if (small.org.size === 1 && ORG_NOUN.test([...small.org][0]!) && hosts.length > 1) continue;
    if (hosts[0]) merged.set(small.n.id, hosts[0].n.id);
  }
  // h-who25's `company-titled-head`: `Acme president Jane Doe`, `Acme founder Jane Doe`: a title of a
  // body's head, in lower case, after the name of one of the story's companies, speaks for that
  // company (as `Acme chief executive Jane Doe` does); a head of state is titled in capitals
  // (`Velmar President Ada Quill`) and names no company.
  for (const n of named) {
    const m = n.kind === 'source' && !merged.has(n.id) ? COMPANY_TITLED_HEAD.exec(n.label) : null;
    if (!m) continue;
    const words = orgNameWords(m[1]!).filter(
      (w) => !/^(?:inc|corp|corporation|co|company|ltd|llc|plc)$/.test(w),
    );
    const hosts = firms.filter(([key]) => words.length > 0 && words.every((w) => key.split(' ').includes(w)));
    if (hosts.length === 1 && hosts[0]![1].n.id !== n.id) merged.set(n.id, rootOf(merged, hosts[0]![1].n.id));
  }
  // h-who26's `founder-clause`: `Lotte Brenn, who founded Brenn Foods, said` speaks for the company
  // the story cites by that name (`Brenn Foods said`), as `Brenn Foods founder Lotte Brenn` does.
  for (const n of named) {
    const m =
      n.kind === 'source' && /^n:person:/.test(n.id) && !merged.has(n.id)
        ? FOUNDER_CLAUSE.exec(n.label)
        : null;
    const host = m ? nodes.get(`n:org:${slug(m[1]!)}`) : undefined;
    if (host && host.kind === 'source' && host.id !== n.id) merged.set(n.id, rootOf(merged, host.id));
  }
  // `its director, Mona Sledge` after the Road Victims Alliance spoke: one origin with it.
  for (const [id, org] of speaksFor) if (!merged.has(id) && id !== org) merged.set(id, org);
  mergeSpeakersForPeople(named, merged);
  mergeTitleNamed(named, merged, statements);
  mergePolice(named, merged, statements);
  mergePolice(named, merged, statements, FIRE);
  mergePolice(named, merged, statements, PROSECUTION);
  mergePolice(named, merged, statements, DEFENCE);
  mergeCourts(named, merged);
  for (const service of ARMED_SERVICES) mergePolice(named, merged, statements, service);
  mergeDepartmentHeads(named, merged, statements);
  mergeBareRoles(named, merged, statements);
  mergeMissions(named, merged);
  mergeWitness(named, merged, statements);
  mergePossessiveRoles(named, merged, statements);
  mergeClientLawyers(named, merged, statements);
  mergeBareSources(named, merged, statements);
  mergeSpellings(named, merged, statements);
  mergePronounRoles(named, merged);
  mergeRoleSpokesmen(named, merged, statements);
  mergeRepresentatives(named, merged, statements);
  mergeBodyMembers(named, merged);
  mergeCharges(named, merged, statements);
  // h-who27's `lower-named-body-member` (after the merges of police, courts and the like, which know
  // their bodies better): `coast guard spokesman Lt. Piet Aalders`, `airport
  // spokeswoman Rita Gale`: a speaker titled by the last words of a body the story names in full
  // (`Kelby Coast Guard`, `Farnley Airport`), written in lower case, speaks for that body, when the
  // story names one such body.
  for (const n of named) {
    const m = n.kind === 'source' && !merged.has(n.id) ? LOWER_NAMED_BODY_MEMBER.exec(n.label) : null;
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/);
    // (One noun, `company spokesman Jon Bekk`, `airport spokeswoman Rita Gale`, is h-who16's
    // `kind-titled-member`; read here too, it moved half B's figures: left.)
    if (words.length < 2) continue;
    const hosts = new Set(
      named
        .filter((h) => {
          if (h.id === n.id || h.kind !== 'source' || !PROPER_NAME.test(h.label)) return false;
          const own = h.label
            .replace(/^the\s+/i, '')
            .toLowerCase()
            .split(/\s+/);
          return (
            own.length > words.length && own.slice(own.length - words.length).join(' ') === words.join(' ')
          );
        })
        .map((h) => rootOf(merged, h.id)),
    );
    if (hosts.size === 1 && ![...hosts][0]!.startsWith(n.id)) merged.set(n.id, [...hosts][0]!);
  }
  // Glued words: `New York Timesthat North Korea` is the New York Times when the text lost a space.
  // Read once a label: every name is compared with every news organisation.
  const compacted = new Map<string, string>();
  const compact = (label: string): string => {
    let c = compacted.get(label);
    if (c === undefined) compacted.set(label, (c = compactLabel(label)));
    return c;
  };
  const news = named.filter((n) => n.kind === 'news-organization');
  for (const n of named) {
    const host = news
      .filter(
        (m) => m.id !== n.id && compact(n.label).startsWith(compact(m.label)) && compact(m.label).length >= 4,
      )
      .sort((a, b) => compact(b.label).length - compact(a.label).length)[0];
    if (host) merged.set(n.id, host.id);
  }
  // Stop 53 (h-who32)'s `broadcaster-address`: a broadcaster named by a short name and its medium
  // (`FRK Television`, `the broadcaster FRK Television`) is the outlet whose address is that short
  // name alone (`frk.no`): its own article citing its own interview is one source, not the
  // broadcaster and its address.
  for (const n of named) {
    const host = n.kind === 'outlet' && !merged.has(n.id) ? addressHost(n.label) : null;
    if (!host) continue;
    const same = new Set(
      news.filter((m) => m.id !== n.id && broadcasterStem(m.label) === host).map((m) => rootOf(merged, m.id)),
    );
    const [root] = [...same];
    if (same.size !== 1 || !root) continue;
    // (The outlet's node stays, an outlet's own line beside a source it cites resting on the
    // source, `independentOrigins`; it is shown by the broadcaster's name.)
    for (const m of news) if (rootOf(merged, m.id) === root) merged.set(m.id, n.id);
    merged.set(root, n.id);
    merged.delete(n.id);
    n.label = nodes.get(root)!.label.replace(/^(?:the\s+)?(?:\p{Ll}+\s+)+(?=\p{Lu})/u, '');
  }
  const final = (id: string): string => rootOf(merged, id);
  // `Tarsk Petroleum chief executive Lena Holt` hosting the company's spokeswomen is the company:
  // a head or speaker hosting other speakers is labelled by the organisation the story names.
  const organisations = new Map<string, string>();
  for (const d of documents)
    for (const e of d.entities)
      if (e.kind === 'organization') organisations.set(orgNameWords(e.label).join(' '), e.label);
  const hosted = new Map<string, number>();
  for (const [id] of merged) hosted.set(final(id), (hosted.get(final(id)) ?? 0) + 1);
  for (const [id] of hosted) {
    const n = nodes.get(id);
    if (!n || n.kind !== 'source' || !/^n:person:/.test(id)) continue;
    const head = PERSON_HEAD_OF.exec(n.label);
    const org = (HEAD_OF.exec(n.label) ?? SPEAKER_OF.exec(n.label))?.[1] ?? head?.[1] ?? head?.[2];
    const name = org ? organisations.get(orgNameWords(org).join(' ')) : undefined;
    if (name) n.label = name;
  }
  const out = new Map<string, { from: string; to: string; kind: 'cites' | 'relays' }>();
  for (const e of edges.values()) {
    const from = final(e.from);
    const to = final(e.to);
    // `relays` wins over `cites` when merged names make one edge of both.
    if (from !== to && out.get(`${from}>${to}`)?.kind !== 'relays')
      out.set(`${from}>${to}`, { from, to, kind: e.kind });
  }
  const graph: Provenance = {
    nodes: [...nodes.values()].filter((n) => !merged.has(n.id)).sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...out.values()].sort(
      (a, b) => a.from.localeCompare(b.from) || b.kind.localeCompare(a.kind) || a.to.localeCompare(b.to),
    ),
  };
  const sentenceSources = new Map(
    [...cited].map(([doc, m]) => [doc, new Map([...m].map(([i, ids]) => [i, [...new Set(ids.map(final))]]))]),
  );
  const mentions = new Map<string, Array<{ doc: string; start: number; end: number }>>();
  for (const [id, list] of spans) appendAll(mentions, final(id), list);
  // (Read as the article was traced; each source under the node it was merged into.)
  const carried = new Map(
    [...carriedBy].map(([doc, m]) => [
      doc,
      new Map([...m].map(([i, c]) => [i, { ...c, sources: [...new Set(c.sources.map(final))] }])),
    ]),
  );
  const edgesFrom = new Map<string, Array<Provenance['edges'][number]>>();
  for (const e of graph.edges) appendAll(edgesFrom, e.from, [e]);
  const said = new Map<string, Array<{ d: Document; a: Attribution }>>();
  for (const [id, list] of statements) appendAll(said, final(id), list);
  const roles = new Map<string, { role: SourceRole; rule: string }>();
  // `Ada Quill of the FWC`: an acronym reads as the name it stands for in the story.
  const longForm = new Map<string, string>();
  // Whatever kind the entity layer gave the long form (an organisation may read as a name).
  for (const d of documents)
    for (const e of d.entities)
      if (e.kind !== 'place' && initials(e.label).length >= 3 && !longForm.has(initials(e.label)))
        longForm.set(initials(e.label), e.label);
  const expand = (context: string): string =>
    context.replace(/\b\p{Lu}{3,6}\b/gu, (acronym) => longForm.get(acronym) ?? acronym);
  for (const n of graph.nodes) roles.set(n.id, roleOf(n, said.get(n.id) ?? [], expand));
  // Stop 58 (h-who42): an origin first-hand by default tells the rule that found its source
  // (`provenance:lower-case-body`, `provenance:company-unread-name`, `provenance:it-subject`).
  const foundFinal = new Map<string, string>();
  for (const [id, rule] of foundBy) if (!foundFinal.has(final(id))) foundFinal.set(final(id), rule);
  for (const [id, rule] of foundFinal)
    if (roles.get(id)?.rule === 'provenance:first-hand') roles.set(id, { role: 'origin', rule });
    // (Stop 58, h-who43: a group found by `stance-group` tells that rule as a commentator too.)
    else if (rule === 'provenance:stance-group' && roles.get(id)?.role === 'commentator')
      roles.set(id, { role: 'commentator', rule });
  // An outlet whose every article here is a piece of opinion (`Opinion: …`, a page under
  // `/opinion/`) comments: what such a piece says on its own is its writer's view, no origin.
  const pieces = new Map<string, boolean>();
  for (const d of documents) {
    const id = final(outletOf.get(d.id)!);
    pieces.set(id, (pieces.get(id) ?? true) && isOpinionPiece(d));
  }
  for (const [id, all] of pieces)
    if (all && roles.get(id)?.role === 'origin')
      roles.set(id, { role: 'commentator', rule: 'provenance:opinion-piece' });

  // h-who15's `told-commentator`: `Berger told Radio Ost` where Berger only comments: a news
  // organisation no article of the story is by, cited for nothing of its own and told only by
  // commentators, passes on their views and is no origin (`Ada Quill told the Post` what she saw
  // keeps the Post's interview its own reporting).
  const storyOutletIds = new Set([...outletOf.values()].map(final));
  for (const n of graph.nodes) {
    if (n.kind !== 'news-organization' || storyOutletIds.has(n.id) || (said.get(n.id) ?? []).length) continue;
    const cites = (edgesFrom.get(n.id) ?? []).filter((e) => e.kind === 'cites');
    if (
      cites.length &&
      cites.every((e) => roles.get(e.to)?.role === 'commentator') &&
      roles.get(n.id)?.role === 'origin'
    )
      roles.set(n.id, { role: 'relay', rule: 'provenance:told-commentator' });
  }
  // A news organisation cited in an article only as passing on named sources is a relay there.
  const passesOn = new Map<string, Map<string, string[]>>();
  for (const [doc, passes] of passing) {
    const own = new Set([...(owning.get(doc) ?? [])].map(final));
    const self = final(outletOf.get(doc)!);
    for (const [id, of] of passes) {
      const f = final(id);
      const kind = nodes.get(f)?.kind;
      if (own.has(f) || f === self || (kind !== 'news-organization' && kind !== 'outlet')) continue;
      const m = passesOn.get(doc) ?? new Map<string, string[]>();
      passesOn.set(doc, m.set(f, [...new Set([...(m.get(f) ?? []), ...[...of].map(final)])]));
    }
  }
  return {
    graph,
    outletOf: new Map([...outletOf].map(([d, id]) => [d, final(id)])),
    passesOn,
    sentenceSources,
    carried,
    mentions,
    nodeById: new Map(graph.nodes.map((n) => [n.id, n])),
    edgesFrom,
    roles,
    copyOf: copyGroups(documents),
    wires: new Set([...wires].map(final)),
    wireOwn,
    toldOutlet: new Map([...toldOutlet].map(([doc, ids]) => [doc, new Set([...ids].map(final))])),
    withNamedSpeaker: new Set([...merged.keys()].filter((id) => /^n:person:/.test(id)).map(final)),
  };
}

/** The short name of an outlet's address, letters only: `frk` of `frk.no`, `bbc` of `www.bbc.co.uk`. */
const addressHost = (label: string): string | null =>
  /^(?:www\.)?([a-z0-9]{2,})\.(?:[a-z]{2,3}\.)?[a-z]{2,6}$/i.exec(label.trim())?.[1]?.toLowerCase() ?? null;

/**
 * Stop 53's `broadcaster-address`: the short name of a broadcaster named with its medium, letters
 * only (`frk` of `FRK Television`, `the broadcaster FRK Television`, `Brevik Radio`), else null.
 */
const broadcasterStem = (label: string): string | null => {
  const m =
    /^(?:the\s+)?(?:(?:public|state|national|regional|local)\s+)?(?:(?:broadcaster|network|channel|station)\s+)?(\p{Lu}[\p{L}\p{N}]*)\s+(?:Television|TV|Radio|Broadcasting)$/u.exec(
      label.trim(),
    );
  return m ? compactLabel(m[1]!) : null;
};

/** A name in letters only, its `the` dropped: `The Daily Planet` is `dailyplanet`, as an address writes it. */
const compactLabel = (label: string): string => slug(label.replace(/^the\s+/i, '')).replace(/-/g, '');

/**
 * A wire dateline: `MARROW BRIDGE, June 3 (Pressline) - `, `(Meridian) - ` opening a paragraph;
 * h-who27's `spaced-dateline`: tokenised text sets the brackets apart (`MARROW BRIDGE ( Pressline ) -`).
 */
const DATELINE =
  /(?:^|\n)[ \t]*(?:[\p{Lu}][\p{Lu}\p{M} .'’-]+(?:,\s*[\p{L}\d .'’-]{1,30}){0,2}\s*)?\([ \t]?(\p{Lu}[\p{L}.&'’ ]{0,29}?[\p{L}.])[ \t]?\)\s*(?:-{1,2}|–|—)\s/u;

/** A credit line: `The Associated Press contributed to this report.`, `Pressline contributed reporting.` */
const CREDIT =
  /(?:^|[.\n]\s*)(?:[Tt]he\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})\s+contributed(?:\s+to\s+this\s+(?:report|story|article)|\s+reporting)\b/u;

/**
 * h-who20's `sign-off-credit`: a credit closing the article on a line of its own after a dash
 * (`— Transalp News`, `- Reuters`), the agency whose copy it is (1: the name).
 */
const SIGN_OFF =
  /\n[ \t]*(?:-{1,2}|–|—)[ \t]*(?:[Tt]he\s+)?(\p{Lu}[\p{L}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}.&'’-]*){0,4})[ \t]*\.?\s*$/u;

/**
 * A credit opening the article: its first line is a news organisation's name and nothing else
 * (`Velmar Press Agency`, `By Pressline`), the byline of the agency whose copy it runs.
 */
const CREDIT_LINE =
  /^\s*(?:By\s+)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})[ \t]*\n/u;

/**
 * The agency whose copy an article runs: its dateline in the first lines, else a news
 * organisation credited on the first line (`Velmar Press Agency`) or at the end (`The Associated
 * Press contributed to this report`, `— Transalp News`); null.
 */
export function wireAgency(text: string): string | null {
  const m = DATELINE.exec(text.slice(0, 600));
  if (m && isNameLike(m[1]!)) return m[1]!.trim();
  const first = CREDIT_LINE.exec(text.slice(0, 200));
  if (first && isNewsName(first[1]!) && isNameLike(first[1]!)) return first[1]!.trim();
  const c = CREDIT.exec(text.slice(-400));
  if (c && isNewsName(c[1]!) && isNameLike(c[1]!)) return c[1]!.trim();
  const signed = SIGN_OFF.exec(text.slice(-200));
  return signed && isNewsName(signed[1]!) && isNameLike(signed[1]!) ? signed[1]!.trim() : null;
}

/**
 * Where an agency's copy begins in an article that runs it (`wireAgency`): its dateline's line (a
 * headline above is the outlet's), after a credit on the first line, else the whole text.
 */
function wireCopyStart(text: string): number {
  const m = DATELINE.exec(text.slice(0, 600));
  if (m && isNameLike(m[1]!)) return m.index + (m[0].startsWith('\n') ? 1 : 0);
  const first = CREDIT_LINE.exec(text.slice(0, 200));
  return first && isNewsName(first[1]!) && isNameLike(first[1]!) ? first[0].length : 0;
}

/** A possessive place before a body's name: `the country's`, `the city's`, `the state's`. */
const POSSESSIVE_PLACE =
  /^(?:the\s+)?(?:country|nation|city|state|region|province|county|town|island|government)['’]s\s+/i;

/**
 * h-who33's `body-noun-again`: nouns of bodies that stand for a body only as the short form of the
 * story's one name ending with them (`the unit`, `Economic Crime Unit`; `the league`, `Premier League`).
 */
const SHORT_FORM_NOUN = /^(?:unit|league|federation)$/;

/** Nouns that name an organisation by its kind: `the ministry`, `the commission`. */
const ORG_NOUN =
  /^(?:ministry|department|commission|committee|agency|office|board|council|authority|bureau|service|union|company|institute|centre|center)$/;

/** A speaker named by the kind of body they speak for: `an agency spokeswoman, Name`, `ministry officials`. */
const ORG_NOUN_SPEAKER =
  /^(?:(?:a|an|the)\s+)?(\p{Ll}+)\s+(?:spokes(?:wo)?m[ae]n|spokesperson|officials|representatives?)(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?$/u;

/**
 * h-who16's `kind-titled-member`: a person titled by one lower-case noun of the kind of body they
 * lead or speak for, before their name (`union leader Tor Haug`, `company spokesman Jon Bekk`; 1: the noun).
 */
const KIND_TITLED_MEMBER =
  /^(\p{Ll}+)\s+(?:spokes(?:wo)?m[ae]n|spokesperson|leader|head|chief|president|chair(?:man|woman)?|(?:general\s+)?secretary|official|representative)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * h-who21's `kind-possessive-member`: the noun's possessive, the title and a comma before the name
 * (`the commission's chairman, Harald Nyberg`, `the council's head of care, Nina Berg`; 1: the noun).
 */
const KIND_POSSESSIVE_MEMBER =
  /^(?:the\s+)?(\p{Ll}+)['’]s\s+(?:chief\s+\p{Ll}+|spokes(?:wo)?m[ae]n|spokesperson|leader|head|chief|president|chair(?:man|woman)?|(?:general\s+)?secretary|official|representative|director)(?:\s+of\s+\p{Ll}+)?,?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** h-who21's `lower-body-host`: a body named in lower case by its noun (`the council`, `the city's transport department`). */
const LOWER_BODY =
  /^(?:the\s+)?(?:[\p{Ll}-]+(?:['’]s)?\s+){0,3}(?:ministry|department|commission|committee|agency|office|board|council|authority|bureau|service|union|institute)$/u;

/**
 * h-who21's `kind-apposed-member`: the same title after the name, with the body's noun as its
 * possessor (`Lars Brekke, the department's chief engineer`; 1: the noun).
 */
const KIND_APPOSED_MEMBER =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+(?:the\s+)?(\p{Ll}+)['’]s\s+(?:chief\s+\p{Ll}+|spokes(?:wo)?m[ae]n|spokesperson|leader|head|chief|president|chair(?:man|woman)?|(?:general\s+)?secretary|official|representative|director)(?:\s+of\s+\p{Ll}+)?$/u;

/** The noun of the body a person is titled by (`union leader Tor Haug`, `Lars Brekke, the department's chief engineer`). */
const kindMember = (label: string): string | undefined =>
  KIND_TITLED_MEMBER.exec(label)?.[1] ??
  KIND_POSSESSIVE_MEMBER.exec(label)?.[1] ??
  KIND_APPOSED_MEMBER.exec(label)?.[1];

/** A body named in lower case by its members' noun: `the miners' union`, `the nurses' union`. */
const MEMBERS_BODY = /^(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s['’]\s+union$/u;

/** A company by its legal form: `Tarsk Petroleum Ltd`, `Norwell Inc.`, `the Quill Company`. */
const COMPANY_NAME =
  /\p{Lu}[\p{L}'’&.-]*\s+(?:Inc\.?|Corp\.?|Corporation|Co\.|Company|Ltd\.?|LLC|plc|PLC|Holdings|Industries|Motors|Airlines|Airways|Telecoms?|Telecommunications|Petroleum|Pharmaceuticals|Technologies|Logistics|Enterprises|Laboratories|Bancorp)(?=$|[\s,])/u;
/**
 * A company's head titled with no company named (`chief executive Maren Solvik`, `CEO Ann Lee`):
 * titles only companies give, so the head speaks for the story's one company.
 */
const BARE_COMPANY_HEAD =
  /^(?:the\s+)?(?:[Cc]hief\s+(?:executive(?:\s+officer)?|\p{Ll}+\s+officer)|C[EFOT]O|[Mm]anaging\s+director)\s+\p{Lu}/u;
/** A name described as a company: `Brenner Roads, a Castrian building firm`, `X, which owns the plant`. */
const COMPANY_APPOSITION =
  /(\p{Lu}[\p{L}.&'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?\p{Lu}[\p{L}.&'’-]*){0,4}),\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:company|firm|operator|contractor|manufacturer|maker|carrier|airline|developer|retailer|insurer|conglomerate|chain|supplier)\b|which\s+(?:owns|operates|runs|built|makes|manufactures|employs)\b)/gu;
/**
 * A name followed by what only a company has: its shares, its chief executive or board, or, in the
 * same sentence, its factory, plant, stores or shareholders (`Halvik Foods shares fell`, `Halvik
 * Foods will cut 300 jobs at its Brenna factory`).
 */
const COMPANY_STRUCTURE =
  /(?<![\p{L}.&'’-])(\p{Lu}[\p{L}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}.&'’-]*){0,3})(?:['’]s?)?(?:[ \t]+(?:shares|stock)\s+(?:rose|fell|jumped|slumped|dropped|climbed|gained|lost|were|closed)\b|['’]s?[ \t]+(?:chief\s+executive|board\s+of\s+directors|shareholders)\b|[ \t]+(?:said|says|will|would|is|has|plans)\b[^.;\n]{0,60}?\bits\s+(?:[\p{L}-]+\s+)?(?:factory|factories|plants?|mills?|stores|shops|shareholders|workforce)\b)/gu;
/** A company's head named before their name: `Tarsk Petroleum chief executive Lena Holt`. */
const COMPANY_HEAD =
  /^(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,5}?(?:['’]s?)?\s+(?:chief\s+executive(?:\s+officer)?|chief\s+\p{Ll}+\s+officer|C[EFOT]O|managing\s+director)\b/u;

/** h-who25: a company's head titled in lower case before the name: `Acme president Jane Doe` (1: the company). */
const COMPANY_TITLED_HEAD =
  /^(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}?)(?:['’]s?)?\s+(?:(?:vice\s+|co-)?president|(?:co-)?founder|owner|chair(?:man|woman)?)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * h-who26: a person with a relative clause of heading a body they founded, own or run: `Lotte
 * Brenn, who founded Brenn Foods` (1: the body's name).
 */
const FOUNDER_CLAUSE =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+who\s+(?:co-)?(?:founded|owns|runs|heads|leads|chairs)\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})$/u;

/**
 * h-who27: a speaker titled in lower case by a body's last words before their name (`coast guard
 * spokesman Lt. Piet Aalders`, `civil protection spokesman Tomas Ivo`; 1: the words).
 */
const LOWER_NAMED_BODY_MEMBER =
  /^((?:\p{Ll}[\p{Ll}-]*\s+){2,3})(?:spokes(?:wo)?m[ae]n|spokesperson|press\s+officer)\s+(?:(?:Lt|Capt|Sgt|Col|Maj|Cmdr|Dr|Insp)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u;
/** A name of capitalised words only (`Kelby Coast Guard`, `The Farnley Airport`, `Bank of Tarsk`). */
const PROPER_NAME = /^(?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){1,5}$/u;

/** A name that is an organisation's (`Norwell Appliances`, `The Road Victims Alliance`). */
const ORG_HEAD =
  /\b(?:Alliance|Coalition|Union|Company|Co\.|Corp\.?|Corporation|Inc\.?|Ltd\.?|plc|Group|Ministry|Board|Council|Agency|Office|Department|Association|Institute|Society|Commission|Authority|Service|Federation|Foundation|Party|Bank|Airlines?|Railways?|Industries|Trust|Chamber)\b/u;
/** An organisation's name in a label, past a lower-case role before it (`operator, Greyline Coaches`). */
const ORG_NAME_LABEL =
  /^(?:\p{Ll}[\p{Ll}\s'’-]*,\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,5})$/u;

/** A company's head or spokesperson by title. */
const HEAD_TITLE = String.raw`(?:chief\s+executive(?:\s+officer)?|chief\s+\p{Ll}+\s+officer|C[EFOT]O|chair(?:man|woman)?|president|founder|owner|managing\s+director|spokes(?:wo)?m[ae]n|spokesperson)`;
/**
 * A head named in an apposition by one capitalised word of the organisation: `, Orlin's chief
 * executive,` (1), `, chief executive of Orlin,` (2).
 */
const HEAD_APPOSITION = new RegExp(
  String.raw`,\s+(?:(?:the|a|an)\s+)?(?:(\p{Lu}\p{Ll}{2,})['’]s\s+(?:\p{Ll}+\s+){0,2}${HEAD_TITLE}|(?:\p{Ll}+\s+){0,2}${HEAD_TITLE}(?:\s+and\s+${HEAD_TITLE})?\s+(?:of|at)\s+(\p{Lu}\p{Ll}{2,}))(?=,|\s+(?:said|says|told))`,
  'gu',
);

/** A person named with the head's role of an organisation after the name: `Ann Ruiz, chief executive of Orlin Labs`. */
const PERSON_HEAD_OF = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+(?:(?:the|a|an)\s+)?(?:(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,5}?)['’]s\s+(?:\p{Ll}+\s+){0,2}${HEAD_TITLE}|(?:\p{Ll}+\s+){0,2}${HEAD_TITLE}(?:\s+and\s+${HEAD_TITLE})?\s+(?:of|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,5}))$`,
  'u',
);

/** A role held in the organisation named before: `its director`, `the group's president`. */
const POSSESSIVE_ROLE =
  /^(?:its|(?:the\s+)?(?:(?!its\b)[\p{Ll}-]+\s+){0,2}?(group|company|union|ministry|agency|organi[sz]ation|firm|charity|department|board|council|coalition|alliance|association|operator|office|society|party|club|bank|airline|authority|institute|campaign|federation|foundation|league|mission|centre|center|commission|network|movement|trust|bureau|service|hospital)['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:wo)?m[ae]n|spokesperson|director|president|chairman|chairwoman|chair|head|leader|chief(?:\s+executive)?|founder|secretary|general secretary|manager|lawyer|officer|coordinator|representative|executive|boss|organi[sz]er|negotiator|official|steward)\b/iu;

/** Nouns news uses for an organisation of any name (`the group's president`), not one kind of body (`the hospital's director`). */
const GENERIC_ORG_NOUN =
  /^(?:group|company|firm|organi[sz]ation|charity|campaign|movement|network|coalition|alliance|association|union|party|club|federation|foundation|league|trust|society|operator|agency)$/i;

/** The role phrase of a source: its own words, else its apposition (`Rita Cole, the group's president`). */
function possessiveRole(text: string, source: { start: number; end: number }): RegExpExecArray | null {
  const own = text.slice(source.start, source.end).replace(/^\s+/, '');
  const m = POSSESSIVE_ROLE.exec(own);
  if (m) return m;
  const apposition = /^,\s+([^,.;:!?"“”]{3,80})/.exec(text.slice(source.end, source.end + 90));
  return apposition ? POSSESSIVE_ROLE.exec(apposition[1]!) : null;
}

/** The source (or its apposition) names a role in the organisation the article named before. */
function speaksForLastOrg(text: string, source: { start: number; end: number }): boolean {
  return possessiveRole(text, source) !== null;
}

/**
 * `the league's director` speaks for the nearest name before it in the article that ends with
 * that noun (`the Valdorian Human Rights League`); `its director` names no noun (null).
 */
function orgNamedBefore(d: Document, source: { start: number; end: number }): string | null {
  const noun = possessiveRole(d.text, source)?.[1];
  if (!noun) return null;
  const ends = new RegExp(`\\b${noun}$`, 'i');
  const before = d.entities.filter((e) => e.end <= source.start && ends.test(e.label.replace(/['’]s$/, '')));
  return before.length ? before[before.length - 1]!.label : null;
}

/** An emergency service as news names it: the force by its place, by a common noun, and a member's role. */
interface Service {
  readonly NAMED_FORCE: RegExp;
  readonly POLICE_NOUN: RegExp;
  readonly POLICE_ROLE: RegExp;
  /** The service named by its bare noun (`police`), a host when no force is named. */
  readonly BARE: RegExp;
  /**
   * The force by its initials (`the KCPD`: group 1 the initials of its place) and what speaks for
   * it under them (`a KCPD spokesman`, `the KCPD's statement`, `a KCPD release`).
   */
  readonly INITIALS?: RegExp;
  readonly INITIALS_MEMBER?: RegExp;
}

/**
 * The fire service, named as the police are: `the Dunmore Fire Department`, `fire officials`,
 * `firefighters`, `Fire Chief Alan Reyes`, `a fire brigade spokeswoman`.
 */
const FIRE: Service = {
  NAMED_FORCE:
    /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:Fire(?:\s+and\s+Rescue)?\s+(?:Department|Dept\.?|Service|Brigade|Authority|District))$/u,
  POLICE_NOUN:
    /^(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|[Ll]ocal|[Cc]ity|[Cc]ounty|[Ss]tate)\s+)?(?:[Ff]ire\s+(?:officials|department|service|brigade|crews|investigators|spokes(?:wo)?m[ae]n|spokesperson)|[Ff]irefighters)$/u,
  POLICE_ROLE:
    /\b(?:fire\s+(?:chief|marshal|captain|commissioner|department|service|brigade|spokes\w+|officials?)|firefighters?)\b/i,
  BARE: /^(?:the\s+)?fire\s+(?:department|service|brigade)$/i,
};

/**
 * The prosecution, named as the police are: `the Hennaby County Prosecutor's Office`, `prosecutors`,
 * `the prosecutor's office`, `District Attorney Ada Quill` (a speaker given a prosecutor's role).
 * h-who16's `prosecution-service`: `the prosecution service` is the prosecution `Prosecutors` names
 * by its members (one origin, as `police` and `the police department` are).
 */
const PROSECUTION: Service = {
  NAMED_FORCE:
    /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:(?:District|State['’]s|County|Prosecuting)\s+)?(?:Attorney|Prosecutor)['’]s\s+Office$/u,
  POLICE_NOUN:
    /^(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|[Ss]tate|[Cc]ounty|[Ff]ederal)\s+)?(?:[Pp]rosecutors|[Pp]rosecution(?:\s+[Ss]ervice)?|(?:district\s+attorney|prosecutor)['’]s\s+office)$/u,
  POLICE_ROLE: /\b(?:district\s+attorney|prosecutors?)\b/i,
  BARE: /^(?:the\s+)?(?:prosecutors|prosecution(?:\s+service)?|(?:district\s+attorney|prosecutor)['’]s\s+office)$/i,
};

/**
 * h-who17's `court-of-place`: a court, named as the police are: `the court`, `a court in Belvik`,
 * `a Belvik court` are the story's one court named with that place (`Belvik District Court`), else
 * the bare `court`. A court of another place, or courts of two places with none named, stay apart
 * (see `mergeCourts`). Its judges are not merged: a judge may speak for herself.
 */
const COURT: Service = {
  NAMED_FORCE: /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})Court$/u,
  POLICE_NOUN:
    /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)?court(?:\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?$/u,
  POLICE_ROLE: /(?!)/,
  BARE: /^(?:the\s+)?court$/i,
};
/** The place a court noun names (`Belvik` of `court in Belvik` or `a Belvik court`), or null. */
const courtPlace = (label: string): string | null =>
  /\sin\s+(\p{Lu}[\p{L}.'’-]*)/u.exec(label)?.[1] ??
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.'’-]*)\s+court$/u.exec(label)?.[1] ??
  null;
/**
 * `court-of-place`: the courts of a story are one, hosted by the court it names (the longest
 * name), else the bare `court`, else the first court noun: nothing is merged when two courts are
 * named or court nouns name two places; a court noun of another place than the named court's
 * stays apart.
 */
function mergeCourts(named: NamedNodes, merged: Map<string, string>): void {
  const open = named.filter(
    (n) =>
      n.kind === 'source' &&
      !merged.has(n.id) &&
      (COURT.NAMED_FORCE.test(n.label) || COURT.POLICE_NOUN.test(n.label)),
  );
  const courts = open.filter((n) => COURT.NAMED_FORCE.test(n.label));
  const namedPlaces = new Set(courts.map((n) => slug(COURT.NAMED_FORCE.exec(n.label)![1]!)));
  const nounPlaces = new Set(
    open.flatMap((n) => (COURT.NAMED_FORCE.test(n.label) ? [] : (courtPlace(n.label) ?? []))),
  );
  if (namedPlaces.size > 1 || nounPlaces.size > 1) return;
  const place = [...namedPlaces][0];
  const host =
    courts.sort((a, b) => b.label.length - a.label.length || a.id.localeCompare(b.id))[0] ??
    open.find((n) => COURT.BARE.test(n.label)) ??
    [...open].sort((a, b) => a.id.localeCompare(b.id))[0];
  if (!host) return;
  for (const n of open) {
    if (n.id === host.id) continue;
    const of = COURT.NAMED_FORCE.test(n.label) ? null : courtPlace(n.label);
    if (!of || !place || place.startsWith(slug(of))) merged.set(n.id, host.id);
  }
}

/**
 * The defence at a trial, named as the police are: `the defense`, `defense lawyers`, `the defence
 * team`, `defense attorney Ivo Pell` (a speaker given a defence lawyer's role). No office names it,
 * so the bare noun hosts (rule `provenance:defence-one-party`).
 */
const DEFENCE: Service = {
  NAMED_FORCE: /(?!)/,
  POLICE_NOUN: /^(?:[Tt]he\s+)?(?:[Dd]efen[cs]e(?:\s+(?:team|lawyers|attorneys|counsel))?)$/u,
  POLICE_ROLE: /\bdefen[cs]e\s+(?:lawyers?|attorneys?|counsel|team)\b/i,
  BARE: /^(?:the\s+)?defen[cs]e(?:\s+team)?$/i,
};

/**
 * An armed service, named as the police are: `the Castrian Navy`, `the navy`, `naval officials`,
 * `a navy spokesman` (a noun, no person). One service a branch: the navy and the army of one
 * country stay apart. `name` is the branch as capitalised in a name, `noun` the
 * words naming it in lower case (the noun and its adjective).
 */
function armedService(name: string, noun: string): Service {
  return {
    NAMED_FORCE: new RegExp(String.raw`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})${name}$`, 'u'),
    POLICE_NOUN: new RegExp(
      String.raw`^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)?(?:${noun})\s+(?:officials|officers|spokes(?:wo)?m[ae]n|spokesperson|commanders?|headquarters)$`,
      'iu',
    ),
    // A person is no member by a word of the service in their role: an officer, a spokesman may
    // serve another country's forces, or have served (measured: merging them cost ECB+ half B).
    POLICE_ROLE: /(?!)/,
    BARE: new RegExp(String.raw`^(?:the\s+)?(?:${noun.split('|')[0]})$`, 'i'),
  };
}
const NAVY = armedService('Navy', 'navy|naval');
const ARMY = armedService('Army', 'army');
// h-who31's `coastguard-one-word`: British news writes the service as one word (`the coastguard
// said`, `the Skelda Coastguard`), as it is one service in two words.
const COAST_GUARD = armedService('Coast\\s*[Gg]uard', 'coast\\s*guard');
const ARMED_SERVICES = [NAVY, ARMY, COAST_GUARD];

/** A police force named by its place: `Brindle Police`, `the Lowmarsh County Sheriff's Office`. */
const NAMED_FORCE =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:[Pp]olice|[Ss]heriff['’]?s?)(?:\s+(?:[Dd]epartment|[Dd]ept\.?|[Ss]ervice|[Oo]ffice|[Ff]orce))?$/u;
/**
 * Police under a common noun: `police`, `investigators`, `officers`, `authorities`, `Brindle
 * officers`, `police in Brindle`.
 */
const POLICE_NOUN =
  /^(?:[Tt]he\s+)?(?:(?:city|county|state|town)['’]s\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|[Ll]ocal|[Cc]ity|[Cc]ounty|[Ss]tate)\s+)?(?:[Pp]olice(?:\s+(?:department|dept\.?|force|service|officers?|officials|investigators|detectives|spokes(?:wo)?m[ae]n|spokesperson))?|[Oo]fficers|[Ii]nvestigators|[Dd]etectives|[Aa]uthorities|[Ll]aw enforcement(?:\s+officials)?|[Dd]eputies|[Tt]roopers|[Ss]heriff['’]s\s+(?:[Oo]ffice|[Dd]epartment)|(?:[Oo]fficers|[Dd]eputies|[Dd]etectives|[Ii]nvestigators|[Tt]roopers)\s+(?:with|from|of|at)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:police(?:\s+department)?|sheriff['’]s\s+(?:office|department))|(?:[Pp]olice|[Oo]fficers|[Ii]nvestigators|[Dd]etectives|[Aa]uthorities)\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$/u;
/** A speaker the articles give a police role: `police Sgt. Ada Quill`, `Ada Quill, a police spokeswoman`. */
const POLICE_ROLE = /\b(?:police|sheriff['’]?s?)\b/i;
/**
 * h-who13's `police-initials`: a police department by its initials, as American news writes it
 * (`the KCPD` for the Kessel City Police Department), and its speakers and papers under them.
 */
const FORCE_INITIALS = /^(?:[Tt]he\s+)?(\p{Lu}{1,3})PD$/u;
const FORCE_INITIALS_MEMBER =
  /^(?:(?:[Tt]he|[Aa]n?)\s+)?(\p{Lu}{1,3})PD(?:['’]s)?\s+(?:release|statement|report|records?|spokes(?:wo)?m[ae]n|spokesperson|officials|officers|detectives|investigators)$/u;
const POLICE: Service = {
  NAMED_FORCE,
  POLICE_NOUN,
  POLICE_ROLE,
  BARE: /^(?:the\s+)?police$/i,
  INITIALS: FORCE_INITIALS,
  INITIALS_MEMBER: FORCE_INITIALS_MEMBER,
};

/**
 * The police of a story are one origin, as news writing uses them: `police said`,
 * `investigators said`, `Brindle officers` and `Sgt. Ada Quill, a police spokeswoman` speak for
 * the one force the story names (`Brindle Police`), else for `police`. Nothing is merged when the
 * story names two forces or has no police source to host the others.
 */
function mergePolice(
  named: NamedNodes,
  merged: Map<string, string>,
  statements: Statements,
  service: Service = POLICE,
): void {
  const { NAMED_FORCE, POLICE_NOUN, POLICE_ROLE, BARE, INITIALS, INITIALS_MEMBER } = service;
  const open = named.filter((n) => n.kind === 'source' && !merged.has(n.id));
  const forces = open.filter((n) => NAMED_FORCE.test(n.label));
  const places = new Set(forces.map((n) => slug(NAMED_FORCE.exec(n.label)![1]!)));
  if (places.size > 1) return;
  // A force by its initials is the named force whose place has those initials (`KCPD`, `Kessel
  // City Police`, `Kessel City Police Department`); initials of another place stay apart.
  const letters = [
    ...(INITIALS ? open.flatMap((n) => INITIALS.exec(n.label)?.[1] ?? []) : []),
    ...forces.map((n) => initials(NAMED_FORCE.exec(n.label)![1]!.trim())),
  ];
  const oneForce = letters.every((a) => letters.every((b) => a.startsWith(b) || b.startsWith(a)));
  const byInitials = INITIALS && oneForce ? open.filter((n) => INITIALS.test(n.label)) : [];
  const host =
    forces.sort((a, b) => b.label.length - a.label.length || a.id.localeCompare(b.id))[0] ??
    byInitials.sort((a, b) => a.id.localeCompare(b.id))[0] ??
    open.find((n) => BARE.test(n.label)) ??
    // `the city's police department`: with no force named, the service named by its nouns hosts.
    open.find((n) => /department|dept|force|service|brigade/i.test(n.label) && POLICE_NOUN.test(n.label));
  if (!host) return;
  const place = [...places][0];
  for (const n of open) {
    if (n.id === host.id) continue;
    if (NAMED_FORCE.test(n.label)) {
      merged.set(n.id, host.id);
      continue;
    }
    const member = oneForce ? INITIALS_MEMBER?.exec(n.label)?.[1] : undefined;
    if (
      byInitials.includes(n) ||
      (member && (!letters.length || letters.some((l) => l.startsWith(member))))
    ) {
      merged.set(n.id, host.id);
      continue;
    }
    const noun = POLICE_NOUN.exec(n.label);
    // `Brindle officers` are the force of Brindle only, not of another place.
    // `police in Brindle` likewise: the place after `in` qualifies them.
    const qualifier =
      noun &&
      (/^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.'’-]*)\s/u.exec(n.label)?.[1] ??
        /\sin\s+(\p{Lu}[\p{L}.'’-]*)/u.exec(n.label)?.[1]);
    // (`Police officials`, `Naval officials` opening a sentence: the service's own word is no place.)
    const own = qualifier && POLICE_NOUN.test(`${qualifier.toLowerCase()} officials`);
    if (noun && (!qualifier || own || !place || place.startsWith(slug(qualifier)))) {
      merged.set(n.id, host.id);
      continue;
    }
    // A person is the force's when a statement of theirs gives them a police role.
    // (A person's label may open with their title in lower case: `fire brigade spokeswoman Name`.)
    if (!/^\p{Lu}/u.test(n.label) && !/^n:person:/.test(n.id)) continue;
    // Not a former member (`a retired police chief`, `Retired navy admiral Hugo Senn`): out of the
    // service, they speak for themselves.
    const said = statements.get(n.id) ?? [];
    const contexts = said.flatMap(({ d, a }) =>
      a.source ? [roleContext(d.text, a.source.start, a.source.end)] : [],
    );
    if (contexts.some((c) => POLICE_ROLE.test(c)) && !contexts.some((c) => FORMER_ROLE.test(c)))
      merged.set(n.id, host.id);
  }
}

/**
 * A spokesperson named for a person (`a spokesman for Rusk, Ben Olar`, `Rusk's spokeswoman`,
 * `Rusk spokesman Ben Olar`): what they say, the person says through them, so they are one origin
 * with the one person of that name the story cites (rule `provenance:speaker-for-person`). A
 * lawyer is not merged: a client and their lawyer may tell different things.
 */
const SPOKES = String.raw`(?:spokes(?:wo)?m[ae]n|spokesperson|press\s+secretary|representative)`;
const SPEAKER_FOR_PERSON = new RegExp(
  String.raw`^(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}${SPOKES}\s+for\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?$|^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:['’]s)?\s+${SPOKES}(?:,?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?$`,
  'u',
);
function mergeSpeakersForPeople(named: NamedNodes, merged: Map<string, string>): void {
  for (const n of named) {
    if (n.kind !== 'source' || merged.has(n.id)) continue;
    const m = SPEAKER_FOR_PERSON.exec(n.label);
    const name = (m?.[1] ?? m?.[2])?.split(/\s+/);
    if (!name) continue;
    const people = new Set(
      named
        .filter((p) => {
          if (p.id === n.id || !/^n:person:/.test(p.id)) return false;
          const words = p.label.split(/,/)[0]!.split(/\s+/);
          return words[words.length - 1] === name[name.length - 1] && name.every((w) => words.includes(w));
        })
        .map((p) => rootOf(merged, p.id)),
    );
    if (people.size === 1) merged.set(n.id, [...people][0]!);
  }
}

/** The source and outlet nodes the merges below read: id, label and kind. */
type NamedNodes = ReadonlyArray<{ id: string; label: string; kind: string }>;
/** Each node's statements: the article and the attribution that cite it. */
type Statements = ReadonlyMap<string, ReadonlyArray<{ d: Document; a: Attribution }>>;

/** A department or ministry named by its field: `the Harbour Department`, `Department of the Harbour`. */
const FIELD_DEPARTMENT =
  /^(?:[Tt]he\s+)?(?:U\.?S\.?\s+)?(?:(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:Department|Ministry)|(?:Department|Ministry)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?))$/u;
/** A ministry named in lower case after its field, Reuters style: `the mines ministry`, `the health ministry`. */
const FIELD_MINISTRY_LOWER = /^(?:the\s+)?(\p{Ll}{3,})\s+ministry$/u;
/** Someone speaking for a ministry named by its noun alone: `ministry spokesman Piet Lund`, `a ministry official`. */
const BARE_MINISTRY_VOICE =
  /(?:^|[^\p{L}])(?:(?:a|the)\s+)?ministry\s+(?:spokes(?:wo)?m[ae]n|spokesperson|official)\b/iu;
/** Its head titled by the field before the name: `Harbour Secretary Ada Quill`, `Secretary of the Harbour Ada Quill`. */
const FIELD_HEAD =
  /(?:^|[^\p{L}])(?:(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:Secretary|Minister)|(?:Secretary|Minister)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}\p{L}+))\s+\p{Lu}/u;

/** The field a label names a department's head by (`Interior` for `Interior Secretary Dirk Kempthorne`). */
function headField(label: string): string | null {
  const m = FIELD_HEAD.exec(label);
  return m ? (m[1] ?? m[2])!.toLowerCase() : null;
}

/**
 * `Interior Secretary Ada Quill` heads the story's one `Interior Department` (`Department of the
 * Interior`, a ministry likewise): what its head says is the department's word, one origin. A head
 * of another field, or a field with two departments, stays apart.
 */
function mergeDepartmentHeads(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  const departments = new Map<string, string[]>();
  for (const n of named) {
    if (n.kind !== 'source' || merged.has(n.id)) continue;
    const m = FIELD_DEPARTMENT.exec(n.label);
    const lower = m ? null : FIELD_MINISTRY_LOWER.exec(n.label);
    if (!m && !lower) continue;
    const field = (m ? (m[1] ?? m[2])! : lower![1]!).toLowerCase();
    departments.set(field, [...(departments.get(field) ?? []), n.id]);
  }
  if (!departments.size) return;
  for (const n of named) {
    // (A titled name the entity layer typed as a place is a person too.)
    if (n.kind !== 'source' || merged.has(n.id) || /^n:(?:org|organization):/.test(n.id)) continue;
    const phrases = [
      n.label,
      ...(statements.get(n.id) ?? []).flatMap(({ d, a }) =>
        a.source ? [d.text.slice(a.source.start, a.source.end)] : [],
      ),
    ];
    const fields = new Set(phrases.map(headField).filter((f): f is string => f !== null));
    // A former head (`former Interior Secretary Ada Quill`) speaks for herself.
    if (phrases.some((p) => /\b(?:former|retired|ex-)/i.test(p))) continue;
    // `ministry spokesman Piet Lund`: a voice of the ministry named by its noun alone speaks for
    // the story's one ministry; with two ministries, it stays apart.
    if (!fields.size && phrases.some((p) => BARE_MINISTRY_VOICE.test(p))) {
      const all = [...departments.values()].flat();
      if (all.length === 1) merged.set(n.id, all[0]!);
      continue;
    }
    if (fields.size !== 1) continue;
    const field = [...fields][0]!;
    // `U.S. Interior`: the field is the department's, word for word or by its last word.
    const hosts = departments.get(field) ?? departments.get(field.split(/\s+/).pop()!) ?? [];
    if (hosts.length === 1) merged.set(n.id, hosts[0]!);
  }
}

/** The articles that cite a node. */
const docsCiting = (statements: Statements, id: string): Set<string> =>
  new Set((statements.get(id) ?? []).map((x) => x.d.id));

/** A role named by its common noun alone: `the judge`, `the coroner`, `the prosecutor`, `the secretary`, `the clerk`. */
const BARE_ROLE =
  /^(?:[Tt]he\s+)?((?:(?:regional|provincial|state|county|city|local|district|federal|national|deputy|chief)\s+)?(?:judge|prosecutor|coroner|mayor|governor|sheriff|medical examiner|fire chief|police chief|district attorney|attorney general|magistrate|lawyer|spokes(?:wo)?man|spokesperson|secretary|clerk|commissioner|superintendent|chancellor|(?:\p{Ll}+\s+)?minister))(?:['’]s\s+office)?$/u;

/**
 * h-who13's `bare-role-titled`: the same roles as a title in capitals with the place or body that
 * qualifies them (`the Velmar Governor`, `the Kessel County Sheriff`), and the district attorney
 * by its initials (`the DA`, `the D.A.`).
 */
const BARE_TITLED_ROLE =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:Judge|Prosecutor|Coroner|Mayor|Governor|Sheriff|Medical Examiner|Fire Chief|Police Chief|District Attorney|Attorney General|Magistrate|Commissioner|Superintendent|Chancellor))$/u;
const BARE_DA = /^(?:[Tt]he\s+)?(?:DA|D\.\s?A\.)$/u;

/** The role a bare role names (see `BARE_ROLE`, `BARE_TITLED_ROLE`), as it is written before a name. */
function bareRole(label: string): string | undefined {
  if (BARE_DA.test(label)) return 'district attorney';
  return BARE_ROLE.exec(label)?.[1] ?? BARE_TITLED_ROLE.exec(label)?.[1];
}

/**
 * `the judge` after `Judge Ada Quill`: news writing names a role holder once in full, then by
 * the role. A bare role is the story's one named source with that role in its label; with none
 * or several, it stays apart.
 */
function mergeBareRoles(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  for (const n of named) {
    const role = n.kind === 'source' && !merged.has(n.id) ? bareRole(n.label) : undefined;
    if (!role) continue;
    // h-who28's `bare-role-apposed` (with `lawyer` among the roles): the role set before the name
    // by a comma (`His lawyer, Lena Varga`) names its holder as the title does (`lawyer Lena Varga`).
    const title = new RegExp(`\\b${escapeRegExp(role).replace(/\s+/g, '\\s+')},?\\s+\\p{Lu}`, 'iu');
    // A holder already merged (`Interior Minister Sara Kallis` with the ministry) counts as where it went.
    const root = (id: string): string => rootOf(merged, id);
    const holders = new Set(
      named
        .filter(
          (m) =>
            m.id !== n.id &&
            m.kind === 'source' &&
            (!merged.has(m.id) || /minister|secretary|district attorney|prosecutor/i.test(role)) &&
            title.test(m.label),
        )
        .map((m) => root(m.id))
        // A holder merged into this very node (`the district attorney's office` hosting the prosecution).
        .filter((id) => id !== n.id),
    );
    if (holders.size === 1) {
      merged.set(n.id, [...holders][0]!);
      continue;
    }
    if (holders.size || !SPOKESPERSON_WORD.test(role)) continue;
    // h-who31's `bare-spokesperson-named-before`: `The spokesman said` after `Brannoc Shipping
    // spokesman Jan Pell said` or `A spokesman for Brannoc Shipping, Jan Pell, said` in the same
    // article: the one source the article cited before under that title with a name after it
    // (his own, or his body's), whose name went into the body he speaks for (the label no longer
    // shows the title); in every article citing the bare role, the same one.
    const spoken = new RegExp(
      `\\b${escapeRegExp(role)}(?:\\s+(?:for|of|at)\\s+[^,]{1,60})?,?\\s+\\p{Lu}`,
      'iu',
    );
    const holdersBefore = new Set<string>();
    let everywhere = true;
    for (const { d, a } of statements.get(n.id) ?? []) {
      const before = new Set<string>();
      for (const m of named)
        if (m.id !== n.id && m.kind === 'source')
          for (const x of statements.get(m.id) ?? [])
            if (
              x.d.id === d.id &&
              x.a.source &&
              x.a.source.end <= (a.source?.start ?? a.cue.start) &&
              spoken.test(d.text.slice(x.a.source.start, x.a.source.end))
            )
              before.add(root(m.id));
      if (before.size !== 1) everywhere = false;
      for (const id of before) holdersBefore.add(id);
    }
    if (everywhere && holdersBefore.size === 1 && ![...holdersBefore][0]!.startsWith(n.id))
      merged.set(n.id, [...holdersBefore][0]!);
  }
}

/** A diplomatic mission named with no country: `its embassy`, `the country's embassy`, `embassy officials`. */
const BARE_MISSION =
  /^(?:(?:its|the|their|his|her|a|an)\s+|(?:the\s+)?(?:country|nation|government)['’]s\s+)?(?:(?:spokes(?:wo)?m[ae]n|spokesperson|officials?|representatives?)\s+(?:for|of|at|from)\s+(?:the\s+)?)?(embassy|consulate|high commission|mission)(?:\s+(?:spokes(?:wo)?m[ae]n|spokesperson|officials?|representatives?|statement))?$/i;
/** A mission named with its country: `the Castrian embassy in Lorsk`, `the Embassy of Castria`. */
const NAMED_MISSION =
  /\b(?:(?!(?:Its|The|Their|His|Her|A|An)\s)(\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?\s+([Ee]mbassy|[Cc]onsulate|[Hh]igh [Cc]ommission)|([Ee]mbassy|[Cc]onsulate|[Hh]igh [Cc]ommission)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+))/u;

/**
 * `Its embassy`, `the country's embassy`, `a spokesman for the embassy` after `the Castrian embassy
 * in Lorsk`: news names a mission once with its country, then by its noun. The bare mission is the
 * story's one mission of that kind named with a country (`Castrian` and `Castria` are one); with
 * none or two countries, it stays apart.
 */
function mergeMissions(named: NamedNodes, merged: Map<string, string>): void {
  const open = named.filter((n) => n.kind === 'source' && !merged.has(n.id));
  for (const kind of ['embassy', 'consulate', 'high commission', 'mission']) {
    const missions = open.flatMap((n) => {
      const m = NAMED_MISSION.exec(n.label);
      if (!m || (m[2] ?? m[3])!.toLowerCase() !== kind) return [];
      // The country by the start of its name: `Castrian` and `Castria`.
      return [{ n, country: (m[1] ?? m[4])!.toLowerCase().slice(0, 5) }];
    });
    if (new Set(missions.map((m) => m.country)).size !== 1) continue;
    const host = missions.sort(
      (a, b) => a.n.label.length - b.n.label.length || a.n.id.localeCompare(b.n.id),
    )[0]!.n;
    for (const m of missions) if (m.n.id !== host.id) merged.set(m.n.id, host.id);
    for (const n of open)
      if (n.id !== host.id && BARE_MISSION.exec(n.label)?.[1]?.toLowerCase() === kind)
        merged.set(n.id, host.id);
  }
}

/**
 * One person whose name two articles spell two ways (`Rosa Lindqvist` / `Rosa Lindquist`, `Ivo
 * Brand` / `Ivo Brandt`): one origin, when the two spellings are never both in one article and
 * no third person of the story is spelled like either.
 */
function mergeSpellings(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  const people = named.filter((n) => n.kind === 'source' && /^n:person:/.test(n.id) && !merged.has(n.id));
  if (people.length > 200) return;
  // The name as a name is written: its key's words with capitals (`rosa-lindqvist` -> Rosa Lindqvist).
  const nameOf = (id: string): string =>
    id
      .slice('n:person:'.length)
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
  const docsOf = (id: string): Set<string> => docsCiting(statements, id);
  const names = new Map(people.map((p) => [p.id, nameOf(p.id)]));
  for (const [i, a] of people.entries()) {
    if (merged.has(a.id)) continue;
    const alike = people.filter(
      (b, j) => j !== i && !merged.has(b.id) && spellingVariants(names.get(a.id)!, names.get(b.id)!, true),
    );
    if (alike.length !== 1) continue;
    const b = alike[0]!;
    const [da, db] = [docsOf(a.id), docsOf(b.id)];
    if ([...da].some((d) => db.has(d))) continue;
    // The other spelling has no other near spelling either.
    if (
      people.filter((c) => c.id !== b.id && spellingVariants(names.get(b.id)!, names.get(c.id)!, true))
        .length !== 1
    )
      continue;
    merged.set(b.id, a.id);
  }
  // `the minister, Owen Drayke` in one article, `Health Minister Owen Drake` (already one origin
  // with the Department of Health) in others: a spelling of a person merged into a body is that
  // body (h-who9's `spelling-of-merged`), when it is the only such spelling, the two labels give
  // one role, and no article cites both.
  const all = named.filter((n) => n.kind === 'source' && /^n:person:/.test(n.id));
  if (all.length > 200) return;
  const root = (id: string): string => {
    for (let k = 0; k < 20 && merged.has(id); k++) id = merged.get(id)!;
    return id;
  };
  for (const b of people) {
    if (merged.has(b.id)) continue;
    const nb = nameOf(b.id);
    const alike = all.filter((a) => a.id !== b.id && spellingVariants(nameOf(a.id), nb, true));
    if (alike.length !== 1 || !merged.has(alike[0]!.id)) continue;
    const a = alike[0]!;
    const [da, db] = [docsOf(a.id), docsOf(b.id)];
    if ([...da].some((d) => db.has(d))) continue;
    // Only into a body (not another person), and with the role both labels give (`minister`).
    const to = root(a.id);
    const role = (b.label.match(/(?<![\p{L}])\p{Ll}{4,}(?![\p{L}])/gu) ?? []).some((w) =>
      new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(a.label),
    );
    if (/^n:person:/.test(to) || !role) continue;
    merged.set(b.id, to);
  }
}

/**
 * An unnamed source named again by its noun alone: `the source`, `the official`, `the person`, and
 * (h-who13's `same-source`) `the same source`, `the same official`.
 */
const BARE_SOURCE = /^(?:the\s+)?(?:same\s+)?(source|official|person|insider|diplomat|investigator)$/i;
/**
 * A source of each such noun as an article describes it: `a source close to the investigation`, and
 * (h-who13) by a word before the noun: `a court source`, `a senior official`.
 */
const DESCRIBED_SOURCE = new Map(
  ['source', 'official', 'person', 'insider', 'diplomat', 'investigator'].map((noun) => [
    noun,
    new RegExp(
      `^(?:an?\\s+|the\\s+|one\\s+)?(?:(?:\\p{Ll}+\\s+)?${noun}\\s+\\p{Ll}|(?!(?:an?|the|one|same)\\s)\\p{Ll}[\\p{Ll}-]+\\s+${noun}$)`,
      'iu',
    ),
  ]),
);

/**
 * `the source said` after `a source close to the investigation said`, in one article: the source
 * the article described before. An article's anonymous source is its own: the bare noun joins
 * the one described source of that noun cited in every article the bare noun is cited in; with
 * none or several, it stays apart.
 */
function mergeBareSources(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  const docsOf = (id: string): Set<string> => docsCiting(statements, id);
  for (const n of named) {
    if (n.kind !== 'source' || merged.has(n.id)) continue;
    const noun = BARE_SOURCE.exec(n.label)?.[1]?.toLowerCase();
    if (!noun) continue;
    const mine = docsOf(n.id);
    if (!mine.size) continue;
    const described = DESCRIBED_SOURCE.get(noun)!;
    const hosts = named.filter((m) => {
      if (m.id === n.id || m.kind !== 'source' || !described.test(m.label)) return false;
      const theirs = docsOf(m.id);
      return [...mine].every((d) => theirs.has(d));
    });
    if (hosts.length === 1) merged.set(n.id, merged.get(hosts[0]!.id) ?? hosts[0]!.id);
  }
}

/**
 * `The hospital's director said` after `Dr. Omar Safi, director of Hill Hospital`: a role in a body
 * named by the body's noun is the story's one person given that role in a body of that noun; with
 * none or two, it stays apart (or with the body it was given to).
 */
function mergePossessiveRoles(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  for (const n of named) {
    if (n.kind !== 'source' || merged.has(n.id)) continue;
    const m =
      /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u.exec(
        n.label,
      );
    if (!m || !POSSESSIVE_ROLE.test(n.label)) continue;
    const [, noun, role] = m;
    const given = new RegExp(
      `\\b${role!.replace(/\s+/g, '\\s+')}\\s+(?:of|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}${noun}\\b`,
      'iu',
    );
    const holders = named.filter(
      (p) =>
        p.id !== n.id &&
        p.kind === 'source' &&
        !merged.has(p.id) &&
        /^n:person:/.test(p.id) &&
        (given.test(p.label) ||
          (statements.get(p.id) ?? []).some(
            ({ d, a }) => a.source && given.test(roleContext(d.text, a.source.start, a.source.end)),
          )),
    );
    if (holders.length === 1) merged.set(n.id, holders[0]!.id);
  }
}

/** A lawyer's noun: `lawyer`, `attorney`, `defence lawyer`, `solicitor`, `counsel`. */
const LAWYER = String.raw`(?:defen[cs]e\s+)?(?:lawyer|attorney|solicitor|counsel)`;
/** A lawyer named by the client alone: `Vell's lawyer`, `a lawyer for Vell` (1, 2: the client). */
const CLIENT_LAWYER = new RegExp(
  String.raw`^(?:the\s+)?(\p{Lu}[\p{L}'’-]*)\s?['’]\s?s?\s+${LAWYER}$|^(?:an?\s+|the\s+)?${LAWYER}\s+for\s+(?:\p{Lu}[\p{L}'’-]*\s+)*(\p{Lu}[\p{L}'’-]*)$`,
  'u',
);
/** A lawyer's role and whose it is: `his lawyer`, `Vell's attorney`, `a lawyer for Lars Vell` (1, 2: a named client). */
const LAWYER_OF = new RegExp(
  String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|(\p{Lu}[\p{L}'’-]*)\s?['’]\s?s?)\s+${LAWYER}\b|\b${LAWYER}\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*(\p{Lu}[\p{L}'’-]*|\p{Ll}+)|\b${LAWYER}\s+\p{Lu}`,
  'u',
);

/**
 * h-who17's `client-lawyer`: `Vell's lawyer said he would appeal` and `His lawyer, Ruben Kask,
 * told the Courier ...`: a lawyer named by the client alone is the story's one named person given
 * as a lawyer of no other client (`his lawyer, Name`, `Vell's attorney Name`, `lawyer Name`); a
 * lawyer for someone else (`a lawyer for the builders`) is not counted, and with two possible
 * (a lawyer for each of two defendants), the lawyer stays apart.
 */
function mergeClientLawyers(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  for (const n of named) {
    if (n.kind !== 'source' || merged.has(n.id)) continue;
    const m = CLIENT_LAWYER.exec(n.label.trim());
    const client = m?.[1] ?? m?.[2];
    if (!client) continue;
    const lawyerOf = (context: string): boolean => {
      const r = LAWYER_OF.exec(context);
      if (!r) return false;
      const whose = r[1] ?? r[2];
      return !whose || whose === client;
    };
    const holders = new Set(
      named
        .filter(
          (h) =>
            h.id !== n.id &&
            h.kind === 'source' &&
            /^n:person:/.test(h.id) &&
            (lawyerOf(h.label) ||
              (statements.get(h.id) ?? []).some(
                ({ d, a }) => a.source && lawyerOf(roleContext(d.text, a.source.start, a.source.end)),
              )),
        )
        .map((h) => rootOf(merged, h.id)),
    );
    if (holders.size === 1) merged.set(n.id, [...holders][0]!);
  }
}

/** One unnamed witness: `a witness said`, `an eyewitness told reporters` (not `another witness`). */
const BARE_WITNESS = /^(?:(?:a|an|the|one)\s+)?(?:eye-?)?witness$/i;
/** A person given as a witness: `witness Ada Quill`, `Ada Quill, who saw the crash`. */
const WITNESS_ROLE = /\b(?:eye-?)?witness\b|\bwho\s+(?:saw|watched|witnessed)\b/i;

/**
 * `A witness said` in one article and `witness Petra Holm` in another: news names a witness once,
 * then by the role. The unnamed witness is the story's one named person given as a witness; with
 * two (a second is `another witness`), they stay apart.
 */
function mergeWitness(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  const bare = named.filter((n) => n.kind === 'source' && !merged.has(n.id) && BARE_WITNESS.test(n.label));
  mergeIntoOneHolder(named, merged, statements, bare, (n) => BARE_WITNESS.test(n.label), WITNESS_ROLE);
}

/** Where a node went: its last merge (at most 8 hops), or itself. */
function rootOf(merged: ReadonlyMap<string, string>, id: string): string {
  for (let hops = 0; merged.has(id) && hops < 8; hops++) id = merged.get(id)!;
  return id;
}

/**
 * Unnamed nodes (`bare`) of a role that the story names one person in (a witness, a
 * representative) are that person: the named sources, not `excluded`, that are people or titled
 * and hold `role` (in their label or where they are cited), counted by where they went; with
 * exactly one, each bare node merges into it; with none or several, they stay apart.
 */
function mergeIntoOneHolder(
  named: NamedNodes,
  merged: Map<string, string>,
  statements: Statements,
  bare: NamedNodes,
  excluded: (n: NamedNodes[number]) => boolean,
  role: RegExp,
): void {
  if (!bare.length) return;
  const holders = new Set(
    named
      .filter(
        (h) =>
          h.kind === 'source' &&
          !excluded(h) &&
          (/^n:person:/.test(h.id) || titledName(h.label) !== null) &&
          (role.test(h.label) ||
            (statements.get(h.id) ?? []).some(
              ({ d, a }) => a.source && role.test(roleContext(d.text, a.source.start, a.source.end)),
            )),
      )
      .map((h) => rootOf(merged, h.id)),
  );
  if (holders.size !== 1) return;
  const holder = [...holders][0]!;
  for (const n of bare) if (n.id !== holder) merged.set(n.id, holder);
}

/** A spokesperson's title alone before a name: `spokeswoman Nina Kord` (1: the title). */
const BARE_TITLE_NAMED = /^(spokes(?:wo)?m[ae]n|spokesperson)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u;

/**
 * h-who15's `title-named-after`: `Police are investigating, a police spokeswoman said. “We have
 * found signs …,” spokeswoman Nina Kord said.`: a speaker given only the title before her name
 * is the one unnamed speaker of that title and a body the same article cited (`a police
 * spokeswoman`); with two such, or a title of another word (`spokesman`), apart.
 */
function mergeTitleNamed(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  for (const n of named) {
    if (n.kind !== 'source' || merged.has(n.id)) continue;
    const said = statements.get(n.id) ?? [];
    const titles = new Set(
      said.map(({ d, a }) =>
        a.source ? (BARE_TITLE_NAMED.exec(d.text.slice(a.source.start, a.source.end).trim())?.[1] ?? '') : '',
      ),
    );
    const title = titles.size === 1 ? [...titles][0]!.toLowerCase() : '';
    if (!title) continue;
    const docs = new Set(said.map(({ d }) => d.id));
    const unnamed = new RegExp(
      String.raw`^(?:(?:an?|the)\s+)?\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?\s+${title}$`,
      'u',
    );
    const hosts = named.filter(
      (m) =>
        m.id !== n.id &&
        m.kind === 'source' &&
        (statements.get(m.id) ?? []).some(
          ({ d, a }) =>
            docs.has(d.id) && a.source && unnamed.test(d.text.slice(a.source.start, a.source.end).trim()),
        ),
    );
    if (hosts.length === 1) merged.set(n.id, hosts[0]!.id);
  }
}

/** A spokesperson for a role held by one person: `a spokesman for the governor-elect`. */
const SPOKESMAN_FOR_ROLE =
  /\bspokes(?:wo)?m[ae]n\s+for\s+the\s+((?:president|governor|prime\s+minister|mayor|chancellor)(?:-elect)?)\b/i;

/**
 * `A spokesman for the governor-elect, Theo Brac` speaks for `Governor-elect Lucie Moreau`: a
 * spokesperson for a role is one origin with the story's one source titled with that role; with
 * none or several, apart.
 */
function mergeRoleSpokesmen(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  for (const n of named) {
    if (n.kind !== 'source' || merged.has(n.id)) continue;
    const roles = new Set<string>();
    for (const { d, a } of statements.get(n.id) ?? [])
      if (a.source) {
        const m = SPOKESMAN_FOR_ROLE.exec(roleContext(d.text, a.source.start, a.source.end));
        if (m) roles.add(m[1]!.toLowerCase());
      }
    if (roles.size !== 1) continue;
    const role = [...roles][0]!;
    const title = new RegExp(`(?:^|\\s)${role.replace(/[-\s]+/g, '[-\\s]+')}\\s+\\p{Lu}`, 'iu');
    const holders = named.filter(
      (m) => m.id !== n.id && m.kind === 'source' && !merged.has(m.id) && title.test(m.label),
    );
    if (holders.length === 1) merged.set(n.id, holders[0]!.id);
  }
}

/** A role named by whose it is: `her lawyer`, `his attorney`, `their spokesman`. */
const PRONOUN_ROLE =
  /^(?:his|her|their)\s+(lawyers?|attorneys?|spokes(?:wo)?m[ae]n|spokesperson|agent|manager|coach|doctor)$/i;

/**
 * `her lawyer` after `Dalen's lawyer, Marta Quist`: news writing names a party's lawyer once with
 * the party, then by the pronoun. The pronoun's role is the story's one source named as someone's
 * holder of that role (`X's lawyer`); with none or several, it stays apart.
 */
function mergePronounRoles(named: NamedNodes, merged: Map<string, string>): void {
  for (const n of named) {
    const role = n.kind === 'source' && !merged.has(n.id) ? PRONOUN_ROLE.exec(n.label)?.[1] : undefined;
    if (!role) continue;
    const held = new RegExp(`\\p{L}['’]s?\\s+${role.replace(/s$/, '')}s?\\b`, 'iu');
    const holders = named.filter(
      (m) => m.id !== n.id && m.kind === 'source' && !merged.has(m.id) && held.test(m.label),
    );
    if (holders.length === 1) merged.set(n.id, holders[0]!.id);
  }
}

/** A person's press representative, unnamed: `her representative`, `a representative for Ada Quill`. */
const UNNAMED_REPRESENTATIVE =
  /^(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:publicist|representative|rep|spokes(?:wo)?man|spokesperson|press\s+agent)|(?:publicist|representative|rep|spokes(?:wo)?man|spokesperson|press\s+agent)\s+for\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u;
/** A person named as someone's press representative: `her publicist, Jonah Pike`, `Quill's representative`. */
const REPRESENTATIVE_ROLE =
  /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}[\p{L}-]*['’]s?)\s+(?:publicist|representative|rep|spokes(?:wo)?man|spokesperson|press\s+agent)\b|\b(?:publicist|representative|rep|press\s+agent)\s+(?:for|of)\s+\p{Lu}/u;

/**
 * h-who11's `representative-named`: `her representative told the magazine` and `a representative
 * for Ada Quill denied` beside `her publicist, Jonah Pike, said`: news names a person's press
 * representative once, then by the role, under the words representative, rep, publicist and
 * spokesperson alike. The unnamed representative is the story's one named person given as
 * someone's representative; with none or several, it stays apart. A node read as the person
 * represented (`a representative for Ada Quill` keyed as Quill) merges only when every statement
 * of it is the representative's.
 */
function mergeRepresentatives(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  const spoken = (id: string): string[] =>
    (statements.get(id) ?? []).map(({ d, a }) =>
      a.source ? d.text.slice(a.source.start, a.source.end) : '',
    );
  const unnamed = named.filter(
    (n) =>
      n.kind === 'source' &&
      !merged.has(n.id) &&
      (/^n:person:/.test(n.id)
        ? spoken(n.id).length > 0 && spoken(n.id).every((t) => UNNAMED_REPRESENTATIVE.test(t.trim()))
        : UNNAMED_REPRESENTATIVE.test(n.label)),
  );
  mergeIntoOneHolder(named, merged, statements, unnamed, (h) => unnamed.includes(h), REPRESENTATIVE_ROLE);
}

/** Members of one body, unnamed: `two jurors`, `Juror No. 8`, `the nine jurors`, `crew members`. */
const BODY_MEMBER =
  /^(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:\p{L}[\p{Ll}-]*|\d+)\s+){0,3}(jurors?|crew\s+members?|crew|(?:council|board|panel|committee)\s+members?)(?:\s+[Nn]o\.\s*\d+)?$|^([Jj]uror)\s+[Nn]o\.\s*\d+$/u;

/**
 * Unnamed members of one body speak for that body: `two jurors`, `Juror No. 8` and `the nine
 * jurors` are one origin, the jury (as a crew's members are the crew). Named members stay apart.
 */
function mergeBodyMembers(named: NamedNodes, merged: Map<string, string>): void {
  const bodies = new Map<string, string>();
  const bodyOf = (label: string): string | null => {
    const m = BODY_MEMBER.exec(label);
    const noun = m && (m[1] ?? m[2])!.toLowerCase();
    return noun ? noun.replace(/\s+members?$/, '').replace(/s$/, '') : null;
  };
  for (const n of [...named].sort((a, b) => a.label.length - b.label.length || a.id.localeCompare(b.id))) {
    if (n.kind !== 'source' || merged.has(n.id)) continue;
    const body = bodyOf(n.label);
    if (!body) continue;
    const host = bodies.get(body);
    if (host) merged.set(n.id, host);
    else bodies.set(body, n.id);
  }
}

/** Charges named by themselves: `Charges filed Friday allege`, `the criminal charges say`. */
const BARE_CHARGES = /^(?:the\s+)?(?:criminal\s+)?charges$/i;
/** The paper that states charges: `the criminal complaint`, `an indictment`. */
const CHARGING_PAPER = /\b(?:complaint|indictment)$/i;

/**
 * h-who10's `charges-are-the-complaint`: `Charges filed Friday allege` and `according to the
 * criminal complaint` tell one paper, the one that states the charges: the charges are the one
 * complaint or indictment cited in their articles, else the story's one (none, or several: they
 * stay apart).
 */
function mergeCharges(named: NamedNodes, merged: Map<string, string>, statements: Statements): void {
  const papers = named.filter(
    (n) => n.kind === 'source' && !merged.has(n.id) && CHARGING_PAPER.test(n.label),
  );
  const docsOf = (id: string): Set<Document> => new Set((statements.get(id) ?? []).map((x) => x.d));
  for (const n of named) {
    if (n.kind !== 'source' || merged.has(n.id) || !BARE_CHARGES.test(n.label)) continue;
    const where = docsOf(n.id);
    const near = papers.filter((p) => [...docsOf(p.id)].some((d) => where.has(d)));
    const host = near.length === 1 ? near[0] : papers.length === 1 ? papers[0] : undefined;
    if (host) merged.set(n.id, host.id);
  }
}

/**
 * Someone who now comments for a living, whatever they were before: `a former league executive
 * who now works as a broadcaster`, `the former coach turned pundit`.
 */
const NOW_A_PUNDIT =
  /\b(?:now\s+)?(?:works?|worked|serves?)\s+as\s+an?\s+(?:(?:TV|television|radio|sports)\s+)?(?:broadcaster|pundit|commentator)\b|\bturned\s+(?:(?:TV|television|radio)\s+)?(?:broadcaster|pundit|commentator)\b/;

/**
 * Roles that make a speaker a commentator wherever the article names them: analysts and
 * academics (a think tank's fellows, political scientists, historians), advocates and critics,
 * lawmakers (`Sen.`, `Rep.`, `(D-Calif.)`), editorials; a sector's voices (h-who14's
 * `business-voices`: `industry and business representatives`, `business leaders`, `business
 * officials`), who weigh a decision for their trade (`industry officials` may tell its figures).
 * A think tank itself is no such role: it may report research of its own (`a British think tank told the paper the shells were ...`).
 * h-who30's `lawyer-by-field`: a lawyer titled by a field of law (`an aviation lawyer, Pia Strand,`,
 * `maritime lawyer Anne Falk`) and acting for no one named there gives an outside expert's view.
 */
const COMMENTATOR_ROLE =
  /\b(?:[Aa]n?\s+)?(?:aviation|maritime|shipping|insurance|constitutional|competition)\s+lawyers?\b(?!,?\s+(?:for|representing|acting)\b)|\b(?:business|industry)\s+(?:and\s+(?:business|industry)\s+)?(?:representatives|leaders|lobbyists)\b|\bbusiness\s+officials\b|\bwho\s+(?:has\s+|have\s+)?(?:studies|studied|researches|researched|teaches|taught|tracks|tracked|written|writes|wrote|speciali[sz]es|speciali[sz]ed)\b|\bnot\s+(?:directly\s+)?(?:involved|connected|associated|affiliated)\s+(?:in|with)\b|\b(?:has|had|have|plays?|played)\s+no\s+(?:role|part|involvement|connection|ties?|links?)\s+(?:in|with|to)\b|\b(?:criminologists?|sociologists?|psychologists?|demographers?)\b|\b\p{L}+[- ](?:safety|rights|control|reform|welfare|justice)\s+(?:groups?|organi[sz]ations?|campaigners?|advocates?|activists?)\b|\b(?:a|an)\s+\p{Ll}+\s+consultants?\b|\b[Cc]onsultants?\s+\p{Lu}\p{Ll}|\b[Oo]pposition\s+(?:[\p{L}-]+\s+){0,2}(?:spokes(?:wo)?m[ae]n|spokesperson|politicians?|part(?:y|ies)|lawmakers?|MPs?|members?)\b|\bChambers?\s+of\s+(?:Commerce|Industry|Trade)\b|\b(?:business|trade|industry|employers['’]?)\s+(?:groups?|lobby|lobbies|associations?|bodies|organi[sz]ations?)\b|\b(analysts?|experts?|professors?|lecturers?|scholars?|academics?|economists?|strategists?|commentators?|(?:senior|research|visiting|resident)\s+fellows?|fellows?\s+(?:at|with)|political\s+scientists?|historians?|columnists?|specialists?|pundits?|critics?|(?<!\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|['’]s\s+)opponents?|advocates?|advocacy|activists?|campaigners?|environmentalists?|lawmakers?|legislators?|senators?|congress(?:wo)?m[ae]n|congressional|editorials?)\b|\bMPs?\b|\b(?:a|an)\s+member\s+of\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+){0,2}(?:[Pp]arliament|[Cc]ongress|[Ll]egislature|[Nn]ational\s+[Aa]ssembly|[Ss]enate|Bundestag|Storting|Riksdag|Folketing|Knesset|Duma)\b|\bauthor\s+of\s+(?:a|an|two|three|several|many|numerous)\s|\b(?:longtime\s+|veteran\s+|close\s+)?observers?\s+of\b|\b(?:Sen|Rep)\.\s|(?:^|[\s,(])[DR]-\p{Lu}[\p{L}.]*(?=$|[\s,)])|\b(?:House|Senate)\s+(?:\p{L}+\s+){0,5}Committee\b|\b[Aa]nti-\p{L}+\s+(?:groups?|organi[sz]ations?|campaigners?|activists?|coalitions?)\b|\b(?:environmental|conservation|civil[- ]liberties|(?:civil|human|animal)[- ]rights|rights|consumer|watchdog|lobby(?:ing)?|pressure|campaign(?:ing)?|activist)\s+(?:groups?|organi[sz]ations?|coalitions?|charit(?:y|ies))\b/u;
/**
 * Voices of entertainment and fandom (h-who11's `media-commentator`): a talk-show, radio or TV
 * host (`Talk-show host Ricky Dorne said on his show`, `the host of a morning programme`), a fan
 * site or fan club. They react and give views on the news; they confirm none of it.
 */
const MEDIA_COMMENTATOR =
  /\b(?:talk[- ]show|chat[- ]show|late[- ]night|radio|podcast|television|TV|breakfast[- ]show|morning[- ]show)\s+hosts?\b|\bhosts?\s+of\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:show|podcast|programme|program)\b|\bfan\s+(?:sites?|clubs?|pages?|accounts?|forums?)\b|\bfansites?\b/iu;
/** Observers named by nothing more: `Observers`, `political observers`, `some observers`. */
const BARE_OBSERVERS =
  /^(?:(?:some|many|most|other|political|independent|outside|longtime|veteran)\s+)?[Oo]bservers$/;
/**
 * Stop 55 (h-who35)'s `field-writer`: a writer or blogger named by the field they write on (`Culture
 * writer Jens Aas`, `food writer Mats Eid`, `a wine blogger`) gives a view on the news; they tell
 * none of it first-hand. Not a reporter or an editor, who may speak for their outlet's reporting.
 */
const FIELD_WRITER =
  /\b(?:[Ff]ood|[Cc]ulture|[Cc]ultural|[Mm]usic|[Ff]ilm|[Ww]ine|[Tt]ravel|[Ff]ashion|[Aa]rts?|[Tt]heat(?:re|er)|[Rr]estaurant|[Bb]ooks?|[Ss]ports?|[Ee]ntertainment|[Cc]elebrity|[Ss]howbiz|[Ff]inance|[Mm]otoring)\s+(?:writers?|bloggers?)\b/u;
/**
 * The same roles written as a title before a name or opening a sentence (`Senator Maya Voll`,
 * `Analysts said`, `Environmental group Clear Rivers`, h-who17's `Criminologist Berit Holm`):
 * capitalised, they are no less a role.
 */
const COMMENTATOR_TITLE =
  /\b(?:Analysts?|Experts?|Professors?|Lecturers?|Scholars?|Academics?|Economists?|Criminologists?|Sociologists?|Psychologists?|Demographers?|Strategists?|Commentators?|Political\s+[Ss]cientists?|Historians?|Columnists?|Pundits?|Critics?|Opponents|Activists?|Campaigners?|Environmentalists?|Lawmakers?|Legislators?|Senators?|Congress(?:wo)?m[ae]n|(?:Environmental|Conservation|Civil[- ]liberties|(?:Civil|Human|Animal)[- ]rights|Rights|Consumer|Watchdog|Lobby(?:ing)?|Pressure|Campaign(?:ing)?|Activist)\s+(?:groups?|organi[sz]ations?|coalitions?|charit(?:y|ies)))\b/u;
/**
 * An advocacy organisation by its name: a body of civil society (coalition, alliance, society,
 * council, fund, network, campaign, center, defenders, friends ...) named for a cause it defends
 * (wildlife, species, rights, the environment, conservation ...): `the Fen Wildlife Coalition`,
 * `Center for Marsh Diversity`, `Harbour Defense Council`. Its speakers are advocates.
 * Government bodies are named otherwise (`Environmental Protection Agency`, `Department of X`).
 */
const ADVOCACY_BODY =
  /\b(?:Coalition|Alliance|Society|League|Council|Fund|Network|Campaign|Watch|Conservancy|Center|Centre|Defenders|Friends|Foundation|Club)\b/u;
const ADVOCACY_CAUSE =
  /\b(?:Defen[cs]e|Defenders|Protection|Preservation|Conservation|Conservancy|Rights|Liberties|Wildlife|Species|Environment(?:al)?|Diversity|Freedom|Peace|Climate|Animals?|Humane|Wilderness|Earth|Consumers?|Taxpayers?|Advocates|Action)\b/u;
/** A name in capitals, with its inner function words: `Center for Marsh Diversity`. */
const CAPITAL_NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|to)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;

/** A context that names an advocacy organisation (see `ADVOCACY_BODY`). */
function namesAdvocacy(context: string): boolean {
  for (const m of context.matchAll(CAPITAL_NAME))
    if (ADVOCACY_BODY.test(m[0]) && ADVOCACY_CAUSE.test(m[0])) return true;
  return false;
}

/** A relative named by `whose` (`whose husband`, `whose step-son`): see RELATION_ROLE, roleContext. */
const WHOSE_KIN = String.raw`(?:\p{L}+-)?(?:husband|wife|son|daughter|mother|father|parents|brother|sister|child|children|cousin|niece|nephew|grand(?:mother|father|son|daughter|child)|partner|fianc[eé]e?)`;
/** `whose` opening a clause about someone other than a relative (`whose critics say`). */
const WHOSE_NOT_KIN = new RegExp(String.raw`^\s*whose\b(?!\s+${WHOSE_KIN}\b)`, 'iu');
/**
 * A speaker's tie to someone in the story, not a part in the events: relatives, friends and
 * neighbours (`daughter of the slain clerk`, `a friend of the victim`, `Quill's widow`) are cited
 * for their reaction, unless what they say is what they saw or heard (see `PERCEPTION`).
 */
const RELATION_ROLE = new RegExp(
  String.raw`\b(?:widow(?:er)?|daughter|son|mother|father|parent|brother|sister|sibling|wife|husband|cousin|niece|nephew|grand(?:mother|father|son|daughter|parent)|friend|neighbou?r|relative|family member)s?\s+of\b|['’]\s?s?\s+(?:widow(?:er)?|daughters?|sons?|mother|father|parents|brothers?|sisters?|wife|husband|cousins?|nieces?|nephews?|grand(?:mother|father|sons?|daughters?|children)|family|relatives|friends?|neighbou?rs?)\b|\bwhose\s+${WHOSE_KIN}\b`,
  'iu',
);
/**
 * Words of sympathy or grief: `our hearts and prayers are with`, `thoughts go out to`,
 * `condolences`, `a terrible tragedy`, `devastated`. h-who29's `sympathy-reported`: also in
 * reported speech, its tense moved back (`said her thoughts were with the family`).
 */
const SYMPATHY =
  /\b(?:(?:hearts?|prayers|thoughts|sympathies|sympathy)\b[^.;]{0,40}?\b(?:are|is|go|goes|went|were|was)\s+(?:out\s+)?(?:to|with)\b|condolences|(?:terrible|horrible|awful|senseless|tragic|heartbreaking)\s+(?:tragedy|loss)|devastated|heartbroken)/i;

/**
 * The author or leader of the research a story reports: `who led the study`, `the study's lead
 * author`, `lead author of the report`, `who headed the research team`, `co-author of the survey`;
 * also a study named by its year (h-who18's `study-of-year`: `who led a 2035 study of fenalite`).
 */
const STUDY_AUTHOR =
  /\b(?:who\s+(?:led|leads|headed|heads|conducted|co-?authored|authored|wrote|ran|runs)\s+(?:the|this|that|a|an)\s+(?:new\s+|\d{4}\s+)?(?:study|research|survey|report|trial|review|analysis|paper|project|research\s+team|team)|(?:the\s+)?(?:study|research|survey|report|paper|trial)['’]s\s+(?:lead\s+|senior\s+|principal\s+|co-?)?(?:author|researcher|investigator|leader)|(?:lead|senior|principal|co-?)\s*(?:author|researcher|investigator)\s+(?:of|on)\s+the\s+(?:new\s+)?(?:study|research|survey|report|trial|review|analysis|paper))\b/i;
/**
 * h-who22's `researcher-view`: a title by a field of research (`researcher`, `scientist`, `marine
 * biologist`, `zoologist`). Trades that treat or examine (pathologists, radiologists) are not in it.
 */
const RESEARCH_TITLE =
  /\b(?:[Rr]esearchers?|[Ss]cientists?|(?:[Bb]io|[Zz]oo|[Ee]co|[Gg]eo|[Gg]lacio|[Cc]limato|[Vv]olcano|[Hh]ydro)logists?|[Oo]ceanographers?)\b/u;
/** A verb that tells research: `found`, `measured`, `showed`. */
const RESEARCH_DEED =
  /^(?:found|finds|discovered|measured|recorded|tracked|calculated|estimated|showed|shows|concluded|documented|observed)$/i;
/** What tells research done: the study, the data, samples, tests, the team. */
const RESEARCH_TOLD =
  /\b(?:study|studies|research|survey|data|samples?|tests?|measurements?|analysis|experiments?|team|findings?|found|measured|tracked|recorded)\b/i;
/** An affiliation with a university. */
const ACADEMIC = /\b(?:University|College|Polytechnic)\b/u;
/**
 * Stop 53's `plural-possessive-name`: a name whose plural possessive mark is set apart
 * (`the Strandhavn Dockers ' Union`; 1: the words before the mark, 2: the capitalised words after).
 */
const PLURAL_POSSESSIVE_NAME =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*s)\s+'\s+((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,3})$/u;
/** A university's, college's name alone (`Halvik University`, `the University of Orsa`). */
const UNIVERSITY_NAME =
  /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:University|College|Polytechnic)|(?:University|College|Polytechnic)\s+of(?:\s+\p{Lu}[\p{L}'’-]*){1,3})$/u;
/** Who speaks for a university or took part in events there, and its hospitals. */
const ACADEMIC_PARTY =
  /\b(?:spokes(?:wo)?m[ae]n|spokesperson|officials?|police|president|chancellor|provost|dean|administrators?|students?|graduates?|alumn[ia]|coach|Hospital|Medical|Clinic|Health)\b/iu;

/**
 * h-who28's `described-body`: a name, then a comma and lower-case words of a description closed by
 * a comma or the sentence's end (`Brightwater Holdings, the club 's owners, said`).
 */
const DESCRIBED_APPOSITION =
  /(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4}),\s+the\s+((?:\p{Ll}[\p{Ll}-]*|['’]\s?s)(?:\s+(?:\p{Ll}[\p{Ll}-]*|['’]\s?s)){1,4})\s*(?=[,.;]|$)/gmu;
/** Lower-case words of a title, then a name, after a comma or a verb of saying: `, grid operator Norvik Grid said`. */
const DESCRIBED_TITLE =
  /(?:,|\bsaid|\baccording\s+to)\s+(\p{Ll}[\p{Ll}-]+\s+\p{Ll}[\p{Ll}-]+)\s+(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4})(?=\s+said\b|\s*[,.]|$)/gmu;
/**
 * h-who29's `operator-described`: a name, a comma and `which operates` or `which runs` (`Skarn
 * Ferries, which operates the route`); h-who30's `operator-owns`: `which manages`, `which owns` (the
 * body that owns or manages the site runs it: `Nordlys Grid, which owns the substation`).
 */
const OPERATES_APPOSITION =
  /(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4})\s?,\s+which\s+(?:operates|runs|manages|owns)\s+\p{Ll}/gu;
/** An operator's title before a name: `grid operator Norvik Grid`, `Gas network operator Fenline Gas` (1: the name). */
const OPERATOR_TITLE =
  /\b[Oo]perator\s+(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4}?)(?=\s+(?:said|says|told|has|had|will|which|\p{Ll}+ed)\b|\s?[,.;]|$)/gmu;
/** An operator named in lower case by its noun: `the operator`, `the ferry operator`, `the metro operator`, `the dam's operator` (h-who30). */
const BARE_OPERATOR = /^(?:the\s+)?(?:[\p{Ll}-]+(?:\s?['’]s)?\s+){0,2}operator$/iu;
/** h-who29's `neighbour-named`: one unnamed neighbour (`a neighbour said`; not `another neighbour`, not `neighbours`). */
const BARE_NEIGHBOUR = /^(?:(?:a|the|one)\s+)?(?:next-door\s+)?neighbou?r$/i;
/** A person titled as a neighbour: `Neighbour Marta Hollis`, `next-door neighbour Ivo Lark` (1: the name). */
const NEIGHBOUR_TITLE = /\b[Nn]eighbou?r\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\b/gu;
/** A person given as a neighbour in apposition: `Marta Hollis, 71, a neighbour,` (1: the name). */
const NEIGHBOUR_APPOSITION =
  /\b(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s?,\s+(?:\d{1,3}\s?,\s+)?(?:a|her|his|their)\s+(?:next-door\s+)?neighbou?r\s?[,.]/gu;
/** A title that opens on `former`, `ex-` or `retired`: `Former Norvik Grid chief executive Jan Storm`. */
const FORMER_TITLE = /^(?:the\s+)?(?:[Ff]ormer|[Ee]x-|[Rr]etired)\b/u;
/**
 * A former holder of an office (`Former Castrian ambassador Oskar Hale`, `the country's former
 * interior minister`, `ex-police chief`): out of office, they comment on what others do.
 */
const FORMER_ROLE =
  /\b(?:[Ff]ormer|[Rr]etired|[Ee]x-)\s*(?:[\p{L}-]+\s+){0,3}?(?:ministers?|ambassadors?|envoys?|officials?|inspectors?|admiral|colonel|secretary|director|head|chief|president|prime\s+minister|governor|mayor|senator|general|commander|diplomats?|advis[eo]rs?|prosecutor|judge|chairman|chairwoman|MPs?|spokes(?:wo)?m[ae]n|spokesperson|negotiator|intelligence\s+officers?|agent|captain|coach|players?|footballer|goalkeeper|striker|defender|midfielder|international|champion|commissioners?|astronaut|pilot|detective|officers?|executive|regulator|auditor|council(?:l)?ors?|lawmaker|legislator|congress(?:wo)?man|deputy|attorney|sheriff|superintendent|trustee)\b/u;
/**
 * h-who20's `former-any-office`: a view told in the first person (`In my experience, such
 * paintings ...`, `My guess is a turbopump`, `I suspect`) tells no deed of the speaker's own: the
 * first person that keeps a former office holder an origin is the one left once these are taken out.
 */
const FIRST_PERSON_VIEW =
  /\b(?:in\s+my\s+(?:experience|view|opinion|judge?ment)|my\s+(?:guess|view|opinion|sense|feeling|hunch|bet)|I\s+(?:think|believe|suspect|guess|expect|fear|doubt|suppose|would\s+(?:expect|say|guess)))\b/gi;
/** The opposition's leader: `Opposition leader Marta Quist`, `the leader of the opposition`, `opposition chief`. */
const OPPOSITION_LEADER =
  /\b[Oo]pposition\s+(?:[\p{L}-]+\s+){0,2}?(?:leader|chief|head)\b|\b[Ll]eader\s+of\s+the\s+(?:\p{L}+\s+)?[Oo]pposition\b/u;
/** A statement of the speaker's own deeds or plans: it opens on the speaker (`she would form a government`, `we will vote`, `my party`). */
const SELF_TOLD = /^[\s"“‘'`]*(?:I|we|he|she|my|our|his|her)\b/iu;
/** A party's answer to an accusation: `denied`, `pleaded not guilty`, `admitted`. */
const PARTY_CUE =
  /^(?:den(?:y|ies|ied|ying)|plead(?:s|ed|ing)?|pled|admit(?:s|ted|ting)?|confess(?:es|ed|ing)?)$/i;
/** A statement in the first person: the speaker tells what they did or saw. */
const FIRST_PERSON = /\b(?:I|we|my|our|me|us)\b/;

/**
 * Stop 55 (h-who35)'s `report-author`: a body cited for what its own report says, `a report by the
 * rights group Prison Watch says`, `Prison Watch said in a report released Monday`: it tells the
 * findings it gathered, first-hand, whatever its cause. The words before the source (`report by`)
 * or opening it, and after it (`said in a report`); an analyst's or economist's note to clients is no such report
 * (see `REPORT_NOTE`).
 */
const REPORT_BEFORE = /\b(?:report|study|survey|audit)\s+(?:by|from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
const REPORT_BY = /^(?:(?:a|an|the)\s+)?(?:new\s+|\d{4}\s+)?(?:report|study|survey|audit)\s+(?:by|from)\s/i;
const REPORT_AFTER =
  /^\s*(?:said|says|found|finds|wrote|writes|concluded|concludes)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?in\s+(?:a|an|its)\s+(?:new\s+|latest\s+|annual\s+|\d{4}\s+)?(?:report|study|survey|audit)\b(?!\s+(?:to|for)\s+(?:its\s+)?(?:clients|investors|customers))/iu;
/** Whose report is a note on markets or an expert's view, not findings: `Analysts at Nordbank`, `economist`. */
const REPORT_NOTE = /\b(?:analysts?|economists?|strategists?|experts?|commentators?)\b/i;

/** A statement of what the speaker perceived: a witness's account, whoever the witness is. */
/**
 * What a body's own people saw, told by the body (`its observers saw`, `our monitors witnessed`,
 * `their researchers documented`): a first-hand account, whoever the body is.
 */
const OWN_WITNESSES =
  /\b(?:its|their|our)\s+(?:own\s+)?(?:observers|monitors|researchers|staff|volunteers|medics|investigators|lawyers|members)\s+(?:had\s+|have\s+)?(?:saw|seen|heard|watched|witnessed|documented|recorded|filmed|photographed)\b/i;
/**
 * A feeling told in the first person, opening the statement: `I'm scared`, `we are just stunned`,
 * `everybody's in shock` (not `we are shocked that the pier closed`: that tells a fact too).
 */
const FEELING =
  /^[\s"“‘'`]*(?:I\s?['’]\s?m|I\s+am|I\s+was|we['’]re|we\s+are|we\s+were|everybody['’]s|everyone['’]s|everybody\s+is|everyone\s+is|(?:he|she)\s+(?:was|is)|they\s+(?:were|are))\s+(?:\p{Ll}+\s+){0,2}(?:scared|afraid|frightened|terrified|shocked|stunned|in\s+shock|numb|angry|furious|upset|sad|saddened|heartbroken)\b/iu;
const PERCEPTION = /\b(?:I|we|he|she|they)\s+(?:saw|heard|watched|witnessed|noticed|smelled)\b/i;
/** h-who22's `sympathy-and-deed`: a clause joined by `and` that tells a deed (`and was working with police`, `and had closed the site`). */
const AND_DEED =
  /^[^.;]*?\band\s+(?:(?:it|they|we|he|she)\s+)?(?:was|were|is|are|had|has|have)\s+(?:(?:already|now|also|fully)\s+)?(?!been\b)\p{Ll}{3,}(?:ing|ed)\b/u;
/**
 * h-who22's `feeling-of-others`: a statement opening on how others feel: a noun phrase, then a
 * feeling (`parents were worried`, `the town was in shock`), or something that moved a community
 * (`the tragedy had shocked the whole town`). h-who29's `feeling-quote-apart`: the feeling may be
 * quoted with the mark set apart, as tokenised text writes it (`the street was `` in shock ''`).
 */
const FEELING_OF_OTHERS =
  /^[\s"“‘'`]*(?:(?:the|many|most|some|all|local|our|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|felt|feel|feels)\s+(?:(?:\p{Ll}+|``|["“])\s+){0,2}?(?:scared|afraid|frightened|terrified|shocked|shaken|stunned|in\s+shock|numb|angry|furious|upset|sad|saddened|heartbroken|devastated|distraught|worried|in\s+mourning|grieving)|(?:had|has|have)\s+(?:\p{Ll}+\s+)?(?:shocked|stunned|saddened|angered|devastated|upset)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:town|city|village|community|country|nation|region|island|school|families|family|parents|residents|everyone|everybody))\b/iu;
// (h-who26's `mourning-of-others`: `the village was in mourning`, `the town is grieving`; h-who37's
// `shaken-others`: `the city was `` shaken. ''`.)
/**
 * Stop 57 (h-who40)'s `reported-feeling`: reported speech opening on the speaker (`he`, `she`,
 * `they`) and a verb of feeling about what may come (`he feared customers would stay away`, `she
 * hoped the trust would change its mind`, `she was shocked and feared for her neighbours ' jobs`):
 * how the speaker feels, told by the reporter; a reaction, no fact of the events.
 */
/**
 * Stop 58 (h-who42)'s `reported-stance`: reported speech opening on the speaker's pronoun and a verb of
 * stance (`said he expected wild salmon to suffer`, `said he welcomed the decision`): what one expects or
 * welcomes is one's view of the news, no fact one tells (a body's forecast is kept by `roleOf`'s gate).
 */
const REPORTED_STANCE = /^[\s"“‘'`]*(?:that\s+)?(?:he|she|they)\s+(?:expected|expects|welcomed|welcomes)\b/iu;
/**
 * Stop 58 (h-who43)'s `reported-letdown`: reported speech that is the speaker's feeling and nothing
 * else (`said she was disappointed`, `said he was relieved`, `said they were dismayed by the timing`):
 * the clause ends on the feeling, or on what caused it after `by`, `with` or `at`.
 */
const REPORTED_LETDOWN =
  /^[\s"“‘'`]*(?:that\s+)?(?:he|she|they)\s+(?:was|were)\s+(?:(?:very|so|deeply|bitterly|greatly|hugely|really|extremely)\s+)?(?:disappointed|dismayed|appalled|devastated|relieved|delighted|thrilled|pleased|horrified|outraged|saddened|upset|shocked|stunned)(?:\s+(?:by|with|at)\s+[^,;:]*)?[\s.”"']*$/iu;
const REPORTED_FEELING =
  /^[\s"“‘'`]*(?:that\s+)?(?:he|she|they)\s+(?:(?:was|were)\s+(?:\p{Ll}+\s+)?(?:scared|afraid|frightened|terrified|shocked|stunned|angry|furious|upset|sad|saddened|heartbroken|devastated|worried|dismayed|appalled|disappointed)\s+(?:and\s+)?)?(?:feared|fears|hoped|hopes|dreaded|dreads|worried|worries|wished|wishes)\b/iu;
/** A verb that tells (`said`, `told`, `recalled`), not one that takes a stand (`took aim at`, `blamed`). */
const TELLING_CUE = /^(?:said|says|told|tells|added|explained|recalled|recounted|confirmed|according\s+to)$/i;
/**
 * h-who18's `relative-tells-fact`: a deed or event before the time of speaking, told in the past
 * perfect (`he had complained about the brakes`, `his son had signed a contract`, `he had been
 * driving for nine hours`): a fact the speaker gives, not a reaction. Not a feeling or a trait
 * (`had loved his job`, `had been a gentle man`, `had always been kind`).
 */
const TOLD_EVENT =
  /(?<!\b(?:who|which|whom|that)[\s-]*)\bhad\s+(?:(?:already|just|never|not|also|repeatedly|twice|once|recently|earlier)\s+)?(?:been\s+\p{Ll}+(?:ing|ed)\b|(?!(?:loved|liked|hated|wanted|hoped|wished|enjoyed|adored|admired|cared|dreamed|dreamt|seemed|appeared|looked|felt|always|been)\b)\p{Ll}+ed\b|(?:told|sent|paid|left|shown|seen|gone|made|taken|given|met|spoken|written|bought|sold|kept|found|brought|heard|won|lost|driven|got|gotten|come|run|begun|spent|quit|put|received|thrown|stolen|hidden|broken|fallen|drunk|eaten|flown|ridden|struck|hit|shot)\b)/u;
/**
 * h-who28's `former-own-deed`: reported speech whose subject is the speaker (`he`, `she`) and whose
 * verb tells a deed before the time of speaking (`he had ordered`, `she had warned the board`).
 */
const FORMER_OWN_DEED = new RegExp(
  String.raw`^[^\p{L}]*(?:that\s+)?(?:he|she)\s+(?:` + TOLD_EVENT.source + ')',
  'u',
);
/** A group named by a plural of trade or kind, one word before it at most (`Insurers`, `Tourism operators`). */
const STANCE_GROUP = /^(?:\p{Lu}[\p{Ll}-]+\s+)?\p{L}[\p{Ll}-]+(?:ers|ors|ists|iers|ants|ents|ians)$/u;
/** Cues of a demand (`demanded`, `urged`, `called for`): an act of the group, no view (see `stance-group`). */
const DEMAND_CUE = /^(?:demand(?:s|ed|ing)?|urge[sd]?|urging|called\s+(?:for|on))$/i;
/** A cue of a view that is no demand (`condemned`, not `demanded a ransom`: an act): see `stance-group`. */
const stanceCue = (cue: string): boolean => OPINION_CUE.test(cue) && !DEMAND_CUE.test(cue);
/** A verb of acclaim used as a cue (`hailed the deal`, `hails the ruling`): see `reaction-hailed`. */
const HAILED = /^(?:hailed|hails|hailing)$/i;
/** Cues of a view, not a report: the speaker believes, predicts, argues, praises or blames. */
const OPINION_CUE = new RegExp(
  String.raw`^(assumes?|assumed|believes?|believed|thinks?|thought|suggest(s|ed|ing)?|predict(s|ed)?|speculated|surmised|hopes?|hoped|fears?|feared|expects?|expected|argue[sd]?|arguing|criticized|criticised|praised|welcome[sd]?|condemned|slammed|blasted|urge[sd]?|urging|called for|called on|demanded|lamented|bemoaned|complained|questioned|doubts?|worried|feels|felt|applauded|decried|congratulated|congratulates|congratulating|thanked|mourned|paid tribute|voiced|made the case|mused|opined|griped|grumbled|scoffed|sneered|gushed|raved|ranted|fumed)$`,
  'i',
);
/**
 * What is said is a view: what should happen, what the speaker thinks. Not `must`: what must be
 * done is as often an order or a rule an official states (`the judge told him he must surrender
 * his passport`, `residents must leave`); but what must never be or happen, or not happen again,
 * is a principle (`Hospitals must never be a target`, `this must not go unpunished`). (How much
 * something weighs for someone, `a big loss to the town`, was read as a view in stop 32 and
 * dropped under the halves rule: it moved half A only.)
 */
const OPINION_CONTENT =
  /\b(should|ought to)\b|\b(I|we) (think|believe|hope|feel|expect)\b|\bmust never (?:be|happen)\b|\bmust not (?:happen again|go unpunished)\b/i;

/**
 * h-who31's `lesson-drawn`: what the events show is needed: `the crash showed that the harbour
 * needed more pilots`, `the fire proved the city must hire inspectors`, `it highlighted the need
 * for ...` (not `the records showed the ship had been inspected`: a fact a record shows).
 * Stop 58 (h-who43) widened it to a fault the events show, ending the clause: `the collapse showed
 * that the cranes were too old` (not `showed the crane was too heavy for its rails at 40 tonnes`).
 */
const LESSON_DRAWN =
  /^(?:the|this|that|it)\b[^,;:.]{0,40}?\b(?:showed|shows|proved|proves|highlighted|highlights|exposed|exposes|underlined|underlines|demonstrated|demonstrates)\s+(?:(?:that\s+)?[^,;:.]{0,60}?\b(?:needed|needs|need\s+to|must|should|ought\s+to|had\s+to|has\s+to|have\s+to)\b|the\s+(?:urgent\s+)?need\s+(?:for|to)\b|(?:that\s+)?[^,;:.]{0,60}?\b(?:was|were|is|are)\s+(?:far\s+|much\s+|simply\s+)?too\s+\p{Ll}+\s*$)/iu;

/**
 * h-who21's `evaluation-only`: a statement whose predicate judges worth (`the cuts were reckless`,
 * `was a disaster for trade`, `is an insult to drivers`, `was bad for small boats`), no fact told.
 * h-who22's `evaluation-quoted`: so with the judgement quoted (`the escape was “completely
 * unacceptable”`, `was a “disgrace”`). h-who33's `evaluation-quoted-apart`: the quotation mark set
 * apart as tokenised text writes it (`The decision was `` reckless, '' said a councillor`).
 */
const EVALUATION =
  /^[^.;:]{0,80}?\b(?:is|was|are|were|would\s+be|will\s+be)\s+(?:["“‘']|``\s*)?(?:(?:very|so|too|deeply|completely|totally|utterly|simply|clearly|highly|extremely|nothing\s+short\s+of|little\s+more\s+than)\s+)?(?:(?:a|an)\s+)?(?:["“‘']|``\s*)?(?:(?:complete|total|real|major|serious|huge|terrible|severe|heavy)\s+)?(?:reckless|disastrous|disaster|insult|insulting|outrageous|unacceptable|scandal|scandalous|shameful|disgrace|disgraceful|ridiculous|absurd|unfair|unjust|irresponsible|betrayal|shambles|farce|catastrophe|catastrophic|appalling|deplorable|misguided|short-sighted|blow\s+(?:to|for)|bad\s+for|good\s+for)\b/iu;

/**
 * h-who17's `commentator-verdict`: a name given to what happened (`called the attack cowardly`,
 * `branded the fire a disgrace`) and a vow that the culprits will pay (`said those behind it
 * would be punished`, `will be brought to justice`): a verdict on events, not a fact of them.
 */
const VERDICT_CUE = /^(?:called|calls|calling|branded|brands)$/i;
/**
 * What a verdict names, then the name it gives: `the attack cowardly`, `it a disgrace`, `the
 * decision a blow` (not `a halt to the fight`, `an emergency meeting`: a deed, no verdict).
 * h-who29's `verdict-quote-apart`: the name given may open on a quotation mark set apart as
 * tokenised text writes it (`the flooding `` a disgrace ''`, `the collapse " a shock "`).
 */
const NAMED_THING =
  /^(?:\s|["“]|``)*(?:it|this|that|them|him|her|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:(?:["“]|``)\s*)?(?:an?\s+|the\s+)?\p{L}/iu;
/**
 * h-who29's `verdict-and-call`: beside a verdict, a call that the events be looked into (`said
 * lessons must be learned`, `said the plant 's safety record must be examined`) tells no fact.
 */
const CALL_FOR_SCRUTINY =
  /\b(?:lessons\s+(?:must|should|will\s+have\s+to|have\s+to|need\s+to)\s+be\s+learn(?:ed|t)|(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:(?:fully|properly|thoroughly|urgently|carefully)\s+)?(?:examined|investigated|looked\s+(?:at|into)|reviewed|scrutini[sz]ed|questioned))\b/i;
const VOW =
  /\b(?:will|would)\s+(?:be\s+)?(?:punished|brought\s+to\s+justice|held\s+(?:to\s+)?account(?:able)?)\b/i;

/**
 * A piece of opinion the statement was made in: `wrote in an op-ed`, `In his column, Name wrote`,
 * `in a commentary for the Herald`, `a blog post`. What a column says is its writer's view.
 */
const OPINION_PIECE =
  /\b(?:in|for)\s+(?:a|an|his|her|their|the|its)\s+(?:(?:weekly|regular|guest|signed|recent|new|own)\s+)?(?:op-?ed|opinion\s+(?:piece|column|article)|column(?!\s+of\b)|commentary|guest\s+essay|blog\s+post|editorial)\b/i;

/**
 * Two organisations or people named in one source, joined by `and` (`Velo Inc and Orlin Labs`,
 * `Ada Quill and Ivo Brask`): their labels, each a source of its own; else null.
 */
function jointNames(d: Document, a: Attribution): [string, string] | null {
  if (!a.source || !/\s(?:and|&)\s/.test(d.text.slice(a.source.start, a.source.end))) return null;
  const inside = spansWithin(d.entities, a.source).filter(
    (e) => e.kind === 'organization' || e.kind === 'person',
  );
  if (inside.length !== 2) return null;
  const [x, y] = inside as [(typeof inside)[0], (typeof inside)[0]];
  // The two names are the whole source, with `and` between them and nothing else.
  const around = `${d.text.slice(a.source.start, x.start)}|${d.text.slice(x.end, y.start)}|${d.text.slice(y.end, a.source.end)}`;
  if (!/^(?:(?:the|both)\s+)?\|\s+(?:and|&)\s+(?:the\s+)?\|$/i.test(around)) return null;
  return x.key === y.key ? null : [x.label, y.label];
}

/** A plural noun of companies standing for ones named before: `the companies`, `both firms`, `the two groups`. */
const PLURAL_COMPANIES =
  /^(?:the\s+|both\s+)?(?:(?:two|three|four)\s+)?(?:companies|firms|groups|operators|carmakers|automakers|airlines|banks|insurers|retailers|manufacturers|developers)$/i;
/** A name of two capitalised names joined by `and`: `Tessel Energy and Marko Logistics`. */
const TWO_NAMES =
  /^(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)+)\s+and\s+(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)+)$/u;

/**
 * `The depot is run by Tessel Energy and Marko Logistics. The companies said ...`: a plural noun
 * of companies is the organisations the article named last, joined by `and` (two entities, or one
 * the entity layer read across the `and`), each of them a speaker; null otherwise.
 */
function pluralNames(d: Document, a: Attribution): string[] | null {
  if (!a.source || !PLURAL_COMPANIES.test(d.text.slice(a.source.start, a.source.end).trim())) return null;
  // Organisations of this sentence or the one before it, before the source.
  const from = d.sentences[Math.max(0, a.sentence - 1)]?.start ?? 0;
  const orgs = d.entities.filter(
    (e) => e.kind === 'organization' && from <= e.start && e.end <= a.source!.start && !isNewsName(e.label),
  );
  const last = orgs[orgs.length - 1];
  if (!last) return null;
  const before = orgs[orgs.length - 2];
  if (
    before &&
    /^\s+and\s+(?:the\s+)?$/i.test(d.text.slice(before.end, last.start)) &&
    before.key !== last.key
  )
    return [before.label, last.label];
  const two = TWO_NAMES.exec(last.label);
  return two ? [two[1]!, two[2]!] : null;
}

/** Cues of a refusal: `declined`, `refused`, `would not`. */
const REFUSAL_CUE = /^(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|would\s+not|did\s+not|could\s+not)$/i;
/** What is refused: to comment, to discuss, to say more (`to comment on the report`, `to be named` is no refusal of a statement). */
const REFUSED_SAYING =
  /^(?:immediately\s+)?to\s+(?:comment|discuss|elaborate|speak|say|confirm|answer|respond|reply|give\s+(?:details|further\s+details|a\s+reason)|provide\s+(?:details|further\s+details|a\s+reason)|release\s+(?:details|further\s+details))\b/i;

/**
 * A refusal to comment (`declined to comment on the report`, `refused to discuss the case`): the
 * speaker says nothing, so the statement makes no source of the article's claims.
 */
function isNoComment(d: Document, a: Attribution): boolean {
  // `did not respond to a request for comment` (h-attr13's `no-response`): a refusal, too.
  if (a.rule === 'attribution:no-response') return true;
  return (
    REFUSAL_CUE.test(d.text.slice(a.cue.start, a.cue.end).replace(/\s+/g, ' ')) &&
    REFUSED_SAYING.test(d.text.slice(a.content.start, a.content.end).trimStart())
  );
}

/** The sentence of a statement, from its first span to its last (with what opens the sentence). */
function statementSentence(d: Document, a: Attribution): string {
  const spans = [a.cue, a.content, ...(a.source ? [a.source] : [])];
  const start = Math.min(...spans.map((x) => x.start));
  const end = Math.max(...spans.map((x) => x.end));
  const before = d.text.slice(Math.max(0, start - 120), start);
  const open = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return `${open >= 0 ? before.slice(open + 1) : before}${d.text.slice(start, end)}`;
}

/** A sentence adverb after a comma: what follows it is the clause going on, not an apposition. */
const SENTENCE_ADVERB =
  /^\s*(?:however|meanwhile|though|too|also|instead|moreover|furthermore|nonetheless|nevertheless|still|then|in turn|in fact|for example|for instance|in addition|by contrast|on the other hand)\b/i;

/** The words around a mention that say who the speaker is: a title before, an appositive after. */
function roleContext(text: string, start: number, end: number, strict = false): string {
  // h-who17's `title-on-its-line`: a title stands on the name's own line; the line before is a
  // headline or another paragraph (`Orsa ex-mayor sentenced` over `Prosecutors had asked for six
  // years` gives the prosecutors no former office).
  const before = text
    .slice(Math.max(0, start - 60), start)
    .split(/\n/)
    .pop()!;
  const title = before
    .split(
      /[,;:"“”()]|(?<!\b(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Sgt|Adm|Capt|Cmdr|Const|Prof|St|Jr|\p{Lu}))[.!?]\s/u,
    )
    .pop()!
    // A title ends at a clause's verb: `relatives said any Quill` gives Quill no role.
    .split(/\s+/)
    .slice(-6)
    .join(' ');
  // (h-who37's `title-after-cue`, a name after a reporting verb holding none of the speaker's
  // title, was taken out at the end of stop 56: it raised half A's origins recall only.)
  const rest = text.slice(end, end + 200);
  // One apposition, and a second that describes the first's noun (`, an attorney with X, an environmental group`).
  const apposition =
    /^(?:\s*,([^,.;]*(?:,\s+(?:a|an|the)\s[^,.;]*)?)|\s*\(([^)]*)\)|\s+(?:of|from|at|with)\s([^,.;]*))/.exec(
      rest,
    );
  // `Quill, whose critics say the plan was rushed,`: a clause about others tied to the person
  // (their critics, their lawyers) says nothing of who the person is.
  const inner =
    // (h-who15's `whose-relative`: `Anna Vik, whose husband is among the trapped men,` is his
    // relative: the clause says who she is.)
    apposition && !WHOSE_NOT_KIN.test(apposition[1] ?? '')
      ? (apposition[1] ?? apposition[2] ?? apposition[3] ?? '')
      : '';
  // `In a letter to the Brindle Port Authority, however, the Fen Wildlife Coalition noted`: a
  // sentence adverb after the comma opens the rest of the clause, no apposition.
  // h-who22's `cue-no-apposition`: `The printing company, Dalberg Print, said it ... was helping
  // police`: what follows the comma closing a source set off by commas is its cue and what it
  // said, no apposition (before, `police` in it made the firm the police's speaker).
  const said = apposition?.[1] !== undefined && CUE_AFTER_COMMA.test(apposition[1]);
  const after = (strict && SENTENCE_ADVERB.test(inner)) || said ? '' : inner;
  return `${title} ${text.slice(start, end)} ${after.split(/\s+/).slice(0, 14).join(' ')}`;
}

/** A cue right after a comma: the clause said, not an apposition (`cue-no-apposition`). */
const CUE_AFTER_COMMA =
  /^\s*(?:(?:also|later|earlier|previously)\s+)?(?:said|says|told|tells|added|confirmed|announced|stated|reported|wrote|explained|noted|denied|insisted|warned)\b/i;

/** A verb in the present (`represents`, `runs`) and the start of its object: a predicate, no role. */
const PREDICATE_AFTER_NAME =
  /^\p{Ll}+[^s\s]s\s+(?:one|two|three|several|the|a|an|his|her|their|its|this|that|these|those|some|many|all|both|\d)\b/u;

/** An apposition after a name that says who the person is: `, a spokesman for the port`, `, harbour master`. */
// (h-who18: a number's comma or point is no break: `Norvik Mills, which employs 2,000 people`.)
const APPOSITION =
  /^,\s+((?:a|an|the|his|her|their|its|one of|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}['’]s)\s(?:[^,.;:!?"“”()]|(?<=\b\p{Lu})\.|(?<=\d)[,.](?=\d)){2,100}?|(?!(?:as|along|with|while|after|before|in|on|at|for|and|or|but|when|because|including|according|speaking|adding|saying|though|although|if|then|than|to|from|by|not|so|yet|now|also)\b)\p{Ll}(?:[^,.;:!?"“”()]|(?<=\b\p{Lu})\.|(?<=\d)[,.](?=\d)){2,100}?)\s*(?=[;:]|,(?!\d)|\.(?!\d)|\s+(?:said|says|told|tells|added|explained|noted|wrote|confirmed)\b)/u;

/**
 * A person's name with their role, as the articles give it: the first apposition after a
 * mention (`Ada Quill, a resident of Brindle`), else the title before the name in a source
 * (`harbour master Tomas Greer`), else the name alone.
 */
/**
 * The entity mentions of a story whose key or label is the one asked for, in document and
 * mention order (an index, so naming every source does not read every mention again).
 */
function entityMentions(
  documents: readonly Document[],
): (key: string, label: string) => Array<{ d: Document; end: number }> {
  const all: Array<{ d: Document; end: number }> = [];
  const byKey = new Map<string, number[]>();
  const byLabel = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, k: string, at: number): void => {
    const l = index.get(k);
    if (l) l.push(at);
    else index.set(k, [at]);
  };
  for (const d of documents)
    for (const e of d.entities) {
      add(byKey, e.key, all.length);
      add(byLabel, e.label, all.length);
      all.push({ d, end: e.end });
    }
  return (key, label) => {
    const a = byKey.get(key) ?? [];
    const b = byLabel.get(label) ?? [];
    const out: Array<{ d: Document; end: number }> = [];
    for (let i = 0, j = 0; i < a.length || j < b.length; ) {
      const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
      if (i < a.length && a[i] === next) i++;
      if (j < b.length && b[j] === next) j++;
      out.push(all[next]!);
    }
    return out;
  };
}

function describedName(
  n: { id: string; label: string },
  said: ReadonlyArray<{ d: Document; a: Attribution }>,
  mentioned: (key: string, label: string) => Array<{ d: Document; end: number }>,
): string {
  // Read from the original text: a possessive that tokenised text writes apart (`the state ’ s
  // official`) is shown whole, as the repaired view reads it (see repair/tokens.ts).
  return joinApart(describedNameAsRead(n, said, mentioned));
}

function describedNameAsRead(
  n: { id: string; label: string },
  said: ReadonlyArray<{ d: Document; a: Attribution }>,
  mentioned: (key: string, label: string) => Array<{ d: Document; end: number }>,
): string {
  const ends = mentioned(n.id.slice(2), n.label);
  for (const { d, a } of said) if (a.source) ends.push({ d, end: a.source.end });
  for (const { d, a } of said) {
    // (`Ada Quill and Ivo Brask said`: the other name is no title of this one.)
    if (!a.source || jointNames(d, a)) continue;
    const raw = d.text
      .slice(a.source.start, a.source.end)
      .replace(/\s+/g, ' ')
      .replace(/^(?:(?:the|a|an|by|though|although|and|but|as|while|because|so)\s+)+/i, '')
      .replace(LEADING_ADVERB, '');
    if (
      raw !== n.label &&
      (isRoleLike(raw.slice(n.label.length).replace(/^,\s*/, '')) || !raw.startsWith(`${n.label}, `)) &&
      // An organisation is named by its name, not by the description before it (`a New Zealand-based
      // group Quill Research` is Quill Research); a person keeps the title before the name.
      ((raw.endsWith(n.label) && !/^n:(?:org|organization):/.test(n.id)) || raw.startsWith(`${n.label}, `)) &&
      raw.split(' ').length <= 12 &&
      isNameLike(raw)
    )
      return raw;
  }
  for (const { d, end } of ends) {
    const m = APPOSITION.exec(d.text.slice(end, end + 160));
    if (!m) continue;
    // An apposition closing the sentence names a role only after a cue (`, said Ada Quill, a
    // resident.`); elsewhere it may be the statement itself (`..., Ada Quill, the ferry sank.`).
    const closes =
      !/^,/.test(d.text.slice(end + m[0].length).trimStart()) &&
      !/^\s+\p{Ll}/u.test(d.text.slice(end + m[0].length));
    if (
      closes &&
      !/\b(said|says|told|added|explained|noted|wrote|according to)\s+(?:\S+\s+){0,4}\S*$/i.test(
        d.text.slice(Math.max(0, end - 80), end),
      )
    )
      continue;
    // h-who15's `inverted-source-apart`: `... a ransom from Merrow Health, two people familiar with
    // the inquiry said.`: the phrase after the comma is the speaker of the sentence's cue (the
    // attribution layer's source starts in it), not a description of the name before it.
    if (d.attributions.some((x) => x.source && x.source.start > end && x.source.start < end + m[0].length))
      continue;
    const role = m[1]!.replace(/\s+/g, ' ').trim();
    // h-who27's `apposition-not-predicate`: `The lawyer, Greta Sand, represents one of the inmates`:
    // a verb and its object after the name's comma are the sentence's predicate, not who she is.
    if (PREDICATE_AFTER_NAME.test(role)) continue;
    // `..., Velta Stores, the company confirmed`: `the company` and its verb open a clause of their own.
    if (/^the\s+\p{Ll}+$/u.test(role) && /^\s+\p{Ll}/u.test(d.text.slice(end + m[0].length))) continue;
    const words = role.split(' ').length;
    // (A role cut at an initial, `a spokesman for the U` of `the U. S. Marshals`, is no role.)
    if (words >= 2 && words <= 12 && isRoleLike(role) && /\p{Ll}{3}/u.test(role) && !/\s\p{Lu}$/u.test(role))
      return `${n.label}, ${role}`;
  }
  return n.label;
}

/**
 * A node's role. Outlets and news organisations report (an outlet's own reporting is an
 * origin of what it does not attribute); a speaker is a commentator when the articles name
 * them by a commentator's role, or when everything they are cited for is a view.
 */
/** A document's entity mentions by key, in text order (built once a document). */
const byKeyCache = new WeakMap<Document, Map<string, Document['entities'][number][]>>();
function entitiesByKey(d: Document): Map<string, Document['entities'][number][]> {
  let m = byKeyCache.get(d);
  if (!m) {
    m = new Map();
    for (const e of d.entities) {
      const l = m.get(e.key);
      if (l) l.push(e);
      else m.set(e.key, [e]);
    }
    byKeyCache.set(d, m);
  }
  return m;
}

/**
 * A piece of opinion: its headline opens on the label of an opinion section (`Opinion: …`,
 * `Comment | …`, `Editorial - …`, `Op-ed: …`, `Column: …`), or its address is under one
 * (`/opinion/`, `/commentisfree/`, `/editorials/`). News analysis (`Analysis: …`) reports.
 */
const OPINION_TITLE =
  /^\s*(?:opinion|comment|commentary|editorial|op-?ed|column|viewpoint|perspective|letters?(?:\s+to\s+the\s+editor)?)\s*(?:[:|–—]|\s-\s)/i;
const OPINION_PATH =
  /\/(?:opinions?|commentisfree|comment|commentary|editorials?|op-?eds?|columns?|columnists?)\//i;
function isOpinionPiece(d: Document): boolean {
  return (
    OPINION_TITLE.test(d.title ?? '') ||
    [d.canonical, d.source.kind === 'url' || d.format === 'html' ? d.source.location : null].some(
      (u) => !!u && /^https?:\/\//i.test(u) && OPINION_PATH.test(u.replace(/^https?:\/\/[^/]+/i, '')),
    )
  );
}

/**
 * h-who13's `role-of-another`: a name after a preposition is the object of the role before it, not
 * its holder (`Critics of the KCPD`, `a critic of Mayor Quill`, `the widow of Ivo Marl`): the critic
 * or the widow is someone else. A mention so placed gives its name no role.
 */
const OBJECT_OF_ROLE =
  /\b(?:of|for|against|toward|towards|about|over|on|to|with)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/i;
/** A mention whose role words are its own: not a place, not the object of a role before it (see `OBJECT_OF_ROLE`). */
const holdsOwnRole = (d: Document, e: { kind: string; start: number }): boolean =>
  e.kind !== 'place' && !OBJECT_OF_ROLE.test(d.text.slice(Math.max(0, e.start - 40), e.start));

function roleOf(
  n: { id: string; label: string; kind: string },
  said: ReadonlyArray<{ d: Document; a: Attribution }>,
  expand: (context: string) => string = (c) => c,
): { role: SourceRole; rule: string } {
  // h-who10's `editorial-view`: a news organisation cited only for what it wrote in an editorial
  // (`In an editorial on Friday, the Kessel Gazette said`) gives its view; it reports nothing.
  if (
    n.kind === 'news-organization' &&
    said.length &&
    said.every(({ d, a }) => OPINION_PIECE.test(statementSentence(d, a)))
  )
    return { role: 'commentator', rule: 'provenance:commentator-view' };
  if (n.kind === 'outlet' || n.kind === 'news-organization')
    return { role: 'origin', rule: 'provenance:reporting' };
  const key = n.id.slice(2);
  const contexts = [n.label];
  // Each document's mentions once (once per statement was quadratic in a document's statements).
  const read = new Set<Document>();
  for (const { d, a } of said) {
    if (a.source) contexts.push(roleContext(d.text, a.source.start, a.source.end));
    if (read.has(d)) continue;
    read.add(d);
    for (const e of entitiesByKey(d).get(key) ?? [])
      if (holdsOwnRole(d, e)) contexts.push(roleContext(d.text, e.start, e.end));
  }
  // `The rights group Civic Watch said its observers saw police fire ...`: whoever they are, what
  // their own people saw they tell first-hand.
  if (said.some(({ d, a }) => OWN_WITNESSES.test(d.text.slice(a.content.start, a.content.end))))
    return { role: 'origin', rule: 'provenance:first-hand-own-witnesses' };
  // h-who17's `study-author`: `Professor Ines Wald, who led the study, said the team had tracked
  // 4,000 children`: whoever leads or wrote the research the story reports tells it first-hand,
  // professor or not (an expert `not involved in the study` comments on it).
  if (contexts.some((c) => STUDY_AUTHOR.test(c))) return { role: 'origin', rule: 'provenance:study-author' };
  // Stop 55 (h-who35)'s `report-author`: a body cited for what its own report says.
  if (
    n.kind === 'source' &&
    !contexts.some((c) => REPORT_NOTE.test(c)) &&
    said.some(
      ({ d, a }) =>
        a.source !== null &&
        a.source !== undefined &&
        (REPORT_BEFORE.test(d.text.slice(Math.max(0, a.source.start - 60), a.source.start)) ||
          REPORT_BY.test(d.text.slice(a.source.start, a.source.end)) ||
          REPORT_AFTER.test(d.text.slice(a.source.end, a.source.end + 80))),
    )
  )
    return { role: 'origin', rule: 'provenance:report-author' };
  if (
    contexts.some(
      (c) =>
        COMMENTATOR_ROLE.test(c) ||
        COMMENTATOR_TITLE.test(c) ||
        NOW_A_PUNDIT.test(c) ||
        MEDIA_COMMENTATOR.test(c) ||
        FIELD_WRITER.test(c),
    ) ||
    // `Observers said the government was unlikely to intervene`: observers named by nothing more
    // than that are onlookers giving a view (an election's observers are named by their mission).
    BARE_OBSERVERS.test(n.label)
  )
    return { role: 'commentator', rule: 'provenance:commentator-role' };
  // `Hugo Brandl of Orvel Technical University`: an academic asked about events is an expert,
  // unless they speak for the university or were there (a spokesman, a dean, a student).
  // (Stop 53's `university-itself`: not the university named alone, `Halvik University said in a
  // press release`: the body tells its own findings and deeds, as any body does.)
  if (!UNIVERSITY_NAME.test(n.label) && contexts.some((c) => ACADEMIC.test(c) && !ACADEMIC_PARTY.test(c)))
    return { role: 'commentator', rule: 'provenance:commentator-role' };
  // h-who22's `researcher-view`: `Crowd safety researcher Ida Fossum said festivals relied on too
  // few gates`: one named by a field of research who tells no research of their own (no finding,
  // no data, no first person, nothing seen) and is tied to no study the story reports gives an
  // expert's view (the study's author is read above).
  if (
    said.length &&
    contexts.some((c) => RESEARCH_TITLE.test(c)) &&
    !said.some(({ d, a }) => {
      const c = d.text.slice(a.content.start, a.content.end);
      return (
        RESEARCH_DEED.test(d.text.slice(a.cue.start, a.cue.end)) ||
        RESEARCH_TOLD.test(c) ||
        FIRST_PERSON.test(c) ||
        PERCEPTION.test(c)
      );
    })
  )
    return { role: 'commentator', rule: 'provenance:commentator-researcher' };
  const strict: string[] = [n.label];
  for (const { d, a } of said)
    if (a.source) strict.push(roleContext(d.text, a.source.start, a.source.end, true));
  for (const d of read)
    for (const e of entitiesByKey(d).get(key) ?? [])
      if (holdsOwnRole(d, e)) strict.push(roleContext(d.text, e.start, e.end, true));
  if (strict.some((c) => namesAdvocacy(expand(c))))
    return { role: 'commentator', rule: 'provenance:commentator-advocacy' };
  if (
    contexts.some((c) => RELATION_ROLE.test(c)) &&
    !said.some(({ d, a }) => PERCEPTION.test(d.text.slice(a.content.start, a.content.end)))
  ) {
    // h-who18's `relative-tells-fact`: `The victim's sister, Lina Moss, told reporters he had
    // complained about the brakes a week earlier`: a relative who tells what happened before (a
    // deed, a message, a contract) is its first-hand source; one who tells how they feel or what
    // the dead was like reacts (`his son had loved his job`, `the family was shocked`).
    const fact = said.some(({ d, a }) => {
      const c = d.text.slice(a.content.start, a.content.end);
      return (
        TOLD_EVENT.test(c) &&
        TELLING_CUE.test(d.text.slice(a.cue.start, a.cue.end).trim()) &&
        !OPINION_CONTENT.test(c) &&
        !SYMPATHY.test(c)
      );
    });
    if (fact) return { role: 'origin', rule: 'provenance:relative-tells-fact' };
    return { role: 'commentator', rule: 'provenance:commentator-reaction' };
  }
  // h-who17's `opposition-leader`: `Opposition leader Marta Quist said the government had ignored
  // warnings`: out of government, the opposition's leader answers what others did; unless they
  // tell their own deeds or plans (`Lanmark told supporters she would form a government`).
  if (
    contexts.some((c) => OPPOSITION_LEADER.test(c)) &&
    !said.some(
      ({ d, a }) =>
        SELF_TOLD.test(d.text.slice(a.content.start, a.content.end)) ||
        PARTY_CUE.test(d.text.slice(a.cue.start, a.cue.end)),
    )
  )
    return { role: 'commentator', rule: 'provenance:commentator-opposition' };
  // h-who28's `former-own-deed`: `Former club chairman Tom Arkell said he had ordered the roof
  // strengthened in 2003`: reported speech opening on the speaker (`he`, `she`) with a deed told
  // in the past perfect is what they did in office, told first-hand.
  const formerRole = contexts.some((c) => FORMER_ROLE.test(c));
  if (
    formerRole &&
    said.some(({ d, a }) => FORMER_OWN_DEED.test(d.text.slice(a.content.start, a.content.end)))
  )
    return { role: 'origin', rule: 'provenance:former-own-deed' };
  // `Former ambassador Oskar Hale said such kidnappings ...`: out of office, they comment, unless
  // they tell what they did or saw themselves.
  if (
    formerRole &&
    !said.some(({ d, a }) =>
      FIRST_PERSON.test(d.text.slice(a.content.start, a.content.end).replace(FIRST_PERSON_VIEW, '')),
    ) &&
    // h-who15's `former-party`: `Former mayor Dane Holm denied the charges`: a former official
    // answering for their own deeds (denying, pleading, admitting) is a party, not a commentator.
    !said.some(({ d, a }) => PARTY_CUE.test(d.text.slice(a.cue.start, a.cue.end)))
  )
    return { role: 'commentator', rule: 'provenance:commentator-role' };
  // `Lena Vogt wrote in an op-ed that ...`: everything cited from a column is its writer's view.
  if (said.length && said.every(({ d, a }) => OPINION_PIECE.test(statementSentence(d, a))))
    return { role: 'commentator', rule: 'provenance:commentator-view' };
  // `“Our hearts and prayers are with the family,” said Ada Quill`: cited only for sympathy or
  // grief, a speaker reacts; whoever they are, they confirm nothing.
  // h-who22's `sympathy-and-deed`: `said it was “devastated” and was working with police`: a deed
  // told after the sympathy in a clause joined by `and` is no sympathy only.
  if (
    said.length &&
    said.every(({ d, a }) => {
      const c = d.text.slice(a.content.start, a.content.end);
      const m = SYMPATHY.exec(c);
      return m !== null && !AND_DEED.test(c.slice(m.index + m[0].length));
    })
  )
    return { role: 'commentator', rule: 'provenance:commentator-reaction' };
  // h-who14's `commentator-feeling`: cited only for how they feel (`“I'm scared for my store,”`,
  // `“We are just stunned”`), and for nothing they saw, a speaker reacts. h-who22's
  // `feeling-of-others`: so for how others feel (`the tragedy had shocked the whole town`,
  // `parents were worried`), with no figure.
  if (
    said.length &&
    said.every(({ d, a }) => {
      const c = d.text.slice(a.content.start, a.content.end);
      const f = FEELING.exec(c) ?? FEELING_OF_OTHERS.exec(c);
      return (
        f !== null &&
        !PERCEPTION.test(c) &&
        !/\d/.test(c) &&
        !AND_DEED.test(c.slice(f.index + f[0].length)) &&
        !/\b(?:that|when|after|because|as|since)\b/i.test(c.slice(f.index))
      );
    })
  )
    return { role: 'commentator', rule: 'provenance:commentator-feeling' };
  if (
    said.length &&
    said.every(
      ({ d, a }) =>
        OPINION_CUE.test(d.text.slice(a.cue.start, a.cue.end).replace(/\s+/g, ' ')) ||
        OPINION_CONTENT.test(d.text.slice(a.content.start, a.content.end)),
    )
  )
    return { role: 'commentator', rule: 'provenance:commentator-view' };
  // Stop 58 (h-who43)'s `reaction-hailed`: `Mayor Lise Brun hailed the guard's quick call to police`,
  // `Shipping groups hailed the speed of the inquiry`: a source cited only by a verb of acclaim, with
  // no verb of telling (any other cue a view's, `condemned`, `welcomed`), reacts to the news: a
  // commentator, whatever office it holds.
  if (
    said.some(({ d, a }) => HAILED.test(d.text.slice(a.cue.start, a.cue.end))) &&
    said.every(({ d, a }) => {
      const cue = d.text.slice(a.cue.start, a.cue.end).replace(/\s+/g, ' ');
      return HAILED.test(cue) || OPINION_CUE.test(cue);
    })
  )
    return { role: 'commentator', rule: 'provenance:reaction-hailed' };
  // h-who31's `lesson-drawn`: cited only for what the events show is needed (`said the crash
  // showed that the harbour needed more pilots`, `said the fire proved the city must hire more
  // inspectors`), a speaker draws a lesson: a view, no fact of the events.
  if (
    said.length &&
    said.every(({ d, a }) => LESSON_DRAWN.test(d.text.slice(a.content.start, a.content.end)))
  )
    return { role: 'commentator', rule: 'provenance:commentator-lesson' };
  // h-who21's `evaluation-only`: cited only for judgements of worth (`said the cuts were
  // reckless`, `said the strike was a disaster for trade`, `the offer was an insult`), and for no
  // fact, a speaker comments, whoever they head.
  // (A second clause, `and that 1,840 members had joined`, or a figure tells something besides.)
  // (A body's formal statement, `said in a statement`, is a party's position: h-trial22 keeps
  // `union chairman Rudi Falk said in a statement` an origin.)
  const judged = (c: string): boolean => EVALUATION.test(c) && !/\bthat\b|\d/.test(c);
  if (
    said.length &&
    said.every(
      ({ d, a }) =>
        judged(d.text.slice(a.content.start, a.content.end)) &&
        !/^\s*(?:said|says)?\s*in\s+(?:a|an|its|his|her|their)\s+(?:written\s+)?statement\b/i.test(
          d.text.slice(a.cue.start, a.cue.end + 40).replace(/^\S+/, ''),
        ),
    )
  )
    return { role: 'commentator', rule: 'provenance:commentator-evaluation' };
  // h-who10's `reaction-and-view`: cited for grief in one statement and a view or a call in the
  // other (`said she was heartbroken by the death and called for better lighting`), a speaker
  // reacts; nothing they say is a fact they tell.
  if (
    said.length > 1 &&
    said.some(({ d, a }) => SYMPATHY.test(d.text.slice(a.content.start, a.content.end))) &&
    said.every(
      ({ d, a }) =>
        SYMPATHY.test(d.text.slice(a.content.start, a.content.end)) ||
        OPINION_CUE.test(d.text.slice(a.cue.start, a.cue.end).replace(/\s+/g, ' ')) ||
        OPINION_CONTENT.test(d.text.slice(a.content.start, a.content.end)),
    )
  )
    return { role: 'commentator', rule: 'provenance:commentator-reaction' };
  // h-who17's `commentator-verdict`: cited for verdicts on the events (`called the attack
  // cowardly`, `said those behind it would be punished`), with views and sympathy, and for no
  // fact (`Prime Minister Ebba Lund called the attack cowardly`; a minister who tells of arrests
  // stays an origin).
  const verdict = ({ d, a }: { d: Document; a: Attribution }): boolean =>
    (VERDICT_CUE.test(d.text.slice(a.cue.start, a.cue.end).trim()) &&
      NAMED_THING.test(d.text.slice(a.content.start, a.content.end))) ||
    VOW.test(d.text.slice(a.content.start, a.content.end));
  if (
    said.some(verdict) &&
    said.every(
      (x) =>
        verdict(x) ||
        SYMPATHY.test(x.d.text.slice(x.a.content.start, x.a.content.end)) ||
        CALL_FOR_SCRUTINY.test(x.d.text.slice(x.a.content.start, x.a.content.end)) ||
        OPINION_CUE.test(x.d.text.slice(x.a.cue.start, x.a.cue.end).replace(/\s+/g, ' ')) ||
        OPINION_CONTENT.test(x.d.text.slice(x.a.content.start, x.a.content.end)),
    )
  )
    return { role: 'commentator', rule: 'provenance:commentator-verdict' };
  // Stop 57 (h-who40)'s `reported-feeling` and `reactions-mixed`: a named person holding no office
  // (`Shop owner Geir Moen`, `Resident Anna Berg`, `Fan Jonas Lie`) cited only for reactions to the
  // events, each of any kind (`said he feared customers would stay away`, `said she was shocked`,
  // `condemned the decision`, `called the closure a scandal`), and for no fact or figure, comments.
  if (
    said.length &&
    n.id.startsWith('n:person:') &&
    NAMED_PERSON.test(n.label) &&
    !contexts.some((c) => OFFICE_WORD.test(c)) &&
    // (a formal statement, `said in a statement`, is a party's position, as for `evaluation-only`)
    !said.some(({ d, a }) =>
      FORMAL_STATEMENT.test(d.text.slice(a.cue.start, a.cue.end + 40).replace(/^\S+/, '')),
    )
  ) {
    const content = (x: { d: Document; a: Attribution }): string =>
      x.d.text.slice(x.a.content.start, x.a.content.end);
    const felt = (x: { d: Document; a: Attribution }): boolean => {
      const c = content(x);
      return (
        (REPORTED_FEELING.test(c) || REPORTED_STANCE.test(c) || REPORTED_LETDOWN.test(c)) &&
        !/\d/.test(c) &&
        !PERCEPTION.test(c) &&
        !/\b(?:when|after|because|as|since)\b/i.test(c)
      );
    };
    if (said.every(felt))
      return {
        role: 'commentator',
        rule: said.some((x) => REPORTED_STANCE.test(content(x)))
          ? 'provenance:reported-stance'
          : said.every((x) => REPORTED_LETDOWN.test(content(x)))
            ? 'provenance:reported-letdown'
            : 'provenance:reported-feeling',
      };
    const reaction = (x: { d: Document; a: Attribution }): boolean => {
      const c = content(x);
      if (/\d/.test(c) || PERCEPTION.test(c)) return false;
      const f = FEELING.exec(c) ?? FEELING_OF_OTHERS.exec(c);
      return (
        felt(x) ||
        (f !== null &&
          !AND_DEED.test(c.slice(f.index + f[0].length)) &&
          !/\b(?:that|when|after|because|as|since)\b/i.test(c.slice(f.index))) ||
        (SYMPATHY.test(c) && !AND_DEED.test(c)) ||
        judged(c) ||
        verdict(x) ||
        OPINION_CUE.test(x.d.text.slice(x.a.cue.start, x.a.cue.end).replace(/\s+/g, ' ')) ||
        OPINION_CONTENT.test(c)
      );
    };
    if (said.every(reaction)) return { role: 'commentator', rule: 'provenance:reactions-mixed' };
  }
  return { role: 'origin', rule: 'provenance:first-hand' };
}

/** A cue's formal statement: `said in a statement`, `said in its written statement`. */
const FORMAL_STATEMENT = /^\s*(?:said|says)?\s*in\s+(?:a|an|its|his|her|their)\s+(?:written\s+)?statement\b/i;
/** A person's name as a node's label ends (`Resident Anna Berg`, `Geir Moen`). */
const NAMED_PERSON = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;
/** Words of an office or of a body's staff: one who holds it speaks for the body, not as a bystander. */
const OFFICE_WORD =
  /\b(?:mayor|minister|chief|spokes(?:man|woman|person)|officers?|officials?|police|director|chair(?:man|woman|person)?|president|governor|commissioner|head|manager|executive|secretary|councill?or|inspector|superintendent|sheriff|coroner|prosecutor|judge|leader|lawyer|attorney|doctor|nurse|midwife|teacher|principal|captain|coach|staff|employee|worker|engineer)\b/i;

/**
 * Shared copy inside a story: two articles are copies of one text (wire copy run by several
 * outlets, trimmed or with a new lead) when at least this share of the shorter one's five-word
 * sequences appears in the other. Independent reports share quotations, rarely a third of their text.
 */
export const COPY_CONTAINMENT = 0.3;

/** Near-duplicate articles of a story (shared wire copy): each document maps to the first of its copies. */
export function copyGroups(documents: readonly Document[]): Map<string, string> {
  // One article is a copy of nothing: its words are not read.
  if (documents.length < 2) return new Map(documents.map((d) => [d.id, d.id]));
  // Words as numbers; a shingle (five words in a row) as the five numbers.
  const wordIds = new Map<string, number>();
  const texts = documents.map((d) => {
    const words = d.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const ids = new Int32Array(words.length);
    words.forEach((w, k) => {
      let id = wordIds.get(w);
      if (id === undefined) wordIds.set(w, (id = wordIds.size));
      ids[k] = id;
    });
    return ids;
  });
  const shingles = new ShingleTable(texts.reduce((x, t) => x + Math.max(0, t.length - 4), 0));
  // Distinct shingles of each document.
  const distinct = new Int32Array(documents.length);
  const parent = documents.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Shingles each earlier document shares with document i, counted in a typed array (many
  // copies of one wire story share thousands of shingles pairwise).
  const shared = new Int32Array(documents.length);
  texts.forEach((ids, i) => {
    const touched: number[] = [];
    for (let p = 0; p + 5 <= ids.length; p++) {
      const s = shingles.at(ids, p);
      // A shingle met before in this document counts once.
      if (shingles.lastDoc[s] === i) continue;
      shingles.lastDoc[s] = i;
      distinct[i]!++;
      // The earlier documents holding it.
      for (let e = shingles.head[s]!; e >= 0; e = shingles.next[e]!) {
        const j = shingles.holder[e]!;
        if (shared[j]!++ === 0) touched.push(j);
      }
      shingles.hold(s, i);
    }
    // The groups are the connected parts of the copy relation, whatever the order of the unions.
    for (const j of touched) {
      const smaller = Math.min(distinct[i]!, distinct[j]!);
      if (smaller >= 20 && shared[j]! / smaller >= COPY_CONTAINMENT) {
        const [a, b] = [find(i), find(j)].sort((x, y) => x - y);
        parent[b!] = a!;
      }
      shared[j] = 0;
    }
  });
  return new Map(documents.map((d, i) => [d.id, documents[find(i)]!.id]));
}

/**
 * The shingles of a story's documents (five word numbers each), numbered as met, in an open
 * hash table of typed arrays, with the documents holding each as a list (the latest first):
 * a story of 600 articles has some 300,000 shingles, too many to key a map by their text.
 */
class ShingleTable {
  /** The shingle in each slot of the table, or -1. */
  private readonly slot: Int32Array;
  /** The five word numbers of each shingle. */
  private readonly words: Int32Array;
  private count = 0;
  /** Each shingle's latest holder entry (-1 for none), and the last document that held it. */
  readonly head: Int32Array;
  readonly lastDoc: Int32Array;
  /** Holder entries: the document, and the shingle's entry before it (-1 at the end). */
  readonly holder: Int32Array;
  readonly next: Int32Array;
  private entries = 0;

  /** A table for up to `most` shingles and as many holder entries. */
  constructor(most: number) {
    let size = 2;
    while (size < 2 * most) size *= 2;
    this.slot = new Int32Array(size).fill(-1);
    this.words = new Int32Array(5 * most);
    this.head = new Int32Array(most);
    this.lastDoc = new Int32Array(most);
    this.holder = new Int32Array(most);
    this.next = new Int32Array(most);
  }

  /** The number of the shingle of `ids` at `p` (the next number, when new). */
  at(ids: Int32Array, p: number): number {
    let h = 0;
    for (let k = 0; k < 5; k++) h = Math.imul(h ^ ids[p + k]!, 0x9e3779b1) ^ (h >>> 15);
    const mask = this.slot.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const s = this.slot[at]!;
      if (s < 0) {
        const n = this.count++;
        this.slot[at] = n;
        for (let k = 0; k < 5; k++) this.words[5 * n + k] = ids[p + k]!;
        this.head[n] = -1;
        this.lastDoc[n] = -1;
        return n;
      }
      let same = true;
      for (let k = 0; k < 5 && same; k++) same = this.words[5 * s + k] === ids[p + k];
      if (same) return s;
    }
  }

  /** Adds document `doc` to the holders of shingle `s`. */
  hold(s: number, doc: number): void {
    const e = this.entries++;
    this.holder[e] = doc;
    this.next[e] = this.head[s]!;
    this.head[s] = e;
  }
}

/**
 * The name of a document's outlet node: its outlet, else `unknown outlet` with the headline
 * that tells which article it is (a headline alone, listed among origins, reads as a claim),
 * else `unknown outlet (article N)`: never an address, a file path or a slug.
 */
export function outletLabel(d: Document, index: number): string {
  if (d.outlet && !JUNK_LABEL.test(d.outlet)) return d.outlet;
  const own = selfNamedOutlet(d.text);
  if (own) return own;
  if (d.title && !JUNK_LABEL.test(d.title)) {
    const words = d.title.trim().split(/\s+/);
    return `unknown outlet (“${words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : words.join(' ')}”)`;
  }
  return `unknown outlet (article ${index + 1})`;
}

/**
 * A news organisation naming itself for its own reporting: `the Courier has learned`, `The Evening
 * Sport understands`, `the Herald can reveal` (h-who15's `self-named-outlet`).
 */
const SELF_NAMED =
  /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:has\s+learned|have\s+learned|understands|can\s+(?:reveal|confirm|disclose))\b/u;

/**
 * h-who15's `self-named-outlet`: an article whose outlet is not known, but which names itself for
 * its own reporting (`the Courier has learned`), is that news organisation's, under the longest
 * name its text gives with the same last word (`the Stuttberg Courier`); only a name of a news
 * organisation (`Herald`, `Sport`, `News` ...) counts, not `the ministry understands`.
 */
function selfNamedOutlet(text: string): string | null {
  const m = SELF_NAMED.exec(text);
  const name = m?.[1]?.replace(/^The\s+/, '');
  if (!name || (!isNewsName(name) && !MASTHEAD_WORD.test(name) && !/\bSport\b/.test(name))) return null;
  const last = name.split(/\s+/).pop()!;
  let best = name;
  for (const x of text.matchAll(new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,3}${last}\b`, 'gu'))) {
    const cand = x[0].replace(/^The\s+/, '');
    if (cand.split(/\s+/).length > best.split(/\s+/).length) best = cand;
  }
  return best;
}

/** What is no name: an address, a file path, a slug (`some-words-joined`), nothing. */
export const JUNK_LABEL =
  /^\s*$|^(https?:|www\.)|[\\/]|\.(txt|html?|json|xml|php|aspx?)\b|^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+){2,}$/u;

/**
 * Drops origins that another of them cites: `Wire, citing the authority` is one chain, not two
 * origins. An outlet's own statement (its headline, its lead) is no chain over the sources it
 * cites elsewhere in its article: beside one of them it rests on that source, so the outlet goes
 * and the source stays (an outlet stating what it attributes to the NRSA two lines down adds no
 * origin to the NRSA).
 */
export function independentOrigins(trace: ProvenanceTrace, origins: Iterable<string>): string[] {
  const list = [...new Set(origins)];
  if (list.length < 2) return list;
  const isOutlet = (id: string): boolean => trace.nodeById.get(id)?.kind === 'outlet';
  // `government`, `officials`: a source that does not say who it is stays part of the chain of
  // whoever cites it, an outlet too.
  const weak = (id: string): boolean => {
    const label = trace.nodeById.get(id)?.label ?? '';
    return BARE_GENERIC.test(label) || (!NAMED_NODE.test(id) && UNNAMED.test(label));
  };
  const cites = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const x = stack.pop()!;
      if (x === to && x !== from) return true;
      if (seen.has(x) || (isOutlet(x) && !weak(to))) continue;
      seen.add(x);
      for (const e of trace.edgesFrom.get(x) ?? []) stack.push(e.to);
    }
    return false;
  };
  const direct = (from: string, to: string): boolean =>
    (trace.edgesFrom.get(from) ?? []).some((e) => e.to === to);
  const citesDirectly = (from: string, to: string): boolean =>
    (trace.edgesFrom.get(from) ?? []).some((e) => e.to === to && e.kind === 'cites');
  // An agency's copy is the text of the outlets that run it (`wireAgency`): what they cite in it,
  // the agency cites, so its unattributed lead beside one of those sources rests on the source.
  const runners = (agency: string): string[] =>
    trace.wires?.has(agency)
      ? [...trace.edgesFrom.values()].flatMap((es) =>
          es.filter((e) => e.kind === 'relays' && e.to === agency && isOutlet(e.from)).map((e) => e.from),
        )
      : [];
  // An agency whose copy's unattributed lead rests on a source its runners cite goes for that source.
  const restsOnSource = new Set(
    list.filter(
      (o) =>
        !isOutlet(o) &&
        list.some((p) => p !== o && !weak(p) && runners(o).some((r) => citesDirectly(r, p) && !direct(p, o))),
    ),
  );
  // h-who26's `chain-keeps-source`: the source it goes for is no link of its chain, so the agency
  // citing it drops it no more (`(Wire) - ..., the space agency said` in two copies beside
  // `According to Wire, ...`: the space agency, not nothing).
  // h-who27: an outlet whose article passes on a speaker's word through a news organisation it
  // credits (`"...," the lawyer said, Reuters reported`) cites that speaker as much as if it named
  // them alone.
  const passedOn = (o: string, p: string): boolean =>
    [...(trace.passesOn ?? [])].some(
      ([doc, m]) => trace.outletOf.get(doc) === o && [...m.values()].some((of) => of.includes(p)),
    );
  return list
    .filter((o) =>
      isOutlet(o)
        ? !list.some((p) => p !== o && !weak(p) && (direct(o, p) || passedOn(o, p)))
        : !restsOnSource.has(o) && !list.some((p) => p !== o && !restsOnSource.has(p) && cites(p, o)),
    )
    .sort();
}

/**
 * h-who29's `told-agency-gives-way`: the news organisations a claim's member names as told a
 * source's word (`A spokesman for Vantry Metro told AFP that 240 passengers ...`): each cites one
 * of the member's sources. In that claim the organisation passed the source's word on, so its own
 * line of the claim (`According to AFP, 240 passengers ...`) rests on the source, not on it.
 */
export function toldNewsOrganisations(
  trace: ProvenanceTrace,
  text: string,
  sources: readonly string[],
): string[] {
  const out: string[] = [];
  // Most lines tell no one anything: the edges are read only for a line that does.
  if (!/\btold\b/u.test(text)) return out;
  for (const s of sources)
    for (const [from, es] of trace.edgesFrom) {
      const n = trace.nodeById.get(from);
      if (n?.kind !== 'news-organization' || !es.some((e) => e.to === s && e.kind === 'cites')) continue;
      if (new RegExp(String.raw`\btold\s+(?:the\s+)?${escapedName(n.label)}\b`, 'u').test(text))
        out.push(from);
    }
  return out;
}

/** A news organisation's name as a pattern, without `the`. */
const escapedName = (label: string): string =>
  label.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A line that credits a news organisation for what it states (`According to AFP, 240 passengers ...`). */
export function creditsNewsOrganisation(trace: ProvenanceTrace, text: string, id: string): boolean {
  const n = trace.nodeById.get(id);
  return (
    n?.kind === 'news-organization' &&
    new RegExp(String.raw`^\s*according\s+to\s+(?:the\s+)?${escapedName(n.label)}\s?,`, 'iu').test(text)
  );
}

/**
 * Where a statement in a document traces to. A source that a news organisation the
 * outlet relays also cites traces to that organisation's report (five outlets relaying
 * one newspaper's anonymous officials are one origin); a source cited nowhere else is
 * an origin of its own; an unattributed statement traces to the reports the outlet
 * relays, or, when it relays none, to the outlet's own reporting.
 */
export function originsOf(trace: ProvenanceTrace, doc: string, sources: readonly string[]): string[] {
  // Copies of one text are one chain: what a copy does not attribute rests on the first copy's outlet.
  const outlet = trace.outletOf.get(trace.copyOf?.get(doc) ?? doc) ?? trace.outletOf.get(doc);
  const relayed = (outlet ? (trace.edgesFrom.get(outlet) ?? []) : [])
    .filter((e) => e.kind === 'relays')
    .map((e) => e.to);
  // A news organisation this article cites only as passing on named sources is no origin here.
  const passes = trace.passesOn?.get(doc);
  // (A news organisation cited only for its view, an editorial, is no report the article rests on.)
  const reports = relayed.filter((r) => !passes?.has(r) && trace.roles?.get(r)?.role !== 'commentator');
  if (!sources.length)
    return reports.length
      ? reports
      : outlet && trace.roles?.get(outlet)?.role !== 'commentator'
        ? [outlet]
        : [];
  const out = new Set<string>();
  for (const s of sources) {
    // It stands for the named sources it passes on (`the Gazette reported, citing the ministry`).
    const passed = passes?.get(s);
    if (passed) {
      for (const p of passed) if (trace.roles?.get(p)?.role !== 'commentator') out.add(p);
      continue;
    }
    // A commentator's view is no origin of a fact.
    if (trace.roles?.get(s)?.role === 'commentator') continue;
    const node = trace.nodeById.get(s);
    if (node?.kind === 'news-organization') {
      out.add(s);
      continue;
    }
    // Unnamed sources (`intelligence officials`) in an article that relays a report are that report's:
    // the report it relays that cites them, or every report it relays. A source that says who it is
    // stays an origin of its own, whoever passed it on.
    // (Unnamed sources that told this article's own outlet are its own reporting, whatever it relays.)
    const unnamed =
      !NAMED_NODE.test(s) && UNNAMED.test(node?.label ?? '') && !trace.toldOutlet?.get(doc)?.has(s);
    // (h-who27's `interview-credit`: not a news organisation the article credits only for what a
    // named speaker told it.)
    const via = reports.filter((r) => trace.edgesFrom.get(r)?.some((e) => e.to === s && e.kind === 'cites'));
    if (unnamed && via.length) for (const r of via) out.add(r);
    else if (unnamed && reports.length) for (const r of reports) out.add(r);
    else out.add(s);
  }
  return [...out];
}

/** Titles before a name, left out when comparing people's names. */
const TITLE_WORDS = new Set(
  'judge editor manager reporter director secretary sgt sergeant const constable officer mr mrs ms dr sen senator rep gov governor president chief deputy captain capt lt gen col adm commander minister spokesman spokeswoman prosecutor attorney professor prof'.split(
    ' ',
  ),
);

/**
 * The name after the last title in a label that ends with a titled name, as a slug: `Palmer
 * Public Safety Director Jon Owen` -> `jon-owen`, `Director Owen` -> `owen`; null otherwise.
 */
function titledName(label: string): string | null {
  const words = label.trim().split(/\s+/);
  for (let i = words.length - 2; i >= 0 && i >= words.length - 4; i--) {
    if (!TITLE_WORDS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) continue;
    const name = words.slice(i + 1);
    if (name.every((w) => /^\p{Lu}/u.test(w)) && /^\p{Lu}[\p{Ll}'’-]+$/u.test(name[name.length - 1]!))
      return slug(name.join(' '));
    return null;
  }
  return null;
}

/**
 * A person described by a relative clause of what they did or where they were (`A nurse who was on
 * shift at one of the homes`), the span the attribution layer's `witness-clause` gives; not a
 * clause of anonymity (`who asked not to be named`).
 */
const WITNESS_DESCRIBED =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+\s+who\s+(?!(?:asked|requested|declined|refused|spoke|did|was\s+not|were\s+not|insisted)\b)\p{Ll}+\b[^,;:.!?"“”`']*)$/u;

/** Officials of a city, town or county, named by nothing more (h-who30's `place-officials`; 1: the word). */
const PLACE_OFFICIALS = /^(?:the\s+)?(city|town|county)\s+officials$/i;
/** Officials of a site, named by nothing more (h-who31's `site-officials`; 1: the site's word). */
const SITE_OFFICIALS =
  /^(?:the\s+)?(harbour|harbor|port|airport|zoo|reservoir|dam|hospital|prison|stadium|museum|university|mine|refinery|railway|park)\s+officials$/i;
/** The words a site's body may be named with (`harbour officials` speak for a port authority). */
const SITE_WORDS: Readonly<Record<string, readonly string[]>> = {
  harbour: ['harbour', 'port'],
  harbor: ['harbor', 'port'],
  port: ['port', 'harbour', 'harbor'],
  zoo: ['zoo', 'zoological'],
};
/** A spokesperson by the word for the role (h-who30's `spokesperson-told-wire`). */
const SPOKESPERSON_WORD = /\bspokes(?:wo)?m[ae]n\b|\bspokesperson\b/i;

/** A speaker for an organisation: `a spokesperson for X`, `deputy head of X, Name`, `officials at X`. */
const SPEAKER_FOR =
  /^(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:wo)?m[ae]n|spokesperson|head|chief|director|officials?|representatives?|officers?|commander|secretary|minister|members?)\s+(?:of|for|at|with|from)\s+(?:the\s+)?(.+?)(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?$/u;

/** A speaker named after an organisation: `White House officials`, `the agency's statement`, `X spokesman Name`. */
const SPEAKER_OF =
  /^(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,5}?)(?:['’]s?)?\s+(?:spokes(?:wo)?m[ae]n|spokesperson|officials|representatives|press\s+(?:release|office|secretary)|statement)(?:,?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?(?:\s+(?:in|at)\s+\p{Lu}[\p{L}.'’-]*)?$/u;

/**
 * The head of an organisation named before their name: `Norwell chief executive Ilse Brandt`,
 * `NURW general secretary Carl Dunmore`, `Transport Minister Hanna Lauk`.
 */
const HEAD_OF =
  /^(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,5}?)(?:['’]s?)?\s+((?:chief\s+executive(?:\s+officer)?|chief\s+\p{Ll}+\s+officer|C[EFOT]O|chair(?:man|woman)?|general\s+secretary|managing\s+director|[Mm]inister|[Dd]irector|[Hh]ead|organi[sz]er|negotiator|official))(?:,)?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** A head or speaker of a body named in lower case before their name: `Port authority head Anton Wirth`. */
const LOWER_HEAD_OF =
  /^(?:the\s+)?(\p{L}[\p{Ll}'’-]+(?:\s+\p{Ll}[\p{Ll}'’-]+){1,3})\s+(?:head|chief|director|spokes(?:wo)?m[ae]n|spokesperson|chair(?:man|woman)?|president)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** Words that qualify many organisations, never one on their own (`State officials`, `County officials`). */
const GENERIC_MODIFIER =
  /^(state|federal|county|city|local|town|regional|national|government|administration|police|military|army|fire|health|school|court|us|u|american|british|european|foreign|senior|top|other|some|two|three|several)$/;

/** A source named by a bare generic noun. */
const BARE_GENERIC = new RegExp(
  String.raw`^(?:the\s+)?(officials?|authorities|investigators|officers?|police|sources?|reports?|experts|witnesses|residents|people|government|congress|house|senate)$`,
  'i',
);

/** Nodes named after an entity (a person, organisation, place or group), not a description. */
const NAMED_NODE = /^n:(person|org|organization|place|group):/;
/** Sources that do not say who they are. */
const UNNAMED =
  /\b(anonymous|unnamed|unidentified|sources?|officials?|officers?|people familiar|reports?|information)\b/i;

// (h-who19's `record-and-city-nouns`: `according to minutes of the meeting`, `an audit found`, `the
// city said`: a meeting's record, an audit and a city's government are sources. h-who22's
// `exchange-source`: `according to the Velsund stock exchange`: a market's operator, which records
// its prices and trades, is a source.)
const SOURCE_NOUN = new RegExp(
  String.raw`\b((?:stock|commodit(?:y|ies)|futures|securities|energy|power)\s+exchange|bourse|officials?|sources?|experts?|analysts?|spokes(wo)?m[ae]n|spokesperson|ministry|ministers?|government|agency|embass(?:y|ies)|consulates?|authorit(y|ies)|intelligence|police|military|army|investigators?|researchers?|think tank|group|institute|council|court|prosecutors?|prosecution|defen[cs]e(?:\s+team)?|plaintiffs?|defendants?|organi[sz]ers|protesters|demonstrators|lawyers?|diplomats?|residents|witness(?:es)?|jurors?|judges?|callers?|observers|aides?|advisers?|officers?|representatives?|newspaper|reports?|minutes|audits?|city|municipality|(?:state|local|official) media|(?:trade\s+)?unions?|famil(?:y|ies)|relatives|people\s+(?:familiar|close|briefed|with\s+(?:direct\s+)?knowledge))\b`,
  'i',
);

/** A source worth a node: it names someone (an entity) or a kind of source, briefly, and is not a stray phrase. */
function looksLikeSource(label: string, span: { start: number; end: number } | null, d: Document): boolean {
  if (label.split(/\s+/).length > 8) return false;
  if (!isNameLike(label)) return false;
  if (
    /^(with|about|on|in|from|of|for|to|at|by|as|after|before|while|when|if|that|which|what|how|it|this)\b/i.test(
      label,
    )
  )
    return false;
  const named = span !== null && spansWithin(d.entities, span).some((e) => e.kind !== 'place');
  return (
    named ||
    SOURCE_NOUN.test(label) ||
    ROLE_OFFICE.test(label) ||
    // `the district attorney said`, `the coroner said`: a role held by one person (see `mergeBareRoles`).
    BARE_ROLE.test(label) ||
    // `the hospital's director said`: a role in a body (see `orgNamedBefore`).
    (/^(?:the\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?['’]s?\s/u.test(label) && POSSESSIVE_ROLE.test(label)) ||
    POLICE_NOUN.test(label) ||
    // `the fire department said`, `Firefighters said` (see `FIRE`).
    FIRE.POLICE_NOUN.test(label) ||
    FIRE.BARE.test(label) ||
    // `the navy said`, `naval officials said` (see `armedService`).
    ARMED_SERVICES.some((s) => s.POLICE_NOUN.test(label) || s.BARE.test(label)) ||
    /^\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(label)
  );
}

/**
 * A public body named in lower case by its function (h-who15's `body-by-function`): one to four
 * lower-case modifiers, none a determiner, a pronoun or a news word, then the body's noun
 * (`national mining inspectorate`, `anti-corruption office`, `regional fire service`).
 */
const FUNCTION_BODY =
  /^(?:the\s+)?(?:(?!(?:its|his|her|their|our|your|my|this|that|these|those|same|other|an?|one|press|news|box|home|head|branch|post|front|back)\b)[\p{Ll}-]{3,}\s+){1,4}(?:inspectorate|office|service|authority|agency|commission|regulator|watchdog|board|bureau|department|directorate|ministry|tribunal)$/u;

/** An office named by its holder's role: `the district attorney's office`, `the mayor's office`. */
const ROLE_OFFICE = /\b(?:[\p{Ll}]+\s+){0,2}[\p{Ll}]+['’]s?\s+office$/u;

/** Words of a clause, not of a noun phrase naming someone: verbs, auxiliaries, object pronouns, time adverbs. */
const CLAUSE_WORD =
  /\b(is|are|was|were|be|been|being|will|would|may|might|can|could|should|must|shall|has|have|had|did|does|do|not|n['’]t|him|them|itself|himself|herself|themselves|whom|whose|when|where|while|because|if|than|yesterday|today|tonight|said|says|say|told|tells|tell|reported|announced|there|here|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** Words a noun phrase does not end with. */
const OPEN_END =
  /\b(and|or|but|of|the|a|an|to|in|on|at|for|with|by|from|as|that|who|its|his|her|their|strongly|also)$/i;

/**
 * A label that names someone: not an address, path or slug, not a clause (`group confirmed
 * there were no dead`), not cut off (`the agency on Friday strongly`), no quotation marks, and
 * no verb right after a name (`Forest Service approves logging`, `the Agency dropped two`).
 */
export function isNameLike(label: string): boolean {
  const t = label.trim();
  if (JUNK_LABEL.test(t) || !/\p{L}/u.test(t)) return false;
  if (/["“”„]|``|''/.test(t)) return false;
  if (CLAUSE_WORD.test(t) || OPEN_END.test(t)) return false;
  if (
    /^\p{Ll}/u.test(t) &&
    /^(\p{Ll}+\s+){3,}/u.test(t) &&
    !/\p{Lu}/u.test(t) &&
    !/\b(officials?|sources?|people|residents|witnesses|investigators|experts|analysts)\b/.test(t) &&
    // `ministry of the interior`, `spokesman for the ministry`: a source noun heads the phrase.
    !SOURCE_NOUN.test(t.split(/\s+/)[0]!) &&
    !FUNCTION_BODY.test(t)
  )
    return false;
  // A name, then a lower-case word that is a verb form: `... Service approves`, `... Agency dropped`.
  if (
    /\p{Lu}[\p{L}.'’-]*\s+(?!(?:based|led|owned|backed|allied|affiliated|appointed|elected|funded|run|witnesses|sources|agencies|authorities|companies|businesses|offices|services|forces|employees|families|parties|communities|universities|colleges|churches|judges|nurses|attorneys|deputies|officers|rescuers)\b)\p{Ll}+(?:ed|es)\b/u.test(
      t,
    )
  )
    return false;
  return true;
}

/** An apposition that describes someone: no clause words, not cut off, no quotation marks. */
/**
 * A relative clause telling what someone said or judged (`who characterized the rules as ...`,
 * `who told reporters`): a statement, not who they are (`who directs the agency` is a role).
 */
const SAYING_CLAUSE =
  /^(?:who|which)\s+(?:(?:also|later|earlier|once|has|had|have)\s+)?(?:said|says|told|tells|called|calls|characteri[sz]ed|described|argued|claimed|insisted|warned|critici[sz]ed|praised|accused|denied|acknowledged|announced|testified|wrote|noted|dismissed|defended|hailed|blamed|urged|predicted|conceded|admitted|suggested|complained)\b/i;

/** A verb in the past opening a phrase (`struck at`, `killed in`, `hit`): a predicate, not a role. */
const PREDICATE_START =
  /^(?:struck|hit|fell|rose|came|went|began|took|left|won|lost|shook|broke|sank|ran|spread|\p{Ll}{3,}ed\s+(?:at|on|in|by|to|from|into|near|off)\b)\b/u;

function isRoleLike(role: string): boolean {
  return (
    // `the quake measured 6.2`: a noun and its verb are a clause (`the newly elected mayor` is a role).
    !/^(?:the|a|an)\s+(?!\p{Ll}+ly\s)\p{Ll}+\s+\p{Ll}{3,}ed\b/u.test(role) &&
    // `, struck at 2:40 a.m.` after a name: the sentence's verb, not a role.
    !PREDICATE_START.test(role) &&
    !/["“”„]|``|''/.test(role) &&
    !SAYING_CLAUSE.test(role) &&
    !/\bto\s+(?!the\b|a\b|an\b)\p{Ll}+/u.test(role) &&
    !CLAUSE_WORD.test(role) &&
    !OPEN_END.test(role)
  );
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * The story's origins: each origin node some claim traces to or some article cites, with the
 * documents and claims that rest on it, most documents first. Documents whose unattributed
 * statements rest on the reports they relay count for those reports. Commentators and relays
 * are never origins (see `storyRoles`).
 */
export function storyOrigins(
  trace: ProvenanceTrace,
  claims: ReadonlyArray<{
    id: string;
    origins: readonly string[];
    members: ReadonlyArray<{
      doc: string;
      sources: readonly string[];
      carried?: { readonly sources: readonly string[] };
    }>;
  }>,
): Array<{ id: string; label: string; documents: string[]; claims: string[]; rule?: string }> {
  const out = new Map<string, { id: string; label: string; documents: Set<string>; claims: Set<string> }>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e)
      out.set(
        id,
        (e = { id, label: trace.nodeById.get(id)?.label ?? id, documents: new Set(), claims: new Set() }),
      );
    return e;
  };
  for (const [doc] of trace.outletOf)
    for (const o of independentOrigins(trace, originsOf(trace, doc, []))) entry(o).documents.add(doc);
  // Only the claim's independent origins: a source another origin cites is part of its chain.
  // (A sentence naming no source rests on the one it was carried from: h-who24's `quotation-run`.)
  for (const c of claims)
    for (const m of c.members)
      for (const o of originsOf(trace, m.doc, m.sources.length ? m.sources : (m.carried?.sources ?? []))) {
        if (!c.origins.includes(o)) continue;
        const e = entry(o);
        e.documents.add(m.doc);
        e.claims.add(c.id);
      }
  const behindClaims = new Set(out.keys());
  // First-hand sources the articles cite, whether or not another article repeats what they say.
  for (const [doc, bySentence] of trace.sentenceSources)
    for (const ids of bySentence.values())
      for (const o of originsOf(trace, doc, ids))
        if (trace.roles?.get(o)?.role === 'origin') entry(o).documents.add(doc);
  return (
    [...out.values()]
      .filter((e) => (trace.roles?.get(e.id)?.role ?? 'origin') === 'origin')
      // (An agency whose copy attributes every line relays its sources: `wire-attributed`.)
      .filter((e) => !attributedWire(trace, e.id))
      // `officials`, `authorities`, `police` with nothing more: no origin of its own beside the named ones.
      // h-who20's `generic-with-named-speaker`: unless a named person speaks for it (`police said`
      // and `Lunvik police spokesman Tor Hegge said`: the police, named by its spokesman).
      .filter(
        (e) => !BARE_GENERIC.test(e.label) || behindClaims.has(e.id) || !!trace.withNamedSpeaker?.has(e.id),
      )
      .map((e) => ({
        id: e.id,
        label: e.label,
        documents: [...e.documents].sort(),
        claims: [...e.claims].sort(),
        ...(trace.roles?.get(e.id) ? { rule: trace.roles.get(e.id)!.rule } : {}),
      }))
      .sort(
        (a, b) =>
          b.documents.length - a.documents.length ||
          b.claims.length - a.claims.length ||
          a.id.localeCompare(b.id),
      )
  );
}

/**
 * h-who19's `wire-attributed`: the documents running an agency's copy (`wireAgency`) when no line
 * of it, in any of them, states something without naming its source: the agency passes on its
 * sources' word and is no origin of its own (a wire that reports an event itself, or tells a fact
 * no one else does, stays one). Null for no such agency.
 */
function attributedWire(trace: ProvenanceTrace, id: string): string[] | null {
  if (!trace.wires?.has(id) || !trace.wireOwn) return null;
  const docs = [...trace.outletOf].flatMap(([doc, outlet]) =>
    (trace.edgesFrom.get(outlet) ?? []).some((e) => e.kind === 'relays' && e.to === id) ? [doc] : [],
  );
  return docs.length && !docs.some((doc) => trace.wireOwn!.has(doc)) ? docs : null;
}

/**
 * The sources that are not origins, kept apart: relays (outlets passing on a news
 * organisation's report; copies of one text run by several outlets) and commentators.
 */
export function storyRoles(trace: ProvenanceTrace): {
  relays: Array<{ id: string; label: string; documents: string[]; of: string[]; rule: string }>;
  commentators: Array<{ id: string; label: string; documents: string[]; rule: string }>;
} {
  const relays: Array<{ id: string; label: string; documents: string[]; of: string[]; rule: string }> = [];
  const docsOf = new Map<string, Set<string>>();
  for (const [doc, outlet] of trace.outletOf) docsOf.set(outlet, (docsOf.get(outlet) ?? new Set()).add(doc));
  for (const [outlet, docs] of docsOf) {
    // (Citing a news organisation's editorial, a commentator's view, relays no report.)
    const of = (trace.edgesFrom.get(outlet) ?? [])
      .filter((e) => e.kind === 'relays' && trace.roles?.get(e.to)?.role !== 'commentator')
      .map((e) => e.to);
    if (of.length)
      relays.push({
        id: outlet,
        label: trace.nodeById.get(outlet)?.label ?? outlet,
        documents: [...docs].sort(),
        of: of.sort(),
        rule: 'provenance:relays-report',
      });
  }
  const copies = new Map<string, string[]>();
  for (const [doc, first] of trace.copyOf ?? []) appendAll(copies, first, [doc]);
  for (const [first, docs] of copies) {
    if (docs.length < 2) continue;
    const outlet = trace.outletOf.get(first)!;
    // Wire copy rests on its agency: the agencies whose copy the articles run (`wireAgency`), else
    // the first copy's outlet.
    const agencies = new Set(
      docs.flatMap((doc) =>
        (trace.edgesFrom.get(trace.outletOf.get(doc)!) ?? [])
          .filter((e) => e.kind === 'relays' && trace.wires?.has(e.to))
          .map((e) => e.to),
      ),
    );
    relays.push({
      id: `copy:${first}`,
      label: `one text run by ${docs.length} articles`,
      documents: docs.sort(),
      of: agencies.size ? [...agencies].sort() : [outlet],
      rule: 'provenance:shared-copy',
    });
    // An outlet running a copy of the agency's text with no credit of its own (its first line its
    // address) relays the agency too.
    for (const doc of docs) {
      const o = trace.outletOf.get(doc)!;
      if (!agencies.size || relays.some((r) => r.id === o)) continue;
      relays.push({
        id: o,
        label: trace.nodeById.get(o)?.label ?? o,
        documents: [...docsOf.get(o)!].sort(),
        of: [...agencies].sort(),
        rule: 'provenance:shared-copy',
      });
    }
  }
  // An agency whose copy names a source for every line relays those sources (`wire-attributed`).
  for (const id of trace.wires ?? []) {
    const docs = attributedWire(trace, id);
    if (!docs) continue;
    const of = new Set(
      docs
        .flatMap((doc) => [...(trace.sentenceSources.get(doc)?.values() ?? [])].flat())
        .filter((x) => x !== id),
    );
    if (of.size)
      relays.push({
        id,
        label: trace.nodeById.get(id)?.label ?? id,
        documents: docs.sort(),
        of: [...of].sort(),
        rule: 'provenance:wire-attributed',
      });
  }
  // A news organisation every article cites only as passing on named sources (`the Gazette
  // reported, citing the ministry`) relays them.
  const passed = new Map<string, Set<string>>();
  for (const [doc, ids] of trace.passesOn ?? [])
    for (const id of ids.keys()) passed.set(id, (passed.get(id) ?? new Set()).add(doc));
  for (const [id, docs] of passed) {
    if (docsOf.has(id) || (trace.mentions.get(id) ?? []).some((m) => !docs.has(m.doc))) continue;
    const of = (trace.edgesFrom.get(id) ?? []).filter((e) => e.kind === 'cites').map((e) => e.to);
    if (of.length)
      relays.push({
        id,
        label: trace.nodeById.get(id)?.label ?? id,
        documents: [...docs].sort(),
        of: of.sort(),
        rule: 'provenance:passes-on',
      });
  }
  const commentators: Array<{ id: string; label: string; documents: string[]; rule: string }> = [];
  for (const [id, r] of trace.roles ?? []) {
    if (r.role !== 'commentator') continue;
    // A person by the articles that name them; an outlet (a piece of opinion) by its own.
    const docs = new Set([...(trace.mentions.get(id) ?? []).map((m) => m.doc), ...(docsOf.get(id) ?? [])]);
    commentators.push({
      id,
      label: trace.nodeById.get(id)?.label ?? id,
      documents: [...docs].sort(),
      rule: r.rule,
    });
  }
  commentators.sort((a, b) => b.documents.length - a.documents.length || a.id.localeCompare(b.id));
  return { relays, commentators };
}

/**
 * h-who30's `relative-clause-label`: a body named with a relative clause in `which` after its
 * name (`Skarn Lines, which operates the route,`) is shown by its name only (a person's clause in
 * `who`, `Councillor Ada Quill, who represents the ward`, is left: it moved half B). Only the shown label: the clause may have told who the source is (its role), and
 * the trace read it so.
 */
export function withoutRelativeClause(label: string): string {
  const m = /^(\p{Lu}[^,]*?),\s+which\s+\p{Ll}.*$/u.exec(label);
  return m ? m[1]! : label;
}

/** Appends `items` to the list `map` holds at `key` (a new list when it holds none), in place. */
function appendAll<K, V>(map: Map<K, V[]>, key: K, items: readonly V[]): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  for (const x of items) list.push(x);
}
