#!/usr/bin/env node
import { existsSync, mkdirSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { LoadResult } from '../pipeline/batch.js';
import { DEFAULT_STORY_THRESHOLD } from '../corpus/defaults.js';
import type { Dossier } from '../dossier/types.js';
import type { InputFailure } from '../load/inputs.js';
import type { Document } from '../model/document.js';
import type { Layer } from '../pipeline/stages.js';
import type { Store } from '../store/store.js';
import { hostName } from '../server/host.js';
import { VERSION } from '../version.js';
import {
  CommandFailure,
  endQuietlyOnClosedPipe,
  hintAtTerminal,
  resolveFormat,
  UsageError,
  writeOut,
} from './output.js';

// Each command imports what it uses when it runs (the NLP pipeline, the store with PGlite
// and pg-boss, the HTTP server, the report writers), so `--version`, `--help` and a usage
// error start in about the time of Node itself, and `extract` never loads the store.

/**
 * Tunes V8 for a command that runs once over its inputs and exits (`analyze`, `extract`,
 * `cluster`): such a run spends much of its CPU warming up (300 pages took 4.9 s of CPU in a
 * fresh process, 2.7 s in one that had read 300 others), a large part of it in the optimising
 * compiler inlining the callees of each hot function. Without that inlining `extract` of 300
 * pages took about a fifth less CPU, `analyze` of 120 articles and `cluster` of 462 about a
 * tenth less (issue 16), while a warm process ran as fast as with it. A function is also
 * compiled later (an interrupt budget of 200,000 bytecodes run, about three times V8's): fewer
 * functions are compiled, fewer of them twice, and those that are have met more of their
 * paths first: `extract -f jsonl` of 181 pages took 0.94 and 0.91 of the CPU time (medians of
 * six paired runs, two batches, load 7 to 9), of 922 pages 0.89, `analyze` of 120 ECB+ articles
 * 0.93 (three runs each; issue 16). Set before the pipeline
 * is loaded, for every thread; `serve`, `watch` and `worker` run long and keep the defaults.
 */
function tuneForOneRun(): void {
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--interrupt-budget=200000');
  // Each pattern compiled once, to machine code, when first run. By default V8 compiles a pattern
  // to bytecode, interprets its first run, then compiles it again to machine code at its second:
  // a one-run command runs a few thousand patterns (the story stages, chrono's parsers), most of
  // them more than once, so the bytecode and its first interpreted run were pure cost (`analyze`
  // of 5 ECB+ articles 0.76 of the CPU, of nk-assets 0.69, of 30 articles 0.87; docs/measured.md,
  // stop 53). The matches are the same: only how a pattern runs changes, not what it finds.
  setFlagsFromString('--no-regexp-tier-up');
}

/** Exit codes of the design: 0 success, 1 failure, 2 usage error. */
const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * Largest `--max-bytes`: 500 MB. An article is held as one string, and V8's strings end a
 * little short of 512 million code units (2^29 - 24); past it a file or an unpacked `.gz`
 * within the limit would end in V8's string-length error instead of a refusal.
 */
const MAX_ARTICLE_BYTES = 500 * 1048576;

function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 50MB, 800k or 1048576');
  const unit = (m[2] ?? '').toLowerCase()[0];
  const bytes = Math.round(
    Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1048576 : unit === 'g' ? 1073741824 : 1),
  );
  if (bytes <= 0 || bytes > MAX_ARTICLE_BYTES)
    throw new InvalidArgumentError('expected a size above 0 and at most 500MB');
  return bytes;
}

/** What `extract -f text|jsonl` prints: body text (blocks, repairs), metadata and language. */
const EXTRACT_LAYERS: readonly Layer[] = ['repairs', 'blocks', 'metadata', 'language'];

const DOSSIER_FORMATS = ['json', 'md', 'html'] as const;
type DossierFormat = (typeof DOSSIER_FORMATS)[number];

/** `-f` of the commands that write a dossier; without it the `-o` file's extension decides, else JSON. */
const dossierFormatOption = (): Option =>
  new Option('-f, --format <format>', 'output format (default: from the -o file name, else json)').choices(
    DOSSIER_FORMATS,
  );

const OUTPUT_HELP =
  'write to a file instead of standard output (its extension, .html .md .json .jsonl .txt, sets the format when -f is not given)';

