import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAsync, readItemsAsync } from '../src/analyze.js';
import { fetchUrl, isNonPublicAddress } from '../src/load/fetch.js';
import { InputError } from '../src/model/messages.js';
import { ROOT } from './paths.js';

const article = (title: string, extra = '') =>
  `<html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>` +
  `<p>The council of Lowmarsh voted on Friday to close the old bridge after engineers found cracks, the county surveyor said. ${extra}</p>` +
  `<p>A ferry will run from Monday while repairs, which could cost $4 million, are planned, according to the council.</p></article></body></html>`;

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from(article('Bridge to close in Lowmarsh'))));
    } else if (url === '/article-br') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
      res.end(brotliCompressSync(Buffer.from(article('Ferry fares rise in Lowmarsh'))));
    } else if (url === '/cp1252') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(
        iconv.encode(
          article('Café owners protest bridge closure', 'Owners at the Café Rivière spoke.'),
          'windows-1252',
        ),
      );
    } else if (url === '/wrong-meta') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        iconv.encode(
          `<meta charset="utf-8">` + article('Déjà vu at the town hall', 'The mayor said it was déjà vu.'),
          'windows-1252',
        ),
      );
    } else if (url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Fenland Herald</title>
        <item><title>Bridge story</title><link>${base}/article</link><pubDate>Fri, 14 Jun 2030 08:00:00 GMT</pubDate></item>
        <item><title>Missing story</title><link>${base}/missing</link></item></channel></rss>`);
    } else if (url === '/atom.xml') {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Marsh Radio</title>
        <entry><title>Café story</title><link rel="alternate" href="/cp1252"/><updated>2030-06-15T10:00:00Z</updated></entry></feed>`);
    } else if (url === '/loop') {
      res.writeHead(302, { location: '/loop2' });
      res.end();
    } else if (url === '/loop2') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (url === '/hang') {
      // Never answers: the client's time limit must end it.
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.alloc(3 * 1024 * 1024, 'a'));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function refusal(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('fetchUrl over loopback HTTP', () => {
  it('refuses private and loopback addresses unless allowed', async () => {
    const err = await refusal(fetchUrl(`${base}/article`));
    expect(err.rule).toBe('fetch:private-address');
    expect(err.message).toMatch(/--allow-private/);
    expect(
      ['10.1.2.3', '192.168.0.1', '172.20.0.1', '169.254.1.1', '::1', 'fd00::1', '::ffff:127.0.0.1'].every(
        isNonPublicAddress,
      ),
    ).toBe(true);
    expect(['93.184.216.34', '2606:4700::1111'].some(isNonPublicAddress)).toBe(false);
  });
  it('reads gzip and brotli bodies and the header charset', async () => {
    const got = await fetchUrl(`${base}/article`, { allowPrivate: true });
    expect(Buffer.from(got.bytes).toString('utf8')).toContain('Bridge to close in Lowmarsh');
    const br = await fetchUrl(`${base}/article-br`, { allowPrivate: true });
    expect(Buffer.from(br.bytes).toString('utf8')).toContain('Ferry fares rise in Lowmarsh');
    const cp = await fetchUrl(`${base}/cp1252`, { allowPrivate: true });
    expect(cp.charset).toBe('windows-1252');
  });
  it('ends redirect loops, 404s, hanging servers and oversized bodies with a clear reason', async () => {
    expect((await refusal(fetchUrl(`${base}/loop`, { allowPrivate: true }))).message).toMatch(
      /too many redirects|loop/,
    );
    expect((await refusal(fetchUrl(`${base}/nothing`, { allowPrivate: true }))).message).toMatch(/HTTP 404/);
    const t0 = Date.now();
    expect((await refusal(fetchUrl(`${base}/hang`, { allowPrivate: true, timeoutMs: 800 }))).rule).toBe(
      'fetch:timeout',
    );
    expect(Date.now() - t0).toBeLessThan(5000);
    expect((await refusal(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1024 * 1024 }))).rule).toBe(
      'fetch:too-large',
    );
    expect((await refusal(fetchUrl('ftp://example.invalid/x', { allowPrivate: true }))).rule).toBe(
      'fetch:scheme',
    );
  });
});

