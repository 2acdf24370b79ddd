import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { createServer as createNetServer, connect, type AddressInfo } from 'node:net';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './paths.js';

const BIN = join(ROOT, 'dist', 'cli', 'main.js');
let dir = '';

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const article = (title: string, outlet: string) =>
  [
    title,
    `By Ada Quill`,
    `The council of Lowmarsh voted on Friday to close the old bridge, ${outlet} reported.`,
    'Engineers found cracks in two of its piers last month, according to the county surveyor.',
    'Read more',
  ].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
});

describe('corroborate extract', () => {
  it('prints clean body text for one article', () => {
    const f = join(dir, 'one.txt');
    writeFileSync(f, article('Lowmarsh bridge to close after cracks found', 'the Fenland Herald'));
    const r = run(['extract', f]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Engineers found cracks');
    expect(r.out).not.toContain('Read more');
    expect(r.out).not.toContain('Lowmarsh bridge to close');
  });
  it('writes JSON Lines with the required fields for several inputs, in one process', () => {
    const sub = join(dir, 'folder');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'a.txt'), article('Bridge to close in Lowmarsh', 'the Fenland Herald'));
    writeFileSync(join(sub, 'b.txt'), article('Lowmarsh votes to shut old bridge', 'Marsh Radio'));
    const r = run(['extract', sub]);
    expect(r.code).toBe(0);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['location', 'title', 'byline', 'published', 'outlet', 'language', 'body']),
      );
      expect(row.byline).toBe('Ada Quill');
      expect(row.language).toBe('en');
    }
    expect(rows[0].title).toBe('Bridge to close in Lowmarsh');
  });
  it('gives the full Document with -f json', () => {
    const f = join(dir, 'one.txt');
    const r = run(['extract', f, '-f', 'json']);
    const doc = JSON.parse(r.out);
    expect(doc.blocks.length).toBeGreaterThan(3);
    expect(doc.sentences.length).toBeGreaterThan(1);
    expect(doc.attributions.length).toBeGreaterThan(0);
  });
  it('reads JSON Lines records and standard input', () => {
    const f = join(dir, 'records.jsonl');
    writeFileSync(
      f,
      [
        JSON.stringify({
          url: 'https://example.invalid/a',
          title: 'Given title',
          outlet: 'Given Outlet',
          published: '2031-01-02',
          text: article('T', 'X'),
        }),
        '{not json',
      ].join('\n'),
    );
    const r = run(['extract', f, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/records\.jsonl:2: this line is not valid JSON/);
    const row = JSON.parse(r.out.trim());
    expect(row).toMatchObject({
      location: 'https://example.invalid/a',
      title: 'Given title',
      outlet: 'Given Outlet',
      published: '2031-01-02',
    });
    const s = run(['extract', '-'], article('From standard input today', 'Y'));
    expect(s.code).toBe(0);
    expect(s.out).toContain('Engineers found cracks');
  });
  it('reads JSON Lines records that carry HTML', () => {
    const f = join(dir, 'pages.jsonl');
    const html =
      '<html><head><meta property="og:site_name" content="Marsh Radio"></head><body><nav><a href="/">Home</a></nav><article><h1>Ferry to replace bridge</h1>' +
      '<p>A ferry will run across the river from Monday while the old bridge is repaired, the council said on Friday.</p></article></body></html>';
    writeFileSync(f, JSON.stringify({ url: 'https://radio.invalid/ferry', html }) + '\n');
    const r = run(['extract', f, '-f', 'jsonl']);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.out.trim());
    expect(row).toMatchObject({
      location: 'https://radio.invalid/ferry',
      title: 'Ferry to replace bridge',
      outlet: 'Marsh Radio',
    });
    expect(row.body).toBe(
      'A ferry will run across the river from Monday while the old bridge is repaired, the council said on Friday.',
    );
  });
  it('decodes UTF-16 and windows-1252 files', () => {
    const text = article('Café owners in Lowmarsh protest bridge closure', 'the Fenland Herald').replace(
      'Engineers',
      'Engineers from Sèvres',
    );
    const u16 = join(dir, 'u16.txt');
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    const cp = join(dir, 'cp1252.txt');
    writeFileSync(cp, iconv.encode(text, 'windows-1252'));
    for (const f of [u16, cp]) {
      const r = run(['extract', f, '-f', 'json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out);
      expect(doc.text).toContain('Sèvres');
      expect(doc.title).toBe('Café owners in Lowmarsh protest bridge closure');
    }
  });
});

