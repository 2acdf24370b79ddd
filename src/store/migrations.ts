import type { Sql } from './sql.js';

/**
 * Numbered, append-only schema changes; the same SQL for PGlite and PostgreSQL.
 * Documents and dossiers are JSON kept as text, not jsonb: jsonb refuses the
 * escaped NUL character that some real pages carry in their text.
 */
export const MIGRATIONS: ReadonlyArray<{ readonly id: number; readonly sql: string }> = [
  {
    id: 1,
    sql: `
      create table articles (
        id text primary key,
        canonical_url text unique,
        location text not null,
        title text,
        outlet text,
        byline text,
        published text,
        language text not null,
        body text not null,
        document text not null,
        ingested_at timestamptz not null default now()
      );
      create table stories (
        id text primary key,
        updated_at timestamptz not null default now()
      );
      create table story_articles (
        story_id text not null references stories(id) on delete cascade,
        article_id text not null references articles(id) on delete cascade,
        duplicate_of text,
        primary key (story_id, article_id)
      );
      create unique index story_articles_article on story_articles(article_id);
      create table dossiers (
        story_id text primary key references stories(id) on delete cascade,
        dossier text not null,
        updated_at timestamptz not null default now()
      );`,
  },
  {
    id: 2,
    sql: `
      create table story_index (
        id integer primary key check (id = 1),
        state text not null,
        updated_at timestamptz not null default now()
      );`,
  },
  {
    id: 3,
    // Stories a user put together by hand (`serve`): analysed as given, outside the story index.
    sql: `
      create table analyses (
        id text primary key,
        title text,
        articles integer not null,
        outlets integer not null,
        dossier text not null,
        created_at timestamptz not null default now()
      );`,
  },
  {
    id: 4,
    // The listings' orders: newest first, ties by id. Without these every GET /api/stories
    // sorted the whole table (about 1.7 s at a million rows).
    sql: `
      create index analyses_created on analyses (created_at desc, id);
      create index stories_updated on stories (updated_at desc, id);`,
  },
];

/**
 * Applies the migrations not yet applied, in one transaction under an advisory
 * lock, so that processes opening the same database at once migrate it once.
 */
export async function migrate(sql: Sql): Promise<number[]> {
  return sql.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(4711)');
    await tx.query(
      'create table if not exists schema_migrations (id integer primary key, applied_at timestamptz not null default now())',
    );
    const { rows } = await tx.query<{ id: number }>('select id from schema_migrations');
    const done = new Set(rows.map((r) => r.id));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (id) values ($1)', [m.id]);
      applied.push(m.id);
    }
    return applied;
  });
}