describe('URLs and feeds as inputs', () => {
  it('reads several URLs at once, keeping their order: hanging hosts do not add up', async () => {
    const t0 = Date.now();
    const urls = [
      `${base}/hang`,
      `${base}/article`,
      `${base}/hang`,
      `${base}/hang`,
      `${base}/article-br`,
      `${base}/hang`,
    ];
    const { items, failures } = await readItemsAsync(urls, { allowPrivate: true, timeoutMs: 1500 });
    // One after another the four hanging URLs would take 6 s; four at a time, about 1.5 s.
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(items.map((x) => x.source.location)).toEqual([`${base}/article`, `${base}/article-br`]);
    expect(failures.map((f) => f.location)).toEqual(urls.filter((u) => u.endsWith('/hang')));
  });

  it('analyses pages and feed items, with the feed as outlet and failures recorded', async () => {
    const d = await analyzeAsync([`${base}/feed.xml`, `${base}/atom.xml`, `${base}/wrong-meta`], {
      allowPrivate: true,
      timeoutMs: 5000,
    });
    const titles = d.documents.map((x) => x.title).sort();
    expect(titles).toEqual(['Bridge story', 'Café story', 'Déjà vu at the town hall']);
    const bridge = d.documents.find((x) => x.title === 'Bridge story')!;
    expect(bridge).toMatchObject({
      outlet: 'Fenland Herald',
      published: '2030-06-14T08:00:00.000Z',
      source: { kind: 'feed' },
    });
    expect(d.documents.find((x) => x.title === 'Café story')!.text).toContain('Café Rivière');
    expect(d.documents.find((x) => x.title?.startsWith('Déjà'))!.text).toContain('déjà vu');
    expect(d.messages.some((m) => m.rule === 'fetch:http-404')).toBe(true);
  });
  it('watches a feed: new items are stored (and re-clustered), items seen before are not stored again', async () => {
    const store = mkdtempSync(join(tmpdir(), 'watch-'));
    const out = await new Promise<string>((resolve) => {
      const p = spawn(process.execPath, [
        join(ROOT, 'dist', 'cli', 'main.js'),
        'watch',
        `${base}/atom.xml`,
        '--allow-private',
        '--store',
        join(store, 's'),
        '--every',
        '0.2',
        '--rounds',
        '2',
        '--recluster',
      ]);
      let text = '';
      p.stdout.on('data', (c) => (text += c));
      p.on('close', () => resolve(text));
    });
    expect(out).toMatch(/round 1: 1 new article\(s\), 0 already stored; 1 stories/);
    expect(out).toMatch(/round 2: 0 new article\(s\), 1 already stored; 1 stories/);
  });
  it('serves while it watches a feed into the same embedded store', async () => {
    const store = join(mkdtempSync(join(tmpdir(), 'serve-watch-')), 's');
    const p = spawn(process.execPath, [
      join(ROOT, 'dist', 'cli', 'main.js'),
      'serve',
      '--port',
      '0',
      '--store',
      store,
      '--watch',
      `${base}/atom.xml`,
      '--every',
      '0.2',
      '--allow-private',
    ]);
    let out = '';
    p.stdout.on('data', (c) => (out += c));
    await expect.poll(() => /round 2: 0 new article/.test(out), { timeout: 30_000 }).toBe(true);
    const url = /serving (http:\/\/\S+\/)/.exec(out)![1]!;
    const list = (await (await fetch(`${url}api/stories?kind=corpus`)).json()) as {
      stories: Array<{ title: string; articles: number }>;
    };
    expect(list.stories).toEqual([expect.objectContaining({ title: 'Café story', articles: 1 })]);
    const code = await new Promise<number | null>((resolve) => {
      p.once('exit', resolve);
      p.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(out).toMatch(/round 1: 1 new article\(s\), 0 already stored; 1 stories/);
  });
  it('works from the command line, and refuses loopback without the flag', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const p = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), ...args]);
        let out = '';
        let err = '';
        p.stdout.on('data', (c) => (out += c));
        p.stderr.on('data', (c) => (err += c));
        p.on('close', (code) => resolve({ code, out, err }));
      });
    const ok = await run(['extract', `${base}/article`, '--allow-private']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('voted on Friday');
    expect(ok.out).not.toContain('Home');
    const refused = await run(['extract', `${base}/article`]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/private or loopback address/);
    const hang = await run(['extract', `${base}/hang`, '--allow-private', '--timeout', '1']);
    expect(hang.code).toBe(1);
    expect(hang.err).toMatch(/within 1 s/);
  });
});

