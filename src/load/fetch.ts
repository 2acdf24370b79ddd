import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { InputError } from '../model/messages.js';
import { DEFAULT_MAX_BYTES } from './decode.js';

export interface FetchOptions {
  /** Whole request, headers and body, in milliseconds. */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes (after decompression). */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Allow loopback, private, link-local and other non-public addresses (tests, intranets). */
  readonly allowPrivate?: boolean;
}

export interface Fetched {
  readonly url: string;
  /** After redirects. */
  readonly finalUrl: string;
  readonly status: number;
  readonly contentType: string;
  /** Charset from the `Content-Type` header, if any. */
  readonly charset: string | null;
  readonly bytes: Uint8Array;
}

const USER_AGENT = 'corroborate/0.1 (+https://www.npmjs.com/package/corroborate)';

/** True for addresses no public web page lives at: loopback, private, link-local, CGNAT, multicast, unspecified. */
export function isNonPublicAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number) as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      a >= 224 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 198 && (b === 18 || b === 19))
    );
  }
  const v = ip.toLowerCase();
  if (v === '::' || v === '::1') return true;
  if (v.startsWith('::ffff:')) return isNonPublicAddress(v.slice(7));
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(v);
}

async function checkHost(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch (err) {
      throw new InputError(
        `cannot resolve ${host} (${(err as NodeJS.ErrnoException).code ?? 'DNS error'})`,
        'fetch:dns',
        { cause: err },
      );
    }
  }
  const bad = addresses.find(isNonPublicAddress);
  if (bad) {
    throw new InputError(
      `${host} resolves to ${bad}, a private or loopback address; pass --allow-private to fetch it`,
      'fetch:private-address',
    );
  }
}

/**
 * Fetches a URL: http(s) only, redirects followed one hop at a time (each hop's
 * address checked), a time limit on the whole exchange, a size limit enforced
 * while the body streams in, compressed bodies decoded by the runtime. Every
 * failure is an InputError that says what went wrong.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(timeoutMs);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new InputError(`not a valid URL: ${url}`, 'fetch:bad-url');
  }
  const seen = new Set<string>();
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw new InputError(`only http and https URLs are fetched, not ${current.protocol}`, 'fetch:scheme');
    }
    if (hop > maxRedirects || seen.has(current.href)) {
      throw new InputError(
        `too many redirects (${hop}${seen.has(current.href) ? ', a loop' : ''}) from ${url}`,
        'fetch:redirects',
      );
    }
    seen.add(current.href);
    await checkHost(current, options.allowPrivate ?? false);
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        },
      });
    } catch (err) {
      throw failure(err, url, timeoutMs);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel().catch(() => undefined);
      current = new URL(res.headers.get('location')!, current);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError(
        `HTTP ${res.status} ${res.statusText || ''}`.trim() + ` from ${current.href}`,
        `fetch:http-${res.status}`,
      );
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError(
        `the page is ${declared} bytes, over the ${maxBytes}-byte limit`,
        'fetch:too-large',
      );
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body ?? []) {
        size += (chunk as Uint8Array).length;
        if (size > maxBytes)
          throw new InputError(`the page is over the ${maxBytes}-byte limit`, 'fetch:too-large');
        chunks.push(chunk as Uint8Array);
      }
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw failure(err, url, timeoutMs);
    }
    const contentType = res.headers.get('content-type') ?? '';
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
    return {
      url,
      finalUrl: current.href,
      status: res.status,
      contentType,
      charset,
      bytes: Buffer.concat(chunks),
    };
  }
}

function failure(err: unknown, url: string, timeoutMs: number): InputError {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return new InputError(
      `no complete answer from ${url} within ${Math.round(timeoutMs / 1000)} s`,
      'fetch:timeout',
      { cause: err },
    );
  }
  const detail = e.cause?.code ?? e.cause?.message ?? e.message;
  return new InputError(`could not fetch ${url}: ${detail}`, 'fetch:network', { cause: err });
}
