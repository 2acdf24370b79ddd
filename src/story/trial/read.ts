/**
 * How the trial-story tests read a dossier: articles analysed as English, each document by its
 * number in the story (1-based), each discrepancy by its distinct values, and the claims that
 * repeat each other. Shared by the trial tests so they read alike.
 */
import { analyzeTexts } from '../../analyze.js';
import { processText } from '../../pipeline/document.js';
import type { Dossier } from '../../model/dossier.js';
import type { TrialArticle } from '../compare/trial-stories.fixture.js';

export const analyze = (articles: readonly TrialArticle[]): Dossier =>
  analyzeTexts(articles.map((a) => ({ location: a.location, text: a.text, known: { language: 'en' } })));

export const docNumber = (d: Dossier, id: string): number => d.documents.findIndex((x) => x.id === id) + 1;

/** Each entry of a kind as its distinct value texts with their documents, `text (n)`. */
export const entries = (d: Dossier, kind: string): string[][] =>
  d.discrepancies
    .filter((x) => x.kind === kind)
    .map((x) => [...new Set(x.values.map((v) => `${v.text} (${docNumber(d, v.doc)})`))].sort());

/** The documents an item cites, by number. */
export const cited = (d: Dossier, item: { docs: readonly string[] }): number[] =>
  item.docs.map((id) => docNumber(d, id)).sort((a, b) => a - b);

/** Pairs of claims that repeat each other: the same text, or 80% of the smaller one's members shared. */
export function repeatedClaims(story: Dossier): string[] {
  const out: string[] = [];
  const key = (m: { doc: string; start: number }) => `${m.doc}:${m.start}`;
  for (const [i, a] of story.claims.entries())
    for (const b of story.claims.slice(i + 1)) {
      const common = a.members.filter((m) => b.members.some((n) => key(n) === key(m))).length;
      if (a.text === b.text || common >= 0.8 * Math.min(a.members.length, b.members.length))
        out.push(`${a.text} / ${b.text}`);
    }
  return out;
}

/** The timeline's entries as their date, document number and clause as written. */
export const datedEntries = (d: Dossier): Array<{ date: string; doc: number; text: string }> =>
  d.timeline.map((t) => {
    const doc = d.documents.find((x) => x.id === t.doc)!;
    const clause = t.clause ?? t;
    return { date: t.date, doc: docNumber(d, t.doc), text: doc.text.slice(clause.start, clause.end) };
  });

/** The articles' headlines (their first lines). */
export const headlines = (articles: readonly TrialArticle[]): string[] =>
  articles.map((a) => a.text.split('\n')[0]!);

/** The claim members of document `n` that a relay hedges (`reportedly`, `said to`). */
export const hedgedMembers = (d: Dossier, n: number): Dossier['claims'][number]['members'] =>
  d.claims
    .flatMap((c) => c.members)
    .filter((m) => docNumber(d, m.doc) === n && /reportedly|said to/.test(m.text));

/** The values of the factual entries (not certainty or single-outlet notes, which quote sentences). */
export const factualValues = (d: Dossier): string =>
  d.discrepancies
    .filter((x) => !['certainty', 'single-outlet', 'source'].includes(x.kind))
    .flatMap((x) => x.values.map((v) => v.text))
    .join(' | ');

/** The brief items not cited to the document whose sentence they are (the first that holds it). */
export const notCitingOwn = (d: Dossier): string[] =>
  d.brief
    .filter((b) => !cited(d, b).includes(d.documents.findIndex((x) => x.text.includes(b.text)) + 1))
    .map((b) => b.text);

/** The claim members whose text matches `re`, as `claim text: member text` (a commentator's words, say, that no claim should hold). */
export const claimMembersSaying = (d: Dossier, re: RegExp): string[] =>
  d.claims.flatMap((c) => c.members.filter((m) => re.test(m.text)).map((m) => `${c.text}: ${m.text}`));

/** One article of the given lines (headline, outlet line, byline, date, body), analysed as English. */
export const oneArticle = (lines: readonly string[]): Dossier =>
  analyze([{ location: 'unit/1.txt', published: '', text: lines.join('\n') + '\n' }]);

/**
 * What is wrong with a brief's shape: fewer than `min` or more than `max` items, an item told
 * twice, an item that is a headline (the articles' first lines). Empty when none.
 */
export function briefFaults(d: Dossier, articles: readonly TrialArticle[], min = 4, max = 10): string[] {
  const faults: string[] = [];
  if (d.brief.length < min || d.brief.length > max)
    faults.push(`${d.brief.length} items, not ${min} to ${max}`);
  const texts = d.brief.map((b) => b.text);
  for (const [i, t] of texts.entries()) if (texts.indexOf(t) < i) faults.push(`told twice: ${t}`);
  const heads = headlines(articles);
  for (const t of texts) if (heads.includes(t)) faults.push(`a headline: ${t}`);
  return faults;
}

/** The commentators of a dossier's provenance by name (their label up to its first comma). */
export const commentatorNames = (d: Dossier): string[] =>
  (d.provenance.commentators ?? []).map((x) => x.label.split(',')[0]!);

/** The relays of a dossier's provenance, each as the numbers of its documents. */
export const relayDocs = (d: Dossier): number[][] =>
  (d.provenance.relays ?? []).map((x) => x.documents.map((id) => docNumber(d, id)));

/** The labels of the sources of the members of document `n` opening with `text`, once each. */
export const memberSources = (d: Dossier, n: number, text: string): string[] => {
  const labelOf = (id: string): string => d.provenance.nodes.find((x) => x.id === id)?.label ?? id;
  return [
    ...new Set(
      d.claims
        .flatMap((c) => c.members)
        .filter((m) => docNumber(d, m.doc) === n && m.text.startsWith(text))
        .flatMap((m) => m.sources.map(labelOf)),
    ),
  ];
};

/** Each attribution of one sentence (an article of its own) as `source | content`. */
export const said = (text: string): string[] =>
  processText(text, { kind: 'record', location: 't' }, { known: { language: 'en' } }).attributions.map(
    (a) =>
      `${a.source ? text.slice(a.source.start, a.source.end) : '-'} | ${a.content ? text.slice(a.content.start, a.content.end) : '-'}`,
  );

/** A story of plain-text articles, each given as its lines (headline, outlet line, date, body). */
export const tell = (...bodies: string[][]): Dossier =>
  analyzeTexts(
    bodies.map((lines, i) => ({
      location: `t/${i}.txt`,
      text: lines.join('\n') + '\n',
      known: { language: 'en' as const },
    })),
  );

/** The relays of a dossier's provenance, each as the numbers of its documents and the ids of what it passes on. */
export const relayChains = (d: Dossier): Array<[number[], string[]]> =>
  (d.provenance.relays ?? []).map((x) => [x.documents.map((id) => docNumber(d, id)), x.of]);
