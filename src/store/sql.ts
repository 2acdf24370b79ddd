import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The little SQL surface the store needs, the same over PGlite and a PostgreSQL server. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  /** Runs several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` (embedded, a folder on disk or memory) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres';
}

/** Embedded Postgres (WASM): `dir` is a folder on disk, or null for memory. */
export async function openPglite(dir: string | null): Promise<Sql> {
  const db = dir ? new PGlite(dir) : new PGlite();
  await db.waitReady;
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Omit<Sql, 'transaction' | 'close' | 'kind'> => ({
    query: async <T>(text: string, params: readonly unknown[] = []) => ({
      rows: (await q.query<T>(text, [...params])).rows,
    }),
    exec: async (text: string) => {
      await q.exec(text);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({ kind: 'pglite', ...wrap(tx), transaction: (f) => f(self(tx)), close: async () => undefined }),
      ),
    close: () => db.close(),
  };
  function self(tx: Pick<PGlite, 'query' | 'exec'>): Sql {
    return { kind: 'pglite', ...wrap(tx), transaction: (f) => f(self(tx)), close: async () => undefined };
  }
}

/** A PostgreSQL server, by connection string (`postgres://user@host:port/db`). */
export async function openPostgres(url: string): Promise<Sql> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  await pool.query('select 1');
  const on = (c: pg.Pool | pg.PoolClient): Sql => ({
    kind: 'postgres',
    query: async <T>(text: string, params: readonly unknown[] = []) => ({
      rows: (await c.query(text, [...params])).rows as T[],
    }),
    exec: async (text: string) => {
      await c.query(text);
    },
    transaction: async (fn) => {
      if (c !== pool) return fn(on(c));
      const client = await pool.connect();
      try {
        await client.query('begin');
        const out = await fn(on(client));
        await client.query('commit');
        return out;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: async () => {
      if (c === pool) await pool.end();
    },
  });
  return on(pool);
}
