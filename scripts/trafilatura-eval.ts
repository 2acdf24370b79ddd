import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpus } from './shared.js';

export interface EvalPage {
  readonly url: string;
  readonly file: string;
  readonly bytes: Buffer;
}

/** The pages of ../shared/corpora/trafilatura-eval that are present, decompressed. */
export function evalPages(): EvalPage[] {
  const dir = corpus('trafilatura-eval');
  const evaldata = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const out: EvalPage[] = [];
  for (const [url, e] of Object.entries(evaldata)) {
    let bytes: Buffer;
    try {
      bytes = gunzipSync(readFileSync(join(dir, 'html', `${e.file}.gz`)));
    } catch {
      continue;
    }
    out.push({ url, file: e.file, bytes });
  }
  return out;
}
