/**
 * A worker thread `serve` analyses stories in (see analysis.ts): for each job it is sent, it
 * reads the items, builds the dossier and posts it back written out as JSON (so the main
 * thread does not copy its objects nor write it out), then waits for the next. The main
 * thread keeps answering other requests meanwhile, and stops this thread when a story is
 * over its time budget.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { failureMessages, processItems } from '../analyze.js';
import { buildDossier } from '../dossier/build.js';
import { analysisRecord } from '../store/record.js';
import type { InputItem } from '../load/inputs.js';
import type { AnalysisJob, AnalysisResult } from './analysis.js';

/**
 * Lowers this thread's priority (not the process's): on Linux a nice value belongs to a
 * thread, named by its id (`/proc/thread-self`). Elsewhere, or when refused, nothing changes.
 */
function lowerPriority(nice: number): void {
  if (process.platform !== 'linux' || !(nice > 0)) return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, nice);
  } catch {
    // No /proc, or not allowed: the analysis runs at the process's priority.
  }
}

/**
 * The warm-up story (see `AnalysisJob.warmUp`): two short fictional articles with what the
 * stages look for (names, dates, figures, quotes, attributions), so that their code is loaded
 * and compiled before a real story comes.
 */
const WARM_UP: InputItem[] = [
  'The council of Eastmere voted on Tuesday, March 3, to repair the old harbour bridge, the mayor, Ruth Ellory, said. "We cannot wait another winter," she told reporters. The work will cost $4.2 million and take 18 months, according to the county engineer.',
  'Eastmere council approved $4.5 million on Tuesday for repairs to the harbour bridge. Mayor Ruth Ellory said the bridge, built in 1931, carries 12,000 cars a day. Work starts in May, officials said.',
].map((text, i) => ({
  source: { kind: 'record', location: `warm-up ${i + 1}` },
  text,
  known: { title: null, outlet: `Outlet ${i + 1}`, published: '2020-03-04', byline: null },
  format: 'text',
}));

let first = true;
parentPort!.on('message', (job: AnalysisJob) => {
  if (job.warmUp) {
    try {
      buildDossier(processItems(WARM_UP, [], {}).documents, []);
      first = false;
    } catch {
      // Not warmed up: the first story is slower, nothing worse.
    }
    parentPort!.postMessage({ record: null, failures: [], ms: 0, first: true } satisfies AnalysisResult);
    return;
  }
  lowerPriority(job.nice ?? 0);
  const started = performance.now();
  const failures = [...job.failures];
  const { documents } = processItems(job.items, failures, {});
  const record = documents.length ? analysisRecord(buildDossier(documents, failureMessages(failures))) : null;
  const result: AnalysisResult = { record, failures, ms: performance.now() - started, first };
  first = false;
  parentPort!.postMessage(result);
});