async function formatDossier(d: Dossier, format: DossierFormat): Promise<string> {
  if (format === 'html') return (await import('../report/html.js')).renderHtml(d);
  if (format === 'md') return (await import('../report/markdown.js')).renderMarkdown(d);
  return JSON.stringify(d, null, 2);
}

function reportFailures(failures: readonly InputFailure[], documents: readonly Document[] = []): void {
  for (const f of failures) process.stderr.write(`corroborate: ${f.location}: ${f.reason} [${f.rule}]\n`);
  for (const d of documents) {
    for (const m of d.messages) {
      if (m.severity !== 'info')
        process.stderr.write(`corroborate: ${d.source.location}: ${m.severity}: ${m.reason} [${m.rule}]\n`);
    }
  }
}

/** A one-line progress counter on stderr, only when it is a terminal and the run is long. */
function progress(): { onProgress?: (done: number, total: number) => void; end: () => void } {
  if (!process.stderr.isTTY) return { end: () => undefined };
  let shown = false;
  return {
    onProgress: (done, total) => {
      if (total < 20 || (done % 10 !== 0 && done !== total - 1)) return;
      shown = true;
      process.stderr.write(`\rcorroborate: ${done + 1}/${total} articles`);
    },
    end: () => {
      if (shown) process.stderr.write('\n');
    },
  };
}

/** Longest time a Node timer holds (2^31 - 1 ms, about 24.8 days); a longer one fires at once. */
const MAX_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > MAX_TIMER_SECONDS)
    throw new InvalidArgumentError(`expected a number of seconds above 0 and at most ${MAX_TIMER_SECONDS}`);
  return n;
}

function parseFraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

/** Resolves when `host:port` can be listened on (port 0 always can); rejects with the listen error. */
function portFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('expected a port from 0 to 65535');
  return n;
}

/** Collects each `--allowed-host`, refusing what is not a host name. */
function collectHost(value: string, previous: string[]): string[] {
  const name = hostName(value);
  if (!name) throw new InvalidArgumentError('expected a host name such as news.example or 192.0.2.7');
  return [...previous, name];
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
}

/** The story clustering threshold, for the commands that cluster (`cluster`, `recluster`). */
const thresholdOption = (): Option =>
  new Option('--threshold <similarity>', 'least average similarity to merge two stories (0..1)')
    .argParser(parseFraction)
    .default(DEFAULT_STORY_THRESHOLD);

/** Options of the commands that poll feeds in rounds (`watch`, `serve --watch`). */
function roundOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--every <seconds>', 'seconds between rounds').argParser(parseSeconds).default(300))
    .option('--recluster', 're-cluster the live stories after each round that stored new articles');
}

/** Options shared by the commands that read inputs. */
function inputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--max-bytes <size>', 'largest article accepted (e.g. 20MB)').argParser(parseBytes))
    .option('--allow-private', 'allow URLs on loopback and private addresses (off by default)')
    .addOption(
      new Option('--timeout <seconds>', 'time limit for fetching one URL')
        .argParser(parseSeconds)
        .default(20),
    )
    .addOption(
      new Option('--max-items <n>', 'most items read from one feed').argParser(parseCount).default(100),
    )
    .addOption(
      new Option(
        '--threads <n>',
        'threads for the per-article pipeline (this one and N-1 workers), and from 2 a thread for story stages beside the others on stories of 100 articles or more (default: one an idle core, up to 8, one per 32 articles; 1: this one alone)',
      ).argParser(parseCount),
    );
}

interface InputFlags {
  maxBytes?: number;
  allowPrivate?: boolean;
  timeout: number;
  maxItems: number;
  threads?: number;
}

const readOptions = (
  o: InputFlags,
  onProgress?: (done: number, total: number) => void,
  layers?: readonly Layer[],
) => ({
  layers,
  maxBytes: o.maxBytes,
  allowPrivate: o.allowPrivate ?? false,
  timeoutMs: o.timeout * 1000,
  maxItems: o.maxItems,
  // Left to us, threads start only when there are articles enough to pay for them (pipeline/threads.ts).
  threads: o.threads ?? ('auto' as const),
  onProgress,
});

