import { contentId } from '../model/id.js';
import type { Document } from '../model/document.js';
import { bodyText } from '../report/text.js';
import { lshPairs, minHasher, similarity } from './minhash.js';
import { cosine, DEFAULT_WEIGHTS, termCounts, tfidf, YEAR, type VectorWeights } from './vectors.js';

export interface ClusterOptions {
  /** Least average similarity between two stories to merge them (0..1). */
  readonly threshold?: number;
  /** Rarest terms per document used to find candidate pairs. */
  readonly candidateTerms?: number;
  /** Estimated shingle Jaccard at or above which two documents are copies of one text. */
  readonly duplicateAt?: number;
  /** Documents published further apart than this are never one story (when both dates are known). */
  readonly windowDays?: number;
  readonly weights?: VectorWeights;
  /** Stories this large are kept apart when each has a salient participant the other never names. */
  readonly vetoSize?: number;
  readonly idfPower?: number;
  /** Stories this large are kept apart when most articles of one are dated or set in a year the other never names. */
  readonly yearVetoSize?: number;
}

export interface StoryDocument {
  readonly id: string;
  readonly location: string;
  /** The document this one is a near-verbatim copy of (syndicated wire copy), if any. */
  readonly duplicateOf: string | null;
}

export interface Story {
  /** Stable: derived from the ids of its documents. */
  readonly id: string;
  readonly documents: readonly StoryDocument[];
}

interface Cluster {
  size: number;
  stamp: number;
  links: Map<number, number>;
  members: number[];
}

/** A max-heap of candidate merges (by average similarity). */
export class Heap {
  private items: Array<{ avg: number; a: number; b: number; sa: number; sb: number }> = [];
  push(x: { avg: number; a: number; b: number; sa: number; sb: number }): void {
    const h = this.items;
    h.push(x);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p]!.avg >= h[i]!.avg) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): { avg: number; a: number; b: number; sa: number; sb: number } | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]!.avg > h[m]!.avg) m = l;
        if (r < h.length && h[r]!.avg > h[m]!.avg) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

const DAY = 86_400_000;
const YEAR_SHARE = 0.7;

/**
 * Groups documents into stories. Documents are TF-IDF vectors of content words,
 * entity keys, years and quantities, rare terms weighted up (two similar events
 * differ in names, places, numbers and years). Candidate pairs come from an
 * inverted index over each document's rarest terms, so the work grows with the
 * number of documents, not its square; near-verbatim copies (MinHash over word
 * shingles with LSH) join first and are marked; then stories merge by average
 * similarity over the candidate graph, best first, down to the threshold.
 */
