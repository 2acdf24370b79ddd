import type { Document } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';
import { slug } from '../mentions/entities.js';
import { weakest } from '../model/certainty.js';
import type { ClaimUnit } from './align.js';
import type { AlignedClaims } from './claims.js';
import { matchesIn } from '../text/matches.js';

export type Flow = Dossier['flows'][number] & {
  kind: string;
  evidence: Array<{ doc: string; start: number; end: number; rule: string }>;
  fromLabel?: string;
  toLabel?: string;
};

/** Verbs of giving. `with`: the recipient comes first (`provided Moscow with shells`); `at`: `opened an account at a bank`. */
const GIVE =
  /\b(gave|give[sn]?|giving|provid(?:e[sd]?|ing)|suppl(?:y|ied|ies|ying)|deliver(?:s|ed|ing)?|sen[dt]s?|sending|ship(?:s|ped|ping)?|transferr?(?:s|ed|ing)?|s[eo]ld|sells?|selling|paid|pays?|paying|lent|lends?|lending|releas(?:e[sd]?|ing)|unfr(?:o|ee)z(?:e|es|en|ing)|unfroze|unblock(?:s|ed|ing)?|grant(?:s|ed|ing)?|export(?:s|ed|ing)?|donat(?:e[sd]?|ing)|fund(?:s|ed|ing)|arm(?:s|ed|ing)|open(?:s|ed|ing)?)\b/giu;
const WITH_VERBS = /^(provid|suppl|arm|fund)/i;
const OPEN_VERBS = /^open/i;
const BOUNDARY =
  /\s*(?:[;:.!?]|,\s*(?:which|who|while|but|and|according|as|after|before|citing)\b|\s(?:after|while|because|although|since|which|amid|as part of)\s)/iu;
/** Words kept of what is given (`$9 million out of $30 million in frozen North Korean assets`). */
const WHAT_WORDS = 14;
const EXCHANGE = /\bin (?:exchange|return) for\s+([^,;.]+)/iu;

const CATEGORIES: ReadonlyArray<[string, RegExp]> = [
  [
    'weapons',
    /\b(weapons?|weaponry|arms|missiles?|shells?|rounds|ammunition|munitions?|artillery|drones?|rockets?|tanks?|guns?|rifles?)\b/iu,
  ],
  ['money', /(\b(money|funds?|assets?|cash|dollars?|payments?|loans?|credit)\b|[$€£])/iu],
  ['access', /\b(accounts?|access|bank(?:ing)?|networks?|channels?)\b/iu],
  [
    'information',
    /\b(images?|photos?|photographs?|pictures?|intelligence|information|data|documents?|evidence|files?|records?)\b/iu,
  ],
  [
    'technology',
    /\b(technolog(?:y|ies)|expertise|know-how|satellites?|submarines?|nuclear|engines?|components?|chips?)\b/iu,
  ],
  ['goods', /\b(oil|fuel|gas|grain|food|goods|equipment|supplies|cargo)\b/iu],
];

/**
 * The flows stage: who gives what to whom, read from the sentences of claims. Each flow
 * names giver and recipient (entity ids, or `np:` ids for unnamed parties such as `a front
 * company`), what is given (the object as written, its kind and any amount), the claims and
 * spans behind it and the weakest certainty among them. `in exchange for` adds the flow back.
 */
