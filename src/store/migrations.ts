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
  {
    id: 5,
    // The listings' totals, kept by the writes: counting the rows on each listing read 1,001
    // index entries of each table, checked in the table (about 2.5 ms of PGlite's CPU), and
    // could only be capped. One statement trigger per change adds the rows it inserted or
    // takes away those it deleted (however many in one statement); a truncate empties it.
    sql: `
      create table row_counts (name text primary key, n bigint not null);
      insert into row_counts (name, n)
        select 'analyses', count(*) from analyses union all select 'stories', count(*) from stories;
      create function row_counts_added() returns trigger language plpgsql as $$
      begin
        update row_counts set n = n + (select count(*) from added) where name = tg_table_name;
        return null;
      end $$;
      create function row_counts_removed() returns trigger language plpgsql as $$
      begin
        update row_counts set n = n - (select count(*) from removed) where name = tg_table_name;
        return null;
      end $$;
      create function row_counts_emptied() returns trigger language plpgsql as $$
      begin
        update row_counts set n = 0 where name = tg_table_name;
        return null;
      end $$;
      create trigger analyses_added after insert on analyses referencing new table as added
        for each statement execute function row_counts_added();
      create trigger analyses_removed after delete on analyses referencing old table as removed
        for each statement execute function row_counts_removed();
      create trigger analyses_emptied after truncate on analyses
        for each statement execute function row_counts_emptied();
      create trigger stories_added after insert on stories referencing new table as added
        for each statement execute function row_counts_added();
      create trigger stories_removed after delete on stories referencing old table as removed
        for each statement execute function row_counts_removed();
      create trigger stories_emptied after truncate on stories
        for each statement execute function row_counts_emptied();`,
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
