import PgBoss from 'pg-boss';
import { processItem } from '../analyze.js';
import type { InputItem } from '../load/inputs.js';
import type { Document } from '../model/document.js';
import { storeUnavailable } from './sql.js';
import { Store } from './store.js';

/** The queue of articles waiting to be processed and stored. */
export const QUEUE = 'corroborate-articles';
/** Bringing stories up to date: at most one waiting and one running (pg-boss's `stately` policy). */
export const RESTORY = 'corroborate-restory';

/** What a job carries: the article itself, so a worker on any machine can process it. */
interface ArticleJob {
  readonly source: InputItem['source'];
  readonly format: InputItem['format'];
  readonly text?: string;
  /** Bytes, base64-encoded, when the article has not been decoded yet. */
  readonly bytes?: string;
  readonly charset?: string | null;
  readonly known?: InputItem['known'];
}

async function boss(url: string): Promise<PgBoss> {
  const b = new PgBoss({ connectionString: url, max: 4 });
  b.on('error', (err) =>
    process.stderr.write(`corroborate: queue: ${err instanceof Error ? err.message : String(err)}\n`),
  );
  try {
    await b.start();
  } catch (err) {
    await b.stop({ graceful: false }).catch(() => undefined);
    throw storeUnavailable(url, err);
  }
  await b.createQueue(QUEUE).catch(() => undefined);
  await b.createQueue(RESTORY, { name: RESTORY, policy: 'stately' }).catch(() => undefined);
  return b;
}

/** Puts articles on the queue kept in PostgreSQL (pg-boss); returns how many. */
export async function enqueue(url: string, items: readonly InputItem[]): Promise<number> {
  const b = await boss(url);
  try {
    const jobs = items.map((item) => {
      const data: ArticleJob = {
        source: item.source,
        format: item.format,
        ...(item.text !== undefined
          ? { text: item.text }
          : { bytes: Buffer.from(item.bytes!).toString('base64') }),
        charset: item.charset ?? null,
        ...(item.known ? { known: item.known } : {}),
      };
      return { name: QUEUE, data, retryLimit: 3 };
    });
    if (jobs.length) await b.insert(jobs);
    return jobs.length;
  } finally {
    await b.stop({ graceful: false, wait: true });
  }
}

export interface WorkerOptions {
  /** Jobs taken at once. */
  readonly batchSize?: number;
  /** Stop when the queue is empty instead of waiting for more. */
  readonly untilIdle?: boolean;
  /** Seconds between polls of an empty queue. */
  readonly pollSeconds?: number;
  readonly signal?: AbortSignal;
  readonly onBatch?: (stored: number, failed: number) => void;
}

/**
 * Takes article jobs from the queue, processes them (decoding, the per-article
 * pipeline) and stores them; many workers on many machines can share one
 * queue. A job is completed only after its article is committed to the store,
 * so a worker killed midway loses nothing: the job comes back, and storing is
 * idempotent.
 */
export async function runWorker(
  url: string,
  options: WorkerOptions = {},
): Promise<{ stored: number; failed: number }> {
  const b = await boss(url);
  const store = await Store.open({ url });
  let stored = 0;
  let failed = 0;
  try {
    while (!options.signal?.aborted) {
      const jobs = await b.fetch<ArticleJob>(QUEUE, { batchSize: options.batchSize ?? 8 });
      if (jobs.length === 0) {
        // No articles waiting. While other workers still process some, wait: update stories once, after the burst.
        if ((await b.getQueueSize(QUEUE, { before: 'completed' })) > 0) {
          await new Promise((r) => setTimeout(r, 200));
          continue;
        }
        const [restory] = await b.fetch(RESTORY);
        if (restory) {
          await store.restory();
          await b.complete(RESTORY, restory.id);
          continue;
        }
        if (options.untilIdle) break;
        await new Promise((r) => setTimeout(r, (options.pollSeconds ?? 2) * 1000));
        continue;
      }
      const docs: Document[] = [];
      const done: string[] = [];
      for (const job of jobs) {
        const d = job.data;
        const item: InputItem = {
          source: d.source,
          format: d.format,
          ...(d.text !== undefined ? { text: d.text } : { bytes: Buffer.from(d.bytes ?? '', 'base64') }),
          charset: d.charset ?? null,
          ...(d.known ? { known: d.known } : {}),
        };
        const r = processItem(item);
        if ('id' in r) {
          docs.push(r);
          done.push(job.id);
        } else {
          // Unreadable input will not get better on a retry: close the job with the reason (retries are for crashes).
          failed++;
          await b.complete(QUEUE, job.id, { failed: true, rule: r.rule, reason: r.reason });
        }
      }
      // Store the articles (in parallel with other workers), then ask for one story update.
      let added = 0;
      try {
        added = await store.add(docs);
        if (done.length) await b.complete(QUEUE, done);
      } catch {
        // One bad article must not sink the batch: store them one by one, closing the failures with their reason.
        for (const [k, doc] of docs.entries()) {
          try {
            added += await store.add([doc]);
            await b.complete(QUEUE, done[k]!);
          } catch (err) {
            failed++;
            await b.complete(QUEUE, done[k]!, {
              failed: true,
              rule: 'store:insert',
              reason: err instanceof Error ? err.message : String(err),
            });
          }
        }
      }
      stored += added;
      if (added > 0) await b.send(RESTORY, {});
      options.onBatch?.(added, failed);
    }
  } finally {
    await store.close();
    await b.stop({ graceful: false, wait: true });
  }
  return { stored, failed };
}
