/**
 * The worker thread `serve` renders reports in (see render.ts): for each job it reads the
 * dossier's JSON and answers its HTML or Markdown report, so that a large story's report does
 * not hold the server's own thread.
 */
import type { Dossier } from '../dossier/types.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { answerJobs } from './job-thread.js';
import type { RenderJob } from './render.js';

answerJobs((job: RenderJob): string => {
  const dossier = JSON.parse(job.json) as Dossier;
  return job.format === 'html' ? renderHtml(dossier) : renderMarkdown(dossier);
});
