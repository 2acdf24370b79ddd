import { readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { KnownMetadata, SourceRef } from '../model/document.js';
import { InputError } from '../model/messages.js';
import { DEFAULT_MAX_BYTES } from './decode.js';

/** One article to process, before decoding, or a record that already holds text. */
export interface InputItem {
  readonly source: SourceRef;
  readonly bytes?: Uint8Array;
  readonly text?: string;
  readonly known?: KnownMetadata;
  /** How to read it: plain text, or an HTML page to render. */
  readonly format: 'text' | 'html';
  /** Charset declared out of band (an HTTP `Content-Type` header). */
  readonly charset?: string | null;
}

/** An input that could not be read: reported, and the run goes on with the others. */
export interface InputFailure {
  readonly location: string;
  readonly rule: string;
  readonly reason: string;
}

const ARTICLE_EXT = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson', '.gz']);
const MAX_FOLDER_FILES = 200_000;

export interface ReadOptions {
  readonly maxBytes?: number;
  /** Standard input, read when an input is `-`. */
  readonly stdin?: () => Uint8Array;
}

/**
 * Expands the user's inputs into articles: files (`.txt`, `.html`, `.htm`,
 * optionally `.gz`), folders (recursively, hidden entries skipped), JSON Lines
 * records (`{url?, title?, text?|html?, published?, outlet?}`) and `-` for
 * standard input. Problems are returned as failures, never thrown.
 */
export function readInputs(
  inputs: readonly string[],
  options: ReadOptions = {},
): { items: InputItem[]; failures: InputFailure[] } {
  const items: InputItem[] = [];
  const failures: InputFailure[] = [];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    try {
      if (input === '-') {
        const bytes = options.stdin ? options.stdin() : readStdin(maxBytes);
        items.push({
          source: { kind: 'stdin', location: '-' },
          bytes,
          format: looksLikeHtml(bytes) ? 'html' : 'text',
        });
      } else if (/^https?:\/\//i.test(input)) {
        failures.push({
          location: input,
          rule: 'load:url-needs-async',
          reason:
            'URLs are read by the asynchronous entry points (analyzeAsync, loadDocumentsAsync, the CLI)',
        });
      } else {
        const st = statOrNull(input);
        if (!st) failures.push({ location: input, rule: 'load:not-found', reason: 'no such file or folder' });
        else if (st.isDirectory()) readFolder(input, items, failures, maxBytes);
        else readFile(input, items, failures, maxBytes);
      }
    } catch (err) {
      failures.push({
        location: input,
        rule: err instanceof InputError ? err.rule : 'load:read-error',
        reason: errorText(err),
      });
    }
  }
  return { items, failures };
}

/**
 * Standard input, read in chunks and refused as soon as it passes `maxBytes` (one
 * article), so a stream of gigabytes costs no more memory than the limit.
 */
function readStdin(maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let size = 0;
  const chunk = Buffer.alloc(1 << 20);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking standard input with nothing yet: wait a moment and read again.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    size += n;
    if (size > maxBytes)
      throw new InputError(
        `standard input is over the ${(maxBytes / 1048576).toFixed(1)} MB limit for one article (raise it with --max-bytes)`,
        'load:too-large',
      );
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, size);
}

function statOrNull(p: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

function readFolder(dir: string, items: InputItem[], failures: InputFailure[], maxBytes: number): void {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(d, name);
      const st = statOrNull(p);
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && ARTICLE_EXT.has(extname(name).toLowerCase())) files.push(p);
      if (files.length > MAX_FOLDER_FILES)
        throw new InputError(
          `folder holds more than ${MAX_FOLDER_FILES} article files`,
          'load:too-many-files',
        );
    }
  };
  walk(dir);
  if (files.length === 0) {
    failures.push({
      location: dir,
      rule: 'load:empty-folder',
      reason: 'the folder holds no articles (.txt, .text, .html, .htm, .jsonl, .ndjson, .gz)',
    });
    return;
  }
  for (const f of files) readFile(f, items, failures, maxBytes);
}

function readFile(path: string, items: InputItem[], failures: InputFailure[], maxBytes: number): void {
  const size = statSync(path).size;
  const limit = limitFor(path, maxBytes);
  if (size > limit) {
    failures.push(tooLarge(path, size, limit));
    return;
  }
  readBytes(path, readFileSync(path), items, failures, maxBytes);
}

/** A JSON Lines file by its name, gzipped or not. */
const JSON_LINES = /\.(jsonl|ndjson)(\.gz)?$/i;

/** Largest size accepted for a file by its name: JSON Lines files hold many articles. */
const limitFor = (name: string, maxBytes: number): number =>
  JSON_LINES.test(name) ? maxBytes * 50 : maxBytes;

/** The failure of an input over the size limit (`what`: a file, a pasted article). */
export const tooLarge = (location: string, size: number, limit: number, what = 'file'): InputFailure => ({
  location,
  rule: 'load:too-large',
  reason: `the ${what} is ${(size / 1048576).toFixed(1)} MB, over the ${(limit / 1048576).toFixed(1)} MB limit (raise it with --max-bytes)`,
});

