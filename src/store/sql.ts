import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { PgliteThread } from './pglite-thread.js';

/** What a statement is sent with, besides its text and parameters. */
export interface QueryOptions {
  /**
   * What a write changes, named by the caller (for instance one story and the listing): answers
   * kept from other parts of the store stay valid across it (see {@link Sql.writes}). A write
   * without it changes everything, as far as kept answers are concerned.
   */
  readonly touches?: readonly string[];
}

/** The little SQL surface the store needs, the same over PGlite and a PostgreSQL server. */
export interface Sql {
  query<T = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<{ rows: T[] }>;
  /** Runs several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` (embedded, a folder on disk or memory) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Only for a store no other process can write (the embedded one, locked to this process;
   * absent for a server): the statements that may write, numbered as they are sent. `sent()`
   * is the last number given; `settled(part)` the number of the last one answered that
   * changed `part` (see {@link QueryOptions.touches}; a write naming nothing changes every
   * part; without `part`, any write); `touched(part)` the number of the last one sent that
   * changed `part`. The store answers in the order statements are sent, so a read sent when
   * `sent()` was n sees every write numbered up to n; what it read of a part still holds as
   * long as `settled(part) <= n` (no write to that part sent after it has finished; one still
   * running may be ordered after the read).
   */
  readonly writes?: Writes;
}

/** See {@link Sql.writes}. */
export interface Writes {
  readonly sent: () => number;
  readonly settled: (part?: string) => number;
  readonly touched: (part?: string) => number;
}

/**
 * Parts named per write beyond which the oldest are forgotten: their numbers move to the
 * writes that name nothing, which only makes kept answers of every part be read again once.
 */
const MAX_PARTS = 4096;

/** The numbering of {@link Sql.writes}: `begin(touches)` as a write is sent, `end` once answered. */
export function writeLog(): Writes & {
  begin(touches?: readonly string[]): number;
  end(n: number, touches?: readonly string[]): void;
} {
  let sent = 0;
  let settled = 0;
  /** The last write naming nothing, sent and answered. */
  let sentAll = 0;
  let settledAll = 0;
  const sentBy = new Map<string, number>();
  const settledBy = new Map<string, number>();
  /** Keeps a map of parts bounded (see MAX_PARTS); returns its largest number if it was cleared. */
  const bound = (m: Map<string, number>): number => {
    if (m.size <= MAX_PARTS) return 0;
    const most = Math.max(...m.values());
    m.clear();
    return most;
  };
  return {
    sent: () => sent,
    settled: (part) => (part === undefined ? settled : Math.max(settledAll, settledBy.get(part) ?? 0)),
    touched: (part) => (part === undefined ? sent : Math.max(sentAll, sentBy.get(part) ?? 0)),
    begin(touches) {
      const n = ++sent;
      if (touches) for (const t of touches) sentBy.set(t, n);
      else sentAll = n;
      sentAll = Math.max(sentAll, bound(sentBy));
      return n;
    },
    end(n, touches) {
      settled = Math.max(settled, n);
      if (touches) for (const t of touches) settledBy.set(t, Math.max(settledBy.get(t) ?? 0, n));
      else settledAll = Math.max(settledAll, n);
      settledAll = Math.max(settledAll, bound(settledBy));
    },
  };
}

/** The embedded store is open in another process: one process at a time may open it. */
export class StoreBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `the store at ${dir} is in use by process ${pid}; stop it first, or share a PostgreSQL server (DATABASE_URL) between processes`,
    );
  }
}

/** The PostgreSQL server of a connection string cannot be reached or refuses us: a setup problem, not a bug. */
export class StoreUnavailableError extends Error {}

/**
 * The embedded store's folder cannot be used: it is damaged, was emptied, or is no store.
 * A problem the user can act on (the message says how), not a bug.
 */
export class StoreDamagedError extends Error {}

/**
 * The file that marks a folder as an embedded store, written when corroborate makes one.
 * Without it an emptied store folder (or an empty mount point where a volume was meant to
 * be) would silently become a new, empty store.
 */
export const STORE_MARKER = 'corroborate-store.json';

/** An error's words: its message, or a thrown object's `message`, never `[object Object]`. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'object' && err !== null) {
    const m = (err as { message?: unknown }).message;
    if (typeof m === 'string' && m) return m;
    try {
      return JSON.stringify(err);
    } catch {
      return 'an unknown error';
    }
  }
  return String(err);
}

/**
 * Checks an embedded store's folder before it is opened: `new` when there is none yet (it is
 * made), `marked` for a store corroborate made, `unmarked` for one made before the marker.
 * An empty folder, a folder of other files, or a marked folder without its database files
 * is refused with a {@link StoreDamagedError} that says what to do.
 */
