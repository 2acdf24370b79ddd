import type { Reporter, TestModule } from 'vitest/node';

/** Prints the plain closing line `N passed, N failed, N skipped` that any CI can read. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    this.line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
  }

  private line = '';

  /** Runs after the default reporter's summary, so the plain line closes the output. */
  onFinished(): void {
    if (this.line) setImmediate(() => process.stdout.write(`\n${this.line}\n`));
  }
}
