import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDocuments } from '../src/analyze.js';
import { processText } from '../src/pipeline/document.js';
import { buildDossier } from '../src/dossier/build.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { analysisRecord } from '../src/store/record.js';
import { StoreBusyError, type QueryOptions } from '../src/store/sql.js';
import { decodeCursor, PARTS, Store, type ListingCursor } from '../src/store/store.js';
import { ROOT } from './paths.js';
import { corpus, describeShared, runScorer } from './shared.js';

const postgresUrl = inject('postgresUrl');

const backends: Array<[string, () => Promise<Store>]> = [
  ['PGlite (embedded)', () => Store.open({ dir: null })],
  ['PostgreSQL server', () => Store.open({ url: postgresUrl })],
];

const fire = loadDocuments([join(ROOT, 'examples', 'harbour-fire')]).documents;
const flood = [
  [
    'flood-1.txt',
    'Floodwater breached the river barrier at Lowmarsh in 2029, and 300 residents of the Fenland village were moved to the town hall before dawn, the county council said.',
  ],
  [
    'flood-2.txt',
    'About 300 residents of Lowmarsh spent the night in the town hall after the river barrier failed in 2029, council officials said, adding that engineers had warned of cracks.',
  ],
].map(([location, text]) => processText(text!, { kind: 'file', location: location! }));

/** The statement {@link Store.listingJson} sends and its parameters, read as they are sent. */
async function listingStatement(store: Store): Promise<{ text: string; params: readonly unknown[] }> {
  const sql = store.sql as { query: Store['sql']['query'] };
  const query = sql.query;
  let text = '';
  let params: readonly unknown[] = [];
  sql.query = <T>(t: string, p?: readonly unknown[], o?: QueryOptions) => {
    text = t;
    params = p ?? [];
    return query.call<
      Store['sql'],
      [string, readonly unknown[] | undefined, QueryOptions | undefined],
      Promise<{ rows: T[] }>
    >(store.sql, t, p, o);
  };
  try {
    await store.listingJson('all', { limit: 100, offset: 0 });
  } finally {
    sql.query = query;
  }
  return { text, params };
}

