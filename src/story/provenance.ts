import type { Document, EntityMention } from '../model/document.js';
import type { Dossier } from '../dossier/types.js';
import { initials, slug } from '../mentions/entities.js';

type Provenance = Dossier['provenance'];

/** Words that make a source a news organisation: what it says, it relays. */
const NEWS_WORDS =
  /\b(times|post|press|news|journal|herald|tribune|guardian|telegraph|gazette|daily|weekly|magazine|agency|wire|ledger|radio|tv|television|broadcast\w*|reuters|associated press|ap|afp|bloomberg|bbc|cnn|nyt|wsj|newspaper|outlet)\b/i;
/** Words that point back to a news organisation named earlier in the article. */
const ANAPHORA = /^(the )?(newspaper|paper|report|agency|outlet|broadcaster|publication|daily)$/i;
const PRONOUN = /^(he|she|they|it|we|i|you|who|this|that)$/i;

/** Story-wide canonical keys: an acronym in one article meets its expansion in another. */
function aliasMap(documents: readonly Document[]): Map<string, { key: string; label: string }> {
  const out = new Map<string, { key: string; label: string }>();
  const byInitials = new Map<string, { key: string; label: string }>();
  const all: EntityMention[] = documents.flatMap((d) => [...d.entities]);
  for (const e of all) {
    if (e.kind !== 'organization' || !e.label.includes(' ')) continue;
    const short = initials(e.label);
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
  const aliases = aliasMap(documents);
  const nodes = new Map<string, { id: string; label: string; kind: string }>();
  const edges = new Map<string, { from: string; to: string; kind: 'cites' | 'relays' }>();
  const node = (label: string, kind: string): string => {
    const alias = aliases.get(slug(label));
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
  for (const d of documents) {
    const outlet = node(d.outlet ?? d.title ?? d.source.location, 'outlet');
    let lastNews: string | null = null;
    const bySentence = new Map<number, typeof d.attributions>();
    for (const a of d.attributions) bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);
    for (const [, list] of [...bySentence].sort((x, y) => x[0] - y[0])) {
      // Within a sentence: `X reported, citing Y` and `Y told X` make X the relay of Y.
      let relay: string | null = null;
      const resolved = list.map((a) => {
        const label =
          a.sourceLabel?.replace(
            /^(a |the )?(reports?|article|story|interview|statement) (from|by|in|with) /i,
            '',
          ) ?? null;
        if (!label || PRONOUN.test(label) || !looksLikeSource(label, a.source, d)) return null;
        if (ANAPHORA.test(label) && lastNews) return { a, id: lastNews, news: true };
        const news = NEWS_WORDS.test(label) && !/\bofficials?\b/i.test(label);
        const id = node(label, news ? 'news-organization' : 'source');
        if (news) lastNews = id;
        return { a, id, news };
      });
      for (const r of resolved) if (r?.news && r.a.rule !== 'attribution:citing') relay = r.id;
      for (const r of resolved) {
        if (!r) continue;
        const to = r.a.recipientLabel;
        if (to && !PRONOUN.test(to)) {
          const rid =
            ANAPHORA.test(to) && lastNews
              ? lastNews
              : node(to, NEWS_WORDS.test(to) ? 'news-organization' : 'source');
          edge(rid, r.id, 'cites');
          edge(outlet, rid, 'relays');
          continue;
        }
        if (r.news) edge(outlet, r.id, 'relays');
        else if (relay && r.a.rule === 'attribution:citing') edge(relay, r.id, 'cites');
        else edge(outlet, r.id, 'cites');
      }
    }
  }
  // Short forms: `the authority` is `Port Calder Harbour Authority` when exactly one longer source name ends that way.
  const merged = new Map<string, string>();
  const words = (label: string): string[] => slug(label).split('-').filter(Boolean);
  const named = [...nodes.values()];
  for (const n of named) {
    if (n.kind !== 'source') continue;
    const tail = words(n.label);
    const longer = named.filter((m) => {
      const w = words(m.label);
      return (
        m.id !== n.id && w.length > tail.length && tail.every((t, i) => w[w.length - tail.length + i] === t)
      );
    });
    if (longer.length === 1) merged.set(n.id, longer[0]!.id);
  }
  const final = (id: string): string => merged.get(id) ?? id;
  const out = new Map<string, { from: string; to: string; kind: 'cites' | 'relays' }>();
  for (const e of edges.values()) {
    const from = final(e.from);
    const to = final(e.to);
    if (from !== to) out.set(`${from}>${to}`, { from, to, kind: e.kind });
  }
  return {
    nodes: [...nodes.values()].filter((n) => !merged.has(n.id)).sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...out.values()].sort(
      (a, b) => a.from.localeCompare(b.from) || b.kind.localeCompare(a.kind) || a.to.localeCompare(b.to),
    ),
  };
}

const SOURCE_NOUN =
  /\b(officials?|sources?|experts?|analysts?|spokes(wo)?m[ae]n|spokesperson|ministry|ministers?|government|agency|authorit(y|ies)|intelligence|police|military|army|investigators?|researchers?|think tank|group|institute|council|court|prosecutors?|lawyers?|diplomats?|residents|witnesses|observers|aides?|advisers?|officers?|representatives?|newspaper|reports?)\b/i;

/** A source worth a node: it names someone (an entity) or a kind of source, briefly, and is not a stray phrase. */
function looksLikeSource(label: string, span: { start: number; end: number } | null, d: Document): boolean {
  if (label.split(/\s+/).length > 8) return false;
  if (
    /^(with|about|on|in|from|of|for|to|at|by|as|after|before|while|when|if|that|which|what|how|it|this)\b/i.test(
      label,
    )
  )
    return false;
  const named =
    span !== null && d.entities.some((e) => e.start >= span.start && e.end <= span.end && e.kind !== 'place');
  return named || SOURCE_NOUN.test(label) || /^\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(label);
}
