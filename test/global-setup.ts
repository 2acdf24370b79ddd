import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ROOT } from './paths.js';
import { startPostgres, type PostgresServer } from './postgres-server.js';

let server: PostgresServer | null = null;

/** Builds the CLI the tests run, and starts the PostgreSQL server the store tests use. */
export default async function setup(project: TestProject): Promise<() => void> {
  execFileSync(process.execPath, [`${ROOT}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  server = await startPostgres();
  if (!server && process.env.CI)
    throw new Error("PostgreSQL is not installed (.ci/run installs Debian's postgresql package)");
  project.provide('postgresUrl', server?.url ?? '');
  return () => server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
