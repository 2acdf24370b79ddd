import { readdirSync, readFileSync, statSync } from 'node:fs';
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
        const bytes = options.stdin ? options.stdin() : readFileSync(0);
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
  readBytes(path, readFileSync(path), items, failures, limit);
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

/** A file's bytes as articles, read by its name: gzip unpacked, JSON Lines expanded, HTML or text. */
function readBytes(
  name: string,
  raw: Uint8Array,
  items: InputItem[],
  failures: InputFailure[],
  limit: number,
): void {
  const lower = name.toLowerCase();
  let bytes = raw;
  if (lower.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: limit });
    } catch (err) {
      failures.push({
        location: name,
        rule: 'load:gzip',
        reason: `not readable as gzip, or larger than the limit once unpacked (${errorText(err)})`,
      });
      return;
    }
  }
  if (JSON_LINES.test(lower)) {
    readJsonLines(name, bytes, items, failures);
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
  const limit = limitFor(name, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.length > limit) failures.push(tooLarge(name, bytes.length, limit));
  else readBytes(name, bytes, items, failures, limit);
  return { items, failures };
}

function readJsonLines(path: string, bytes: Uint8Array, items: InputItem[], failures: InputFailure[]): void {
  const lines = new TextDecoder('utf-8').decode(bytes).split('\n');
  let count = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const location = `${path}:${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      failures.push({ location, rule: 'load:jsonl-syntax', reason: 'this line is not valid JSON' });
      return;
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      failures.push({
        location,
        rule: 'load:jsonl-shape',
        reason: 'a record must be a JSON object {url?, title?, text?|html?, published?, outlet?}',
      });
      return;
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
      return;
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
  });
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