function storeFolder(dir: string): 'new' | 'marked' | 'unmarked' {
  if (!existsSync(dir)) return 'new';
  if (!statSync(dir).isDirectory())
    throw new StoreDamagedError(`the store path ${dir} is a file, not a folder: give --store a folder`);
  const names = readdirSync(dir);
  const marked = names.includes(STORE_MARKER);
  const data = names.includes('PG_VERSION');
  if (marked && data) return 'marked';
  if (data) return 'unmarked';
  if (marked)
    throw new StoreDamagedError(
      `the store at ${dir} is damaged: its database files are gone (was the folder emptied?); restore the folder from a backup, or remove it to start a new store`,
    );
  if (names.length === 0)
    throw new StoreDamagedError(
      `${dir} is an empty folder, not a store: a store folder that was emptied is not silently replaced by a new store; remove the folder (corroborate makes a new store where none is) or give --store another path`,
    );
  throw new StoreDamagedError(
    `${dir} is not a corroborate store (it holds other files); give --store a new path, where corroborate makes the store`,
  );
}

/** Why a connection failed, in words, from the error's code (also inside an AggregateError). */
function connectionProblem(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: Array<{ code?: string }> };
  const code = e.code ?? e.errors?.[0]?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused (is the server running, on that port?)',
    ENOTFOUND: 'the host name is not known',
    EAI_AGAIN: 'the host name could not be looked up',
    ETIMEDOUT: 'no answer in time',
    EHOSTUNREACH: 'the host cannot be reached',
    ECONNRESET: 'the server closed the connection',
    '28P01': 'the password was refused',
    '28000': 'the server refused this user',
    '3D000': 'the database does not exist',
  };
  return (code && known[code]) ?? e.message ?? String(err);
}