for (const [name, open] of backends) {
  const run = name.startsWith('PostgreSQL') && !postgresUrl ? describe.skip : describe;
  run(`store on ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
      await store.sql.query('truncate articles, stories, story_index, analyses cascade');
    });
    afterAll(async () => {
      await store.close();
    });

    it('stores articles once, groups them into stories and keeps a dossier per story', async () => {
      const first = await store.ingest(fire);
      expect(first).toEqual({ added: 4, skipped: 0, stories: 1 });
      const again = await store.ingest(fire);
      expect(again).toEqual({ added: 0, skipped: 4, stories: 1 });
      const more = await store.ingest(flood);
      expect(more.added).toBe(2);
      expect(more.stories).toBe(2);
      expect(await store.articleCount()).toBe(6);
      const stories = await store.stories();
      expect(stories.map((s) => s.documents.length).sort()).toEqual([2, 4]);
      const summaries = await store.summaries();
      expect(summaries.map((x) => x.articles).sort()).toEqual([2, 4]);
      expect(summaries.every((x) => /^\d{4}-\d\d-\d\dT/.test(x.updated) && x.outlets >= 1)).toBe(true);
      const big = stories.find((s) => s.documents.length === 4)!;
      const dossier = await store.dossier(big.id);
      expect(dossier?.schema).toBe('corroborate/dossier@1');
      expect(dossier?.documents.map((d) => d.id).sort()).toEqual(fire.map((d) => d.id).sort());
    });

    it('keeps stories put together by hand apart from the story index, once per set of articles', async () => {
      const before = await store.summaries();
      const dossier = buildDossier(flood);
      const saved = await store.saveAnalysis(dossier);
      expect(saved).toMatchObject({ articles: 2, outlets: 2 });
      expect(saved.id).toMatch(/^a/);
      expect((await store.saveAnalysis(buildDossier([...flood].reverse()))).id).toBe(saved.id);
      expect((await store.analyses()).map((x) => x.id)).toEqual([saved.id]);
      // The later analysis of the same articles replaced the earlier one.
      expect((await store.dossier(saved.id))?.documents.map((d) => d.id)).toEqual(
        [...flood].reverse().map((d) => d.id),
      );
      // The corpus stories and the index are untouched.
      expect(await store.summaries()).toEqual(before);
    });

    it('saves a dossier written out already as it was written, and gives its JSON text back as kept', async () => {
      const dossier = buildDossier([...fire.slice(0, 2)]);
      const record = analysisRecord(dossier);
      expect(record).toMatchObject({ articles: 2, json: JSON.stringify(dossier) });
      const saved = await store.saveAnalysis(record);
      // The same summary as saving the dossier itself.
      expect(saved).toMatchObject({
        id: record.id,
        articles: 2,
        outlets: record.outlets,
        title: record.title,
      });
      expect((await store.saveAnalysis(dossier)).id).toBe(saved.id);
      expect(await store.dossierJson(saved.id)).toBe(record.json);
      expect(await store.dossierJson('a-no-such-story')).toBeNull();
      // Corpus dossiers too.
      const corpusStory = (await store.summaries())[0]!;
      expect(JSON.parse((await store.dossierJson(corpusStory.id))!)).toEqual(
        await store.dossier(corpusStory.id),
      );
      expect(await store.deleteAnalysis(saved.id)).toBe(true);
    });

    it('treats the same canonical URL as the same article', async () => {
      const doc = { ...flood[0]!, id: 'd-other-id', canonical: 'https://radio.invalid/flood' };
      const before = await store.articleCount();
      expect((await store.ingest([doc])).added).toBe(1);
      expect((await store.ingest([{ ...doc, id: 'd-yet-another' }])).added).toBe(0);
      expect(await store.articleCount()).toBe(before + 1);
    });

    it('lists from indexes, its totals kept by the writes, not counted on each listing (issue 17 item 8)', async () => {
      const { rows } = await store.sql.query<{ indexname: string }>(
        "select indexname from pg_indexes where tablename in ('analyses', 'stories') order by indexname",
      );
      expect(rows.map((r) => r.indexname)).toEqual(
        expect.arrayContaining(['analyses_created', 'stories_updated']),
      );
      const exact = async (): Promise<{ corpus: number; created: number; exact: boolean }> => {
        const n = async (table: string): Promise<number> =>
          (await store.sql.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
        return { corpus: await n('stories'), created: await n('analyses'), exact: true };
      };
      const before = await store.storyCounts();
      expect(before).toEqual(await exact());
      // Many rows in one statement, one replaced (not added), some deleted, some stories.
      await store.sql.query(
        `insert into analyses (id, title, articles, outlets, dossier, created_at)
         select 'a-cap-' || g, 'Story ' || g, 2, 2, '{}', now() - g * interval '1 second'
         from generate_series(1, 1005) g`,
      );
      try {
        await store.saveAnalysis({ id: 'a-cap-1', title: 'again', articles: 2, outlets: 2, json: '{}' });
        await store.sql.query("delete from analyses where id in ('a-cap-2', 'a-cap-3', 'a-cap-none')");
        await store.sql.query("insert into stories (id) values ('s-cap-1'), ('s-cap-2')");
        expect(await store.storyCounts()).toEqual({
          corpus: before.corpus + 2,
          created: before.created + 1003,
          exact: true,
        });
        expect(await store.storyCounts()).toEqual(await exact());
        const page = await store.analyses({ limit: 3 });
        expect(page.map((p) => p.id)).toHaveLength(3);
        await store.sql.query('analyze analyses');
        const plan = await store.sql.query<Record<string, string>>(
          'explain select id from analyses order by created_at desc, id limit 100',
        );
        expect(plan.rows.map((r) => Object.values(r).join(' ')).join('\n')).toMatch(/analyses_created/);
        // The listing counts no rows (a count was an aggregate over a limited scan of each table).
        const { text: statement, params } = await listingStatement(store);
        const listing = await store.sql.query<Record<string, string>>(`explain ${statement}`, params);
        const text = listing.rows.map((r) => Object.values(r).join(' ')).join('\n');
        expect(text).not.toMatch(
          /Aggregate[^\n]*\n[^\n]*Limit[^\n]*\n[^\n]*Scan[^\n]* on (analyses|stories)\b/,
        );
      } finally {
        await store.sql.query("delete from analyses where id like 'a-cap-%'");
        await store.sql.query("delete from stories where id like 's-cap-%'");
      }
      expect(await store.storyCounts()).toEqual(before);
    });

    it('writes the listing out in one statement, as the separate queries give it', async () => {
      await store.ingest([...fire, ...flood]);
      await store.saveAnalysis({ id: 'a-list-1', title: null, articles: 2, outlets: 1, json: '{}' });
      await store.saveAnalysis({
        id: 'a-list-2',
        title: 'Quotes "and" \\ back\u2028slash, Łódź 🙂',
        articles: 3,
        outlets: 2,
        json: '{}',
      });
      try {
        const summaries = await store.summaries({ limit: 100 });
        expect(summaries.length).toBeGreaterThan(0);
        for (const kind of ['all', 'created', 'corpus'] as const)
          for (const page of [
            { limit: 100, offset: 0 },
            { limit: 1, offset: 1 },
            { limit: 5, offset: 1_000 },
          ]) {
            const expected = {
              stories: [
                ...(kind === 'corpus' ? [] : await store.analyses(page)).map((x) => ({
                  ...x,
                  kind: 'created',
                })),
                ...(kind === 'created' ? [] : await store.summaries(page)).map((x) => ({
                  ...x,
                  kind: 'corpus',
                })),
              ],
              total: await store.storyCounts(),
              ...page,
            };
            const { next, ...listing } = JSON.parse(await store.listingJson(kind, page)) as {
              next: unknown;
            };
            expect(listing, `${kind} ${JSON.stringify(page)}`).toEqual(expected);
            expect(next === null, `${kind} ${JSON.stringify(page)}`).toBe(
              expected.stories.filter((x) => x.kind === 'created').length < page.limit &&
                // a page of corpus stories: as many as the stories page held (each has articles here)
                expected.stories.filter((x) => x.kind === 'corpus').length < page.limit,
            );
          }
      } finally {
        await store.deleteAnalysis('a-list-1');
        await store.deleteAnalysis('a-list-2');
      }
    });

    it('reads page after page from a cursor ("after"), from the indexes, as the offsets give them', async () => {
      // Ties in time (three stories a second) and microseconds, in both parts.
      await store.sql.query(
        `insert into analyses (id, title, articles, outlets, dossier, created_at)
         select 'a-key-' || g, 'Story ' || g, 2, 2, '{}',
                timestamptz '2026-01-01 12:00:00.123456+00' - (g / 3) * interval '1 second'
         from generate_series(1, 250) g`,
      );
      await store.sql.query(
        `insert into stories (id, updated_at)
         select 's-key-' || g, timestamptz '2026-01-01 12:00:00.654321+00' - (g / 3) * interval '1 second'
         from generate_series(1, 40) g`,
      );
      // Each of these stories gets one article, so that it shows in the corpus part.
      const fake = (g: number): string => `d-key-${g}`;
      for (let g = 1; g <= 40; g++) {
        await store.sql.query(
          `insert into articles (id, location, language, body, document) values ($1, $1, 'en', 'x', '{}')`,
          [fake(g)],
        );
        await store.sql.query('insert into story_articles (story_id, article_id) values ($1, $2)', [
          `s-key-${g}`,
          fake(g),
        ]);
      }
      type Listing = { stories: Array<{ id: string; kind: string }>; next: string | null };
      try {
        for (const kind of ['all', 'created', 'corpus'] as const) {
          const whole = JSON.parse(await store.listingJson(kind, { limit: 1000, offset: 0 })) as Listing;
          expect(whole.next).toBeNull();
          const walked: Listing['stories'] = [];
          let after: ListingCursor | null = null;
          for (let pages = 0; pages < 100; pages++) {
            const page = JSON.parse(await store.listingJson(kind, { limit: 7, offset: 0, after })) as Listing;
            walked.push(...page.stories);
            if (page.next === null) break;
            after = decodeCursor(page.next);
            expect(after, page.next).not.toBeNull();
          }
          // The same stories in the same order (the walk lists each part's in turn, page by page).
          const order = (xs: Listing['stories']): string[] =>
            [...xs.filter((x) => x.kind === 'created'), ...xs.filter((x) => x.kind === 'corpus')].map(
              (x) => x.id,
            );
          expect(order(walked), kind).toEqual(order(whole.stories));
          expect(walked.length).toBe(whole.stories.length);
        }
        // Deep in the table, the page starts where the index says, not after reading through.
        const key = JSON.parse(await store.listingJson('created', { limit: 200, offset: 0 })) as Listing;
        const deep = decodeCursor(key.next!)!;
        const plan = await store.sql.query<Record<string, string>>(
          `explain select id from analyses where created_at <= ($1::timestamp at time zone 'UTC')
             and (created_at < ($1::timestamp at time zone 'UTC') or id > $2)
           order by created_at desc, id limit 7`,
          [deep.created![0], deep.created![1]],
        );
        expect(plan.rows.map((r) => Object.values(r).join(' ')).join('\n')).toMatch(
          /Index Cond: \(created_at <=/,
        );
        // A cursor is checked field by field.
        for (const bad of ['', 'x', Buffer.from('{"created":[1,2],"corpus":null}').toString('base64url')])
          expect(decodeCursor(bad), bad).toBeNull();
      } finally {
        await store.sql.query("delete from analyses where id like 'a-key-%'");
        await store.sql.query("delete from stories where id like 's-key-%'");
        await store.sql.query("delete from articles where id like 'd-key-%'");
      }
    });

    it('leaves nothing half-written when an ingest fails', async () => {
      const before = await store.articleCount();
      const broken = {
        ...flood[1]!,
        id: 'd-broken',
        canonical: null,
        source: { kind: 'file', location: null as unknown as string },
      };
      await expect(
        store.ingest([{ ...flood[0]!, id: 'd-fine', canonical: null }, broken as never]),
      ).rejects.toThrow();
      expect(await store.articleCount()).toBe(before);
    });
  });
}

it("numbers the embedded store's writes as they are sent and settles each when answered, reads not counted", async () => {
  const store = await Store.open({ dir: null });
  try {
    const writes = store.sql.writes!;
    const before = writes.sent();
    expect(writes.settled()).toBe(before);
    await store.analyses();
    expect(writes.sent()).toBe(before);
    // A large dossier: its write is still running when the next line looks.
    const saving = store.saveAnalysis(analysisRecord(buildDossier(fire)));
    expect(writes.sent()).toBe(before + 1);
    expect(writes.settled()).toBe(before);
    await saving;
    expect(writes.settled()).toBe(before + 1);
    // A transaction: its begin, statements and commit.
    await store.sql.transaction(async (tx) => {
      await tx.query('select 1');
      await tx.query("delete from analyses where id = 'a-none'");
    });
    expect(writes.sent()).toBe(before + 4);
    expect(writes.settled()).toBe(before + 4);
  } finally {
    await store.close();
  }
  // A server's store can be written by other processes: no numbering.
  if (postgresUrl) {
    const server = await Store.open({ url: postgresUrl });
    expect(server.sql.writes).toBeUndefined();
    await server.close();
  }
});

it('applies migrations once, even when two stores open the same database', async () => {
  const a = postgresUrl ? await Store.open({ url: postgresUrl }) : await Store.open({ dir: null });
  const b = postgresUrl ? await Store.open({ url: postgresUrl }) : a;
  const { rows } = await a.sql.query<{ id: number }>('select id from schema_migrations order by id');
  expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  expect(MIGRATIONS.map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
  await a.close();
  if (b !== a) await b.close();
});

it('assigns new articles incrementally: a late article joins its story, other dossiers are left alone', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'incremental-')), 'store');
  let store = await Store.open({ dir });
  await store.ingest(fire.slice(0, 3));
  await store.ingest(flood);
  const storyOf = async (id: string) =>
    (await store.stories()).find((s) => s.documents.some((d) => d.id === id))!;
  const fireStory = await storyOf(fire[0]!.id);
  const floodStory = await storyOf(flood[0]!.id);
  expect(fireStory.documents).toHaveLength(3);
  const stamp = async (id: string) =>
    (
      await store.sql.query<{ t: string }>('select updated_at::text as t from dossiers where story_id = $1', [
        id,
      ])
    ).rows[0]!.t;
  const floodStamp = await stamp(floodStory.id);
  await store.close();
  // A new process: the story index comes back from the store.
  store = await Store.open({ dir });
  await store.ingest([fire[3]!]);
  const grown = await storyOf(fire[3]!.id);
  expect(grown.id).toBe(fireStory.id);
  expect(grown.documents).toHaveLength(4);
  expect((await store.dossier(grown.id))!.documents).toHaveLength(4);
  expect(await stamp(floodStory.id)).toBe(floodStamp);
  await store.close();
});

for (const [name, open] of backends) {
  const run = name.startsWith('PostgreSQL') && !postgresUrl ? it.skip : it;
  run(
    `re-clusters the live stories on ${name}: split stories merge, ids and dossiers follow, the index goes on`,
    async () => {
      // An index so strict that every article starts a story of its own.
      let store = await open();
      await store.sql.query('truncate articles, stories, story_index, analyses cascade');
      await store.close();
      store = name.startsWith('PostgreSQL')
        ? await Store.open({ url: postgresUrl, stories: { threshold: 0.99 } })
        : await Store.open({ dir: null, stories: { threshold: 0.99 } });
      try {
        await store.ingest([...fire.slice(0, 3), ...flood]);
        const split = await store.stories();
        expect(split).toHaveLength(5);
        const r = await store.recluster();
        expect(r).toEqual({ articles: 5, before: 5, after: 2, rebuilt: 2 });
        const merged = await store.stories();
        expect(merged.map((s) => s.documents.length).sort()).toEqual([2, 3]);
        // Each story kept the id of one of its old stories; the others are gone with their dossiers.
        const oldIds = new Set(split.map((s) => s.id));
        expect(merged.every((s) => oldIds.has(s.id))).toBe(true);
        const { rows } = await store.sql.query<{ n: number }>('select count(*)::int as n from dossiers');
        expect(rows[0]!.n).toBe(2);
        // The totals follow the stories deleted by the re-clustering and the truncate before.
        expect(await store.storyCounts()).toEqual({ corpus: 2, created: 0, exact: true });
        for (const s of merged)
          expect((await store.dossier(s.id))!.documents.map((d) => d.id).sort()).toEqual(
            s.documents.map((d) => d.id).sort(),
          );
        // Nothing left to change: a second run rebuilds nothing and keeps every id.
        expect(await store.recluster()).toEqual({ articles: 5, before: 2, after: 2, rebuilt: 0 });
        expect((await store.stories()).map((s) => s.id).sort()).toEqual(merged.map((s) => s.id).sort());
      } finally {
        await store.close();
      }
      // The index goes on from the new stories: with the usual threshold, the fourth fire
      // article joins the re-clustered fire story.
      store = await open();
      try {
        await store.sql.query('truncate articles, stories, story_index, analyses cascade');
        await store.ingest([...fire.slice(0, 3), ...flood]);
        const before = await store.stories();
        expect((await store.recluster()).rebuilt).toBe(0);
        expect((await store.stories()).map((s) => s.id).sort()).toEqual(before.map((s) => s.id).sort());
        await store.ingest([fire[3]!]);
        const fireStory = (await store.stories()).find((s) => s.documents.some((d) => d.id === fire[0]!.id))!;
        expect(fireStory.documents.map((d) => d.id).sort()).toEqual(fire.map((d) => d.id).sort());
      } finally {
        await store.close();
      }
    },
  );
}

it("numbers the embedded store's writes by the parts they change, so answers kept of other parts hold", async () => {
  const store = await Store.open({ dir: null });
  try {
    const writes = store.sql.writes!;
    const [mine, other] = [PARTS.story('a-parts-1'), PARTS.story('a-parts-2')];
    const before = writes.sent();
    await store.saveAnalysis({ id: 'a-parts-1', title: 'One', articles: 1, outlets: 1, json: '{}' });
    const saved = writes.sent();
    expect(saved).toBeGreaterThan(before);
    // The story saved and the listing changed; another story did not.
    expect(writes.settled(mine)).toBe(saved);
    expect(writes.settled(PARTS.listing)).toBe(saved);
    expect(writes.touched(mine)).toBe(saved);
    expect(writes.settled(other)).toBeLessThanOrEqual(before);
    expect(writes.touched(other)).toBeLessThanOrEqual(before);
    expect(writes.settled()).toBe(saved);
    // A read is no write.
    await store.dossierJson('a-parts-1');
    expect(writes.sent()).toBe(saved);
    // Forgetting a story changes it and the listing only.
    expect(await store.deleteAnalysis('a-parts-1')).toBe(true);
    expect(writes.settled(mine)).toBe(writes.sent());
    expect(writes.settled(other)).toBeLessThanOrEqual(before);
    // A write naming nothing (ingesting articles) changes every part.
    await store.ingest(flood);
    expect(writes.settled(other)).toBe(writes.sent());
    expect(writes.touched(other)).toBe(writes.sent());
  } finally {
    await store.close();
  }
});

it('lets one process at a time open an embedded store, and takes over a lock left by a process that is gone', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'lock-')), 'store');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test', 'fixtures', 'hold-store.ts'), dir],
    {
      cwd: ROOT,
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('held')) resolve();
    });
    child.on('error', reject);
    child.on('exit', () => reject(new Error('the holder stopped early')));
  });
  const busy = await Store.open({ dir }).then(
    () => null,
    (err: unknown) => err,
  );
  expect(busy).toBeInstanceOf(StoreBusyError);
  expect((busy as StoreBusyError).message).toContain(`in use by process ${child.pid}`);
  // The command line says the same, with exit code 1 and no stack trace.
  const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'stories', '--store', dir], {
    encoding: 'utf8',
  });
  expect(cli.status).toBe(1);
  expect(cli.stderr).toMatch(/^corroborate: the store at .* is in use by process \d+; stop it first/);
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  // Released on close: it opens now. A lock whose process is gone is taken over.
  let store = await Store.open({ dir });
  await store.close();
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  writeFileSync(`${dir}.lock`, gone.stdout);
  store = await Store.open({ dir });
  expect(readFileSync(`${dir}.lock`, 'utf8')).toMatch(new RegExp(`^${process.pid}( \\d+)?$`));
  await store.close();
  expect(existsSync(`${dir}.lock`)).toBe(false);
});

it('takes over a lock naming its own process id left by an earlier process (a restarted container), but not its own', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'lock-own-')), 'store');
  // A container restarted: the process before us was also process 1, as we are now.
  writeFileSync(`${dir}.lock`, String(process.pid));
  const store = await Store.open({ dir });
  expect(readFileSync(`${dir}.lock`, 'utf8')).toMatch(new RegExp(`^${process.pid}( \\d+)?$`));
  // Control: a lock this process holds is not taken over by this process either.
  const twice = await Store.open({ dir }).then(
    () => null,
    (err: unknown) => err,
  );
  expect(twice).toBeInstanceOf(StoreBusyError);
  await store.close();
  expect(existsSync(`${dir}.lock`)).toBe(false);
  // Released: it opens again.
  await (await Store.open({ dir })).close();
});

it.skipIf(!existsSync('/proc/self/stat'))(
  'takes over a lock whose process id now belongs to another, later process (the id given again), but not one its live holder wrote',
  async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'lock-reused-')), 'store');
    // A live process that is not the lock's holder: the same id, started at another time.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => other.once('spawn', resolve));
      const stat = readFileSync(`/proc/${other.pid}/stat`, 'utf8');
      const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
      writeFileSync(`${dir}.lock`, `${other.pid} ${Number(start) - 1}`);
      const store = await Store.open({ dir });
      expect(readFileSync(`${dir}.lock`, 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+$`));
      await store.close();
      // Control: the lock names that process as it is (its id and its start): it is held.
      writeFileSync(`${dir}.lock`, `${other.pid} ${start}`);
      const busy = await Store.open({ dir }).then(
        () => null,
        (err: unknown) => err,
      );
      expect(busy).toBeInstanceOf(StoreBusyError);
      // And so is a lock naming it by its id alone (written before the start was kept).
      writeFileSync(`${dir}.lock`, String(other.pid));
      expect(
        await Store.open({ dir }).then(
          () => null,
          (err: unknown) => err,
        ),
      ).toBeInstanceOf(StoreBusyError);
    } finally {
      other.kill('SIGKILL');
    }
  },
);