describe('the fetch guard: every spelling of a non-public address, on the connection itself', () => {
  let guarded: Server;
  let port = 0;
  let hits: string[] = [];
  const mapped = () => `http://[::ffff:127.0.0.1]:${port}`;
  /** Spellings of this machine (and of addresses next to it) that must all be refused. */
  const spellings = () => [
    `http://[::ffff:127.0.0.1]:${port}/article`,
    `http://[::ffff:7f00:1]:${port}/article`,
    `http://[0:0:0:0:0:ffff:127.0.0.1]:${port}/article`,
    `http://[::127.0.0.1]:${port}/article`,
    `http://[64:ff9b::127.0.0.1]:${port}/article`,
    `http://[2002:7f00:1::]:${port}/article`,
    `http://[fec0::1]:${port}/article`,
    `http://[::ffff:a9fe:a9fe]:${port}/article`,
    `http://[::1]:${port}/article`,
    `http://192.0.0.8:${port}/article`,
    `http://0.0.0.0:${port}/article`,
    `http://2130706433:${port}/article`,
    `http://0x7f.1:${port}/article`,
  ];

  beforeAll(async () => {
    guarded = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/to-mapped') {
        res.writeHead(302, { location: `${mapped()}/article` });
        res.end();
      } else if (req.url === '/to-metadata') {
        res.writeHead(301, { location: `http://[::ffff:169.254.169.254]:${port}/latest/meta-data/` });
        res.end();
      } else if (req.url === '/feed-mapped.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Fenland Herald</title>
          <item><title>Inside</title><link>${mapped()}/article</link></item>
          <item><title>Also inside</title><link>http://[::ffff:7f00:1]:${port}/article</link></item>
          <item><title>Bridge</title><link>http://127.0.0.1:${port}/article</link></item></channel></rss>`);
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(article('Bridge to close in Lowmarsh'));
      }
    });
    await new Promise<void>((resolve) => guarded.listen(0, '127.0.0.1', resolve));
    port = (guarded.address() as AddressInfo).port;
  });
  afterAll(() => {
    guarded.closeAllConnections();
    guarded.close();
  });

  it('refuses each spelling before connecting (control: the same server is read with --allow-private)', async () => {
    hits = [];
    for (const url of spellings()) {
      const err = await refusal(fetchUrl(url, { timeoutMs: 2000 }));
      expect(err.rule, url).toBe('fetch:private-address');
      expect(err.message).toMatch(/not a public address.*--allow-private/);
    }
    expect(hits).toEqual([]);
    const ok = await fetchUrl(`${mapped()}/article`, { allowPrivate: true });
    expect(Buffer.from(ok.bytes).toString('utf8')).toContain('Bridge to close');
    expect(hits).toEqual(['/article']);
  });

  it('checks every redirect hop: a trusted host cannot send the fetch to another spelling', async () => {
    hits = [];
    const trusted = { allowAddresses: ['127.0.0.1'], timeoutMs: 2000 };
    // Control: the trusted address itself is read.
    expect((await fetchUrl(`http://127.0.0.1:${port}/article`, trusted)).status).toBe(200);
    const err = await refusal(fetchUrl(`http://127.0.0.1:${port}/to-mapped`, trusted));
    expect(err.rule).toBe('fetch:private-address');
    expect(err.message).toContain('::ffff:7f00:1');
    const meta = await refusal(fetchUrl(`http://127.0.0.1:${port}/to-metadata`, trusted));
    expect(meta.message).toContain('169.254.169.254');
    // The first hops were made; the hops to other spellings never were.
    expect(hits).toEqual(['/article', '/to-mapped', '/to-metadata']);
  });

  it('checks every feed item: items at other spellings are failures, the others are read', async () => {
    hits = [];
    const { items, failures } = await readItemsAsync([`http://127.0.0.1:${port}/feed-mapped.xml`], {
      allowAddresses: ['127.0.0.1'],
      timeoutMs: 2000,
    });
    expect(items.map((x) => x.source.location)).toEqual([`http://127.0.0.1:${port}/article`]);
    expect(failures.map((f) => f.rule)).toEqual(['fetch:private-address', 'fetch:private-address']);
    expect(hits.sort()).toEqual(['/article', '/feed-mapped.xml']);
  });

  it('refuses each spelling from the command line, with a message and exit 1', async () => {
    hits = [];
    const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const p = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'extract', ...spellings()]);
      let err = '';
      p.stderr.on('data', (c) => (err += c));
      p.on('close', (code) => resolve({ code, err }));
    });
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err.match(/\[fetch:private-address\]/g)).toHaveLength(spellings().length);
    expect(hits).toEqual([]);
  });

  it('connects to the very address it checked: a resolver that answers differently the second time changes nothing', async () => {
    // A rebinding resolver: first a trusted address, then one that is not. The connection
    // must go to the first answer (the one checked), and the name is resolved once.
    const calls: string[] = [];
    const rebinding = (answers: string[]) => async (host: string) => {
      calls.push(host);
      return [answers[Math.min(calls.length - 1, answers.length - 1)]!];
    };
    hits = [];
    const got = await fetchUrl(`http://rebind.test:${port}/article`, {
      allowAddresses: ['127.0.0.1'],
      resolve: rebinding(['127.0.0.1', '127.0.0.2']),
      timeoutMs: 2000,
    });
    expect(got.status).toBe(200);
    expect(calls).toEqual(['rebind.test']);
    expect(hits).toEqual(['/article']);
    // The other way round: the first answer is checked and refused, and nothing connects,
    // even though a second lookup would have answered a trusted address.
    calls.length = 0;
    const err = await refusal(
      fetchUrl(`http://rebind.test:${port}/article`, {
        allowAddresses: ['127.0.0.1'],
        resolve: rebinding(['127.0.0.2', '127.0.0.1']),
        timeoutMs: 2000,
      }),
    );
    expect(err.rule).toBe('fetch:private-address');
    expect(err.message).toContain('rebind.test, at 127.0.0.2 (loopback)');
    expect(calls).toEqual(['rebind.test']);
    expect(hits).toEqual(['/article']);
    // With --allow-private the guard checks nothing, yet still connects to its one answer:
    // 127.0.0.2 has no server, so a second lookup (127.0.0.1) would have been read.
    calls.length = 0;
    const refused = await refusal(
      fetchUrl(`http://rebind.test:${port}/article`, {
        allowPrivate: true,
        resolve: rebinding(['127.0.0.2', '127.0.0.1']),
        timeoutMs: 2000,
      }),
    );
    expect(refused.rule).toBe('fetch:network');
    expect(calls).toEqual(['rebind.test']);
  });
});
