import { hostName } from './host.js';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { readItemsAsync } from '../analyze.js';
import { decodeCursor, PARTS, type ListingKind, type Store } from '../store/store.js';
import { AnalysisBusy, AnalysisPool, AnalysisTimeout, withoutStack } from './analysis.js';
import { PAGE, PAGE_SCRIPT } from './page.js';
import { JobThread } from './job-thread.js';
import { ReportRenderer } from './render.js';
import { Refusal, type BodyJob, type Refused, type StoryInput } from './story-input.js';

export interface ServeOptions {
  readonly store: Store;
  /** Fetch URLs on loopback and private addresses (off: a server must not reach its own network for a caller). */
  readonly allowPrivate?: boolean;
  /** Time limit for fetching one URL. */
  readonly timeoutMs?: number;
  /** Largest article accepted. */
  readonly maxBytes?: number;
  /** Largest request body. */
  readonly maxBody?: number;
  /** Most articles, URLs and files in one request. */
  readonly maxInputs?: number;
  /** Most items read from one feed. */
  readonly maxItems?: number;
  /** Most articles in one story: story analysis grows faster than the number of articles. */
  readonly maxArticles?: number;
  /**
   * Host names the server answers to besides its own address, `localhost`, `127.0.0.1`
   * and `[::1]` (and, listening on every interface, the machine's own addresses). Any other
   * `Host` is refused, so a page whose name is rebound to this machine cannot use it.
   */
  readonly allowedHosts?: readonly string[];
  /**
   * Time budget of one story's analysis, in milliseconds. Analyses run in worker threads (the
   * server answers other requests meanwhile); one over its budget is stopped and answered 503.
   */
  readonly analysisTimeoutMs?: number;
  /** Stories analysed at once; default: the cores but one, at least 1. */
  readonly analysisWorkers?: number;
  /** Stories waiting for a worker, past which a new one is answered 503 at once; default: 4 per worker. */
  readonly analysisQueue?: number;
  /**
   * Milliseconds within which a story that finds every worker busy is to be answered
   * (default 500): it waits only while the analyses ahead and its own are expected to end in
   * time (as long as analyses have taken per article so far), and is otherwise answered 503
   * at once, or when the time runs out, with `Retry-After` set to when a worker is expected
   * to be free: posts behind a long story are not kept waiting.
   */
  readonly analysisWaitMs?: number;
}

export const DEFAULT_SERVE = {
  timeoutMs: 20_000,
  maxBody: 64 * 1024 * 1024,
  maxInputs: 100,
  maxItems: 100,
  maxArticles: 300,
  analysisTimeoutMs: 120_000,
} as const;

/** Largest unread request body (bytes) drained after a refusal rather than cut off. */
const DRAIN_LIMIT = 1024 * 1024;

