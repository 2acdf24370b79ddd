import { buildDossier } from '../dossier/build.js';
import type { Dossier } from '../dossier/types.js';
import { contentId } from '../model/id.js';
import { clusterStories, type Story } from '../corpus/cluster.js';
import { articleOf, StoryIndex, type IndexState, type OnlineOptions } from '../corpus/online.js';
import type { Document } from '../model/document.js';
import { bodyText } from '../report/text.js';
import { migrate } from './migrations.js';
import { analysisRecord, type AnalysisRecord } from './record.js';
import { openPglite, openPostgres, type Sql } from './sql.js';

export interface StoreOptions {
  /** A PostgreSQL connection string; when absent, the embedded store in `dir`. */
  readonly url?: string | null;
  /** Folder of the embedded store; null keeps it in memory. */
  readonly dir?: string | null;
  /** Options of the incremental story index (threshold, window...). */
  readonly stories?: Partial<OnlineOptions>;
}

/** A stored story at a glance (`corroborate stories`). */
export interface StorySummary {
  readonly id: string;
  readonly articles: number;
  readonly outlets: number;
  /** Last update, ISO 8601 in UTC. */
  readonly updated: string;
  /** The first article's title. */
  readonly title: string | null;
}

/** Which stories a listing shows: all, those put together by users, or the corpus's. */
export type ListingKind = 'all' | 'created' | 'corpus';

/** A page of a listing: at most `limit` rows (all when absent) after skipping `offset`. */
export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

export interface ReclusterResult {
  /** Articles of the live stories, re-clustered. */
  readonly articles: number;
  /** Live stories before and after. */
  readonly before: number;
  readonly after: number;
  /** Stories whose articles changed, and so their dossiers. */
  readonly rebuilt: number;
}

export interface IngestResult {
  /** Articles stored by this call. */
  readonly added: number;
  /** Articles the store already held (same text, or same canonical URL). */
  readonly skipped: number;
  readonly stories: number;
}

/**
 * Articles, stories and dossiers kept in PostgreSQL: embedded (PGlite, a folder
 * on disk) by default, a server when given a URL; the same SQL and migrations.
 */
export class Store {
  private constructor(
    readonly sql: Sql,
    private readonly online: Partial<OnlineOptions>,
  ) {}

  static async open(options: StoreOptions = {}): Promise<Store> {
    const sql = options.url ? await openPostgres(options.url) : await openPglite(options.dir ?? null);
    await migrate(sql);
    return new Store(sql, options.stories ?? {});
  }

