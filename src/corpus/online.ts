import { minHasher, type MinHasher } from './minhash.js';
import type { Document } from '../model/document.js';
import { bodyText } from '../report/text.js';
import { termCounts, weigh } from './vectors.js';

/** What the online index needs of an article: an id, a time and its raw term counts (see `termCounts`). */
export interface OnlineArticle {
  readonly id: string;
  /** Milliseconds since the epoch, or NaN when unknown (an undated article joins any live story). */
  readonly time: number;
  readonly counts: ReadonlyMap<string, number>;
  /** Body text, for near-duplicate detection (optional). */
  readonly text?: string;
  /** Or its MinHash signature (`minHasher()`), computed elsewhere. */
  readonly signature?: Uint32Array;
}

/** What the index needs of an analysed article. */
export function articleOf(d: Document): OnlineArticle {
  return {
    id: d.id,
    time: d.published ? Date.parse(d.published) : NaN,
    counts: termCounts(d),
    text: bodyText(d),
  };
}

export interface OnlineOptions {
  /** Least cosine between an article and a story's centroid to join it. */
  readonly threshold: number;
  /** Stories not joined for this long (article time) stop taking articles. */
  readonly windowDays: number;
  /** Weightiest terms of an article used to find candidate stories. */
  readonly articleTerms: number;
  /** Terms a story's centroid keeps. */
  readonly centroidTerms: number;
  /** Estimated shingle Jaccard at or above which an article is a copy of an earlier one. */
  readonly duplicateAt: number;
  /** Terms found in more live stories than this do not propose candidates. */
  readonly maxPostings: number;
  /** Candidates whose similarity is computed in full. */
  readonly shortlist: number;
}

export const DEFAULT_ONLINE: OnlineOptions = {
  threshold: 0.15,
  windowDays: 7,
  articleTerms: 40,
  centroidTerms: 80,
  duplicateAt: 0.8,
  maxPostings: 200,
  shortlist: 10,
};

/** A {@link StoryIndex} as JSON. */
export interface IndexState {
  readonly version: 1;
  readonly articles: number;
  readonly nextStory: number;
  readonly now: number | null;
  readonly df: ReadonlyArray<[string, number]>;
  readonly live: ReadonlyArray<{
    id: number;
    size: number;
    last: number | null;
    centroid: Array<[string, number]>;
  }>;
  readonly bands: ReadonlyArray<[string, string, number, number[]]>;
}

interface LiveStory {
  readonly id: number;
  centroid: Map<string, number>;
  norm: number;
  size: number;
  last: number;
}

export interface Assignment {
  /** Story number (dense, in order of creation). */
  readonly story: number;
  /** True when the article started the story. */
  readonly created: boolean;
  /** The id of the earlier article this one copies, if any. */
  readonly duplicateOf: string | null;
  /** Cosine to the story's centroid when it joined (1 for a copy, 0 for a new story). */
  readonly similarity: number;
}

const DAY = 86_400_000;
const BANDS = 16;

/**
 * Incremental, time-windowed story assignment for streams: each article joins the
 * live story whose centroid it is most like (rare terms weighted up with running
 * document frequencies), or starts one. Candidate stories come from an inverted
 * index over centroid terms, and stories that have not grown within the window are
 * retired, so the cost per article stays flat and memory follows the live stories,
 * not the corpus. Near-verbatim copies (MinHash LSH) join their original's story.
 */
export class StoryIndex {
  private readonly options: OnlineOptions;
  private readonly df = new Map<string, number>();
  private articles = 0;
  private readonly live = new Map<number, LiveStory>();
  private readonly postings = new Map<string, Set<number>>();
  private readonly bands = new Map<string, { id: string; story: number; sig: Uint32Array }>();
  private readonly hasher: MinHasher = minHasher();
  private nextStory = 0;
  private now = -Infinity;
  private sinceSweep = 0;

  constructor(options: Partial<OnlineOptions> = {}) {
    this.options = { ...DEFAULT_ONLINE, ...options };
  }

