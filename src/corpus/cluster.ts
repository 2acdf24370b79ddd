import { TOWN_RULE } from '../mentions/town-rule.js';
import { contentId } from '../model/id.js';
import type { Document } from '../model/document.js';
import { bodyText } from '../report/text.js';
import { Linkage } from '../text/linkage.js';
import { lshPairs, minHasher, similarity } from './minhash.js';
import { DEFAULT_STORY_THRESHOLD } from './defaults.js';
import { cosine, DEFAULT_WEIGHTS, termCounts, tfidf, YEAR, type VectorWeights } from './vectors.js';

export { DEFAULT_STORY_THRESHOLD };

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
  const threshold = options.threshold ?? DEFAULT_STORY_THRESHOLD;
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
  const links = docs.map(() => new Map<number, number>());
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
        links[a]!.set(b, s);
        links[b]!.set(a, s);
      }
    }
  }

  // Traits of each cluster, counted in its articles: participants (entity keys) and years
  // (published in, or named). They follow every merge, copies included.
  const texts = docs.map(bodyText);
  const participants = docs.map(
    (d) => new Map(d.entities.filter((e) => e.rule !== TOWN_RULE).map((e) => [e.key, 1])),
  );
  const years = docs.map((d, i) => {
    const m = new Map<string, number>();
    for (const y of texts[i]!.match(YEAR) ?? []) m.set(y, 1);
    if (d.published) m.set(d.published.slice(0, 4), 1);
    return m;
  });
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const linkage = new Linkage(links, {
    onMerge: (into, from) => {
      parent[from] = into;
      for (const traits of [participants, years]) {
        for (const [k, x] of traits[from]!) traits[into]!.set(k, (traits[into]!.get(k) ?? 0) + x);
        traits[from]!.clear();
      }
    },
  });
  const size = (a: number): number => linkage.members[a]!.length;

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
    if (ra !== rb) linkage.merge(ra, rb);
  }

  /** A trait in at least `share` of the articles of cluster `x` that no article of `y` has. */
  const salientElsewhere = (
    traits: Array<Map<string, number>>,
    x: number,
    y: number,
    share: number,
  ): boolean => {
    for (const [k, c] of traits[x]!) if (c >= size(x) * share && !traits[y]!.has(k)) return true;
    return false;
  };
  // Participants: two established stories (each at least `vetoSize` articles) that each have
  // a salient participant (a person, organisation or place in at least half of their
  // articles) the other never mentions are two events, however alike their words: two
  // fights of one boxer against different opponents, two quakes in different places.
  // Years: a story most of whose articles are dated or set in a year that another story's
  // articles never name is another event of the same kind (a quake on the same island
  // three years later), once both have a few articles.
  const vetoSize = options.vetoSize ?? 6;
  const yearVetoSize = options.yearVetoSize ?? 3;
  const distinctEvents = (a: number, b: number): boolean =>
    (size(a) >= vetoSize &&
      size(b) >= vetoSize &&
      salientElsewhere(participants, a, b, 0.5) &&
      salientElsewhere(participants, b, a, 0.5)) ||
    (size(a) >= yearVetoSize &&
      size(b) >= yearVetoSize &&
      (salientElsewhere(years, a, b, YEAR_SHARE) || salientElsewhere(years, b, a, YEAR_SHARE)));
  linkage.run(threshold, (a, b) => !distinctEvents(a, b));

  // Clusters are named by their first article, so stories come out in document order.
  const stories: Story[] = [];
  for (const members of linkage.members) {
    if (!members.length) continue;
    const documents = [...members]
      .sort((a, b) => a - b)
      .map((m) => ({
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
  return stories;
}