it('lets exactly one of several processes racing for a stale lock take it over', async () => {
  // Taking a stale lock over was read, remove, create: a process could remove the fresh lock
  // of another that had just taken it over, and both held the store (2 or 3 holders in 5 of
  // 12 rounds of 6 processes). Each round: a lock left by a process that is gone, 6 racers.
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  }).stdout;
  for (let round = 0; round < 5; round++) {
    const dir = join(mkdtempSync(join(tmpdir(), 'lock-race-')), 'store');
    writeFileSync(`${dir}.lock`, gone);
    const racers = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'fixtures', 'race-lock.ts'), dir], {
        cwd: ROOT,
      }),
    );
    const said = racers.map((c) => {
      let out = '';
      c.stdout.on('data', (b: Buffer) => (out += b.toString()));
      return {
        line: (n: number) =>
          new Promise<string>((resolve, reject) => {
            const check = (): void => {
              const lines = out.split('\n');
              if (lines.length > n) resolve(lines[n - 1]!);
              else c.stdout.once('data', check);
            };
            c.once('exit', () => reject(new Error(`a racer stopped: ${out}`)));
            check();
          }),
      };
    });
    try {
      await Promise.all(said.map((s) => s.line(1)));
      const at = String(Date.now() + 300);
      for (const c of racers) c.stdin.write(`${at}\n`);
      const results = await Promise.all(said.map((s) => s.line(2)));
      expect(
        results.filter((r) => r === 'held'),
        `round ${round}: ${results.join(', ')}`,
      ).toHaveLength(1);
      expect(results.filter((r) => r !== 'held' && r !== 'busy')).toEqual([]);
    } finally {
      for (const c of racers) c.stdin.end();
      await Promise.all(racers.map((c) => new Promise((resolve) => c.once('close', resolve))));
    }
  }
}, 120_000);