  /**
   * Stores new articles and brings stories and their dossiers up to date, all
   * in one transaction: after a crash the store holds all of a call's work or
   * none of it. The same article twice (by text or canonical URL) is stored once.
   */
  async ingest(
    documents: readonly Document[],
    options: { readonly onArticle?: (done: number, total: number) => void } = {},
  ): Promise<IngestResult> {
    return this.sql.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(4712)');
      let added = 0;
      for (const [i, d] of documents.entries()) {
        options.onArticle?.(i, documents.length);
        added += await insertArticle(tx, d);
      }
      if (added > 0) await this.assignPending(tx);
      return { added, skipped: documents.length - added, stories: await storyCount(tx) };
    });
  }

  /**
   * Stores articles only (one transaction), leaving stories as they are: for
   * workers that share the load and bring stories up to date once, with {@link restory}.
   */
  async add(documents: readonly Document[]): Promise<number> {
    return this.sql.transaction(async (tx) => {
      let added = 0;
      for (const d of documents) added += await insertArticle(tx, d);
      return added;
    });
  }

  /**
   * Brings stories up to date, in one transaction: every article not yet in a story joins
   * one (or starts one) through the incremental story index, in ingestion order, and the
   * dossiers of the stories that changed are rebuilt. Returns the number of stories.
   */
  async restory(): Promise<number> {
    return this.sql.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(4712)');
      await this.assignPending(tx);
      return storyCount(tx);
    });
  }

  /** Articles without a story join one; touched dossiers are rebuilt; the index state is saved. */
  private async assignPending(tx: Sql): Promise<void> {
    const state = await loadIndex(tx);
    const index = state ? StoryIndex.fromJSON(state.index, this.online) : new StoryIndex(this.online);
    const names = new Map<number, string>(Object.entries(state?.names ?? {}).map(([k, v]) => [Number(k), v]));
    const { rows } = await tx.query<{ document: string }>(
      `select a.document from articles a
       where not exists (select 1 from story_articles sa where sa.article_id = a.id)
       order by a.ingested_at, a.id`,
    );
    const touched = new Set<string>();
    for (const r of rows) {
      const d = JSON.parse(r.document) as Document;
      const a = index.add(articleOf(d));
      let name = names.get(a.story);
      if (!name) {
        name = contentId('s', d.id);
        names.set(a.story, name);
        await tx.query('insert into stories (id) values ($1) on conflict do nothing', [name]);
      }
      await tx.query('insert into story_articles (story_id, article_id, duplicate_of) values ($1, $2, $3)', [
        name,
        d.id,
        a.duplicateOf,
      ]);
      touched.add(name);
    }
    await rebuildDossiers(tx, touched);
    if (rows.length) await saveIndex(tx, index, names);
  }

  /**
   * Re-clusters the articles of the live stories (those still taking articles) with the
   * batch method of `corroborate cluster`, which scores higher than the article-by-article
   * index (B³ 0.951 against 0.854 on ECB+ dev) but needs the articles at hand. A new
   * story keeps the id of the old story it shares most articles with, so stories that do
   * not change keep their ids and dossiers; the index goes on from the new stories. One
   * transaction. Pending articles are assigned first.
   */
  async recluster(options: { readonly threshold?: number } = {}): Promise<ReclusterResult> {
    return this.sql.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(4712)');
      await this.assignPending(tx);
      const state = await loadIndex(tx);
      if (!state) return { articles: 0, before: 0, after: 0, rebuilt: 0 };
      const index = StoryIndex.fromJSON(state.index, this.online);
      const names = new Map<number, string>(Object.entries(state.names).map(([k, v]) => [Number(k), v]));
      const numberOf = new Map([...names].map(([n, name]) => [name, n]));
      const { rows } = await tx.query<{ story_id: string; duplicate_of: string | null; document: string }>(
        `select sa.story_id, sa.duplicate_of, a.document from story_articles sa join articles a on a.id = sa.article_id
         where sa.story_id in (select value from json_array_elements_text($1::json))
         order by a.ingested_at, a.id`,
        [JSON.stringify([...names.values()])],
      );
      const docs = rows.map((r) => JSON.parse(r.document) as Document);
      const before = new Map(
        rows.map((r, i) => [docs[i]!.id, { story: r.story_id, duplicateOf: r.duplicate_of }]),
      );
      const stories = clusterStories(docs, { threshold: options.threshold });
      // Each old id goes to the new story holding most of its articles (largest overlaps first).
      const overlaps: Array<{ story: number; name: string; n: number }> = [];
      stories.forEach((st, i) => {
        const count = new Map<string, number>();
        for (const d of st.documents)
          count.set(before.get(d.id)!.story, (count.get(before.get(d.id)!.story) ?? 0) + 1);
        for (const [name, n] of count) overlaps.push({ story: i, name, n });
      });
      overlaps.sort((a, b) => b.n - a.n || a.story - b.story || a.name.localeCompare(b.name));
      const nameOf = new Map<number, string>();
      const used = new Set<string>();
      for (const o of overlaps)
        if (!nameOf.has(o.story) && !used.has(o.name)) {
          nameOf.set(o.story, o.name);
          used.add(o.name);
        }
      const taken = async (name: string): Promise<boolean> =>
        used.has(name) || (await tx.query('select 1 from stories where id = $1', [name])).rows.length > 0;
      for (const [i, st] of stories.entries()) {
        if (nameOf.has(i)) continue;
        let name = contentId('s', st.documents[0]!.id);
        if (await taken(name)) name = contentId('s', st.documents.map((d) => d.id).join(' '));
        nameOf.set(i, name);
        used.add(name);
        await tx.query('insert into stories (id) values ($1) on conflict do nothing', [name]);
      }
      const byId = new Map(docs.map((d) => [d.id, d]));
      const numbers = index.regroup(
        stories.map((st, i) => ({
          story: numberOf.get(nameOf.get(i)!),
          articles: st.documents.map((d) => articleOf(byId.get(d.id)!)),
        })),
      );
      const touched = new Set<string>();
      for (const [i, st] of stories.entries()) {
        const name = nameOf.get(i)!;
        for (const d of st.documents) {
          const was = before.get(d.id)!;
          if (was.story === name && was.duplicateOf === d.duplicateOf) continue;
          await tx.query('update story_articles set story_id = $1, duplicate_of = $2 where article_id = $3', [
            name,
            d.duplicateOf,
            d.id,
          ]);
          touched.add(name);
          touched.add(was.story);
        }
      }
      const emptied = [...names.values()].filter((name) => !used.has(name));
      for (const name of emptied) await tx.query('delete from stories where id = $1', [name]);
      const changed = new Set([...touched].filter((name) => used.has(name)));
      await rebuildDossiers(tx, changed);
      await saveIndex(tx, index, new Map(numbers.map((n, i) => [n, nameOf.get(i)!])));
      return { articles: docs.length, before: names.size, after: stories.length, rebuilt: changed.size };
    });
  }

  async stories(): Promise<Story[]> {
    const { rows } = await this.sql.query<{
      story_id: string;
      article_id: string;
      location: string;
      duplicate_of: string | null;
    }>(
      `select sa.story_id, sa.article_id, a.location, sa.duplicate_of
       from story_articles sa join articles a on a.id = sa.article_id
       order by sa.story_id, a.ingested_at, a.id`,
    );
    const out = new Map<string, Array<{ id: string; location: string; duplicateOf: string | null }>>();
    for (const r of rows) {
      if (!out.has(r.story_id)) out.set(r.story_id, []);
      out.get(r.story_id)!.push({ id: r.article_id, location: r.location, duplicateOf: r.duplicate_of });
    }
    return [...out].map(([id, documents]) => ({ id, documents }));
  }

  /** Stories with their size, last update and a headline (the first article's title), most recently updated first. */
  async summaries(page: Page = {}): Promise<StorySummary[]> {
    const { rows } = await this.sql.query<StorySummary>(
      `with page as (select id, updated_at from stories order by updated_at desc, id limit $1 offset $2)
       select p.id, count(*)::int as articles, count(distinct coalesce(a.outlet, a.location))::int as outlets,
              to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as updated,
              (array_agg(a.title order by a.ingested_at, a.id))[1] as title
       from page p join story_articles sa on sa.story_id = p.id join articles a on a.id = sa.article_id
       group by p.id, p.updated_at order by p.updated_at desc, p.id`,
      [page.limit ?? null, page.offset ?? 0],
    );
    return rows;
  }

  /**
   * How many stories the index made (`corpus`) and users put together (`created`), as the
   * writes keep them (table `row_counts`, migration 5): no row is counted on a listing.
   * `exact` is always true (totals were once capped; the field stays for clients).
   */
  async storyCounts(): Promise<{ corpus: number; created: number; exact: boolean }> {
    const { rows } = await this.sql.query<{ corpus: number; created: number }>(
      `select (select n from row_counts where name = 'stories')::int as corpus,
              (select n from row_counts where name = 'analyses')::int as created`,
    );
    const { corpus, created } = rows[0]!;
    return { corpus, created, exact: true };
  }

  /**
   * A page of the listing `serve` answers, written out as JSON by the store in one statement:
   * `{stories: [...], total, limit, offset, next}`, the stories a user put together newest
   * first (`kind: 'created'`, as {@link analyses}) and then a page of the corpus stories
   * (`kind: 'corpus'`, as {@link summaries}), with the totals of {@link storyCounts}. One
   * statement rather than three: one trip to the store, and no rows to copy or JSON to write
   * here. `next` is the cursor of the page after this one ({@link decodeCursor}; null when
   * neither part has more): given as `after`, the page starts past the last story of each part
   * of this one, read from the indexes there, at the cost of one page however deep it is (an
   * `offset` costs as many index entries as it skips).
   */
  async listingJson(
    kind: ListingKind,
    page: Required<Page> & { readonly after?: ListingCursor | null },
  ): Promise<string> {
    const updated = (column: string): string =>
      `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
    const after = page.after ?? null;
    // Only the parts asked for, and the cursor's conditions only with a cursor: the statement
    // is planned at each request (PGlite keeps no plans), and planning is part of its cost.
    const created = kind !== 'corpus' && (!after || after.created !== null);
    const corpus = kind !== 'created' && (!after || after.corpus !== null);
    const params: unknown[] = [page.limit, page.offset];
    /** Past the cursor's key in the order `column desc, id`: the index's range starts at its time. */
    const past = (column: string, key: readonly [string, string] | null | undefined): string => {
      if (!key) return '';
      params.push(key[0], key[1]);
      const at = `($${params.length - 1}::timestamp at time zone 'UTC')`;
      return `where ${column} <= ${at} and (${column} < ${at} or id > $${params.length})`;
    };
    /** The key of a part's row numbered `$1` (its last, when the page is full), else null. */
    const last = (from: string, column: string): string =>
      `(select json_build_array(to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), id)
        from ${from} where n = $1)`;
    const none = (columns: string): string => `select ${columns} where false`;
    const { rows } = await this.sql.query<{ listing: string }>(
      `with created as (${
        created
          ? `select id, articles, outlets, title, created_at,
                   row_number() over (order by created_at desc, id) as n from (
               select id, articles, outlets, title, created_at from analyses ${past('created_at', after?.created)}
               order by created_at desc, id limit $1 offset $2) c`
          : none(
              `''::text as id, 0 as articles, 0 as outlets, ''::text as title, now() as created_at, 0::bigint as n`,
            )
      }),
       page as (${
         corpus
           ? `select id, updated_at, row_number() over (order by updated_at desc, id) as n from (
                select id, updated_at from stories ${past('updated_at', after?.corpus)}
                order by updated_at desc, id limit $1 offset $2) p`
           : none(`''::text as id, now() as updated_at, 0::bigint as n`)
       }),
       corpus as (
         select p.id, count(*)::int as articles, count(distinct coalesce(a.outlet, a.location))::int as outlets,
                (array_agg(a.title order by a.ingested_at, a.id))[1] as title, p.updated_at
         from page p join story_articles sa on sa.story_id = p.id join articles a on a.id = sa.article_id
         group by p.id, p.updated_at),
       listed as (
         select 0 as part, created_at as at, id, json_build_object('id', id, 'articles', articles,
                  'outlets', outlets, 'title', title, 'updated', ${updated('created_at')}, 'kind', 'created') as story
         from created
         union all
         select 1, updated_at, id, json_build_object('id', id, 'articles', articles, 'outlets', outlets,
                  'updated', ${updated('updated_at')}, 'title', title, 'kind', 'corpus')
         from corpus),
       next as (select ${last('created', 'created_at')} as created, ${last('page', 'updated_at')} as corpus)
       select json_build_object(
         'stories', coalesce((select json_agg(story order by part, at desc, id) from listed), '[]'::json),
         'total', json_build_object('corpus', (select n from row_counts where name = 'stories'),
                                    'created', (select n from row_counts where name = 'analyses'), 'exact', true),
         'limit', $1::int, 'offset', $2::int,
         'next', case when next.created is null and next.corpus is null then null else
           -- base64url without padding (see decodeCursor); PostgreSQL's base64 breaks lines
           translate(encode(convert_to(json_build_object('created', next.created, 'corpus', next.corpus)::text,
             'UTF8'), 'base64'), E'+/=\n', '-_') end)::text as listing
       from next`,
      params,
    );
    return rows[0]!.listing;
  }

  /**
   * Keeps the dossier of a story a user put together (the articles analysed as one story,
   * outside the story index), or its record written out already ({@link analysisRecord}).
   * Its id follows from its documents, so the same articles again replace the earlier
   * analysis instead of adding another.
   */
  async saveAnalysis(dossier: Dossier | AnalysisRecord): Promise<StorySummary> {
    const r = 'json' in dossier ? dossier : analysisRecord(dossier);
    const { rows } = await this.sql.query<StorySummary>(
      `insert into analyses (id, title, articles, outlets, dossier) values ($1, $2, $3, $4, $5)
       on conflict (id) do update set title = excluded.title, articles = excluded.articles,
         outlets = excluded.outlets, dossier = excluded.dossier, created_at = now()
       returning id, articles, outlets, title,
         to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as updated`,
      [r.id, noNul(r.title), r.articles, r.outlets, r.json],
      { touches: [PARTS.listing, PARTS.story(r.id)] },
    );
    return rows[0]!;
  }

  /** Stories users put together ({@link saveAnalysis}), newest first. */
  async analyses(page: Page = {}): Promise<StorySummary[]> {
    const { rows } = await this.sql.query<StorySummary>(
      `select id, articles, outlets, title,
              to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as updated
       from analyses order by created_at desc, id limit $1 offset $2`,
      [page.limit ?? null, page.offset ?? 0],
    );
    return rows;
  }

  /** Forgets a story a user put together; false when there is none with this id. */
  async deleteAnalysis(id: string): Promise<boolean> {
    const { rows } = await this.sql.query('delete from analyses where id = $1 returning id', [id], {
      touches: [PARTS.listing, PARTS.story(id)],
    });
    return rows.length > 0;
  }

  /** The dossier of a story of the index or of one a user put together. */
  async dossier(storyId: string): Promise<Dossier | null> {
    const { rows } = await this.sql.query<{ dossier: Dossier | string }>(
      'select dossier from dossiers where story_id = $1 union all select dossier from analyses where id = $1',
      [storyId],
    );
    const d = rows[0]?.dossier;
    return d === undefined ? null : typeof d === 'string' ? (JSON.parse(d) as Dossier) : d;
  }

  /**
   * The dossier of a story as the store keeps it, JSON text (see {@link dossier}): `serve`
   * answers it as it is, without reading it into objects and writing it out again.
   */
  async dossierJson(storyId: string): Promise<string | null> {
    const { rows } = await this.sql.query<{ dossier: unknown }>(
      'select dossier from dossiers where story_id = $1 union all select dossier from analyses where id = $1',
      [storyId],
    );
    const d = rows[0]?.dossier;
    return d === undefined ? null : typeof d === 'string' ? d : JSON.stringify(d);
  }

  async articleCount(): Promise<number> {
    return (await this.sql.query<{ n: number }>('select count(*)::int as n from articles')).rows[0]!.n;
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

/**
 * Where a page of the listing starts (see {@link Store.listingJson}): for each part, the key
 * (UTC time with microseconds, id) of the last story of the page before, or null when that
 * part has no more stories.
 */
export interface ListingCursor {
  readonly created: readonly [string, string] | null;
  readonly corpus: readonly [string, string] | null;
}

const CURSOR_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/;

/**
 * Reads a listing's `next` (base64url of its JSON, as the store writes it); null when it is
 * no cursor. Every field is checked: a cursor comes from whoever sends the request.
 */
export function decodeCursor(text: string): ListingCursor | null {
  if (text.length > 1000 || !/^[A-Za-z0-9_-]*$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const key = (k: unknown): readonly [string, string] | null | undefined =>
    k === null
      ? null
      : Array.isArray(k) &&
          k.length === 2 &&
          typeof k[0] === 'string' &&
          CURSOR_TIME.test(k[0]) &&
          typeof k[1] === 'string' &&
          k[1].length <= 200
        ? [k[0], k[1]]
        : undefined;
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const created = key(v.created);
  const corpus = key(v.corpus);
  return created === undefined || corpus === undefined ? null : { created, corpus };
}

/**
 * Parts of the store a write may change, as answers kept between writes name them (see
 * `QueryOptions.touches` in sql.ts): a story put together or forgotten changes the listing
 * and that story, and no other story's dossier. Writes that name nothing (ingesting, the
 * story index) change every part.
 */
export const PARTS = {
  /** The listings of stories, with their totals. */
  listing: 'listing',
  /** One story's dossier (and its reports). */
  story: (id: string): string => `story ${id}`,
} as const;

/** Inserts one article unless the store has it (same id, or same canonical URL); 1 when inserted. */
async function insertArticle(tx: Sql, d: Document): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into articles (id, canonical_url, location, title, outlet, byline, published, language, body, document)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict do nothing returning id`,
    [
      d.id,
      d.canonical,
      d.source.location,
      d.title,
      d.outlet,
      d.byline,
      d.published,
      d.language,
      bodyText(d),
      JSON.stringify(d),
    ].map(noNul),
  );
  return rows.length;
}

