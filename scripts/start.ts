// `npm start`: serves the built site at http://127.0.0.1:4321/ (PORT chooses another port), building
// it first unless dist/ is current: built from the same content, code and reference date as now
// (src/lib/build-stamp.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildFingerprint, builtFingerprint } from '../src/lib/build-stamp.ts';
import { referenceDate } from '../src/lib/env.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const port = process.env.PORT ?? '4321';
const run = (command: string, ...args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

if (builtFingerprint(root, dist) === buildFingerprint(root)) {
  console.log(`dist/ is current (same content, code and reference date ${referenceDate()}): not building it again.`);
} else {
  const status = run('npm', 'run', '--silent', 'build');
  if (status !== 0) process.exit(status);
}
process.exit(run('astro', 'preview', '--host', '127.0.0.1', '--port', port));