describe('bad input', () => {
  it('refuses empty, binary, missing and oversized files with a message and exit 1, no stack trace', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const bin = join(dir, 'image.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 1, 2]));
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'lorem ipsum dolor sit amet. '));
    const cases: Array<[string, RegExp]> = [
      [empty, /empty/],
      [bin, /binary \(PNG image\)/],
      [join(dir, 'missing.txt'), /no such file/],
      [big, /50\.0 MB, over the 20\.0 MB limit/],
    ];
    for (const [f, msg] of cases) {
      const started = Date.now();
      const r = run(['extract', f]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(msg);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(Date.now() - started).toBeLessThan(20_000);
    }
  });
  it('refuses 200 MB on standard input as it streams in, in under 300 MB of memory', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    // The peak resident memory of the process, read until it exits.
    let peakKb = 0;
    const watch = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // gone
      }
    }, 20);
    child.stdin.on('error', () => undefined); // the reader stops early: EPIPE is expected
    const mb = Buffer.alloc(1024 * 1024, 'lorem ipsum dolor sit amet. ');
    const code = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let closed = false;
    void code.then(() => (closed = true));
    for (let i = 0; i < 200 && !closed; i++) {
      if (!child.stdin.write(mb))
        await Promise.race([new Promise((r) => child.stdin.once('drain', r)), code]);
    }
    if (!closed) child.stdin.end();
    expect(await code).toBe(1);
    clearInterval(watch);
    if (existsSync('/proc/self/status')) expect(peakKb).toBeLessThan(300 * 1024);
    expect(err).toMatch(/standard input is over the 20\.0 MB limit/);
    expect(err).not.toMatch(/\n\s+at /);
  }, 60_000);
  it('says what is wrong with an output path or a PostgreSQL server, as a failure, not as a bug', async () => {
    const one = join(dir, 'one.txt');
    writeFileSync(one, article('Bridge to close', 'the Fenland Herald'));
    const folder = join(dir, 'out-folder');
    mkdirSync(folder, { recursive: true });
    const cases: Array<[string[], RegExp]> = [
      [['analyze', one, '-o', folder], /cannot write .*out-folder: it is a folder/],
      [
        ['analyze', one, '-o', join(one, 'x.json')],
        /cannot write .*: part of the path is a file, not a folder/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/internal error|this is a bug|\n\s+at /);
    }
    // A device with no space left, and a file nobody may write (as root too: a sysfs file
    // without write permission; otherwise a folder without it).
    const full = run(['analyze', one, '-o', '/dev/full']);
    if (existsSync('/dev/full')) {
      expect(full.code).toBe(1);
      expect(full.err).toMatch(/cannot write \/dev\/full: no space left on the device/);
      expect(full.err).not.toMatch(/internal error|this is a bug|\n\s+at /);
    }
    const locked = join(dir, 'locked');
    mkdirSync(locked, { recursive: true });
    chmodSync(locked, 0o500);
    const unwritable = process.getuid?.() === 0 ? '/sys/kernel/notes' : join(locked, 'd.json');
    if (existsSync(dirname(unwritable))) {
      const r = run(['analyze', one, '-o', unwritable]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/cannot write .*: permission denied/);
      expect(r.err).not.toMatch(/internal error|this is a bug|\n\s+at /);
    }
    // Control: a file name in a new folder is written.
    expect(run(['analyze', one, '-o', join(folder, 'new', 'd.json')]).code).toBe(0);
    expect(existsSync(join(folder, 'new', 'd.json'))).toBe(true);
    // A port nobody listens on (one just closed).
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const env = { ...process.env, DATABASE_URL: `postgres://ada:s3cret@127.0.0.1:${port}/news` };
    for (const args of [['ingest', one], ['ingest', '--queue', one], ['stories']]) {
      const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 60_000 });
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(`cannot use the PostgreSQL server at 127\\.0\\.0\\.1:${port}/news: connection refused`),
      );
      expect(r.stderr).not.toMatch(/internal error|this is a bug|s3cret/);
    }
  });
  it('says so when a folder holds no articles', () => {
    const none = join(dir, 'nothing');
    mkdirSync(none, { recursive: true });
    writeFileSync(join(none, 'notes.csv'), 'a,b\n');
    const r = run(['analyze', none]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/holds no articles/);
  });
  it('exits 2 on usage errors', () => {
    expect(run(['analyze', '-f', 'pdf', 'x']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['extract']).code).toBe(2);
  });
  it('refuses times a timer cannot hold, or not above zero, as usage errors', () => {
    // Node's timers hold at most 2^31 - 1 ms (2,147,483 s); past that they fire at once.
    for (const [option, value] of [
      ['--timeout', '2147484'],
      ['--timeout', '1e12'],
      ['--timeout', '0'],
      ['--timeout', '-5'],
      ['--every', '2147484'],
      ['--every', '0'],
    ] as const) {
      const r = run(option === '--every' ? ['watch', 'x', option, value] : ['extract', 'x', option, value]);
      expect(r.code, `${option} ${value}`).toBe(2);
      expect(r.err).toMatch(/seconds above 0 and at most 2147483/);
    }
    // Control: the largest a timer holds is accepted (the missing input then fails with exit 1).
    expect(run(['extract', join(dir, 'missing.txt'), '--timeout', '2147483']).code).toBe(1);
  });
  it('refuses an article size limit of nothing, or past what one string holds, as a usage error', () => {
    for (const value of ['0', '0k', '501MB', '4g']) {
      const r = run(['extract', 'x', '--max-bytes', value]);
      expect(r.code, `--max-bytes ${value}`).toBe(2);
      expect(r.err).toMatch(/size above 0 and at most 500MB/);
    }
    // Control: the largest accepted (the missing input then fails with exit 1).
    expect(run(['extract', join(dir, 'missing.txt'), '--max-bytes', '500MB']).code).toBe(1);
  });
  it('keeps going past a bad input and records it in the dossier', () => {
    const good = join(dir, 'one.txt');
    const r = run(['analyze', good, join(dir, 'empty.txt')]);
    expect(r.code).toBe(0);
    const dossier = JSON.parse(r.out);
    expect(dossier.documents).toHaveLength(1);
    expect(dossier.messages.some((m: { rule: string }) => m.rule === 'load:empty')).toBe(true);
  });
});

