import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processText } from '../src/pipeline/document.js';
import { AnalysisBusy, AnalysisPool, LOW_PRIORITY, withoutStack } from '../src/server/analysis.js';
import type { InputItem } from '../src/load/inputs.js';
import { serve, type ServeOptions } from '../src/server/serve.js';
import { Store } from '../src/store/store.js';
import { ROOT } from './paths.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'schema', 'dossier.schema.json'), 'utf8')),
);
const exampleDir = join(ROOT, 'examples', 'harbour-fire');
const example = readdirSync(exampleDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(exampleDir, name), 'utf8') }));
const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
  `<p>The council of Lowmarsh voted on Friday to close the old bridge after engineers found cracks, the county surveyor said.</p>` +
  `<p>A ferry will run from Monday while repairs, which could cost $4 million, are planned, according to the council.</p></article></body></html>`;

/** A server on a free loopback port with its own in-memory store. */
async function start(options: Partial<ServeOptions> = {}) {
  const store = await Store.open({ dir: null });
  const app = await serve({ store, port: 0, ...options });
  const base = app.url.replace(/\/$/, '');
  return {
    store,
    base,
    get: (path: string) => fetch(base + path),
    post: (body: unknown, headers: Record<string, string> = {}) =>
      fetch(base + '/api/stories', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

describe('serve: HTTP API', () => {
  let app: Awaited<ReturnType<typeof start>>;
  let pages: Server;
  let pagesBase = '';
  beforeAll(async () => {
    app = await start();
    pages = createServer((req, res) => {
      if (req.url === '/bridge') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page('Bridge to close in Lowmarsh'));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pagesBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    pages?.closeAllConnections();
    pages?.close();
  });

  it('puts a story together from pasted articles and files and serves its dossier as JSON, Markdown and HTML', async () => {
    const [a, b, c, d] = example;
    const r = await app.post({
      articles: [{ text: a!.text }, { text: b!.text, outlet: 'Coastal Ledger' }],
      files: [
        { name: c!.name, base64: Buffer.from(c!.text).toString('base64') },
        { name: `${d!.name}.gz`, base64: gzipSync(Buffer.from(d!.text)).toString('base64') },
      ],
    });
    expect(r.status).toBe(201);
    const made = (await r.json()) as {
      id: string;
      url: string;
      dossier: string;
      articles: number;
      title: string;
    };
    expect(made.articles).toBe(4);
    expect(made.title).toBe('Fire destroys grain warehouse at Port Calder, dozens evacuated');
    expect(made.url).toBe(`/stories/${made.id}`);

    const json = await app.get(made.dossier);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const dossier = (await json.json()) as {
      documents: Array<{ outlet: string | null; source: { location: string } }>;
      claims: unknown[];
    };
    expect(validate(dossier), JSON.stringify(validate.errors)).toBe(true);
    expect(dossier.documents.map((x) => x.source.location)).toEqual([
      'pasted article 1',
      'pasted article 2',
      c!.name,
      `${d!.name}.gz`,
    ]);
    expect(dossier.documents[1]!.outlet).toBe('Coastal Ledger');
    expect(dossier.claims.length).toBeGreaterThan(0);

    const pdf = await app.get(`${made.dossier}?format=pdf`);
    expect(pdf.status).toBe(400);
    expect(((await pdf.json()) as { error: string }).error).toMatch(/unknown format "pdf"/);
    const md = await app.get(`${made.dossier}?format=md`);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await md.text()).toContain('Fire destroys grain warehouse');

    const html = await app.get(made.url);
    expect(html.status).toBe(200);
    const csp = html.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const text = await html.text();
    expect(text).toContain('<a href="/">');
    expect(text).toContain(`<a href="${made.dossier}?format=json">`);
    expect(text).toContain(`<a href="${made.dossier}?format=md">`);
    expect(text).toContain('Provenance');

    // The same articles again replace the analysis instead of adding one.
    const again = await app.post({
      articles: [{ text: a!.text }, { text: b!.text, outlet: 'Coastal Ledger' }],
      files: [
        { name: c!.name, base64: Buffer.from(c!.text).toString('base64') },
        { name: `${d!.name}.gz`, base64: gzipSync(Buffer.from(d!.text)).toString('base64') },
      ],
    });
    expect(((await again.json()) as { id: string }).id).toBe(made.id);
    const list = (await (await app.get('/api/stories')).json()) as {
      stories: Array<{ id: string; kind: string; articles: number }>;
    };
    expect(list.stories.filter((s) => s.id === made.id)).toEqual([
      expect.objectContaining({ kind: 'created', articles: 4 }),
    ]);
  });

  it('lists the corpus stories of the store beside the ones put together here', async () => {
    const flood = [
      'Floodwater breached the river barrier at Lowmarsh in 2029, and 300 residents of the Fenland village were moved to the town hall before dawn, the county council said.',
      'About 300 residents of Lowmarsh spent the night in the town hall after the river barrier failed in 2029, council officials said, adding that engineers had warned of cracks.',
    ].map((t, i) => processText(t, { kind: 'file', location: `flood-${i + 1}.txt` }));
    await app.store.ingest(flood);
    const list = (await (await app.get('/api/stories')).json()) as {
      stories: Array<{ id: string; kind: string; articles: number }>;
    };
    const corpus = list.stories.filter((s) => s.kind === 'corpus');
    expect(corpus).toHaveLength(1);
    // Pages and kinds: the totals count everything, the page holds what was asked for.
    type Listing = { stories: Array<{ kind: string }>; total: { created: number; corpus: number } };
    const one = (await (await app.get('/api/stories?kind=corpus&limit=1')).json()) as Listing;
    expect(one.stories.map((s) => s.kind)).toEqual(['corpus']);
    expect(one.total).toEqual({ created: 1, corpus: 1, exact: true });
    const created = (await (await app.get('/api/stories?kind=created')).json()) as Listing;
    expect(created.stories.map((s) => s.kind)).toEqual(['created']);
    const past = (await (await app.get('/api/stories?offset=5')).json()) as Listing;
    expect(past.stories).toEqual([]);
    // Page after page with "after" (the "next" of the page before), to the end.
    const first = (await (await app.get('/api/stories?limit=1')).json()) as Listing & { next: string };
    expect(first.stories.map((s) => s.kind)).toEqual(['created', 'corpus']);
    const second = (await (
      await app.get(`/api/stories?limit=1&after=${encodeURIComponent(first.next)}`)
    ).json()) as Listing & { next: string | null };
    expect(second.stories).toEqual([]);
    expect(second.next).toBeNull();
    expect(corpus[0]!.articles).toBe(2);
    const html = await app.get(`/stories/${corpus[0]!.id}`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Lowmarsh');
    // A corpus story is not deleted through the API; one put together here is.
    const del = (id: string, headers: Record<string, string> = {}) =>
      fetch(`${app.base}/api/stories/${id}`, { method: 'DELETE', headers });
    const refused = await del(corpus[0]!.id);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(/belongs to the corpus/);
    const mine = list.stories.find((s) => s.kind === 'created')!;
    expect((await del(mine.id, { origin: 'https://elsewhere.example' })).status).toBe(403);
    const gone = await del(mine.id);
    expect(gone.status).toBe(204);
    expect((await app.get(`/api/stories/${mine.id}`)).status).toBe(404);
    expect((await del(mine.id)).status).toBe(404);
  });

  it('fetches URLs over HTTP, but not on loopback or private addresses unless allowed', async () => {
    const refused = await app.post({ urls: [`${pagesBase}/bridge`] });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as {
      error: string;
      failures: Array<{ rule: string; location: string }>;
    };
    expect(body.error).toBe('no article could be read');
    expect(body.failures).toEqual([expect.objectContaining({ rule: 'fetch:private-address' })]);

    const open = await start({ allowPrivate: true });
    try {
      const r = await open.post({ urls: [`${pagesBase}/bridge`, `${pagesBase}/gone`] });
      expect(r.status).toBe(201);
      const made = (await r.json()) as { dossier: string; failures: Array<{ location: string }> };
      // The page that is not there is reported, and the story is made of the one that is.
      expect(made.failures.map((f) => f.location)).toEqual([`${pagesBase}/gone`]);
      const dossier = (await (await open.get(made.dossier)).json()) as {
        documents: Array<{ title: string; source: { location: string } }>;
        messages: Array<{ reason: string }>;
      };
      expect(dossier.documents.map((x) => [x.source.location, x.title])).toEqual([
        [`${pagesBase}/bridge`, 'Bridge to close in Lowmarsh'],
      ]);
      expect(dossier.messages.some((m) => m.reason.includes('/gone'))).toBe(true);
    } finally {
      await open.close();
    }
  });

  it('refuses POSTed URLs at any spelling of a non-public address, and never connects to them', async () => {
    let hits = 0;
    const inside = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Internal page'));
    });
    await new Promise<void>((resolve) => inside.listen(0, '127.0.0.1', resolve));
    const port = (inside.address() as AddressInfo).port;
    try {
      const urls = [
        `http://[::ffff:127.0.0.1]:${port}/`,
        `http://[::ffff:7f00:1]:${port}/`,
        `http://[0:0:0:0:0:ffff:127.0.0.1]:${port}/`,
        `http://[::127.0.0.1]:${port}/`,
        `http://[64:ff9b::127.0.0.1]:${port}/`,
        `http://[2002:7f00:1::]:${port}/`,
        `http://[fec0::1]:${port}/`,
        `http://192.0.0.8:${port}/`,
        `http://0.0.0.0:${port}/`,
      ];
      const r = await app.post({ urls });
      expect(r.status).toBe(422);
      const body = (await r.json()) as { failures: Array<{ rule: string; location: string }> };
      expect(body.failures.map((f) => f.rule)).toEqual(urls.map(() => 'fetch:private-address'));
      expect(hits).toBe(0);
      // Control: the same server is read when the server is told to allow private addresses.
      const open = await start({ allowPrivate: true });
      try {
        expect((await open.post({ urls: [urls[0]] })).status).toBe(201);
        expect(hits).toBe(1);
      } finally {
        await open.close();
      }
    } finally {
      inside.closeAllConnections();
      inside.close();
    }
  });

  it('answers only to its own host names: a name rebound to this machine is refused (DNS rebinding)', async () => {
    const port = new URL(app.base).port;
    const ask = (host: string, method = 'GET', headers: Record<string, string> = {}, body = '') =>
      new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
        const req = request(`${app.base}/api/stories`, { method, headers: { host, ...headers } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode, body: text }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const foreign = await ask(`attacker.example:${port}`);
    expect(foreign.status).toBe(421);
    expect((JSON.parse(foreign.body) as { error: string }).error).toMatch(
      /does not answer to the host name attacker\.example.*--allowed-host attacker\.example/,
    );
    // A POST from the rebound page: its Origin matches its Host, and both are foreign.
    const story = JSON.stringify({ articles: [{ text: example[0]!.text }] });
    const post = await ask(
      `attacker.example:${port}`,
      'POST',
      { origin: `http://attacker.example:${port}`, 'content-type': 'application/json' },
      story,
    );
    expect(post.status).toBe(421);
    // A Host that is not a host name (user info, a path) is refused as malformed.
    for (const host of [`evil.example@127.0.0.1:${port}`, `127.0.0.1:${port}/x`])
      expect((await ask(host)).status, host).toBe(400);
    // Controls: the server's own names.
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`])
      expect((await ask(host)).status, host).toBe(200);
    // A name given as allowed is answered; another still is not.
    const named = await start({ allowedHosts: ['news.example'] });
    try {
      const namedPort = new URL(named.base).port;
      const askNamed = (host: string) =>
        new Promise<number | undefined>((resolve, reject) => {
          request(`${named.base}/api/stories`, { headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode);
          })
            .on('error', reject)
            .end();
        });
      expect(await askNamed(`news.example:${namedPort}`)).toBe(200);
      expect(await askNamed(`other.example:${namedPort}`)).toBe(421);
    } finally {
      await named.close();
    }
  });

  it('refuses bad requests with a status and a message, never a stack trace', async () => {
    const cases: Array<[string, () => Promise<Response>, number, RegExp]> = [
      ['not JSON', () => app.post('{"articles": ['), 400, /not valid JSON/],
      ['an array', () => app.post('[]'), 400, /must be a JSON object/],
      ['an unknown field', () => app.post({ text: 'x' }), 400, /unknown field "text"/],
      ['nothing to analyse', () => app.post({ articles: [] }), 400, /nothing to analyse/],
      ['articles not a list', () => app.post({ articles: 'x' }), 400, /"articles" must be an array/],
      ['an article without text', () => app.post({ articles: [{ title: 'x' }] }), 400, /articles\[0\]/],
      ['a wrong format', () => app.post({ articles: [{ text: 'x', format: 'pdf' }] }), 400, /"format"/],
      ['a URL that is not http', () => app.post({ urls: ['file:///etc/passwd'] }), 400, /urls\[0\]/],
      [
        'a file that is not base64',
        () => app.post({ files: [{ name: 'a.txt', base64: '<>' }] }),
        400,
        /not base64/,
      ],
      [
        'another content type',
        () => app.post('x', { 'content-type': 'text/plain' }),
        415,
        /application\/json/,
      ],
      [
        'a cross-site post',
        () => app.post({ articles: [] }, { origin: 'https://elsewhere.example' }),
        403,
        /elsewhere/,
      ],
      [
        'another method',
        () => fetch(app.base + '/api/stories', { method: 'PUT' }),
        405,
        /PUT is not allowed/,
      ],
      ['an unknown path', () => app.get('/api/nothing'), 404, /nothing at/],
      [
        'a limit of zero',
        () => app.get('/api/stories?limit=0'),
        400,
        /"limit" must be a whole number from 1 to 1000/,
      ],
      ['an offset that is no number', () => app.get('/api/stories?offset=-1'), 400, /"offset"/],
      [
        'an offset past the bound (read through, it cost as much as it skipped)',
        () => app.get('/api/stories?offset=10001'),
        400,
        /"offset" must be a whole number from 0 to 10000: read further with "after"/,
      ],
      [
        'a cursor this server did not give',
        () => app.get(`/api/stories?after=${Buffer.from('{"created":["x","y"]}').toString('base64url')}`),
        400,
        /"after" must be the "next" of a listing/,
      ],
      ['an unknown kind', () => app.get('/api/stories?kind=mine'), 400, /unknown kind "mine"/],
      ['an unknown story', () => app.get('/api/stories/s0000000000'), 404, /no story s0000000000/],
    ];
    for (const [what, call, status, message] of cases) {
      const r = await call();
      expect(r.status, what).toBe(status);
      const body = (await r.json()) as { error: string };
      expect(body.error, what).toMatch(message);
      expect(JSON.stringify(body), what).not.toMatch(/\bat \S+:\d+:\d+/);
    }
  });

  it('keeps to its limits: body size, inputs per request, and unreadable files are reported', async () => {
    const small = await start({ maxBody: 4000, maxInputs: 3, maxBytes: 1000, maxArticles: 2 });
    try {
      const big = await small.post({ articles: [{ text: 'x'.repeat(6000) }] });
      expect(big.status).toBe(413);
      expect(((await big.json()) as { error: string }).error).toMatch(/4000 byte limit/);
      // Sent in chunks with no declared length, the refusal still arrives.
      const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${small.base}/api/stories`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        });
        req.on('response', (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        });
        req.on('error', reject);
        req.write('{"articles":[{"text":"');
        for (let i = 0; i < 10; i++) req.write('y'.repeat(600));
        req.end('"}]}');
      });
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body).error).toMatch(/4000 byte limit/);
      // A feed or a JSON Lines file can hold more articles than one story should.
      const lines = [1, 2, 3].map((i) =>
        JSON.stringify({ text: `Story ${i}: the council voted to close the bridge.` }),
      );
      const crowd = await small.post({
        files: [{ name: 'many.jsonl', base64: Buffer.from(lines.join('\n')).toString('base64') }],
      });
      expect(crowd.status).toBe(422);
      expect(((await crowd.json()) as { error: string }).error).toMatch(/3 articles are over the limit of 2/);
      const many = await small.post({ articles: [1, 2, 3, 4].map((i) => ({ text: `Article ${i}.` })) });
      expect(many.status).toBe(400);
      expect(((await many.json()) as { error: string }).error).toMatch(/4 inputs .* limit of 3/);
      // An article over the article limit is reported, the others analysed.
      const long = await small.post({
        articles: [
          { text: 'The council voted on Friday to close the old bridge, officials said. '.repeat(20) },
          { text: example[0]!.text.slice(0, 900) },
        ],
      });
      expect(long.status).toBe(201);
      expect(
        ((await long.json()) as { failures: Array<{ location: string; rule: string }> }).failures,
      ).toEqual([expect.objectContaining({ location: 'pasted article 1', rule: 'load:too-large' })]);
      // A small upload that unpacks past --max-bytes is refused as too large, not unpacked
      // whole (a 2 MB .jsonl.gz once unpacked to a gigabyte and ended in a 500).
      const lines40k = Array.from({ length: 400 }, (_, i) =>
        JSON.stringify({ text: `Story ${i}: the council voted to close the bridge.` }),
      ).join('\n');
      const packed = await small.post({
        files: [{ name: 'packed.jsonl.gz', base64: gzipSync(Buffer.from(lines40k)).toString('base64') }],
      });
      expect(packed.status).toBe(422);
      expect(
        ((await packed.json()) as { failures: Array<{ rule: string; reason: string }> }).failures,
      ).toEqual([
        expect.objectContaining({
          rule: 'load:too-large',
          reason: expect.stringMatching(/unpacks to more than/),
        }),
      ]);
      // Binary bytes named .txt are refused by the pipeline, and said so.
      const binary = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256));
      const r = await small.post({ files: [{ name: 'scan.txt', base64: binary.toString('base64') }] });
      expect(r.status).toBe(422);
      const body = (await r.json()) as {
        failures: Array<{ location: string; rule: string; reason: string }>;
      };
      expect(body.failures).toHaveLength(1);
      expect(body.failures[0]!.location).toBe('scan.txt');
      expect(body.failures[0]!.reason.length).toBeGreaterThan(10);
    } finally {
      await small.close();
    }
  });

  it('answers any request body with a status and a JSON message, never a crash', async () => {
    // URLs point at loopback, refused without a connection: nothing leaves the machine.
    const article = fc.record(
      {
        text: fc.oneof(
          fc.string(),
          fc.constant('The council voted on Friday to close the bridge, officials said.'),
        ),
        title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        format: fc.constantFrom('text', 'html', 'pdf', undefined),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record(
          {
            articles: fc.oneof(fc.array(article, { maxLength: 3 }), fc.anything()),
            urls: fc.oneof(
              fc.array(
                fc.oneof(
                  fc.string().map((p) => `http://127.0.0.1:9/${encodeURIComponent(p)}`),
                  fc.string(),
                ),
                { maxLength: 2 },
              ),
              fc.anything(),
            ),
            files: fc.array(fc.record({ name: fc.string(), base64: fc.base64String() }), { maxLength: 2 }),
          },
          { requiredKeys: [] },
        )
        .map((x) => JSON.stringify(x)),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const r = await app.post(b);
        expect([201, 400, 422]).toContain(r.status);
        const answer = (await r.json()) as { error?: string; id?: string };
        expect(r.status === 201 ? typeof answer.id : typeof answer.error).toBe('string');
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

/** `n` articles of one story, each a little different (numbers and a closing line). */
const bigStory = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    text: `${example[i % example.length]!.text}\nThe council said on Tuesday that ${i + 3} crews and ${i * 7 + 11} volunteers had helped.\n`,
  }));

describe('serve: analysis in a worker thread with a time budget (issue 17 item 3, issue 16)', () => {
  it('answers GET /api/stories quickly while a 240-article story is analysed', async () => {
    const app = await start();
    try {
      // One story of 240 articles: a JSON Lines file of 240 records is one input of the request.
      const jsonl = bigStory(240)
        .map((a) => JSON.stringify(a))
        .join('\n');
      const posted = app.post({
        files: [{ name: 'story.jsonl', base64: Buffer.from(jsonl).toString('base64') }],
      });
      await new Promise((r) => setTimeout(r, 300));
      const times: number[] = [];
      let pending = true;
      void posted.finally(() => (pending = false));
      while (pending && times.length < 40) {
        const t = performance.now();
        const r = await app.get('/api/stories');
        expect(r.status).toBe(200);
        await r.arrayBuffer();
        times.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
      const story = (await (await posted).json()) as { articles: number };
      expect(story.articles).toBe(240);
      expect(times.length).toBeGreaterThan(2);
      // Issue 16 asks under 100 ms; the bound is generous for a loaded shared machine (the
      // event loop blocked by the analysis made these wait for the whole story: seconds).
      expect(Math.max(...times), times.map((t) => t.toFixed(0)).join(' ')).toBeLessThan(1_000);
    } finally {
      await app.close();
    }
  });
  it('stops an analysis past --analysis-timeout and answers 503 with the reason; the server goes on', async () => {
    const app = await start({ analysisTimeoutMs: 20 });
    try {
      const r = await app.post({ articles: bigStory(30) });
      expect(r.status).toBe(503);
      const body = (await r.json()) as { error: string };
      expect(body.error).toMatch(/took over 0\.02 s \(the server's --analysis-timeout\) and was stopped/);
      const list = await app.get('/api/stories');
      expect(list.status).toBe(200);
      expect(((await list.json()) as { stories: unknown[] }).stories).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('serve: the store in a thread of its own (issue 17 item 10)', () => {
  it('answers reads while heavy new stories are uploaded, analysed and saved to a store on disk', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'serve-load-')), 'store');
    const store = await Store.open({ dir });
    const app = await serve({ store, port: 0, analysisWorkers: 2, analysisWaitMs: 120_000 });
    const base = app.url.replace(/\/$/, '');
    try {
      const first = (await (
        await fetch(`${base}/api/stories`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ articles: bigStory(2) }),
        })
      ).json()) as { id: string };
      // Three stories of about 90 articles at once: large bodies to parse, analyses, and large
      // dossiers to write to the store's folder.
      const posts = [0, 1, 2].map((k) =>
        fetch(`${base}/api/stories`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            articles: bigStory(90 + k).map((a) => ({ text: `${a.text}Story ${k}.\n` })),
          }),
        }),
      );
      let pending = posts.length;
      for (const p of posts) void p.finally(() => pending--);
      const times: number[] = [];
      while (pending > 0 && times.length < 200) {
        for (const path of ['/api/stories', `/api/stories/${first.id}`]) {
          const t = performance.now();
          const r = await fetch(base + path);
          expect(r.status).toBe(200);
          await r.arrayBuffer();
          times.push(performance.now() - t);
        }
      }
      for (const r of await Promise.all(posts)) expect(r.status).toBe(201);
      expect(times.length).toBeGreaterThan(4);
      // Generous for a loaded shared machine: reads waited behind the store's work on the
      // server's own thread before.
      expect(Math.max(...times), times.map((t) => t.toFixed(0)).join(' ')).toBeLessThan(2_000);
      // The stories are all there, listed newest first.
      const list = (await (await fetch(`${base}/api/stories`)).json()) as {
        stories: Array<{ articles: number }>;
      };
      expect(list.stories.map((s) => s.articles).sort((a, b) => a - b)).toEqual([2, 90, 91, 92]);
    } finally {
      await app.close();
      await store.close();
    }
  });
  it('answers a story that waits too long for a worker 503 with Retry-After, and goes on', async () => {
    const app = await start({ analysisWorkers: 1, analysisWaitMs: 200 });
    try {
      // A story of 240 articles (seconds of analysis), as one JSON Lines file.
      const jsonl = bigStory(240)
        .map((a) => JSON.stringify(a))
        .join('\n');
      const long = app.post({
        files: [{ name: 'long.jsonl', base64: Buffer.from(jsonl).toString('base64') }],
      });
      await new Promise((r) => setTimeout(r, 500));
      const t = performance.now();
      const waited = await app.post({ articles: bigStory(2) });
      const took = performance.now() - t;
      let longDone = false;
      void long.finally(() => (longDone = true));
      expect(waited.status).toBe(503);
      expect(waited.headers.get('retry-after')).toBe('1');
      expect(((await waited.json()) as { error: string }).error).toMatch(/the server is busy/);
      // Answered when its wait ran out, not when the long story ended.
      expect(longDone).toBe(false);
      expect(took).toBeLessThan(10_000);
      expect((await long).status).toBe(201);
      // Control: once the worker is free, the same story is analysed.
      expect((await app.post({ articles: bigStory(2) })).status).toBe(201);
    } finally {
      await app.close();
    }
  });
});