/**
 * The output chunk to unpack gzip data in: the unpacked size its trailer gives (ISIZE, the
 * size modulo 2^32; of the last member only when there are several), so that a page unpacks
 * into one buffer rather than into zlib's 16 KiB chunks joined by a copy (a tenth of a
 * page's reading time). The trailer is only a hint: capped at `maxBytes` and at the most
 * deflate can unpack from so many bytes (1032:1), never below zlib's default chunk.
 */
export function gunzipChunk(gz: Uint8Array, maxBytes: number): number {
  if (gz.length < 18) return 16384;
  const n = gz.length;
  const isize = (gz[n - 4]! | (gz[n - 3]! << 8) | (gz[n - 2]! << 16) | (gz[n - 1]! << 24)) >>> 0;
  return Math.max(16384, Math.min(isize, maxBytes, n * 1032) + 1);
}

/** A file's bytes as articles, read by its name: gzip unpacked, JSON Lines expanded, HTML or text. */
function readBytes(
  name: string,
  raw: Uint8Array,
  items: InputItem[],
  failures: InputFailure[],
  maxBytes: number,
): void {
  const lower = name.toLowerCase();
  let bytes = raw;
  if (lower.endsWith('.gz')) {
    // Unpacking stops at --max-bytes, whatever the file holds (a small file can unpack to
    // gigabytes): past it the file is refused, as an unpacked file of that size would be.
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes, chunkSize: gunzipChunk(bytes, maxBytes) });
    } catch (err) {
      failures.push(
        (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
          ? {
              location: name,
              rule: 'load:too-large',
              reason: `the file unpacks to more than ${(maxBytes / 1048576).toFixed(1)} MB, the limit for unpacked data (unpack it first, or raise --max-bytes)`,
            }
          : {
              location: name,
              rule: 'load:gzip',
              reason: `not readable as gzip (${errorText(err)})`,
            },
      );
      return;
    }
  }
  if (JSON_LINES.test(lower)) {
    readJsonLines(name, bytes, items, failures, maxBytes);
    return;
  }
  const html = /\.html?(\.gz)?$/.test(lower) || (!/\.(txt|text)(\.gz)?$/.test(lower) && looksLikeHtml(bytes));
  items.push({ source: { kind: 'file', location: name }, bytes, format: html ? 'html' : 'text' });
}

/**
 * A file given as bytes (an upload) read as {@link readInputs} reads a file of that name:
 * `.gz` unpacked, JSON Lines expanded, HTML or plain text by extension or content.
 */
export function readFileBytes(
  name: string,
  bytes: Uint8Array,
  options: Pick<ReadOptions, 'maxBytes'> = {},
): { items: InputItem[]; failures: InputFailure[] } {
  const items: InputItem[] = [];
  const failures: InputFailure[] = [];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const limit = limitFor(name, maxBytes);
  if (bytes.length > limit) failures.push(tooLarge(name, bytes.length, limit));
  else readBytes(name, bytes, items, failures, maxBytes);
  return { items, failures };
}

/**
 * The lines of a JSON Lines file as byte ranges: the file is never decoded whole (a file
 * of hundreds of megabytes is longer than a JavaScript string may be), only line by line.
 */
function* byteLines(bytes: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; ) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    yield bytes.subarray(start, end);
    start = end + 1;
  }
}

function readJsonLines(
  path: string,
  bytes: Uint8Array,
  items: InputItem[],
  failures: InputFailure[],
  maxBytes: number,
): void {
  const utf8 = new TextDecoder('utf-8');
  let count = 0;
  let i = -1;
  for (const lineBytes of byteLines(bytes)) {
    i++;
    const location = `${path}:${i + 1}`;
    // A record is one article: over the article limit it is refused as a file would be.
    if (lineBytes.length > maxBytes) {
      failures.push(tooLarge(location, lineBytes.length, maxBytes, 'record'));
      continue;
    }
    const line = utf8.decode(lineBytes);
    if (!line.trim()) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      failures.push({ location, rule: 'load:jsonl-syntax', reason: 'this line is not valid JSON' });
      continue;
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      failures.push({
        location,
        rule: 'load:jsonl-shape',
        reason: 'a record must be a JSON object {url?, title?, text?|html?, published?, outlet?}',
      });
      continue;
    }
    const r = rec as Record<string, unknown>;
    const str = (k: string): string | null =>
      typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string) : null;
    const text = str('text');
    const html = str('html');
    if (!text && !html) {
      failures.push({
        location,
        rule: 'load:jsonl-no-text',
        reason: 'the record has neither a "text" nor an "html" field',
      });
      continue;
    }
    count++;
    const known: KnownMetadata = {
      title: str('title'),
      outlet: str('outlet'),
      published: str('published'),
      byline: str('byline'),
      language: str('language'),
    };
    const source: SourceRef = { kind: 'record', location: str('url') ?? location };
    items.push(
      text ? { source, text, known, format: 'text' } : { source, text: html!, known, format: 'html' },
    );
  }
  if (count === 0 && !failures.some((f) => f.location.startsWith(path))) {
    failures.push({
      location: path,
      rule: 'load:empty-jsonl',
      reason: 'the JSON Lines file holds no records',
    });
  }
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  return textLooksLikeHtml(new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)));
}

/** Whether a text starts as an HTML page does (a doctype, `<html>`, `<body>`, `<div>`...). */
export function textLooksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<(head|body|meta|div|article)\b/.test(head)
  );
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