describe('corroborate cluster', () => {
  it('writes stories with their documents as JSON', () => {
    const r = run(['cluster', join(ROOT, 'examples', 'harbour-fire')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.stories).toHaveLength(1);
    expect(
      out.stories[0].documents.map((d: { location: string }) => d.location.split('/').pop()).sort(),
    ).toEqual([
      '1-meridian-wire.txt',
      '2-coastal-ledger.txt',
      '3-northgate-daily.txt',
      '4-harbour-radio.txt',
    ]);
    expect(run(['cluster', join(ROOT, 'examples'), '--threshold', '2']).code).toBe(2);
  });
});

describe('corroborate ingest', () => {
  it('stores articles in the embedded store once, and says how many', async () => {
    const store = join(dir, 'store');
    const first = await cli(['ingest', join(ROOT, 'examples', 'harbour-fire'), '--store', store]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/stored 4 new article\(s\), 0 already in the store; 1 stories/);
    const again = await cli(['ingest', join(ROOT, 'examples', 'harbour-fire'), '--store', store]);
    expect(again.out).toMatch(/stored 0 new article\(s\), 4 already in the store; 1 stories/);
    // The stored stories and their dossiers.
    const list = await cli(['stories', '--store', store, '-f', 'json']);
    expect(list.code).toBe(0);
    const stories = JSON.parse(list.out).stories as Array<{ id: string; articles: number; title: string }>;
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles).toBe(4);
    expect((await cli(['stories', '--store', store])).out).toContain(stories[0]!.id);
    const html = await cli(['dossier', stories[0]!.id, '--store', store, '-f', 'html']);
    expect(html.code).toBe(0);
    expect(html.out).toContain('<table class="matrix">');
    const json = JSON.parse((await cli(['dossier', stories[0]!.id, '--store', store])).out);
    expect(json.documents).toHaveLength(4);
    expect(json.claims.length).toBeGreaterThan(0);
    const missing = await cli(['dossier', 'no-such-story', '--store', store]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no story no-such-story/);
    const nowhere = await cli(['stories', '--store', join(dir, 'nowhere')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.err).toMatch(/no store at/);
  }, 120_000);
  it('says a damaged store is damaged, and refuses an emptied store folder rather than start anew (issue 17 item 11)', async () => {
    const store = join(dir, 'store-to-damage');
    expect((await cli(['ingest', join(ROOT, 'examples', 'harbour-fire'), '--store', store])).code).toBe(0);
    expect(existsSync(join(store, 'corroborate-store.json'))).toBe(true);
    // Damaged: the database's control file overwritten.
    writeFileSync(join(store, 'global', 'pg_control'), Buffer.alloc(8192, 0x5a));
    const damaged = await cli(['stories', '--store', store]);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/the store at .*store-to-damage cannot be opened, it looks damaged/);
    expect(damaged.err).not.toMatch(/internal error|this is a bug|Aborted\(\)|\[object Object\]|\n\s+at /);
    // Emptied: the folder is left, its files gone. No new store is made in it.
    const emptied = join(dir, 'store-to-empty');
    expect((await cli(['ingest', join(ROOT, 'examples', 'harbour-fire'), '--store', emptied])).code).toBe(0);
    for (const name of readdirSync(emptied)) rmSync(join(emptied, name), { recursive: true, force: true });
    const again = await cli(['ingest', join(ROOT, 'examples', 'harbour-fire'), '--store', emptied]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/store-to-empty is an empty folder, not a store/);
    expect(readdirSync(emptied)).toEqual([]);
    // A marked folder whose database files are gone is named damaged too.
    writeFileSync(join(emptied, 'corroborate-store.json'), '{}');
    expect((await cli(['stories', '--store', emptied])).err).toMatch(/its database files are gone/);
  }, 120_000);
});