  /** The index as plain JSON, to be kept between runs (see {@link StoryIndex.fromJSON}). */
  toJSON(): IndexState {
    const time = (t: number): number | null => (Number.isFinite(t) ? t : null);
    return {
      version: 1,
      articles: this.articles,
      nextStory: this.nextStory,
      now: time(this.now),
      df: [...this.df],
      live: [...this.live.values()].map((s) => ({
        id: s.id,
        size: s.size,
        last: time(s.last),
        centroid: [...s.centroid],
      })),
      bands: [...this.bands].map(([key, v]) => [key, v.id, v.story, Array.from(v.sig)]),
    };
  }

  static fromJSON(state: IndexState, options: Partial<OnlineOptions> = {}): StoryIndex {
    if (state.version !== 1) throw new Error(`story index state version ${state.version} is not supported`);
    const index = new StoryIndex(options);
    index.articles = state.articles;
    index.nextStory = state.nextStory;
    index.now = state.now ?? -Infinity;
    for (const [t, n] of state.df) index.df.set(t, n);
    for (const s of state.live) {
      const story: LiveStory = { id: s.id, centroid: new Map(), norm: 0, size: 0, last: s.last ?? NaN };
      index.live.set(s.id, story);
      index.grow(story, new Map(s.centroid), story.last);
      story.size = s.size;
    }
    for (const [key, id, story, sig] of state.bands)
      index.bands.set(key, { id, story, sig: Uint32Array.from(sig) });
    return index;
  }

  /** Stories currently taking articles. */
  get liveStories(): number {
    return this.live.size;
  }

  get storyCount(): number {
    return this.nextStory;
  }

