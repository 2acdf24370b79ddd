import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { InputFailure, InputItem } from '../load/inputs.js';
import type { AnalysisRecord } from '../store/record.js';
import { startThread } from '../thread.js';

/** What a worker analyses: the items read for one story, and the failures so far. */
export interface AnalysisJob {
  readonly items: readonly InputItem[];
  readonly failures: readonly InputFailure[];
  /** The nice value to run at (0: the normal priority; see {@link LOW_PRIORITY}). */
  readonly nice?: number;
  /**
   * Analyse a small built-in story instead, answered with no record: a fresh worker's first
   * analysis is slow (its code is still being loaded and compiled), and this pays for it
   * before a story waits on it.
   */
  readonly warmUp?: boolean;
}

/**
 * What it answers: the dossier as the store keeps it (written out in the worker; null when no
 * article could be read), every failure, and the time the analysis took.
 */
export interface AnalysisResult {
  readonly record: AnalysisRecord | null;
  readonly failures: InputFailure[];
  /** Milliseconds the worker spent on the analysis (its own clock: not waiting, not starting). */
  readonly ms: number;
  /** Whether it was the worker's first analysis (slower: the code was still being compiled). */
  readonly first: boolean;
}

/** The story took longer than its budget and its analysis was stopped. */
export class AnalysisTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`the analysis took over ${seconds} s and was stopped`);
    this.name = 'AnalysisTimeout';
  }
}

/**
 * A long story's analysis runs at a lower scheduling priority (this Linux nice value, set for
 * its worker's thread alone), so that answering requests (the server's thread, the store's
 * thread) goes first and the analysis takes the CPU they leave. Measured on 2 cores at 50
 * clients (`npm run bench:load`, before the other changes of issue 17 item 10): reads' p99
 * 1.2 to 1.4 s with analyses at the server's priority, 0.3 to 0.56 s lowered. A short story
 * lowered too was starved by the machine's other work (seconds for two articles), so only
 * long ones are. A priority once lowered cannot be raised again without privileges, so the worker
 * is ended after such a story and a fresh one started.
 */
export const LOW_PRIORITY = { nice: 10, articlesOver: 20 } as const;

/** How long after its arrival a story that has to wait for a worker is to be answered, by default (see {@link AnalysisPool}). */
export const DEFAULT_ANALYSIS_WAIT_MS = 500;

/** Every worker is busy and the queue is full (or the wait too long): the request is answered 503. */
export class AnalysisBusy extends Error {
  constructor(
    readonly waiting: number,
    /** When a worker is expected to be free for this story, in seconds from now (at least 1). */
    readonly retryAfter: number = 1,
  ) {
    super(`${waiting} stories are waiting for analysis already`);
    this.name = 'AnalysisBusy';
  }
}

/**
 * Makes an error without capturing its stack: a busy server refuses thousands of stories a
 * second under load, each refusal an answer rather than a fault, and capturing the stack was
 * most of their cost (about 8 µs of 11 µs each).
 */
export function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A story being analysed or waiting for a worker: its articles, and when it started (ms, `performance.now()`; 0 while it waits). */
interface Job {
  readonly articles: number;
  started: number;
}

/**
 * Runs story analyses in worker threads kept between stories, at most `workers` at a time.
 * A story that finds every worker at work waits its turn only while it can still expect to
 * be answered within `waitMs` of its arrival: the analyses ahead of it and its own, as long
 * as analyses have taken per article so far. Otherwise, or with `queue` stories waiting
 * already, or once it cannot be analysed in time any more, it is refused with
 * {@link AnalysisBusy}, which says when a worker is expected to be free: a crowd of posts, or
 * posts behind a long story, get a quick "come back then" rather than an answer seconds late.
 * Each analysis is stopped past `timeoutMs` of its own running time (its worker is ended
 * and another started when needed).
 */