describe('serve under load: what keeps answers quick (issue 17 item 10)', () => {
  it('refuses a story at once, saying when to come back, when the analyses ahead outlast the wait', async () => {
    const app = await start({ analysisWorkers: 1, analysisWaitMs: 2_000 });
    try {
      // Stories analysed first: the pool learns how long analyses take per article (from the
      // second: a worker's first story is slower).
      for (const k of [2, 3]) expect((await app.post({ articles: bigStory(k) })).status).toBe(201);
      const jsonl = bigStory(240)
        .map((a) => JSON.stringify(a))
        .join('\n');
      const long = app.post({
        files: [{ name: 'long.jsonl', base64: Buffer.from(jsonl).toString('base64') }],
      });
      await new Promise((r) => setTimeout(r, 300));
      const t = performance.now();
      const refused = await app.post({ articles: bigStory(3) });
      const took = performance.now() - t;
      expect(refused.status).toBe(503);
      // Not after its wait (2 s): at once, with the expected time for the 240 articles.
      expect(took).toBeLessThan(1_500);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(2);
      expect(((await refused.json()) as { error: string }).error).toMatch(
        /the server is busy: .*a worker expected free in about \d+ s/,
      );
      expect((await long).status).toBe(201);
      // Control: with the worker free, the same story is analysed.
      expect((await app.post({ articles: bigStory(3) })).status).toBe(201);
    } finally {
      await app.close();
    }
  });

  it('answers a listing read before a large write while that write runs, and the new story once it has ended', async () => {
    const app = await start();
    try {
      expect((await app.post({ articles: bigStory(2) })).status).toBe(201);
      const before = (await (await app.get('/api/stories')).json()) as { stories: Array<{ id: string }> };
      // A write the store takes a while over: about 24 MB of dossier text.
      const json = JSON.stringify({ pad: randomBytes(18_000_000).toString('base64') });
      let written = false;
      const saving = app.store
        .saveAnalysis({ id: 'a-large', title: 'Large', articles: 1, outlets: 1, json })
        .then(() => (written = true));
      const during = await app.get('/api/stories');
      const seenDuring = written;
      const listed = (await during.json()) as { stories: Array<{ id: string }> };
      expect(seenDuring).toBe(false);
      expect(listed.stories).toEqual(before.stories);
      await saving;
      const after = (await (await app.get('/api/stories')).json()) as { stories: Array<{ id: string }> };
      expect(after.stories[0]!.id).toBe('a-large');
    } finally {
      await app.close();
    }
  });

  it("keeps a story's reports across writes to other stories, and drops them when the story itself changes", async () => {
    const app = await start();
    try {
      const made = (await (await app.post({ articles: bigStory(2) })).json()) as { id: string };
      const report = await (await app.get(`/stories/${made.id}`)).text();
      expect(report).toMatch(/^<!doctype html>/i);
      const markdown = await (await app.get(`/api/stories/${made.id}?format=md`)).text();
      // Writes to other stories the store takes a while over: about 24 MB of dossier text each.
      const large = (id: string) =>
        app.store.saveAnalysis({
          id,
          title: 'Large',
          articles: 1,
          outlets: 1,
          json: JSON.stringify({ pad: randomBytes(18_000_000).toString('base64') }),
        });
      await large('a-other-1');
      // The listing is read again after it...
      const listed = (await (await app.get('/api/stories')).json()) as { stories: Array<{ id: string }> };
      expect(listed.stories[0]!.id).toBe('a-other-1');
      // ...but the story's reports were kept: asked while the next write runs, they are
      // answered before it ends (read from the store, they would wait behind it).
      let written = false;
      const saving = large('a-other-2').then(() => (written = true));
      const html = await app.get(`/stories/${made.id}`);
      const md = await app.get(`/api/stories/${made.id}?format=md`);
      const seenDuring = written;
      expect(await html.text()).toBe(report);
      expect(await md.text()).toBe(markdown);
      expect(seenDuring).toBe(false);
      await saving;
      // Control: the story itself forgotten, its kept report is not answered.
      expect((await fetch(`${app.base}/api/stories/${made.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await app.get(`/stories/${made.id}`)).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it("has a warmed-up worker ready after a long story: the story after it is no fresh worker's first", async () => {
    const pool = new AnalysisPool(120_000, 1, 4, 120_000);
    const items = (n: number): InputItem[] =>
      bigStory(n).map((a, i) => ({
        source: { kind: 'record', location: `a${i}` },
        text: a.text,
        format: 'text',
      }));
    try {
      // Control: the pool's first worker is fresh for its first story.
      expect((await pool.analyse({ items: items(2), failures: [] })).first).toBe(true);
      const long = await pool.analyse({ items: items(LOW_PRIORITY.articlesOver + 1), failures: [] });
      expect(long.record?.articles).toBe(LOW_PRIORITY.articlesOver + 1);
      // The long story's worker was ended (its priority lowered); the one in its place was
      // started and warmed up while it ran.
      const after = await pool.analyse({ items: items(2), failures: [] });
      expect(after.record?.articles).toBe(2);
      expect(after.first).toBe(false);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('refuses without capturing a stack: the error is made as before, and the limit restored', () => {
    const limit = Error.stackTraceLimit;
    const err = withoutStack(() => new AnalysisBusy(3, 2));
    expect(err).toBeInstanceOf(AnalysisBusy);
    expect([err.waiting, err.retryAfter, err.message]).toEqual([
      3,
      2,
      '3 stories are waiting for analysis already',
    ]);
    expect(err.stack ?? '').not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
    // Control: an error made the usual way has its stack.
    expect(new AnalysisBusy(3, 2).stack).toMatch(/\n\s+at /);
  });

  it.skipIf(process.platform !== 'linux')(
    "analyses a long story at a lower priority, in a worker of its own, and a short one at the server's",
    async () => {
      /** Threads of this process at the lowered priority (the 19th field of /proc's stat). */
      const lowered = (): number =>
        readdirSync('/proc/self/task').filter((t) => {
          try {
            const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
            return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) === LOW_PRIORITY.nice;
          } catch {
            return false; // the thread ended meanwhile
          }
        }).length;
      const app = await start();
      try {
        const seen = async (story: Promise<Response>): Promise<number> => {
          let most = 0;
          let done = false;
          void story.finally(() => (done = true));
          while (!done) {
            most = Math.max(most, lowered());
            await new Promise((r) => setTimeout(r, 20));
          }
          expect((await story).status).toBe(201);
          return most;
        };
        // Workers of earlier tests, ended, may take a moment to go.
        for (let i = 0; i < 100 && lowered() > 0; i++) await new Promise((r) => setTimeout(r, 50));
        const base = lowered();
        expect(base).toBe(0);
        // A short story: no thread lowered.
        expect(await seen(app.post({ articles: bigStory(2) }))).toBe(base);
        // A long one: its worker's thread is lowered while it runs, and ended after.
        expect(await seen(app.post({ articles: bigStory(LOW_PRIORITY.articlesOver + 10) }))).toBe(base + 1);
        // Its thread ends with it: on a loaded machine that may take more than a moment.
        for (let i = 0; i < 100 && lowered() > base; i++) await new Promise((r) => setTimeout(r, 50));
        expect(lowered()).toBe(base);
        // The fresh worker answers the next story.
        expect((await app.post({ articles: bigStory(3) })).status).toBe(201);
      } finally {
        await app.close();
      }
    },
  );
});

describe('serve: a client that hangs up mid-upload (issue 17 item 11)', () => {
  it('is no internal error: nothing is logged and the server goes on', async () => {
    const app = await start();
    const logged: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      logged.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof process.stderr.write;
    try {
      const { hostname, port } = new URL(app.base);
      for (let i = 0; i < 3; i++) {
        const socket = connect(Number(port), hostname);
        await new Promise<void>((r) => socket.once('connect', () => r()));
        socket.write(
          `POST /api/stories HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"articles": [{"text": "The council`,
        );
        await new Promise((r) => setTimeout(r, 100));
        socket.destroy();
      }
      await new Promise((r) => setTimeout(r, 300));
      expect((await app.get('/api/stories')).status).toBe(200);
      expect(logged.join('')).not.toMatch(/internal error/);
    } finally {
      process.stderr.write = write;
      await app.close();
    }
  });
});

describe("serve: a new story's request body is read off the server's thread (issue 17)", () => {
  it('answers a GET sent while a large POST body is being parsed before that POST', async () => {
    const app = await start();
    try {
      // About 40 MB of JSON: three million tiny articles, refused for their number only once
      // the whole body is parsed. Parsed on the server's thread, this held every request
      // sent meanwhile for seconds; the GET was answered after the POST.
      const n = 3_000_000;
      const body = `{"articles":[${'{"text":"a"},'.repeat(n - 1)}{"text":"a"}]}`;
      const order: string[] = [];
      let sent: () => void = () => undefined;
      const flushed = new Promise<void>((resolve) => (sent = resolve));
      const posted = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${app.base}/api/stories`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c));
          res.on('end', () => {
            order.push('POST');
            resolve({ status: res.statusCode!, body: text });
          });
        });
        req.on('error', reject);
        req.end(body, () => sent());
      });
      await flushed;
      // The body has left the client; the server reads the last of it in a moment.
      await new Promise((r) => setTimeout(r, 300));
      const t = performance.now();
      const got = await app.get('/');
      await got.text();
      order.push('GET');
      expect(got.status).toBe(200);
      // A generous bound, to catch a hang: not a timing test.
      expect(performance.now() - t).toBeLessThan(10_000);
      const refused = await posted;
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body)).toEqual({
        error: `${n} inputs in one request, over the limit of 100`,
      });
      expect(order).toEqual(['GET', 'POST']);
      // The server goes on: a real story after it.
      const [a, b] = example;
      const r = await app.post({ articles: [{ text: a!.text }, { text: b!.text }] });
      expect(r.status).toBe(201);
    } finally {
      await app.close();
    }
  }, 120_000);
});