/** Reads and drops what is left of a refused request's body, cutting it off past DRAIN_LIMIT. */
function drain(req: IncomingMessage, res: ServerResponse): void {
  let size = 0;
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > DRAIN_LIMIT) {
      if (res.writableFinished) req.destroy();
      else res.on('finish', () => req.destroy());
    }
  });
  req.resume();
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};
/** The page runs its own script only (by hash) and talks to this server only. */
const PAGE_CSP = `default-src 'none'; script-src 'sha256-${sha256(PAGE_SCRIPT)}'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
/** Reports run no script at all, whatever the articles hold. */
const REPORT_CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const ID = '([A-Za-z0-9_-]{1,80})';
const STORY_API = new RegExp(`^/api/stories/${ID}$`);
const STORY_PAGE = new RegExp(`^/stories/${ID}$`);

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (value: unknown): string => JSON.stringify(value, null, 2);
const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, json(value), JSON_TYPE);

/** The report with a way back to the list of stories and the dossier as data. */
function reportPage(html: string, id: string): string {
  const api = `/api/stories/${id}`;
  const nav =
    '<nav style="font:14px system-ui,sans-serif;margin:0 0 1rem"><a href="/">&larr; all stories</a>' +
    ` &middot; <a href="${api}?format=json">dossier JSON</a> &middot; <a href="${api}?format=md">Markdown</a></nav>`;
  const at = html.indexOf('<body>');
  return at < 0 ? html : html.slice(0, at + 6) + nav + html.slice(at + 6);
}

/**
 * Answers the server built from the store, kept while they hold (see `Sql.writes`: only a
 * store no other process writes, the embedded one): a listing many clients ask for between
 * two new stories is read and written out once, a report is rendered once, and a request
 * that comes while a write is still running is answered from what was read before it rather
 * than waiting behind it (the write has not finished, so it may be ordered after the
 * request). Each answer belongs to a part of the store (`PARTS`: the listing, one story), and
 * only writes to that part make it stale: a new story leaves every other story's reports
 * kept. An answer is dropped once a write to its part sent after its read has finished, or
 * once a read of its part was sent after such a write (so no answer is older than one
 * already given). Clients asking at once for one missing answer share its making. At most
 * `size` answers of at most `maxBytes` each are kept, the least recently asked for dropped
 * first.
 */
class ReadCache {
  private readonly entries = new Map<string, { part: string; sent: number; body: Promise<string> }>();
  /**
   * Per part with answers kept: the last write to it that a read sent since will see (see
   * `Writes.touched`); an answer read before that write is not given.
   */
  private readonly floors = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly size = 32,
    private readonly maxBytes = 1024 * 1024,
  ) {}

  get(key: string, part: string, make: () => Promise<string>): Promise<string> {
    const writes = this.store.sql.writes;
    if (!writes) return make();
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.sent >= Math.max(this.floors.get(part) ?? 0, writes.settled(part))) {
      this.entries.set(key, hit);
      return hit.body;
    }
    const sent = writes.sent();
    this.floors.set(part, Math.max(this.floors.get(part) ?? 0, writes.touched(part)));
    const body = make();
    const entry = { part, sent, body };
    this.entries.set(key, entry);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    if (this.floors.size > 4 * this.size) {
      // Parts with no answer kept: an answer read later starts from a floor of its own.
      const kept = new Set([...this.entries.values()].map((e) => e.part));
      for (const p of this.floors.keys()) if (!kept.has(p)) this.floors.delete(p);
    }
    const forget = (): void => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    body.then((b) => b.length > this.maxBytes && forget(), forget);
    return body;
  }
}

/**
 * The request body, refused past `limit` bytes: the rest is not read, and the refusal can
 * still be answered (the connection is closed once it is sent).
 */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = (): Refusal => new Refusal(413, `the request is over the ${limit} byte limit`);
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) {
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      // In a buffer of its own (not a slice of a shared pool), to be moved to another thread.
      const body = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        body.set(c, at);
        at += c.length;
      }
      resolve(body);
    });
    // The client hung up before the body was complete: nobody is left to answer.
    const gone = (): void => {
      if (settled) return;
      settled = true;
      reject(new ClientGone());
    };
    req.on('error', gone);
    req.on('close', () => {
      if (!req.complete) gone();
    });
  });
}

/** The client went away mid-request: not an error of ours, and there is no one to answer. */
class ClientGone extends Error {
  constructor() {
    super('the client closed the connection before the request was complete');
  }
}

/** The thread that reads new stories' request bodies (body-worker.ts). */
type BodyReader = JobThread<BodyJob, StoryInput | Refused>;

/** A whole-number query parameter within bounds, or its default; `hint` says what to do past `max`. */
function count(url: URL, name: string, fallback: number, min: number, max: number, hint?: string): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max)
    throw new Refusal(
      400,
      `"${name}" must be a whole number from ${min} to ${max}${hint && n > max ? `: ${hint}` : ''}`,
    );
  return n;
}

/**
 * Largest `offset` of a listing: an offset is read through, index entry by index entry (at
 * 1,000,000 analyses, 999,900 of them held the store's thread about half a second of CPU);
 * deeper pages are read with `after`, from the indexes at the cost of one page.
 */
export const MAX_OFFSET = 10_000;

/** Fetches the story's URLs, analyses its articles; stores and returns its summary. */
async function createStory(req: StoryInput, options: ServeOptions, pool: AnalysisPool) {
  const items = [...req.items];
  const failures = [...req.failures];
  if (req.urls.length) {
    const r = await readItemsAsync(req.urls, {
      maxBytes: options.maxBytes,
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.timeoutMs ?? DEFAULT_SERVE.timeoutMs,
      maxItems: options.maxItems ?? DEFAULT_SERVE.maxItems,
    });
    for (const item of r.items) items.push(item);
    for (const failure of r.failures) failures.push(failure);
  }
  const maxArticles = options.maxArticles ?? DEFAULT_SERVE.maxArticles;
  if (items.length > maxArticles)
    throw new Refusal(
      422,
      `${items.length} articles are over the limit of ${maxArticles} for one story (analysis grows faster than the number of articles); ingest them as a corpus to have them clustered into stories`,
    );
  let analysed;
  try {
    analysed = await pool.analyse({ items, failures });
  } catch (err) {
    if (err instanceof AnalysisBusy)
      throw withoutStack(
        () =>
          new Refusal(
            503,
            `the server is busy: every analysis worker is at work (${err.waiting} more ${err.waiting === 1 ? 'story' : 'stories'} waiting, a worker expected free in about ${err.retryAfter} s); try again then`,
            [],
            { 'retry-after': String(err.retryAfter) },
          ),
      );
    if (!(err instanceof AnalysisTimeout)) throw err;
    throw new Refusal(
      503,
      `the analysis of these ${items.length} articles took over ${err.seconds} s (the server's --analysis-timeout) and was stopped; analyse fewer articles at once, or ingest them as a corpus`,
    );
  }
  const { record } = analysed;
  if (!record) throw new Refusal(422, 'no article could be read', analysed.failures);
  const summary = await options.store.saveAnalysis(record);
  return {
    ...summary,
    url: `/stories/${summary.id}`,
    dossier: `/api/stories/${summary.id}`,
    failures: analysed.failures,
  };
}

