import { JobThread } from './job-thread.js';

/** A report to render: the dossier as the store keeps it (JSON), and the format. */
export interface RenderJob {
  readonly json: string;
  readonly format: 'html' | 'md';
}

/**
 * Renders reports (HTML, Markdown) from a dossier's JSON in a worker thread of its own
 * (render-worker.ts): reading a large dossier and writing its report out takes long enough
 * to hold every other request on the server's thread. Reports are rendered one after
 * another, in the order asked.
 */
export class ReportRenderer {
  private readonly thread = new JobThread<RenderJob, string>(
    new URL('./render-worker', import.meta.url),
    'report',
  );

  render(json: string, format: 'html' | 'md'): Promise<string> {
    return this.thread.run({ json, format });
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