/**
 * PostgreSQL text cannot hold NUL; the convenience columns get U+FFFD instead.
 * (The JSON document keeps the exact text: JSON escapes NUL as six ASCII characters.)
 */
function noNul(v: string | null): string | null {
  return v === null ? null : v.replace(/\u0000/g, '\uFFFD');
}

/** The story index and the story ids of its live stories, as the store keeps them. */
interface SavedIndex {
  readonly index: IndexState;
  readonly names: Record<string, string>;
}

async function loadIndex(tx: Sql): Promise<SavedIndex | null> {
  const saved = (await tx.query<{ state: string }>('select state from story_index where id = 1')).rows[0]
    ?.state;
  return saved ? (JSON.parse(saved) as SavedIndex) : null;
}

/** Saves the index with the ids of its live stories (retired ones are forgotten). */
async function saveIndex(tx: Sql, index: StoryIndex, names: ReadonlyMap<number, string>): Promise<void> {
  const json = index.toJSON();
  const live = new Set(json.live.map((s) => s.id));
  const kept = Object.fromEntries([...names].filter(([k]) => live.has(k)));
  await tx.query(
    `insert into story_index (id, state) values (1, $1)
     on conflict (id) do update set state = excluded.state, updated_at = now()`,
    [JSON.stringify({ index: json, names: kept } satisfies SavedIndex)],
  );
}

/** Rebuilds the dossiers of `names` from their articles, in ingestion order. */
async function rebuildDossiers(tx: Sql, names: ReadonlySet<string>): Promise<void> {
  for (const name of names) {
    const docs = (
      await tx.query<{ document: string }>(
        `select a.document from story_articles sa join articles a on a.id = sa.article_id
         where sa.story_id = $1 order by a.ingested_at, a.id`,
        [name],
      )
    ).rows.map((x) => JSON.parse(x.document) as Document);
    await tx.query(
      `insert into dossiers (story_id, dossier) values ($1, $2)
       on conflict (story_id) do update set dossier = excluded.dossier, updated_at = now()`,
      [name, JSON.stringify(buildDossier(docs))],
    );
    await tx.query('update stories set updated_at = now() where id = $1', [name]);
  }
}

async function storyCount(tx: Sql): Promise<number> {
  return (await tx.query<{ n: number }>("select n::int as n from row_counts where name = 'stories'")).rows[0]!
    .n;
}
