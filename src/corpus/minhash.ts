/**
 * MinHash signatures over word shingles with banded LSH: near-duplicate
 * candidates in time linear in the number of documents.
 */
const MASK = 0xffffffff;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
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
  return {
    size,
    signature(text: string): Uint32Array {
      const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const sig = new Uint32Array(size).fill(MASK);
      const k = Math.min(shingle, Math.max(1, words.length));
      for (let i = 0; i + k <= words.length; i++) {
        const h = fnv1a(words.slice(i, i + k).join(' '));
        for (let j = 0; j < size; j++) {
          const [a, b] = ps[j]!;
          const v = (Math.imul(a, h) + b) >>> 0;
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