export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  /** Stories being analysed. */
  private readonly running = new Set<Job>();
  /** Stories waiting for a worker, in order: each is handed the worker of the analysis that ends. */
  private readonly waiting: Array<{ job: Job; handed: () => void }> = [];
  /**
   * Milliseconds of analysis per article, a moving average over the stories analysed (not a
   * worker's first); 0 before there is one: stories then wait for a worker as long as `waitMs`.
   */
  private perArticle = 0;
  private closed = false;
  /** Workers analysing the warm-up story (see {@link AnalysisJob.warmUp}), until they answer it. */
  private readonly warming = new Map<Worker, Promise<void>>();

  constructor(
    private readonly timeoutMs: number,
    private readonly workers: number = Math.max(1, availableParallelism() - 1),
    private readonly queue: number = 4 * workers,
    private readonly waitMs: number = DEFAULT_ANALYSIS_WAIT_MS,
  ) {}

  /**
   * Expected milliseconds until a worker is free for one more story: the soonest a running
   * analysis ends, plus the stories waiting ahead shared among the workers. 0 while a worker
   * is idle or before any story was timed.
   */
  expectedWait(now = performance.now()): number {
    if (this.running.size < this.workers || this.perArticle === 0) return 0;
    let soonest = Infinity;
    for (const j of this.running) {
      // A story past its estimate (analysis grows faster than its articles) is taken to need
      // half as long again as it has run.
      const ran = now - j.started;
      soonest = Math.min(soonest, Math.max(j.articles * this.perArticle - ran, ran / 2));
    }
    const ahead = this.waiting.reduce((n, w) => n + w.job.articles, 0);
    return soonest + (ahead * this.perArticle) / this.workers;
  }

  /** Seconds to come back after, for an expected wait in ms: at least 1, at most the time budget. */
  private retryAfter(expectedMs: number): number {
    return Math.max(1, Math.min(Math.ceil(expectedMs / 1000), Math.ceil(this.timeoutMs / 1000)));
  }

  /**
   * Analyses one story; rejects with {@link AnalysisTimeout} past the budget, and with
   * {@link AnalysisBusy} when the queue is full, the work ahead is expected to last over
   * `waitMs`, or no worker came free within `waitMs`.
   */
  async analyse(job: AnalysisJob): Promise<AnalysisResult> {
    const mine: Job = { articles: Math.max(1, job.items.length), started: 0 };
    if (this.running.size >= this.workers) {
      // Its own analysis counts too: a story is kept waiting only while it can still be
      // answered within `waitMs` (as far as the time analyses take can tell).
      const own = mine.articles * this.perArticle;
      const expected = this.expectedWait();
      if (this.waiting.length >= this.queue || expected + own > this.waitMs)
        throw withoutStack(() => new AnalysisBusy(this.waiting.length, this.retryAfter(expected)));
      await new Promise<void>((resolve, reject) => {
        const entry = {
          job: mine,
          handed: (): void => {
            clearTimeout(timer);
            mine.started = performance.now();
            this.running.add(mine);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(
            withoutStack(() => new AnalysisBusy(this.waiting.length, this.retryAfter(this.expectedWait()))),
          );
        }, this.waitMs - own);
        this.waiting.push(entry);
      });
    } else {
      mine.started = performance.now();
      this.running.add(mine);
    }
    try {
      const result = await this.run(job);
      const took = result.ms / mine.articles;
      // A worker's first story is slower (its code still being compiled): not a measure.
      if (!result.first) this.perArticle = this.perArticle === 0 ? took : 0.7 * this.perArticle + 0.3 * took;
      return result;
    } finally {
      this.running.delete(mine);
      this.waiting.shift()?.handed();
    }
  }

  /** Ends every worker (the server is closing). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
    this.idle.length = 0;
  }

  private take(): Worker {
    return this.idle.pop() ?? this.start();
  }

  private start(): Worker {
    const started = startThread(new URL('./analysis-worker', import.meta.url));
    // An idle worker does not keep the process alive.
    started.unref();
    this.all.add(started);
    started.once('exit', () => {
      this.all.delete(started);
      const at = this.idle.indexOf(started);
      if (at >= 0) this.idle.splice(at, 1);
    });
    return started;
  }

  /** Sends a fresh worker the warm-up story; {@link warming} holds it until answered. */
  private warm(worker: Worker): Worker {
    const answered = new Promise<void>((resolve) => {
      const end = (): void => {
        worker.off('message', end);
        worker.off('exit', end);
        this.warming.delete(worker);
        resolve();
      };
      worker.on('message', end);
      worker.on('exit', end);
    });
    this.warming.set(worker, answered);
    worker.postMessage({ items: [], failures: [], warmUp: true } satisfies AnalysisJob);
    return worker;
  }

  private async run(story: AnalysisJob): Promise<AnalysisResult> {
    if (this.closed) throw new Error('the server is closing');
    const low = story.items.length > LOW_PRIORITY.articlesOver;
    const job = low ? { ...story, nice: LOW_PRIORITY.nice } : story;
    const worker = this.take();
    await this.warming.get(worker);
    // The worker that takes this one's place after a long story, started and warmed up now
    // (while the long story runs at its lower priority), so that the story after it does not
    // wait for a fresh worker's slow first analysis (measured on 2 cores at a load average of
    // 15: a two-article story right after a long one 5.9 to 7.6 s, 0.7 to 2.9 s with this).
    const next = low && !this.closed ? this.warm(this.start()) : null;
    return new Promise<AnalysisResult>((resolve, reject) => {
      let settled = false;
      const done = (): void => {
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (r: AnalysisResult): void => {
        if (settled) return;
        done();
        if (low) {
          // Its priority stays lowered: the fresh worker started with it takes its place.
          void worker.terminate();
          if (next && !this.closed) this.idle.push(next);
        } else if (!this.closed) this.idle.push(worker);
        resolve(r);
      };
      /** The worker is gone: one started in its place for a long story waits in the pool. */
      const replace = (): void => {
        if (next && !this.closed) this.idle.push(next);
      };
      const onError = (err: Error): void => {
        if (settled) return;
        done();
        void worker.terminate();
        replace();
        reject(err);
      };
      const onExit = (code: number): void => {
        if (settled) return;
        done();
        replace();
        reject(new Error(`the analysis worker stopped (exit code ${code}) before it answered`));
      };
      const timer = setTimeout(() => {
        if (settled) return;
        done();
        void worker.terminate();
        replace();
        reject(new AnalysisTimeout(this.timeoutMs / 1000));
      }, this.timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(job);
    });
  }
}