/** The names the server answers to: see {@link ServeOptions.allowedHosts}. */
function ownHostNames(address: AddressInfo | string | null, allowed: readonly string[]): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  const add = (a: string): void => {
    const name = hostName(a.includes(':') && !a.startsWith('[') ? `[${a}]` : a);
    if (name) names.add(name);
  };
  if (address && typeof address === 'object') {
    add(address.address);
    if (address.address === '0.0.0.0' || address.address === '::')
      for (const list of Object.values(networkInterfaces()))
        for (const i of list ?? []) if (!i.address.includes('%')) add(i.address);
  }
  for (const a of allowed) add(a);
  return names;
}

/**
 * Refuses a request whose `Host` is not one of the server's own names: a web page whose host
 * name was rebound to this machine's address (DNS rebinding) is same-origin with itself, so
 * Origin checks alone cannot stop it from reading the API.
 */
function checkHost(req: IncomingMessage, names: ReadonlySet<string>): void {
  const header = req.headers.host;
  if (header === undefined) return; // not a browser: HTTP/1.1 browsers always send Host
  const name = hostName(header);
  if (!name) throw new Refusal(400, 'the Host header is not a host name');
  if (!names.has(name))
    throw new Refusal(
      421,
      `this server does not answer to the host name ${name}; start it with --allowed-host ${name} if that name is meant to reach it`,
    );
}

/** Refuses a cross-site request that changes something (a page elsewhere posting here). */
function checkOrigin(req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (req.headers['sec-fetch-site'] === 'cross-site')
    throw new Refusal(403, 'cross-site requests are not accepted');
  if (origin && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new Refusal(403, 'the Origin header is not a URL');
    }
    if (host !== req.headers.host) throw new Refusal(403, `requests from ${origin} are not accepted`);
  } else if (origin === 'null') throw new Refusal(403, 'requests from an opaque origin are not accepted');
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  options: ServeOptions,
  names: ReadonlySet<string>,
  pool: AnalysisPool,
  cache: ReadCache,
  renderer: ReportRenderer,
  bodies: BodyReader,
): Promise<void> {
  checkHost(req, names);
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://server.invalid');
  } catch {
    throw new Refusal(400, 'the request path is not a URL path');
  }
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const only = (...allowed: string[]): void => {
    if (!allowed.includes(method))
      throw new Refusal(405, `${method} is not allowed here (allowed: ${allowed.join(', ')})`);
  };
  if (path === '/') {
    only('GET', 'HEAD');
    send(res, 200, PAGE, 'text/html; charset=utf-8', { 'content-security-policy': PAGE_CSP });
    return;
  }
  if (path === '/api/stories') {
    only('GET', 'POST');
    if (method === 'GET') {
      const kind = url.searchParams.get('kind') ?? 'all';
      if (!['all', 'created', 'corpus'].includes(kind))
        throw new Refusal(400, `unknown kind "${kind}" (all, created or corpus)`);
      const page = {
        limit: count(url, 'limit', 100, 1, 1000),
        offset: count(url, 'offset', 0, 0, MAX_OFFSET, 'read further with "after" (the "next" of a page)'),
      };
      const cursor = url.searchParams.get('after');
      const after = cursor === null ? null : decodeCursor(cursor);
      if (cursor !== null && !after)
        throw new Refusal(400, '"after" must be the "next" of a listing of this server');
      // Written out by the store in one statement: no rows to copy here, nor JSON to write.
      const body = await cache.get(
        `list ${kind} ${page.limit} ${page.offset} ${cursor ?? ''}`,
        PARTS.listing,
        () => options.store.listingJson(kind as ListingKind, { ...page, after }),
      );
      send(res, 200, body, JSON_TYPE);
      return;
    }
    checkOrigin(req);
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') throw new Refusal(415, 'send the story as application/json');
    const body = await readBody(req, options.maxBody ?? DEFAULT_SERVE.maxBody);
    // Parsed and read in a thread of its own: a large body does not hold other requests.
    const input = await bodies.run(
      { body, maxInputs: options.maxInputs ?? DEFAULT_SERVE.maxInputs, maxBytes: options.maxBytes },
      [body.buffer],
    );
    if ('refused' in input) throw new Refusal(input.refused.status, input.refused.message);
    const story = await createStory(input, options, pool);
    sendJson(res, 201, story);
    return;
  }
  const api = STORY_API.exec(path);
  const page = api ? null : STORY_PAGE.exec(path);
  if (api && method === 'DELETE') {
    checkOrigin(req);
    const id = api[1]!;
    if (await options.store.deleteAnalysis(id)) {
      res.writeHead(204, COMMON_HEADERS);
      res.end();
      return;
    }
    if (await options.store.dossier(id))
      throw new Refusal(
        409,
        `story ${id} belongs to the corpus: its articles decide it, so it is not deleted here`,
      );
    throw new Refusal(404, `no story ${id}`);
  }
  if (api || page) {
    only('GET', 'HEAD', ...(api ? ['DELETE'] : []));
    const id = (api ?? page)![1]!;
    const format = page ? 'html' : (url.searchParams.get('format') ?? 'json');
    if (!['html', 'md', 'json'].includes(format))
      throw new Refusal(400, `unknown format "${format}" (json, md or html)`);
    const body = await cache.get(`story ${id} ${format}`, PARTS.story(id), async () => {
      // JSON as the store keeps it: not read into objects and written out again here.
      const text = await options.store.dossierJson(id);
      if (text === null) throw new Refusal(404, `no story ${id}`);
      if (format === 'json') return text;
      // Read and rendered in a thread of its own: a large story's report takes a while.
      const report = await renderer.render(text, format === 'html' ? 'html' : 'md');
      return format === 'html' ? reportPage(report, id) : report;
    });
    if (format === 'html')
      send(res, 200, body, 'text/html; charset=utf-8', { 'content-security-policy': REPORT_CSP });
    else send(res, 200, body, format === 'md' ? 'text/markdown; charset=utf-8' : JSON_TYPE);
    return;
  }
  throw new Refusal(404, `nothing at ${path}`);
}

