import type { Document, EntityMention } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';
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
}

export function traceProvenance(documents: readonly Document[]): ProvenanceTrace {
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
  const outletOf = new Map<string, string>();
  const cited = new Map<string, Map<number, string[]>>();
  const spans = new Map<string, Array<{ doc: string; start: number; end: number }>>();
  for (const d of documents) {
    const outlet = node(d.outlet ?? d.title ?? d.source.location, 'outlet');
    outletOf.set(d.id, outlet);
    const sentenceSources = new Map<number, string[]>();
    cited.set(d.id, sentenceSources);
    let lastNews: string | null = null;
    const bySentence = new Map<number, typeof d.attributions>();
    for (const a of d.attributions) bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);
    for (const [sentence, list] of [...bySentence].sort((x, y) => x[0] - y[0])) {
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
      const ids = resolved.flatMap((r) => (r ? [r.id] : []));
      for (const r of resolved)
        if (r?.a.source) {
          const list = spans.get(r.id) ?? [];
          list.push({ doc: d.id, start: r.a.source.start, end: r.a.source.end });
          spans.set(r.id, list);
        }
      if (ids.length) sentenceSources.set(sentence, [...new Set(ids)]);
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
  // Short forms: `the authority` and `the port authority` are `Port Calder Harbour Authority`
  // when exactly one longer source name ends with the same word and contains the short one's words in order.
  const merged = new Map<string, string>();
  const words = (label: string): string[] => slug(label).split('-').filter(Boolean);
  const named = [...nodes.values()];
  const byLength = [...named].sort((a, b) => words(b.label).length - words(a.label).length);
  for (const n of byLength) {
    if (n.kind !== 'source') continue;
    const tail = words(n.label);
    const longer = named.filter((m) => {
      const w = words(m.label);
      return (
        m.id !== n.id &&
        m.kind === 'source' &&
        !merged.has(m.id) &&
        w.length > tail.length &&
        w[w.length - 1] === tail[tail.length - 1] &&
        isSubsequence(tail, w)
      );
    });
    if (longer.length === 1) merged.set(n.id, longer[0]!.id);
  }
  // Glued words: `New York Timesthat North Korea` is the New York Times when the text lost a space.
  const compact = (label: string): string => slug(label.replace(/^the\s+/i, '')).replace(/-/g, '');
  const news = named.filter((n) => n.kind === 'news-organization');
  for (const n of named) {
    const host = news
      .filter(
        (m) => m.id !== n.id && compact(n.label).startsWith(compact(m.label)) && compact(m.label).length >= 4,
      )
      .sort((a, b) => compact(b.label).length - compact(a.label).length)[0];
    if (host) merged.set(n.id, host.id);
  }
  const final = (id: string): string => {
    for (let hops = 0; merged.has(id) && hops < 8; hops++) id = merged.get(id)!;
    return id;
  };
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
  for (const [id, list] of spans) mentions.set(final(id), [...(mentions.get(final(id)) ?? []), ...list]);
  const edgesFrom = new Map<string, Array<Provenance['edges'][number]>>();
  for (const e of graph.edges) edgesFrom.set(e.from, [...(edgesFrom.get(e.from) ?? []), e]);
  return {
    graph,
    outletOf: new Map([...outletOf].map(([d, id]) => [d, final(id)])),
    sentenceSources,
    mentions,
    nodeById: new Map(graph.nodes.map((n) => [n.id, n])),
    edgesFrom,
  };
}

/** Drops origins that another of them cites: `Wire, citing the authority` is one chain, not two origins. */
export function independentOrigins(trace: ProvenanceTrace, origins: Iterable<string>): string[] {
  const list = [...new Set(origins)];
  if (list.length < 2) return list;
  const cites = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const x = stack.pop()!;
      if (x === to && x !== from) return true;
      if (seen.has(x)) continue;
      seen.add(x);
      for (const e of trace.edgesFrom.get(x) ?? []) stack.push(e.to);
    }
    return false;
  };
  return list.filter((o) => !list.some((p) => p !== o && cites(p, o))).sort();
}

/**
 * Where a statement in a document traces to. A source that a news organisation the
 * outlet relays also cites traces to that organisation's report (five outlets relaying
 * one newspaper's anonymous officials are one origin); a source cited nowhere else is
 * an origin of its own; an unattributed statement traces to the reports the outlet
 * relays, or, when it relays none, to the outlet's own reporting.
 */
export function originsOf(trace: ProvenanceTrace, doc: string, sources: readonly string[]): string[] {
  const outlet = trace.outletOf.get(doc);
  const relayed = (outlet ? (trace.edgesFrom.get(outlet) ?? []) : [])
    .filter((e) => e.kind === 'relays')
    .map((e) => e.to);
  if (!sources.length) return relayed.length ? relayed : outlet ? [outlet] : [];
  const out = new Set<string>();
  for (const s of sources) {
    const node = trace.nodeById.get(s);
    if (node?.kind === 'news-organization') {
      out.add(s);
      continue;
    }
    const via = relayed.filter((r) => trace.edgesFrom.get(r)?.some((e) => e.to === s && e.kind === 'cites'));
    if (via.length) for (const r of via) out.add(r);
    // Unnamed sources (`intelligence officials`) in an article that relays a report are that report's.
    else if (relayed.length && !NAMED_NODE.test(s) && UNNAMED.test(node?.label ?? ''))
      for (const r of relayed) out.add(r);
    else out.add(s);
  }
  return [...out];
}

/** Nodes named after an entity (a person, organisation, place or group), not a description. */
const NAMED_NODE = /^n:(person|org|organization|place|group):/;
/** Sources that do not say who they are. */
const UNNAMED =
  /\b(anonymous|unnamed|unidentified|sources?|officials?|officers?|people familiar|reports?)\b/i;

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

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * The story's origins: each node some claim traces to, with the documents and claims that
 * rest on it, most documents first. Documents whose unattributed statements rest on the
 * reports they relay count for those reports.
 */
export function storyOrigins(
  trace: ProvenanceTrace,
  claims: ReadonlyArray<{
    id: string;
    origins: readonly string[];
    members: ReadonlyArray<{ doc: string; sources: readonly string[] }>;
  }>,
): Array<{ id: string; label: string; documents: string[]; claims: string[] }> {
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
  for (const c of claims)
    for (const m of c.members)
      for (const o of originsOf(trace, m.doc, m.sources)) {
        if (!c.origins.includes(o)) continue;
        const e = entry(o);
        e.documents.add(m.doc);
        e.claims.add(c.id);
      }
  return [...out.values()]
    .map((e) => ({
      id: e.id,
      label: e.label,
      documents: [...e.documents].sort(),
      claims: [...e.claims].sort(),
    }))
    .sort(
      (a, b) =>
        b.documents.length - a.documents.length ||
        b.claims.length - a.claims.length ||
        a.id.localeCompare(b.id),
    );
}