/** The error for a PostgreSQL server that cannot be used, naming it without its password. */
export function storeUnavailable(url: string, err: unknown): StoreUnavailableError {
  let where = 'the server in DATABASE_URL';
  try {
    const u = new URL(url);
    where = `the PostgreSQL server at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    // Not a URL (a key=value string): named generically.
  }
  return new StoreUnavailableError(`cannot use ${where}: ${connectionProblem(err)}`, { cause: err });
}

/**
 * When process `pid` started (clock ticks since boot, field 22 of `/proc/PID/stat`), or null
 * where there is no /proc (not Linux) or no such process. With the process id it names one
 * process: an id the system gave again to a later process comes with a later start.
 */
function startOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** What our lock file holds: our process id, and when this process started where that is known. */
function lockText(): string {
  const start = startOf(process.pid);
  return start ? `${process.pid} ${start}` : String(process.pid);
}

/**
 * True when the lock's holder (`pid`, and its start where the lock names one) is running: a
 * live process with that id but another start is a later process given the same id.
 */
function holderAlive(pid: number, start: string | undefined): boolean {
  if (!alive(pid)) return false;
  if (!start) return true;
  const now = startOf(pid);
  return now === null || now === start;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Tries at taking a lock over before giving way, and the age at which a takeover folder is left behind. */
const TAKEOVER_ATTEMPTS = 400;
const TAKEOVER_STALE_MS = 10_000;

/** Waits `ms` milliseconds without giving up the thread (between tries at a lock). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The lock files this process holds (resolved paths). */
const held = new Set<string>();

/**
 * Takes the lock file beside an embedded store (`DIR.lock`, holding our process id):
 * PGlite does not lock its folder, and two processes writing one folder would corrupt it.
 * A lock left by a process that is gone is taken over, and so is one naming our own process
 * id that this process did not take: a process before us had the same id (a container's
 * process 1 after a restart). On Linux the lock also holds when its process started, so a
 * lock whose id now belongs to another, later process (the id given again) is taken over too.
 * Returns the release.
 */
export function lockStore(dir: string): () => void {
  const path = `${resolve(dir)}.lock`;
  if (held.has(path)) throw new StoreBusyError(dir, process.pid);
  mkdirSync(dirname(path), { recursive: true });
  const mine = lockText();
  const gone = (err: unknown): boolean => (err as NodeJS.ErrnoException).code === 'ENOENT';
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      // Taken away by another process taking a stale lock over: try again.
      if (gone(err) && attempt < TAKEOVER_ATTEMPTS) continue;
      throw err;
    }
    // An empty lock is one being written (created, its process id not yet in it): not stale
    // unless it stays empty. Taking it over removed a fresh lock (two holders in a race).
    if (!text.trim() && attempt < TAKEOVER_ATTEMPTS) {
      let age = 0;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        // Gone meanwhile: try again.
      }
      if (age < TAKEOVER_STALE_MS) {
        pause(2 + Math.random() * 5);
        continue;
      }
    }
    const [id, start] = text.trim().split(/\s+/);
    const pid = Number(id);
    const live = Number.isInteger(pid) && pid > 0 && pid !== process.pid && holderAlive(pid, start);
    if (live || attempt >= TAKEOVER_ATTEMPTS) throw new StoreBusyError(dir, pid);
    // A stale lock is removed only under a second lock, a folder made in one step (`mkdir`),
    // and only if it is still the one read. Read, remove, create without it let a process
    // remove the fresh lock of another that had just taken the store over (two or three
    // holders in 5 of 12 rounds of six racers); renaming it aside and putting it back still
    // lost a lock when a third process created one meanwhile. Under the folder nobody else
    // removes anything, and while the stale file is there nobody can create one, so what is
    // read is what is removed. A folder left by a process that died holding it is old: it is
    // removed after TAKEOVER_STALE_MS.
    const takeover = `${path}.takeover`;
    try {
      mkdirSync(takeover);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      try {
        if (Date.now() - statSync(takeover).mtimeMs > TAKEOVER_STALE_MS)
          rmSync(takeover, { recursive: true, force: true });
      } catch {
        // Removed meanwhile by its holder.
      }
      pause(5 + Math.random() * 10);
      continue;
    }
    try {
      let now: string | null = null;
      try {
        now = readFileSync(path, 'utf8');
      } catch (err) {
        if (!gone(err)) throw err;
      }
      if (now === text) rmSync(path, { force: true });
    } finally {
      rmSync(takeover, { recursive: true, force: true });
    }
  }
  held.add(path);
  const release = (): void => {
    held.delete(path);
    try {
      if (readFileSync(path, 'utf8').trim() === mine) rmSync(path, { force: true });
    } catch {
      // Already gone.
    }
  };
  process.once('exit', release);
  return () => {
    process.off('exit', release);
    release();
  };
}

/** A statement that only reads: a select (or a `with` query) naming no writing command. */
const READ_ONLY = /^\s*(select|with)\b/i;
const WRITES =
  /\b(insert|update|delete|merge|truncate|create|drop|alter|copy|lock|nextval|setval|pg_advisory\w*)\b/i;

/**
 * Embedded Postgres (WASM): `dir` is a folder on disk (locked to this process), or null for
 * memory. It runs in a worker thread of its own ({@link PgliteThread}): the main thread goes
 * on while a query runs.
 */
export async function openPglite(dir: string | null): Promise<Sql> {
  const unlock = dir ? lockStore(dir) : () => undefined;
  let db: PgliteThread;
  try {
    const folder = dir ? storeFolder(dir) : null;
    if (dir && folder === 'new') mkdirSync(dir, { recursive: true });
    try {
      db = await PgliteThread.open(dir);
    } catch (err) {
      throw new StoreDamagedError(
        `the store at ${dir} cannot be opened, it looks damaged (${describeError(err)}); restore the folder from a backup, or move it away and ingest the articles again`,
        { cause: err },
      );
    }
    if (dir && folder !== 'marked')
      writeFileSync(
        join(dir, STORE_MARKER),
        `${JSON.stringify({ store: 'corroborate', created: new Date().toISOString() })}\n`,
      );
  } catch (err) {
    unlock();
    throw err;
  }
  // The thread answers requests in the order they are sent, and PGlite runs a statement sent
  // outside a transaction after the transaction ends: a read sent after write n sees it.
  const log = writeLog();
  const writes: Writes = { sent: log.sent, settled: log.settled, touched: log.touched };
  /** Sends a request, numbered as a write when it may write (every request but a plain read). */
  const call = async <T>(
    write: boolean,
    op: Parameters<PgliteThread['call']>[0],
    fields: Parameters<PgliteThread['call']>[1] = {},
    touches?: readonly string[],
  ): Promise<T> => {
    if (!write) return db.call<T>(op, fields);
    const n = log.begin(touches);
    try {
      return await db.call<T>(op, fields);
    } finally {
      log.end(n, touches);
    }
  };
  const mayWrite = (text: string): boolean => !READ_ONLY.test(text) || WRITES.test(text);
  /** Statements on the store, or (`tx` given) in that open transaction. */
  const on = (tx?: number): Sql => ({
    kind: 'pglite',
    writes,
    query: async <T>(text: string, params: readonly unknown[] = [], options: QueryOptions = {}) => ({
      // In a transaction, the transaction's own numbering counts (it names nothing).
      rows: await call<T[]>(
        mayWrite(text),
        'query',
        { text, params: [...params], tx },
        tx === undefined ? options.touches : undefined,
      ),
    }),
    exec: async (text: string) => {
      await call(true, 'exec', { text, tx });
    },
    transaction: async (fn) => {
      if (tx !== undefined) return fn(on(tx));
      const number = await call<number>(true, 'begin');
      let out;
      try {
        out = await fn(on(number));
      } catch (err) {
        await call(true, 'rollback', { tx: number }).catch(() => undefined);
        throw err;
      }
      await call(true, 'commit', { tx: number });
      return out;
    },
    close: async () => {
      if (tx !== undefined) return;
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  });
  return on();
}

/** A PostgreSQL server, by connection string (`postgres://user@host:port/db`). */
export async function openPostgres(url: string): Promise<Sql> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw storeUnavailable(url, err);
  }
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
