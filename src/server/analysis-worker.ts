/**
 * A worker thread `serve` analyses stories in (see analysis.ts): for each job it is sent, it
 * reads the items, builds the dossier and posts it back, then waits for the next. The main
 * thread keeps answering other requests meanwhile, and stops this thread when a story is
 * over its time budget.
 */
import { parentPort } from 'node:worker_threads';
import { failureMessages, processItems } from '../analyze.js';
import { buildDossier } from '../dossier/build.js';
import type { AnalysisJob, AnalysisResult } from './analysis.js';

parentPort!.on('message', (job: AnalysisJob) => {
  const failures = [...job.failures];
  const { documents } = processItems(job.items, failures, {});
  const result: AnalysisResult = documents.length
    ? { dossier: buildDossier(documents, failureMessages(failures)), failures }
    : { dossier: null, failures };
  parentPort!.postMessage(result);
});