  add(article: OnlineArticle): Assignment {
    const { options } = this;
    this.articles++;
    for (const t of article.counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    if (!Number.isNaN(article.time) && article.time > this.now) this.now = article.time;
    if (++this.sinceSweep >= 5000) this.sweep();

    const vec = this.vector(article.counts);
    // A copy of an earlier article joins that article's story.
    let sig: Uint32Array | null = null;
    if (article.signature || (article.text && article.text.length >= 200)) {
      sig = article.signature ?? this.hasher.signature(article.text!);
      const copy = this.findCopy(sig);
      if (copy && this.live.has(copy.story)) {
        this.grow(this.live.get(copy.story)!, vec, article.time);
        this.remember(sig, article.id, copy.story);
        return { story: copy.story, created: false, duplicateOf: copy.id, similarity: 1 };
      }
    }

    const top = [...vec.entries()].sort((a, b) => b[1] - a[1]).slice(0, options.articleTerms);
    const dots = new Map<number, number>();
    // Terms whose products are in `dots`; the rest are added for the shortlisted stories.
    const counted = new Set<string>();
    for (const [t, w] of top) {
      const list = this.postings.get(t);
      // A term in this many live stories links nothing in particular (it still counts in the score).
      if (!list || list.size > options.maxPostings) continue;
      counted.add(t);
      for (const s of list) {
        const story = this.live.get(s);
        if (!story || !this.alive(story, article.time)) continue;
        dots.set(s, (dots.get(s) ?? 0) + w * (story.centroid.get(t) ?? 0));
      }
    }
    let best: LiveStory | null = null;
    let bestSim = options.threshold;
    // Complete the dot product for the most promising candidates only.
    const shortlist = [...dots.entries()]
      .map(([s, dot]) => [s, dot / (this.live.get(s)!.norm || 1)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, options.shortlist);
    for (const [s] of shortlist) {
      const dot = dots.get(s)!;
      const story = this.live.get(s)!;
      // The dot over the article's proposing terms, completed over the rest of its terms.
      let full = dot;
      for (const [t, w] of vec) if (!counted.has(t)) full += w * (story.centroid.get(t) ?? 0);
      const sim = full / (story.norm || 1);
      if (sim >= bestSim) {
        bestSim = sim;
        best = story;
      }
    }
    if (best) {
      this.grow(best, vec, article.time);
      if (sig) this.remember(sig, article.id, best.id);
      return { story: best.id, created: false, duplicateOf: null, similarity: bestSim };
    }
    const story: LiveStory = {
      id: this.nextStory++,
      centroid: new Map(),
      norm: 0,
      size: 0,
      last: article.time,
    };
    this.live.set(story.id, story);
    this.grow(story, vec, article.time);
    if (sig) this.remember(sig, article.id, story.id);
    return { story: story.id, created: true, duplicateOf: null, similarity: 0 };
  }

  /**
   * Replaces the live stories by `groups`, a re-clustering of their articles (articles the
   * index has already counted): each group becomes a live story under the number it names,
   * or a new one, its centroid summed from its articles' vectors under today's document
   * frequencies, and its articles' signatures kept for copy detection. Returns each
   * group's story number.
   */
  regroup(
    groups: ReadonlyArray<{ readonly story?: number; readonly articles: readonly OnlineArticle[] }>,
  ): number[] {
    for (const [id, story] of this.live)
      for (const t of story.centroid.keys()) {
        const set = this.postings.get(t);
        set?.delete(id);
        if (set && set.size === 0) this.postings.delete(t);
      }
    this.live.clear();
    this.bands.clear();
    const taken = new Set(groups.flatMap((g) => (g.story === undefined ? [] : [g.story])));
    for (const n of taken) if (n >= this.nextStory) this.nextStory = n + 1;
    return groups.map((g) => {
      const id = g.story ?? this.nextStory++;
      const story: LiveStory = { id, centroid: new Map(), norm: 0, size: 0, last: NaN };
      this.live.set(id, story);
      for (const a of g.articles) {
        this.grow(story, this.vector(a.counts), a.time);
        const sig = a.signature ?? (a.text && a.text.length >= 200 ? this.hasher.signature(a.text) : null);
        if (sig) this.remember(sig, a.id, id);
      }
      return id;
    });
  }

  /** L2-normalised TF-IDF of the article against the document frequencies seen so far. */
  private vector(counts: ReadonlyMap<string, number>): Map<string, number> {
    return weigh(counts, this.df, this.articles);
  }

  private grow(story: LiveStory, vec: ReadonlyMap<string, number>, time: number): void {
    for (const [t, w] of vec) story.centroid.set(t, (story.centroid.get(t) ?? 0) + w);
    story.size++;
    if (!Number.isNaN(time) && (Number.isNaN(story.last) || time > story.last)) story.last = time;
    if (story.centroid.size > this.options.centroidTerms) {
      const kept = [...story.centroid.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, this.options.centroidTerms);
      const keep = new Set(kept.map(([t]) => t));
      for (const t of story.centroid.keys()) if (!keep.has(t)) this.postings.get(t)?.delete(story.id);
      story.centroid = new Map(kept);
    }
    let norm = 0;
    for (const [t, w] of story.centroid) {
      norm += w * w;
      let set = this.postings.get(t);
      if (!set) this.postings.set(t, (set = new Set()));
      set.add(story.id);
    }
    story.norm = Math.sqrt(norm);
  }

  private alive(story: LiveStory, time: number): boolean {
    if (Number.isNaN(time) || Number.isNaN(story.last)) return true;
    return Math.abs(time - story.last) <= this.options.windowDays * DAY;
  }

  /** Retires stories that have not grown within the window of the newest article seen. */
  private sweep(): void {
    this.sinceSweep = 0;
    if (!Number.isFinite(this.now)) return;
    const limit = this.now - this.options.windowDays * DAY;
    for (const [id, story] of this.live) {
      if (Number.isNaN(story.last) || story.last >= limit) continue;
      for (const t of story.centroid.keys()) {
        const set = this.postings.get(t);
        set?.delete(id);
        if (set && set.size === 0) this.postings.delete(t);
      }
      this.live.delete(id);
    }
    for (const [key, entry] of this.bands) if (!this.live.has(entry.story)) this.bands.delete(key);
  }

  private findCopy(sig: Uint32Array): { id: string; story: number } | null {
    const rows = sig.length / BANDS;
    for (let b = 0; b < BANDS; b++) {
      const hit = this.bands.get(`${b}:${sig.subarray(b * rows, b * rows + rows).join(',')}`);
      if (!hit) continue;
      let same = 0;
      for (let i = 0; i < sig.length; i++) if (sig[i] === hit.sig[i]) same++;
      if (same / sig.length >= this.options.duplicateAt) return hit;
    }
    return null;
  }

  private remember(sig: Uint32Array, id: string, story: number): void {
    const rows = sig.length / BANDS;
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${sig.subarray(b * rows, b * rows + rows).join(',')}`;
      if (!this.bands.has(key)) this.bands.set(key, { id, story, sig });
    }
  }
}
