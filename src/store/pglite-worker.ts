/**
 * The worker thread the embedded store runs in (see `openPglite` in sql.ts): PGlite's
 * PostgreSQL is WebAssembly that reads and writes its folder synchronously, so on the main
 * thread every query would stop `serve` from answering anything else meanwhile. This thread
 * opens the store given in `workerData.dir` (null: in memory), answers `ready` (or the reason
 * it cannot open it), then runs each request it is sent, in order, and answers it by id.
 * A transaction is begun by one request and held open, its statements sent one by one with
 * its number, until a commit or rollback request ends it; PGlite runs nothing else meanwhile.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { parentPort, workerData } from 'node:worker_threads';
import type { ThreadReply, ThreadRequest, WorkerData } from './pglite-thread.js';

const port = parentPort!;
const { dir, wasmModule } = workerData as WorkerData;

/** An error's words and its PostgreSQL fields (code, detail...), to be rebuilt on the other side. */
function serialise(err: unknown): { message: string; fields: Record<string, string | number> } {
  const fields: Record<string, string | number> = {};
  if (typeof err === 'object' && err !== null)
    for (const [k, v] of Object.entries(err))
      if (typeof v === 'string' || typeof v === 'number') fields[k] = v;
  let message = err instanceof Error ? err.message || err.name : String(err);
  if (!(err instanceof Error) && typeof err === 'object' && err !== null) {
    const m = (err as { message?: unknown }).message;
    try {
      message = typeof m === 'string' && m ? m : JSON.stringify(err);
    } catch {
      message = 'an unknown error';
    }
  }
  return { message, fields };
}

const reply = (r: ThreadReply): void => port.postMessage(r);

/** Ends a transaction without committing it. */
class Rollback extends Error {}

interface Open {
  readonly tx: Transaction;
  readonly end: (commit: boolean) => void;
  readonly done: Promise<void>;
}

let db: PGlite;
try {
  db = new PGlite({ ...(dir ? { dataDir: dir } : {}), ...(wasmModule ? { wasmModule } : {}) });
  await db.waitReady;
  // A query reads the catalogue: a damaged folder fails here rather than at the first use.
  await db.query('select 1');
  reply({ id: 0, ok: true });
} catch (err) {
  reply({ id: 0, ok: false, error: serialise(err) });
  process.exit(0);
}

const transactions = new Map<number, Open>();
let nextTransaction = 1;

function begin(id: number): void {
  const number = nextTransaction++;
  let started = false;
  const done = db.transaction(async (tx) => {
    const commit = await new Promise<boolean>((end) => {
      transactions.set(number, { tx, end, done });
      started = true;
      reply({ id, ok: true, value: number });
    });
    if (!commit) throw new Rollback();
  });
  // A transaction that could not begin is answered here; one that did, by its commit.
  done.catch((err: unknown) => {
    if (!started) reply({ id, ok: false, error: serialise(err) });
  });
}

async function end(id: number, number: number, commit: boolean): Promise<void> {
  const open = transactions.get(number);
  if (!open) throw new Error(`no transaction ${number} is open`);
  transactions.delete(number);
  open.end(commit);
  try {
    await open.done;
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  reply({ id, ok: true });
}

port.on('message', (m: ThreadRequest) => {
  const on = (): Pick<PGlite, 'query' | 'exec'> => {
    if (m.tx === undefined) return db;
    const open = transactions.get(m.tx);
    if (!open) throw new Error(`no transaction ${m.tx} is open`);
    return open.tx;
  };
  const run = async (): Promise<void> => {
    switch (m.op) {
      case 'query':
        reply({ id: m.id, ok: true, value: (await on().query(m.text!, m.params ?? [])).rows });
        return;
      case 'exec':
        await on().exec(m.text!);
        reply({ id: m.id, ok: true });
        return;
      case 'begin':
        begin(m.id);
        return;
      case 'commit':
      case 'rollback':
        await end(m.id, m.tx!, m.op === 'commit');
        return;
      case 'close':
        await db.close();
        reply({ id: m.id, ok: true });
        return;
    }
  };
  run().catch((err: unknown) => reply({ id: m.id, ok: false, error: serialise(err) }));
});
