/**
 * The worker thread `serve` renders reports in (see render.ts): for each job it reads the
 * dossier's JSON and answers its HTML or Markdown report, so that a large story's report does
 * not hold the server's own thread.
 */
import { parentPort } from 'node:worker_threads';
import type { Dossier } from '../dossier/types.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import type { RenderJob, RenderReply } from './render.js';

parentPort!.on('message', (job: RenderJob) => {
  let reply: RenderReply;
  try {
    const dossier = JSON.parse(job.json) as Dossier;
    reply = {
      id: job.id,
      ok: true,
      text: job.format === 'html' ? renderHtml(dossier) : renderMarkdown(dossier),
    };
  } catch (err) {
    reply = { id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