export function findFlows(documents: readonly Document[], aligned: AlignedClaims): Flow[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const flows = new Map<string, Flow>();
  /** Parties as first written: entity labels, or unnamed parties as the text has them. */
  const names = new Map<string, string>();
  aligned.groups.forEach((g, ci) => {
    const claim = aligned.claims[ci]!;
    for (const ui of g) {
      const u = aligned.units[ui]!;
      const d = byId.get(u.doc)!;
      if (!d.text.startsWith(u.text, u.start)) continue; // repaired text: offsets would not line up
      for (const f of flowsIn(d, u, names)) {
        const key = `${f.from}>${f.to}>${f.kind}`;
        const cur = flows.get(key);
        if (!cur) {
          flows.set(key, { ...f, claims: [claim.id], certainty: u.certainty });
          continue;
        }
        if (!cur.claims.includes(claim.id)) cur.claims.push(claim.id);
        cur.certainty = weakest([cur.certainty, u.certainty]);
        if (!cur.amount && f.amount) cur.amount = f.amount;
        if (!cur.evidence.some((e) => e.doc === u.doc && e.start === f.evidence[0]!.start))
          cur.evidence.push(...f.evidence);
      }
    }
  });
  for (const f of flows.values()) {
    f.fromLabel = names.get(f.from) ?? f.from;
    f.toLabel = names.get(f.to) ?? f.to;
  }
  return [...flows.values()].sort(
    (a, b) => b.evidence.length - a.evidence.length || a.from.localeCompare(b.from),
  );
}

type Found = Omit<Flow, 'claims' | 'certainty'>;

/** What kind of thing is given: the first category whose words the text has. */
const kindOf = (text: string): string => CATEGORIES.find(([, re]) => re.test(text))?.[0] ?? 'other';

/**
 * The verbs of giving in each unit read: a unit sits in several claims, and each claim reads it
 * (the matches are only read).
 */
const givingIn = new WeakMap<ClaimUnit, readonly RegExpExecArray[]>();

