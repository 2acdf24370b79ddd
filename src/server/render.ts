import type { Worker } from 'node:worker_threads';
import { startThread } from '../thread.js';

/** A report to render: the dossier as the store keeps it (JSON), and the format. */
export interface RenderJob {
  readonly id: number;
  readonly json: string;
  readonly format: 'html' | 'md';
}

/** The report, or why it could not be rendered. */
export type RenderReply =
  | { readonly id: number; readonly ok: true; readonly text: string }
  | { readonly id: number; readonly ok: false; readonly error: string };

/**
 * Renders reports (HTML, Markdown) from a dossier's JSON in a worker thread of its own,
 * started at the first report and kept: reading a large dossier and writing its report out
 * takes long enough to hold every other request on the server's thread. Reports are rendered
 * one after another, in the order asked; the thread keeps the process alive only while a
 * report is being rendered, and a thread that stops is replaced at the next report.
 */
export class ReportRenderer {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { ok: (text: string) => void; fail: (e: Error) => void }>();
  private nextId = 1;
  private closed = false;

  render(json: string, format: 'html' | 'md'): Promise<string> {
    if (this.closed) return Promise.reject(new Error('the server is closing'));
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<string>((ok, fail) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { ok, fail });
      worker.postMessage({ id, json, format } satisfies RenderJob);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = startThread(new URL('./render-worker', import.meta.url));
    worker.unref();
    worker.on('message', (r: RenderReply) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      if (this.pending.size === 0) worker.unref();
      if (r.ok) p.ok(r.text);
      else p.fail(new Error(`the report could not be rendered: ${r.error}`));
    });
    const stop = (why: string): void => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.fail(new Error(why));
      this.pending.clear();
    };
    worker.on('error', (err) => stop(`the report thread stopped: ${err.message || String(err)}`));
    worker.on('exit', (code) => stop(`the report thread stopped (exit code ${code})`));
    return worker;
  }
}
