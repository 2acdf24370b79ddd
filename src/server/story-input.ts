/**
 * A new story as `serve` is sent it (`POST /api/stories`): the request body checked and its
 * pasted articles and files read into items. Run in a worker thread of its own (body-worker.ts):
 * a large or hostile body (tens of megabytes of JSON, base64 files to decode) takes long
 * enough to hold every other request on the server's thread.
 */
import { basename } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../load/decode.js';
import {
  readFileBytes,
  textLooksLikeHtml,
  tooLarge,
  type InputFailure,
  type InputItem,
} from '../load/inputs.js';
import type { KnownMetadata } from '../model/document.js';

/** A request the server refuses, with the status and a message for the caller. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly failures: readonly InputFailure[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface NewStory {
  readonly articles: ReadonlyArray<{ text: string } & KnownMetadata & { url?: string; format?: string }>;
  readonly urls: readonly string[];
  readonly files: ReadonlyArray<{ name: string; base64: string }>;
}

const FIELDS = ['articles', 'urls', 'files'];

/** Checks the shape of a new story's request; every problem is named. */
function parseNewStory(body: Uint8Array, maxInputs: number): NewStory {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch {
    throw new Refusal(400, 'the request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Refusal(400, 'the request body must be a JSON object {articles?, urls?, files?}');
  const v = value as Record<string, unknown>;
  const unknown = Object.keys(v).filter((k) => !FIELDS.includes(k));
  if (unknown.length)
    throw new Refusal(
      400,
      `unknown field ${unknown.map((k) => `"${k}"`).join(', ')} (expected articles, urls, files)`,
    );
  const list = (k: string): unknown[] => {
    if (v[k] === undefined) return [];
    if (!Array.isArray(v[k])) throw new Refusal(400, `"${k}" must be an array`);
    return v[k] as unknown[];
  };
  // Counted before each input is checked: a body of millions of inputs is refused at once.
  const inputs = list('articles').length + list('urls').length + list('files').length;
  if (inputs === 0) throw new Refusal(400, 'nothing to analyse: give articles, urls or files');
  if (inputs > maxInputs)
    throw new Refusal(400, `${inputs} inputs in one request, over the limit of ${maxInputs}`);
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  const optionalString = (o: Record<string, unknown>, k: string, where: string): string | undefined => {
    if (o[k] === undefined || o[k] === null) return undefined;
    if (typeof o[k] !== 'string') throw new Refusal(400, `${where}: "${k}" must be a string`);
    return (o[k] as string).trim() || undefined;
  };
  const articles = list('articles').map((a, i) => {
    const where = `articles[${i}]`;
    if (!isObject(a) || typeof a.text !== 'string')
      throw new Refusal(400, `${where} must be an object with a "text" string`);
    const format = optionalString(a, 'format', where);
    if (format && format !== 'text' && format !== 'html')
      throw new Refusal(400, `${where}: "format" must be "text" or "html"`);
    return {
      text: a.text,
      title: optionalString(a, 'title', where) ?? null,
      outlet: optionalString(a, 'outlet', where) ?? null,
      published: optionalString(a, 'published', where) ?? null,
      byline: optionalString(a, 'byline', where) ?? null,
      url: optionalString(a, 'url', where),
      format,
    };
  });
  const urls = list('urls').map((u, i) => {
    if (typeof u !== 'string' || !/^https?:\/\/\S+$/i.test(u.trim()))
      throw new Refusal(400, `urls[${i}] is not an http(s) URL`);
    return u.trim();
  });
  const files = list('files').map((f, i) => {
    if (!isObject(f) || typeof f.name !== 'string' || typeof f.base64 !== 'string')
      throw new Refusal(400, `files[${i}] must be an object with "name" and "base64" strings`);
    if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(f.base64))
      throw new Refusal(400, `files[${i}] ("${f.name}"): "base64" is not base64`);
    return { name: f.name, base64: f.base64 };
  });
  return { articles, urls, files };
}

/** What a new story's request gives: its pasted articles and files read, its URLs still to fetch. */
export interface StoryInput {
  readonly items: InputItem[];
  readonly failures: InputFailure[];
  readonly urls: readonly string[];
}

/** A request body to read, moved (not copied) to the thread that reads it, with the limits. */
export interface BodyJob {
  readonly body: Uint8Array;
  readonly maxInputs: number;
  readonly maxBytes?: number;
}

/** The request refused: its status and message. */
export interface Refused {
  readonly refused: { readonly status: number; readonly message: string };
}

/**
 * Reads a new story's request body: refused (bad JSON, a wrong shape, too many inputs), or its
 * pasted articles and files read into items, those over `maxBytes` among the failures.
 */
export function readNewStory(
  body: Uint8Array,
  limits: { readonly maxInputs: number; readonly maxBytes?: number },
): StoryInput | Refused {
  let req: NewStory;
  try {
    req = parseNewStory(body, limits.maxInputs);
  } catch (err) {
    if (err instanceof Refusal) return { refused: { status: err.status, message: err.message } };
    throw err;
  }
  const items: InputItem[] = [];
  const failures: InputFailure[] = [];
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  req.articles.forEach((a, i) => {
    const location = a.url ?? `pasted article ${i + 1}`;
    const size = Buffer.byteLength(a.text);
    if (size > maxBytes) {
      failures.push(tooLarge(location, size, maxBytes, 'article'));
      return;
    }
    const known: KnownMetadata = {
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      byline: a.byline,
    };
    const format = a.format === 'html' || (!a.format && textLooksLikeHtml(a.text)) ? 'html' : 'text';
    items.push({ source: { kind: 'record', location }, text: a.text, known, format });
  });
  for (const f of req.files) {
    const r = readFileBytes(
      basename(f.name.replace(/\\/g, '/')) || 'upload',
      Buffer.from(f.base64, 'base64'),
      { maxBytes: limits.maxBytes },
    );
    for (const item of r.items) items.push(item);
    for (const failure of r.failures) failures.push(failure);
  }
  return { items, failures, urls: req.urls };
}
