import { execFileSync } from 'node:child_process';
import { ROOT } from './paths.js';

/** The CLI tests run the built binary, as users do. */
export default function setup(): void {
  execFileSync(process.execPath, [`${ROOT}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