describe('corroborate analyze reports', () => {
  it('escapes hostile article text in HTML and Markdown', () => {
    const f = join(dir, 'hostile.txt');
    writeFileSync(
      f,
      [
        'Council <script>alert(1)</script> votes on bridge',
        'The council voted on Friday <img src=x onerror=alert(2)> to close the bridge, officials said.',
        'A link javascript:alert(3) and [click](javascript:alert(4)) appeared in the text, the clerk said.',
      ].join('\n'),
    );
    const html = run(['analyze', f, '-f', 'html']).out;
    expect(html).not.toMatch(/<script>|<img /i);
    expect(html).toContain('&#60;script&#62;');
    expect(html).toMatch(/Content-Security-Policy/);
    const md = run(['analyze', f, '-f', 'md']).out;
    expect(md).not.toMatch(/<script>|\]\(javascript/);
  });
});

describe('corroborate serve', () => {
  it('serves until told to stop, says where, and refuses a port in use', async () => {
    const store = join(dir, 'serve-store');
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--port', '0', '--store', store, '--allowed-host', 'news.example'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no address announced: ${out}`)), 60_000);
      child.stdout.on('data', () => {
        const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) {
          clearTimeout(t);
          resolve(m[1]!);
        }
      });
    });
    expect(out).toContain(`(store: ${store})`);
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    // A client that hangs up in the middle of an upload is no internal error.
    await new Promise<void>((resolve, reject) => {
      const u = new URL(url);
      const socket = connect(Number(u.port), u.hostname, () => {
        socket.write(
          `POST /api/stories HTTP/1.1\r\nHost: ${u.host}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"articles":[{"text":"The council`,
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 200);
      });
      socket.on('error', reject);
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form id="new">');
    // Host names: the one given with --allowed-host is answered, a foreign one is not.
    const statusFor = (host: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        request(url, { headers: { host: `${host}:${new URL(url).port}` } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
          .on('error', reject)
          .end();
      });
    expect(await statusFor('news.example')).toBe(200);
    expect(await statusFor('attacker.example')).toBe(421);
    expect(err).not.toMatch(/internal error/);
    const other = join(dir, 'serve-store-2');
    const taken = run(['serve', '--port', new URL(url).port, '--store', other]);
    expect(taken.code).toBe(1);
    expect(taken.err).toMatch(/cannot listen on 127\.0\.0\.1:\d+: the port is in use/);
    // Refused before it made a store.
    expect(existsSync(other)).toBe(false);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    const bad = run(['serve', '--port', '70000']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/port from 0 to 65535/);
    const badHost = run(['serve', '--allowed-host', 'news.example/path']);
    expect(badHost.code).toBe(2);
    expect(badHost.err).toMatch(/expected a host name/);
  }, 120_000);
});