it('loses nothing acknowledged and leaves nothing half-written when the process is killed mid-ingest', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kill-')), 'store');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test', 'fixtures', 'ingest-child.ts'), dir, join(ROOT, 'examples')],
    {
      cwd: ROOT,
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      if (out.includes('halfway')) {
        child.kill('SIGKILL');
        resolve();
      }
      if (out.includes('committed')) reject(new Error('the ingest finished before it could be killed'));
    });
    child.on('error', reject);
  });
  await new Promise((r) => child.on('close', r));
  const store = await Store.open({ dir });
  expect(await store.articleCount()).toBe(0); // the transaction never committed
  expect(await store.stories()).toEqual([]);
  // The next run stores everything.
  const { documents } = loadDocuments([join(ROOT, 'examples')]);
  expect((await store.ingest(documents)).added).toBe(documents.length);
  await store.close();
});

it('stores articles whose text holds NUL characters (real pages do), offsets intact', async () => {
  const text =
    'A stray\u0000byte sits in this line of an otherwise ordinary article about the Lowmarsh bridge closing on Friday.';
  const doc = processText(text, { kind: 'file', location: 'nul.txt' });
  for (const open of [
    () => Store.open({ dir: null }),
    ...(postgresUrl ? [() => Store.open({ url: postgresUrl })] : []),
  ]) {
    const store = await open();
    await store.ingest([doc]);
    const story = (await store.stories()).find((s) => s.documents.some((d) => d.id === doc.id))!;
    const dossier = await store.dossier(story.id);
    expect(dossier!.documents.find((d) => d.id === doc.id)!.text).toBe(text);
    await store.close();
  }
});

describeShared('re-clustering a store of ECB+ dev', () => {
  it('brings the incrementally built stories up to the batch method', async () => {
    const { documents } = loadDocuments([corpus('ecbplus', 'dev')]);
    const store = await Store.open({ dir: null });
    try {
      for (let i = 0; i < documents.length; i += 20) await store.ingest(documents.slice(i, i + 20));
      const b3 = async () =>
        runScorer('score-clusters.mjs', {
          stories: (await store.stories()).map((s) => ({
            id: s.id,
            documents: s.documents.map((d) => ({ id: d.id, location: d.location })),
          })),
        }).f1 as number;
      const before = await b3();
      const r = await store.recluster();
      expect(r.articles).toBe(documents.length);
      const after = await b3();
      expect(after).toBeGreaterThan(before);
      // 0.944 since stop 47 dated nine more ECB+ articles (see src/corpus/cluster.test.ts).
      expect(after).toBeGreaterThanOrEqual(0.94);
      expect((await store.recluster()).rebuilt).toBe(0);
    } finally {
      await store.close();
    }
  }, 300_000);
});
