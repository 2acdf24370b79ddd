/**
 * The worker thread `serve` analyses a story in (see analysis.ts): it reads the items it is
 * given, builds the dossier and posts it back. The main thread keeps answering other
 * requests meanwhile, and stops this thread when the story is over its time budget.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { failureMessages, processItems } from '../analyze.js';
import { buildDossier } from '../dossier/build.js';
import type { AnalysisJob, AnalysisResult } from './analysis.js';

const job = workerData as AnalysisJob;
const failures = [...job.failures];
const { documents } = processItems(job.items, failures, {});
const result: AnalysisResult = documents.length
  ? { dossier: buildDossier(documents, failureMessages(failures)), failures }
  : { dossier: null, failures };
parentPort!.postMessage(result);