describe('corroborate recluster', () => {
  it('re-clusters a store and says what changed', async () => {
    const store = join(dir, 'recluster-store');
    expect((await cli(['ingest', join(ROOT, 'examples', 'harbour-fire'), '--store', store])).code).toBe(0);
    const r = await cli(['recluster', '--store', store]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^re-clustered 4 article\(s\) of the live stories: 1 stories became 1; 0 dossier\(s\) rebuilt\n$/,
    );
    const none = await cli(['recluster', '--store', join(dir, 'no-store-here')]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no store at/);
    expect((await cli(['recluster', '--store', store, '--threshold', '2'])).code).toBe(2);
  }, 120_000);
});

/**
 * Runs a command as a child process without blocking the test worker (a long synchronous stretch
 * starves vitest's own messages on a busy machine).
 */
function runAsync(cmd: string, args: string[], input?: string) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.once('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input ?? '');
  });
}
const cli = (args: string[], input?: string) => runAsync(process.execPath, [BIN, ...args], input);

describe('a newcomer at the command line', () => {
  /** Runs the CLI with its standard output closed by the reader before anything is written. */
  const runIntoClosedPipe = (args: string[]) =>
    new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let err = '';
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.once('close', (code) => resolve({ code, err }));
    });

  it('ends quietly with status 0 when the reader closes the pipe', async () => {
    const harbour = join(ROOT, 'examples', 'harbour-fire');
    for (const args of [
      ['analyze', harbour],
      ['extract', harbour],
      ['analyze', harbour, '-f', 'html'],
    ]) {
      const r = await runIntoClosedPipe(args);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
  }, 120_000);

  it('ends quietly under `| head -1` when the output is larger than the pipe holds', async () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 40; i++)
      writeFileSync(join(many, `${i}.txt`), article(`Bridge story number ${i} from Lowmarsh`, `Outlet ${i}`));
    for (const cmd of ['analyze', 'extract -f json']) {
      const r = await runAsync('bash', [
        '-c',
        `"$0" "$1" ${cmd} "$2" | head -1; echo "status \${PIPESTATUS[0]}" >&2`,
        process.execPath,
        BIN,
        many,
      ]);
      expect(r.out.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.err).toBe('status 0\n');
    }
    // The control: the whole output, read to the end, is far larger than the one line kept.
    expect((await cli(['extract', '-f', 'json', many])).out.length).toBeGreaterThan(200_000);
  }, 120_000);

  it("takes the format from the -o file's extension when -f is not given", async () => {
    const harbour = join(ROOT, 'examples', 'harbour-fire');
    const html = join(dir, 'out', 'report.html');
    expect((await cli(['analyze', harbour, '-o', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
    const md = join(dir, 'out', 'report.MD');
    expect((await cli(['analyze', harbour, '-o', md])).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# /);
    const json = join(dir, 'out', 'report.json');
    expect((await cli(['analyze', harbour, '-o', json])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).schema).toBe('corroborate/dossier@1');
    const rows = join(dir, 'out', 'articles.jsonl');
    expect((await cli(['extract', join(harbour, '1-meridian-wire.txt'), '-o', rows])).code).toBe(0);
    expect(JSON.parse(readFileSync(rows, 'utf8').trim())).toHaveProperty('body');
    // Controls: an extension that names no format keeps the command's default, and so does -o -.
    const other = join(dir, 'out', 'dossier.out');
    expect((await cli(['analyze', harbour, '-o', other])).code).toBe(0);
    expect(JSON.parse(readFileSync(other, 'utf8')).schema).toBe('corroborate/dossier@1');
    expect(JSON.parse((await cli(['analyze', harbour, '-o', '-'])).out).schema).toBe('corroborate/dossier@1');
    // .txt is neutral for a command that writes no plain text: Markdown in a .txt file is fine.
    const notes = join(dir, 'out', 'notes.txt');
    expect((await cli(['analyze', harbour, '-f', 'md', '-o', notes])).code).toBe(0);
    expect(readFileSync(notes, 'utf8')).toMatch(/^# /);
  }, 120_000);

  it('refuses an -f that contradicts the -o extension, and an extension the command cannot write', async () => {
    const harbour = join(ROOT, 'examples', 'harbour-fire');
    const cases: Array<[string[], RegExp]> = [
      [['analyze', harbour, '-f', 'json', '-o', join(dir, 'bad', 'x.html')], /-f json contradicts .*x\.html/],
      [['extract', harbour, '-f', 'text', '-o', join(dir, 'bad', 'x.jsonl')], /-f text contradicts/],
      [['analyze', harbour, '-o', join(dir, 'bad', 'x.jsonl')], /analyze cannot write JSON Lines/],
      [['cluster', harbour, '-o', join(dir, 'bad', 'x.html')], /cluster cannot write HTML/],
    ];
    for (const [args, msg] of cases) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    // Refused before anything was written.
    expect(existsSync(join(dir, 'bad'))).toBe(false);
  }, 120_000);

  it('says how to give articles and end input when standard input is a terminal', async () => {
    // `script` gives the command a pseudo-terminal; ^D at the start of a line ends input there.
    const typed = 'The council voted on Friday to close the old bridge, officials said.\n\x04';
    const r = await runAsync(
      'script',
      ['-qec', `"${process.execPath}" "${BIN}" analyze -f md`, '/dev/null'],
      typed,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/standard input \(this terminal\).*Ctrl-D/);
    expect(r.out).toContain('corroborate analyze my-articles/ -o report.html');
    // The typed article was read and analysed once input ended.
    expect(r.out).toMatch(/^1 document\(s\)/m);
    // The control: standard input from a pipe is read without a word.
    const piped = await cli(['analyze', '-f', 'md'], typed.slice(0, -1));
    expect(piped.code).toBe(0);
    expect(piped.err).toBe('');
  }, 120_000);
});