/**
 * The HTTP API and web page:
 * - `GET /`: the page;
 * - `GET /api/stories[?kind=all|created|corpus&limit=100&offset=0&after=NEXT]`: the stories,
 *   newest first (a page of those put together here, then a page of the store's corpus
 *   stories), and `next`, the `after` of the page that follows (offset at most {@link MAX_OFFSET});
 * - `POST /api/stories`: a new story from `{articles?: [{text, title?, outlet?, published?,
 *   byline?, url?, format?}], urls?: [...], files?: [{name, base64}]}`;
 * - `GET /api/stories/ID[?format=json|md|html]` and `GET /stories/ID` (the HTML report);
 * - `DELETE /api/stories/ID`: forgets a story put together here.
 * Refusals are JSON `{error, failures?}` with a 4xx status; nothing a caller sends reaches
 * the log as a stack trace. A request whose `Host` is not one of the server's names is
 * refused with 421 (see {@link ServeOptions.allowedHosts}).
 */
export function createApp(options: ServeOptions): Server {
  let names = ownHostNames(null, options.allowedHosts ?? []);
  const pool = new AnalysisPool(
    options.analysisTimeoutMs ?? DEFAULT_SERVE.analysisTimeoutMs,
    options.analysisWorkers,
    options.analysisQueue,
    options.analysisWaitMs,
  );
  const cache = new ReadCache(options.store);
  const renderer = new ReportRenderer();
  const bodies: BodyReader = new JobThread(new URL('./body-worker', import.meta.url), 'request reader');
  const server = createServer({ requestTimeout: 120_000, headersTimeout: 30_000 }, (req, res) => {
    route(req, res, options, names, pool, cache, renderer, bodies).catch((err: unknown) => {
      if (res.headersSent || err instanceof ClientGone) {
        res.destroy();
        return;
      }
      if (err instanceof Refusal) {
        send(
          res,
          err.status,
          json({ error: err.message, ...(err.failures.length ? { failures: err.failures } : {}) }),
          JSON_TYPE,
          err.headers,
        );
        // A body left unread (too large, wrong type, foreign host) is not waited for; a small
        // one is read and dropped, so that closing does not reset the answer away.
        if (!req.readableEnded) {
          if (Number(req.headers['content-length']) > DRAIN_LIMIT) res.on('finish', () => req.destroy());
          else drain(req, res);
        }
        return;
      }
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`corroborate serve: internal error on ${req.method} ${req.url}: ${message}\n`);
      sendJson(res, 500, { error: 'internal error (this is a bug)' });
    });
  });
  server.on('close', () => {
    void pool.close();
    void renderer.close();
    void bodies.close();
  });
  server.on('listening', () => {
    names = ownHostNames(server.address(), options.allowedHosts ?? []);
  });
  return server;
}

/** Starts the server on `host:port` (port 0: any free port); resolves with its URL and a way to stop it. */
export async function serve(
  options: ServeOptions & { readonly host?: string; readonly port?: number },
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createApp(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
