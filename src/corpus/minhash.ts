/**
 * MinHash signatures over word shingles with banded LSH: near-duplicate
 * candidates in time linear in the number of documents.
 */
const MASK = 0xffffffff;

/**
 * The FNV-1a hash of the shingle `words[i..i+k)` joined by single spaces, read word by word
 * without making the joined string.
 */
function shingleHash(words: readonly string[], i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let w = i; w < i + k; w++) {
    if (w > i) h = Math.imul(h ^ 32, 0x01000193) >>> 0;
    const word = words[w]!;
    for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Deterministic hash-function parameters (a seeded linear congruential sequence). */
function params(count: number, seed: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let x = seed >>> 0;
  const next = (): number => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
  for (let i = 0; i < count; i++) out.push([next() | 1, next()]);
  return out;
}

export interface MinHasher {
  readonly size: number;
  signature(text: string): Uint32Array;
}

/** `size` hash functions over `shingle`-word shingles of lower-cased words. */
export function minHasher(size = 64, shingle = 5, seed = 20311123): MinHasher {
  const ps = params(size, seed);
  // The parameters in two flat arrays (read 64 times a shingle): the same int32 and uint32
  // values as the pairs, without a pair's load and destructuring in the inner loop.
  const as = Int32Array.from(ps, ([a]) => a);
  const bs = Uint32Array.from(ps, ([, b]) => b);
  return {
    size,
    signature(text: string): Uint32Array {
      const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const sig = new Uint32Array(size).fill(MASK);
      const k = Math.min(shingle, Math.max(1, words.length));
      for (let i = 0; i + k <= words.length; i++) {
        const h = shingleHash(words, i, k);
        for (let j = 0; j < size; j++) {
          const v = (Math.imul(as[j]!, h) + bs[j]!) >>> 0;
          if (v < sig[j]!) sig[j] = v;
        }
      }
      return sig;
    },
  };
}

/** Share of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Candidate pairs: documents that agree on every row of at least one band. */
export function lshPairs(signatures: readonly Uint32Array[], bands = 16): Array<[number, number]> {
  const pairs = new Set<string>();
  const out: Array<[number, number]> = [];
  if (signatures.length === 0) return out;
  const rows = Math.floor(signatures[0]!.length / bands);
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, i) => {
      const key = Array.from(sig.subarray(band * rows, band * rows + rows)).join(',');
      let list = buckets.get(key);
      if (!list) buckets.set(key, (list = []));
      list.push(i);
    });
    for (const list of buckets.values()) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const key = `${list[x]},${list[y]}`;
          if (!pairs.has(key)) {
            pairs.add(key);
            out.push([list[x]!, list[y]!]);
          }
        }
      }
    }
  }
  return out;
}