function flowsIn(d: Document, unit: ClaimUnit, names: Map<string, string>): Found[] {
  const s = unit.text;
  const out: Found[] = [];
  /** The party named in `s[from, to)`: its last (giver) or first (recipient) entity, or an unnamed company, bank or government. */
  const party = (from: number, to: number, last: boolean): string | null => {
    const a = unit.start + from;
    const b = unit.start + to;
    const inside = d.entities.filter((x) => x.start >= a && x.end <= b);
    const e = last ? inside[inside.length - 1] : inside[0];
    const np = s
      .slice(from, to)
      .match(
        /\b(?:an?|the|one|another)\s+((?:[\p{L}-]+\s+){0,3}(?:compan(?:y|ies)|firms?|banks?|government|regime|ministry|army|military|forces))\b/iu,
      );
    if (
      np &&
      (!e ||
        (np.index! + from <= e.start - unit.start && e.end - unit.start <= np.index! + from + np[0].length))
    ) {
      const id = `np:${slug(np[1]!)}`;
      if (!names.has(id)) names.set(id, np[1]!.replace(/\s+/g, ' '));
      return id;
    }
    if (e && !names.has(e.key)) names.set(e.key, e.label);
    return e?.key ?? null;
  };
  /** The party named in the first six words from `from` (not past `limit`). */
  const partyAt = (from: number, limit: number): string | null =>
    party(from, from + s.slice(from, limit).split(/\s+/).slice(0, 6).join(' ').length, false);
  let verbs = givingIn.get(unit);
  if (!verbs) givingIn.set(unit, (verbs = matchesIn(GIVE, s)));
  for (const m of verbs) {
    const verb = m[1]!;
    const vStart = m.index;
    const vEnd = vStart + m[0].length;
    const before = s.slice(0, vStart);
    const cut = Math.max(
      0,
      ...[...before.matchAll(/(?:^|[,;:]\s*|\b(?:that|which|and|but|while|after)\s+)/giu)].map(
        (x) => x.index! + x[0].length,
      ),
    );
    const rest = s.slice(vEnd);
    const stop = rest.search(BOUNDARY);
    const region = stop < 0 ? rest : rest.slice(0, stop);
    let recipient: string | null = null;
    let what = region;
    const a = unit.start + vEnd;
    const amount = d.quantities.find((x) => x.kind === 'money' && x.start >= a && x.end <= a + region.length);
    // Passive: `the copper had been sold by Orlen Metals to a trading firm`.
    const by = /^\s+by\s+/iu.exec(region);
    if (by && /\b(?:been|was|were|is|are|be|being)\s+(?:\p{L}+ly\s+)?$/iu.test(before)) {
      const tail = region.slice(by[0].length);
      const toAt = tail.search(/\s(?:to|for|with)\s/iu);
      const giver = party(vEnd + by[0].length, vEnd + by[0].length + (toAt < 0 ? tail.length : toAt), false);
      const toMatch = /\sto\s+/iu.exec(tail);
      const receiver = toMatch
        ? partyAt(vEnd + by[0].length + toMatch.index + toMatch[0].length, vEnd + region.length)
        : null;
      const subject = s
        .slice(cut, vStart)
        .replace(
          /(?:\s+(?:has|have|had|been|is|was|were|are|be|being|to|believed|said|thought|reported|alleged|understood|\p{L}+ly))+\s*$/iu,
          '',
        )
        .trim();
      if (giver && receiver && giver !== receiver && subject) {
        out.push({
          from: giver,
          to: receiver,
          what: subject.split(/\s+/).slice(-8).join(' '),
          kind: kindOf(subject),
          ...(amount ? { amount: { value: amount.value, unit: amount.unit } } : {}),
          evidence: [
            {
              doc: d.id,
              start: unit.start + cut,
              end: unit.start + vEnd + region.length,
              rule: `flow:passive-${verb.toLowerCase()}`,
            },
          ],
        });
      }
      continue;
    }
    const giver = party(cut, vStart, true);
    if (!giver) continue;
    const withAt = region.search(/\swith\s/iu);
    const toAt = region.search(OPEN_VERBS.test(verb) ? /\s(?:at|with|in)\s/iu : /\s(?:to|for)\s/iu);
    if (WITH_VERBS.test(verb) && withAt > 0) {
      recipient = party(vEnd, vEnd + withAt, false);
      what = region.slice(withAt + 6);
    } else if (toAt > 0) {
      const prep = region.slice(toAt).match(/^\s\w+\s/u)![0].length;
      const after = region.slice(toAt + prep);
      if (/^(the|an?|its|their|another|\p{Lu})/u.test(after))
        recipient = partyAt(vEnd + toAt + prep, vEnd + region.length);
      what = region.slice(0, toAt);
    } else {
      // The owner named inside the object: `released $9 million in frozen North Korean assets`.
      const b = a + region.length;
      const owner = d.entities.find((x) => x.start >= a && x.end <= b && x.kind !== 'person');
      if (owner && /^releas|^unfr|^unblock/i.test(verb)) recipient = owner.key;
    }
    if (!recipient || recipient === giver) continue;
    const trimmed = what
      .replace(/^\s+/, '')
      .split(/[,:–—]|\s(?:in (?:exchange|return) for|according to|citing)\s/iu)[0]!
      .replace(/^(?:of|for)\s+/iu, '');
    const words = trimmed
      .split(/\s+/)
      .slice(0, WHAT_WORDS)
      .join(' ')
      .replace(/[\s,]+$/, '');
    if (!words) continue;
    const kind = kindOf(words);
    out.push({
      from: giver,
      to: recipient,
      what: words,
      kind,
      ...(amount ? { amount: { value: amount.value, unit: amount.unit } } : {}),
      evidence: [
        {
          doc: d.id,
          start: unit.start + vStart,
          end: unit.start + vEnd + region.length,
          rule: `flow:${verb.toLowerCase()}`,
        },
      ],
    });
    const back = EXCHANGE.exec(s.slice(vEnd));
    if (back) {
      const text = back[1]!.split(/[:–—]/)[0]!.trim().split(/\s+/).slice(0, WHAT_WORDS).join(' ');
      out.push({
        from: recipient,
        to: giver,
        what: text,
        kind: kindOf(text),
        evidence: [
          {
            doc: d.id,
            start: unit.start + vEnd + back.index,
            end: unit.start + vEnd + back.index + back[0].length,
            rule: 'flow:in-exchange-for',
          },
        ],
      });
    }
  }
  return out;
}
