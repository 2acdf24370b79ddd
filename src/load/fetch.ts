import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import { InputError } from '../model/messages.js';
import { classifyAddress, describeAddress, normalizeAddress } from './address.js';
import { DEFAULT_MAX_BYTES } from './decode.js';

export { isNonPublicAddress } from './address.js';

export interface FetchOptions {
  /** Whole request, headers and body, in milliseconds. */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes (after decompression). */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Allow loopback, private, link-local and other non-public addresses (tests, intranets). */
  readonly allowPrivate?: boolean;
  /**
   * Non-public addresses fetched all the same (a trusted intranet host), compared as
   * addresses, not as text: `127.0.0.1` also allows `127.1`, but not `::ffff:127.0.0.1`,
   * which is another (IPv6) address.
   */
  readonly allowAddresses?: readonly string[];
  /**
   * Resolves a host name to its addresses (default: the system resolver). Called once per
   * connection; the connection goes to the addresses it answered, after they are checked.
   */
  readonly resolve?: (host: string) => Promise<readonly string[]>;
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

/** The addresses a host name resolves to, as the system resolver answers (all of them, in its order). */
export async function systemResolve(host: string): Promise<string[]> {
  return (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

/** Refuses an address that is neither public nor allowed by name, naming its range. */
function refuseUnlessPublic(host: string, address: string, allowed: ReadonlySet<string>): void {
  const verdict = classifyAddress(address);
  if (verdict.isPublic || allowed.has(normalizeAddress(address))) return;
  const shown = host === address ? describeAddress(verdict) : `${host}, at ${describeAddress(verdict)},`;
  throw new InputError(
    `${shown} is not a public address; private or loopback addresses are fetched only with --allow-private`,
    'fetch:private-address',
  );
}

/**
 * The host-name lookup the connection itself uses: the name is resolved once, every
 * address is checked, and the socket connects to exactly the addresses checked, so a
 * resolver that answers differently a moment later (DNS rebinding) changes nothing.
 */
function guardedLookup(
  allowPrivate: boolean,
  allowed: ReadonlySet<string>,
  resolve: (host: string) => Promise<readonly string[]>,
) {
  return (
    hostname: string,
    options: LookupOptions,
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    const host = hostname.replace(/^\[|\]$/g, '');
    const answer = async (): Promise<LookupAddress[]> => {
      let addresses: readonly string[];
      if (isIP(host)) addresses = [host];
      else {
        try {
          addresses = await resolve(host);
        } catch (err) {
          throw new InputError(
            `cannot resolve ${host} (${(err as NodeJS.ErrnoException).code ?? 'DNS error'})`,
            'fetch:dns',
            { cause: err },
          );
        }
      }
      if (!allowPrivate) for (const a of addresses) refuseUnlessPublic(host, a, allowed);
      const found = addresses
        .map((address) => ({ address, family: isIP(address) }))
        .filter((a) => a.family !== 0 && (!options.family || options.family === a.family));
      if (found.length === 0) throw new InputError(`cannot resolve ${host} (no usable address)`, 'fetch:dns');
      return found;
    };
    answer().then(
      (found) => {
        if (options.all) callback(null, found);
        else callback(null, found[0]!.address, found[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}

/**
 * Fetches a URL: http(s) only, redirects followed one hop at a time (each hop's
 * address checked, on the connection itself: see guardedLookup), a time limit on
 * the whole exchange, a size limit enforced while the body streams in, compressed
 * bodies decoded by undici. Every failure is an InputError that says what went wrong.
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
  const allowPrivate = options.allowPrivate ?? false;
  const allowed = new Set((options.allowAddresses ?? []).map(normalizeAddress));
  // One dispatcher per fetch (its redirect hops share connections): its sockets resolve
  // host names through the guard, so the address checked is the address connected to.
  const dispatcher = new Agent({
    connect: { lookup: guardedLookup(allowPrivate, allowed, options.resolve ?? systemResolve) },
  });
  try {
    return await fetchHops(url, current, {
      timeoutMs,
      maxBytes,
      maxRedirects,
      signal,
      allowPrivate,
      allowed,
      dispatcher,
    });
  } finally {
    void dispatcher.destroy().catch(() => undefined);
  }
}

async function fetchHops(
  url: string,
  start: URL,
  o: {
    timeoutMs: number;
    maxBytes: number;
    maxRedirects: number;
    signal: AbortSignal;
    allowPrivate: boolean;
    allowed: ReadonlySet<string>;
    dispatcher: Agent;
  },
): Promise<Fetched> {
  const { timeoutMs, maxBytes, maxRedirects, signal } = o;
  let current = start;
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
    // An address written in the URL is not looked up: it is checked here.
    const literal = current.hostname.replace(/^\[|\]$/g, '');
    if (!o.allowPrivate && isIP(literal)) refuseUnlessPublic(literal, literal, o.allowed);
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: 'manual',
        signal,
        dispatcher: o.dispatcher,
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
  // The guard's own refusal, raised inside the connection's lookup.
  if (e.cause instanceof InputError) return e.cause;
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