/** Reads and processes the inputs, with progress on a terminal and every problem on stderr. */
async function readArticles(
  inputs: readonly string[],
  opts: InputFlags,
  layers?: readonly Layer[],
): Promise<LoadResult> {
  // The workers start first, so that they load the pipeline on the other cores while this
  // thread loads its own; the story stages are not loaded here (pipeline/batch.ts).
  // Told the layers asked for, they load only those stages (extract -f jsonl: no mentions).
  if (opts.threads !== 1)
    (await import('../pipeline/workers.js')).startWorkersFor(inputs.length, opts.threads ?? 'auto', layers);
  const { loadDocumentsAsync } = await import('../pipeline/batch.js');
  const bar = progress();
  const result = await loadDocumentsAsync(inputs, readOptions(opts, bar.onProgress, layers));
  bar.end();
  reportFailures(result.failures, result.documents);
  return result;
}

/**
 * Rounds of polling `feeds` into the store, every `every` seconds, until `rounds` are done or
 * `signal` aborts; each round says on stdout what it stored.
 */
async function watchRounds(
  store: Store,
  feeds: readonly string[],
  opts: InputFlags & { every: number; rounds?: number; recluster?: boolean },
  signal: AbortSignal,
): Promise<void> {
  const { loadDocumentsAsync } = await import('../pipeline/batch.js');
  for (let round = 1; !signal.aborted && (opts.rounds === undefined || round <= opts.rounds); round++) {
    const { documents, failures } = await loadDocumentsAsync(feeds, readOptions(opts));
    reportFailures(failures, documents);
    const r = await store.ingest(documents);
    let stories = r.stories;
    if (opts.recluster && r.added > 0) {
      const rc = await store.recluster();
      stories += rc.after - rc.before;
    }
    process.stdout.write(
      `round ${round}: ${r.added} new article(s), ${r.skipped} already stored; ${stories} stories\n`,
    );
    if (opts.rounds !== undefined && round >= opts.rounds) break;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, opts.every * 1000);
      signal.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('corroborate')
    .description('What does a news story really rest on? Turns articles about one story into a dossier.')
    .version(VERSION)
    .showHelpAfterError('(run corroborate --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  const analyzeCmd = program
    .command('analyze')
    .description('analyse the articles of one story and write a dossier')
    .argument('[inputs...]', 'files, folders, URLs, feeds, JSON Lines, or - for standard input', ['-'])
    .addOption(dossierFormatOption())
    .option('-o, --output <file>', OUTPUT_HELP);
  inputOptions(analyzeCmd).action(
    async (inputs: string[], opts: InputFlags & { format?: DossierFormat; output?: string }) => {
      const format = resolveFormat('analyze', DOSSIER_FORMATS, opts.format, opts.output) ?? 'json';
      hintAtTerminal('analyze', inputs);
      tuneForOneRun();
      const { documents, failures } = await readArticles(inputs, opts);
      if (documents.length === 0) {
        process.stderr.write('corroborate: no article could be read, so there is no dossier\n');
        process.exitCode = EXIT.failure;
        return;
      }
      if (documents.length > 200)
        process.stderr.write(
          `corroborate: ${documents.length} articles are analysed as one story; on two idle cores 300 take about 3 s, 600 about 6 s, 1,000 about 10 s, and a set this large usually holds several stories: corroborate cluster, or ingest, groups them first\n`,
        );
      const [{ buildDossier }, { failureMessages }] = await Promise.all([
        import('../dossier/build.js'),
        import('../analyze.js'),
      ]);
      // From 2 threads (or an idle core left to us), a long story's facts are read in a thread
      // beside provenance and alignment (story/stages.ts).
      const dossier = buildDossier(documents, failureMessages(failures), { threads: opts.threads ?? 'auto' });
      writeOut(await formatDossier(dossier, format), opts.output);
      process.exitCode = EXIT.ok;
    },
  );

  const extractCmd = program
    .command('extract')
    .description('turn articles into clean text (one) or JSON Lines (several)')
    .argument('<inputs...>', 'files, folders, URLs, feeds, JSON Lines, or - for standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        'text | json (full Document) | jsonl (one summary per article)',
      ).choices(['text', 'json', 'jsonl']),
    )
    .option('-o, --output <file>', OUTPUT_HELP);
  inputOptions(extractCmd).action(
    async (inputs: string[], opts: InputFlags & { format?: 'text' | 'json' | 'jsonl'; output?: string }) => {
      const chosen = resolveFormat('extract', ['text', 'json', 'jsonl'] as const, opts.format, opts.output);
      hintAtTerminal('extract', inputs);
      tuneForOneRun();
      // Clean text and the summary record need no mentions or attribution; the full Document does.
      const layers = chosen === 'json' ? undefined : EXTRACT_LAYERS;
      const { documents, failures } = await readArticles(inputs, opts, layers);
      const several = documents.length + failures.length > 1 || inputs.length > 1;
      const format = chosen ?? (several ? 'jsonl' : 'text');
      if (documents.length > 0) {
        const { articleRecord, bodyText } = await import('../report/text.js');
        if (format === 'text') writeOut(documents.map(bodyText).join('\n\n\f\n\n'), opts.output);
        else if (format === 'json')
          writeOut(JSON.stringify(several ? documents : documents[0], null, 2), opts.output);
        else writeOut(documents.map((d) => JSON.stringify(articleRecord(d))).join('\n'), opts.output);
      }
      process.exitCode = failures.length > 0 ? EXIT.failure : EXIT.ok;
    },
  );

  const clusterCmd = program
    .command('cluster')
    .description('group articles into stories, marking near-verbatim copies')
    .argument('[inputs...]', 'files, folders, URLs, feeds, JSON Lines, or - for standard input', ['-'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json']).default('json'))
    .option('-o, --output <file>', OUTPUT_HELP)
    .addOption(thresholdOption());
  inputOptions(clusterCmd).action(
    async (inputs: string[], opts: InputFlags & { format?: 'json'; output?: string; threshold: number }) => {
      resolveFormat('cluster', ['json'] as const, opts.format, opts.output);
      hintAtTerminal('cluster', inputs);
      tuneForOneRun();
      const { documents, failures } = await readArticles(inputs, opts);
      if (documents.length === 0) {
        process.stderr.write('corroborate: no article could be read, so there is nothing to cluster\n');
        process.exitCode = EXIT.failure;
        return;
      }
      const { clusterStories } = await import('../corpus/cluster.js');
      const stories = clusterStories(documents, { threshold: opts.threshold });
      writeOut(JSON.stringify({ stories }, null, 2), opts.output);
      process.exitCode = failures.length > 0 ? EXIT.failure : EXIT.ok;
    },
  );

  const storeOption = (c: Command): Command =>
    c.option(
      '--store <dir>',
      'folder of the embedded store (ignored when DATABASE_URL is set)',
      '.corroborate/store',
    );
  /** The store: PostgreSQL when DATABASE_URL is set, else the embedded one in `dir` (made when `create`). */
  const openStore = async (dir: string, create: boolean): Promise<Store> => {
    const url = process.env.DATABASE_URL || null;
    // The store's own folder is made by the store (an existing empty folder is refused there).
    if (!url && create) mkdirSync(dirname(resolve(dir)), { recursive: true });
    else if (!url && !existsSync(dir))
      throw new UsageError(`no store at ${dir}: run corroborate ingest first`);
    const [{ Store }, { StoreBusyError }] = await Promise.all([
      import('../store/store.js'),
      import('../store/sql.js'),
    ]);
    try {
      return await Store.open({ url, dir: url ? null : dir });
    } catch (err) {
      if (err instanceof StoreBusyError) throw new CommandFailure(err.message);
      throw err;
    }
  };

  const ingestCmd = storeOption(
    program
      .command('ingest')
      .description(
        'store articles, group them into stories and keep a dossier per story (PGlite, or PostgreSQL via DATABASE_URL)',
      )
      .argument('<inputs...>', 'files, folders, URLs, feeds, JSON Lines, or - for standard input')
      .option(
        '--queue',
        'put the articles on the queue for `corroborate worker` processes instead (needs DATABASE_URL)',
      ),
  );
  inputOptions(ingestCmd).action(
    async (inputs: string[], opts: InputFlags & { store: string; queue?: boolean }) => {
      hintAtTerminal('ingest', inputs);
      if (opts.queue) {
        const url = process.env.DATABASE_URL;
        if (!url) throw new UsageError('--queue needs a PostgreSQL server: set DATABASE_URL');
        const [{ readItemsAsync }, { enqueue }] = await Promise.all([
          import('../analyze.js'),
          import('../store/queue.js'),
        ]);
        const { items, failures } = await readItemsAsync(inputs, readOptions(opts));
        reportFailures(failures);
        const n = await enqueue(url, items);
        process.stdout.write(`queued ${n} article(s) for the workers\n`);
        process.exitCode = failures.length > 0 ? EXIT.failure : EXIT.ok;
        return;
      }
      const { documents, failures } = await readArticles(inputs, opts);
      const url = process.env.DATABASE_URL || null;
      const store = await openStore(opts.store, true);
      try {
        const r = await store.ingest(documents);
        process.stdout.write(
          `stored ${r.added} new article(s), ${r.skipped} already in the store; ${r.stories} stories in ${url ? 'PostgreSQL' : opts.store}\n`,
        );
      } finally {
        await store.close();
      }
      process.exitCode = failures.length > 0 ? EXIT.failure : EXIT.ok;
    },
  );

  storeOption(
    program
      .command('stories')
      .description('list the stories in the store, most recently updated first')
      .addOption(
        new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'),
      ),
  ).action(async (opts: { store: string; format: 'text' | 'json' }) => {
    const store = await openStore(opts.store, false);
    try {
      const list = await store.summaries();
      if (opts.format === 'json') writeOut(JSON.stringify({ stories: list }, null, 2), undefined);
      else
        for (const x of list)
          process.stdout.write(
            `${x.id}  ${x.articles} article(s), ${x.outlets} outlet(s)  ${x.updated}  ${x.title ?? ''}\n`,
          );
    } finally {
      await store.close();
    }
    process.exitCode = EXIT.ok;
  });
  storeOption(
    program
      .command('dossier')
      .description('write the dossier of a stored story')
      .argument('<story>', 'a story id, as `corroborate stories` lists them')
      .addOption(dossierFormatOption())
      .option('-o, --output <file>', OUTPUT_HELP),
  ).action(async (id: string, opts: { store: string; format?: DossierFormat; output?: string }) => {
    const format = resolveFormat('dossier', DOSSIER_FORMATS, opts.format, opts.output) ?? 'json';
    const store = await openStore(opts.store, false);
    try {
      const dossier = await store.dossier(id);
      if (!dossier) {
        process.stderr.write(`corroborate: no story ${id} in the store (see corroborate stories)\n`);
        process.exitCode = EXIT.failure;
        return;
      }
      writeOut(await formatDossier(dossier, format), opts.output);
    } finally {
      await store.close();
    }
    process.exitCode = EXIT.ok;
  });

  storeOption(
    program
      .command('recluster')
      .description(
        "re-cluster the store's live stories with the batch method (better stories than article by article; ids kept where stories stay)",
      )
      .addOption(thresholdOption()),
  ).action(async (opts: { store: string; threshold: number }) => {
    const store = await openStore(opts.store, false);
    try {
      const r = await store.recluster({ threshold: opts.threshold });
      process.stdout.write(
        `re-clustered ${r.articles} article(s) of the live stories: ${r.before} stories became ${r.after}; ${r.rebuilt} dossier(s) rebuilt\n`,
      );
    } finally {
      await store.close();
    }
    process.exitCode = EXIT.ok;
  });

  program
    .command('worker')
    .description(
      'process and store articles from the queue in PostgreSQL (DATABASE_URL); run as many as you like',
    )
    .option('--until-idle', 'stop when the queue is empty')
    .addOption(new Option('--batch <n>', 'jobs taken at once').argParser(parseCount).default(8))
    .action(async (opts: { untilIdle?: boolean; batch: number }) => {
      const url = process.env.DATABASE_URL;
      if (!url) throw new UsageError('the worker needs a PostgreSQL server: set DATABASE_URL');
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      const { runWorker } = await import('../store/queue.js');
      const r = await runWorker(url, {
        untilIdle: opts.untilIdle ?? false,
        batchSize: opts.batch,
        signal: stop.signal,
      });
      process.stdout.write(`stored ${r.stored} article(s); ${r.failed} could not be read\n`);
      process.exitCode = EXIT.ok;
    });

  const watchCmd = storeOption(program.command('watch'))
    .description('poll feeds (or pages) and keep the store up to date, every --every seconds')
    .argument('<feeds...>', 'feed or page URLs (and files, re-read each round)')
    .addOption(
      new Option('--rounds <n>', 'stop after this many rounds (default: until interrupted)').argParser(
        parseCount,
      ),
    );
  roundOptions(watchCmd);
  inputOptions(watchCmd).action(
    async (
      feeds: string[],
      opts: InputFlags & { store: string; every: number; rounds?: number; recluster?: boolean },
    ) => {
      const store = await openStore(opts.store, true);
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      try {
        await watchRounds(store, feeds, opts, stop.signal);
      } finally {
        await store.close();
      }
      process.exitCode = EXIT.ok;
    },
  );

  const serveCmd = storeOption(program.command('serve'))
    .description(
      'HTTP API and web page: put a story together from URLs, files or pasted text and explore its dossier',
    )
    .addOption(
      new Option('--port <n>', 'port to listen on (0: any free port)').argParser(parsePort).default(8080),
    )
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .addOption(
      new Option(
        '--allowed-host <name>',
        'a host name the server answers to besides its address and localhost (repeatable)',
      )
        .argParser(collectHost)
        .default([]),
    )
    .option('--watch <feeds...>', 'also poll these feeds (or pages) into the store, as `watch` does')
    .addOption(
      new Option(
        '--max-articles <n>',
        'most articles in one story put together on the page or through the API',
      )
        .argParser(parseCount)
        .default(300),
    )
    .addOption(
      new Option(
        '--analysis-timeout <seconds>',
        "time budget of one story's analysis; past it the analysis is stopped and the request answered 503",
      )
        .argParser(parseSeconds)
        .default(120),
    );
  roundOptions(serveCmd);
  inputOptions(serveCmd).action(
    async (
      opts: InputFlags & {
        store: string;
        port: number;
        host: string;
        allowedHost: string[];
        watch?: string[];
        every: number;
        recluster?: boolean;
        maxArticles: number;
        analysisTimeout: number;
      },
    ) => {
      const refused = (err: unknown): void => {
        const code = (err as NodeJS.ErrnoException).code;
        const why =
          code === 'EADDRINUSE'
            ? 'the port is in use'
            : code === 'EACCES'
              ? 'permission denied'
              : (err as Error).message;
        process.stderr.write(`corroborate: cannot listen on ${opts.host}:${opts.port}: ${why}\n`);
        process.exitCode = EXIT.failure;
      };
      // The address is tried before the store opens, so a port in use leaves no store
      // folder behind (a second process on the same folder is stopped by the store's lock).
      try {
        await portFree(opts.host, opts.port);
      } catch (err) {
        refused(err);
        return;
      }
      const store = await openStore(opts.store, true);
      const { serve } = await import('../server/serve.js');
      let server: Awaited<ReturnType<typeof serve>>;
      try {
        server = await serve({
          store,
          host: opts.host,
          port: opts.port,
          allowPrivate: opts.allowPrivate ?? false,
          timeoutMs: opts.timeout * 1000,
          maxBytes: opts.maxBytes,
          maxItems: opts.maxItems,
          maxArticles: opts.maxArticles,
          allowedHosts: opts.allowedHost,
          analysisTimeoutMs: opts.analysisTimeout * 1000,
        });
      } catch (err) {
        await store.close();
        refused(err);
        return;
      }
      const where = process.env.DATABASE_URL ? 'PostgreSQL' : opts.store;
      process.stdout.write(`corroborate: serving ${server.url} (store: ${where}); Ctrl-C stops\n`);
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      // Polling shares the process (and so the embedded store) with the server.
      const watching = opts.watch?.length
        ? watchRounds(store, opts.watch, opts, stop.signal).catch((err: unknown) => {
            process.stderr.write(`corroborate: watching stopped: ${(err as Error).message}\n`);
          })
        : Promise.resolve();
      await new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve()));
      await watching;
      await server.close();
      await store.close();
      process.exitCode = EXIT.ok;
    },
  );
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`corroborate: ${err.message}\n`);
      return EXIT.usage;
    }
    if (
      err instanceof CommandFailure ||
      // Store errors the user can act on, told apart by name: the store code is loaded lazily.
      ['StoreBusyError', 'StoreUnavailableError', 'StoreDamagedError'].includes(
        (err as Error)?.constructor?.name ?? '',
      )
    ) {
      process.stderr.write(`corroborate: ${(err as Error).message}\n`);
      return EXIT.failure;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `corroborate: internal error: ${message}\n(this is a bug; set CORROBORATE_DEBUG=1 to see where)\n`,
    );
    if (process.env.CORROBORATE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return EXIT.failure;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
