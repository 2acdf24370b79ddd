import { buildDossier } from '../dossier/build.js';
import type { Dossier } from '../dossier/types.js';
import { clusterStories, type ClusterOptions, type Story } from '../corpus/cluster.js';
import type { Document } from '../model/document.js';
import { bodyText } from '../report/text.js';
import { migrate } from './migrations.js';
import { openPglite, openPostgres, type Sql } from './sql.js';

export interface StoreOptions {
  /** A PostgreSQL connection string; when absent, the embedded store in `dir`. */
  readonly url?: string | null;
  /** Folder of the embedded store; null keeps it in memory. */
  readonly dir?: string | null;
  readonly cluster?: ClusterOptions;
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
    private readonly clusterOptions: ClusterOptions,
  ) {}

  static async open(options: StoreOptions = {}): Promise<Store> {
    const sql = options.url ? await openPostgres(options.url) : await openPglite(options.dir ?? null);
    await migrate(sql);
    return new Store(sql, options.cluster ?? {});
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
      const stories =
        added > 0
          ? await this.restoryIn(tx)
          : (await tx.query<{ n: number }>('select count(*)::int as n from stories')).rows[0]!.n;
      return { added, skipped: documents.length - added, stories };
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

  /** Re-clusters every stored article and rewrites stories and dossiers, in one transaction. */
  async restory(): Promise<number> {
    return this.sql.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(4712)');
      return this.restoryIn(tx);
    });
  }

  /** Re-clusters every stored article and rewrites story membership and dossiers. */
  private async restoryIn(tx: Sql): Promise<number> {
    const { rows } = await tx.query<{ document: Document | string }>(
      'select document from articles order by ingested_at, id',
    );
    const docs = rows.map((r) =>
      typeof r.document === 'string' ? (JSON.parse(r.document) as Document) : r.document,
    );
    const stories = clusterStories(docs, this.clusterOptions);
    await tx.query('delete from stories');
    const byId = new Map(docs.map((d) => [d.id, d]));
    for (const s of stories) {
      await tx.query('insert into stories (id) values ($1)', [s.id]);
      for (const m of s.documents) {
        await tx.query(
          'insert into story_articles (story_id, article_id, duplicate_of) values ($1, $2, $3)',
          [s.id, m.id, m.duplicateOf],
        );
      }
      const dossier = buildDossier(s.documents.map((m) => byId.get(m.id)!));
      await tx.query('insert into dossiers (story_id, dossier) values ($1, $2)', [
        s.id,
        JSON.stringify(dossier),
      ]);
    }
    return stories.length;
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

  async dossier(storyId: string): Promise<Dossier | null> {
    const { rows } = await this.sql.query<{ dossier: Dossier | string }>(
      'select dossier from dossiers where story_id = $1',
      [storyId],
    );
    const d = rows[0]?.dossier;
    return d === undefined ? null : typeof d === 'string' ? (JSON.parse(d) as Dossier) : d;
  }

  async articleCount(): Promise<number> {
    return (await this.sql.query<{ n: number }>('select count(*)::int as n from articles')).rows[0]!.n;
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

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