export function clusterStories(docs: readonly Document[], options: ClusterOptions = {}): Story[] {
  const threshold = options.threshold ?? 0.06;
  const k = options.candidateTerms ?? 50;
  const n = docs.length;
  const vectors = tfidf(
    docs.map((d) => termCounts(d, options.weights ?? DEFAULT_WEIGHTS)),
    options.idfPower ?? 2,
  );
  const time = docs.map((d) => (d.published ? Date.parse(d.published) : NaN));
  const windowMs = (options.windowDays ?? 7) * DAY;
  const apart = (a: number, b: number): boolean =>
    !Number.isNaN(time[a]!) && !Number.isNaN(time[b]!) && Math.abs(time[a]! - time[b]!) > windowMs;

  // Candidate pairs through the rarest terms of each document.
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const top = [...v.entries()].sort((x, y) => y[1] - x[1]).slice(0, k);
    for (const [t] of top) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  const clusters: Cluster[] = docs.map((_, i) => ({ size: 1, stamp: 0, links: new Map(), members: [i] }));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const seen = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > Math.max(50, n * 0.2)) continue; // a term this common links nothing in particular
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        if (apart(a, b)) continue;
        const s = cosine(vectors[a]!, vectors[b]!);
        if (s <= 0) continue;
        clusters[a]!.links.set(b, s);
        clusters[b]!.links.set(a, s);
      }
    }
  }

  // Participants of each cluster: entity key -> number of its articles naming it.
  const participants = docs.map((d) => new Map(d.entities.map((e) => [e.key, 1])));
  // Years of each cluster: year -> number of its articles published in it or naming it.
  const texts = docs.map(bodyText);
  const years = docs.map((d, i) => {
    const m = new Map<string, number>();
    for (const y of texts[i]!.match(YEAR) ?? []) m.set(y, 1);
    if (d.published) m.set(d.published.slice(0, 4), 1);
    return m;
  });
  const merge = (a: number, b: number): number => {
    const A = clusters[a]!;
    const B = clusters[b]!;
    for (const [k, x] of participants[b]!) participants[a]!.set(k, (participants[a]!.get(k) ?? 0) + x);
    participants[b]!.clear();
    for (const [k, x] of years[b]!) years[a]!.set(k, (years[a]!.get(k) ?? 0) + x);
    years[b]!.clear();
    for (const [c, s] of B.links) {
      if (c === a) continue;
      A.links.set(c, (A.links.get(c) ?? 0) + s);
      const C = clusters[c]!;
      C.links.delete(b);
      C.links.set(a, (C.links.get(a) ?? 0) + s);
    }
    A.links.delete(b);
    B.links.clear();
    A.size += B.size;
    A.members.push(...B.members);
    B.members = [];
    A.stamp++;
    B.stamp = -1;
    parent[b] = a;
    return a;
  };

  // Near-verbatim copies are one story whatever else they say.
  const hasher = minHasher();
  const signatures = texts.map((t) => hasher.signature(t));
  const duplicateOf = new Map<number, number>();
  for (const [a, b] of lshPairs(signatures)) {
    if (similarity(signatures[a]!, signatures[b]!) < (options.duplicateAt ?? 0.8) || texts[a]!.length < 200)
      continue;
    const first = Math.min(a, b);
    const second = Math.max(a, b);
    if (!duplicateOf.has(second)) duplicateOf.set(second, duplicateOf.get(first) ?? first);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) merge(Math.min(ra, rb), Math.max(ra, rb));
  }

  // Participants: two established stories (each at least `vetoSize` articles) that each have
  // a salient participant (a person, organisation or place in at least half of their
  // articles) the other never mentions are two events, however alike their words: two
  // fights of one boxer against different opponents, two quakes in different places.
  const vetoSize = options.vetoSize ?? 6;
  const salientElsewhere = (x: number, y: number): boolean => {
    const size = clusters[x]!.size;
    for (const [k, c] of participants[x]!) if (c >= size / 2 && !participants[y]!.has(k)) return true;
    return false;
  };
  // Years: a story most of whose articles are dated or set in a year that another story's
  // articles never name is another event of the same kind (a quake on the same island
  // three years later), once both have a few articles.
  const yearElsewhere = (x: number, y: number): boolean => {
    const size = clusters[x]!.size;
    for (const [k, c] of years[x]!) if (c >= size * YEAR_SHARE && !years[y]!.has(k)) return true;
    return false;
  };
  const yearVetoSize = options.yearVetoSize ?? 3;
  const distinctEvents = (a: number, b: number): boolean =>
    (clusters[a]!.size >= vetoSize &&
      clusters[b]!.size >= vetoSize &&
      salientElsewhere(a, b) &&
      salientElsewhere(b, a)) ||
    (clusters[a]!.size >= yearVetoSize &&
      clusters[b]!.size >= yearVetoSize &&
      (yearElsewhere(a, b) || yearElsewhere(b, a)));
  const heap = new Heap();
  const offer = (a: number): void => {
    const A = clusters[a]!;
    for (const [c, sum] of A.links) {
      const C = clusters[c]!;
      heap.push({ avg: sum / (A.size * C.size), a, b: c, sa: A.stamp, sb: C.stamp });
    }
  };
  for (let i = 0; i < n; i++) if (find(i) === i) offer(i);
  for (let e = heap.pop(); e && e.avg >= threshold; e = heap.pop()) {
    const A = clusters[e.a]!;
    const B = clusters[e.b]!;
    if (A.stamp !== e.sa || B.stamp !== e.sb || A.stamp < 0 || B.stamp < 0) continue;
    if (distinctEvents(e.a, e.b)) continue;
    offer(merge(Math.min(e.a, e.b), Math.max(e.a, e.b)));
  }

  const stories: Story[] = [];
  for (let i = 0; i < n; i++) {
    if (find(i) !== i) continue;
    const members = clusters[i]!.members.sort((a, b) => a - b);
    const documents = members.map((m) => ({
      id: docs[m]!.id,
      location: docs[m]!.source.location,
      duplicateOf: duplicateOf.has(m) ? docs[duplicateOf.get(m)!]!.id : null,
    }));
    const id = contentId(
      's',
      documents
        .map((d) => d.id)
        .sort()
        .join(','),
    );
    stories.push({ id, documents });
  }
  return stories.sort(
    (a, b) =>
      docs.findIndex((d) => d.id === a.documents[0]!.id) - docs.findIndex((d) => d.id === b.documents[0]!.id),
  );
}
