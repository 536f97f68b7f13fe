// `npm run build`: builds the site all-or-nothing (issue #18). Astro builds into a temporary folder
// inside the project (so that its intermediate `.prerender/` chunks, which hold every record, land
// there too), with a cache folder of its own (the content layer's data store, also every record, so
// that nothing of one build or content folder is seen by the next). Only when the whole build,
// every integration included, has succeeded does the new site replace dist/. On any failure the
// temporary folder and dist/ are removed: no site, old or partial, is left to be deployed by mistake.
//
//   npm run build                      → dist/
//   npm run build -- --outDir <dir>    → <dir>/ (other arguments go to `astro build`)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILD_WRAPPER_ENV } from '../src/integrations/content-check.ts';
import { buildFolderName, buildsDir, staleBuildFolders } from '../src/lib/build-folders.ts';
import { buildFingerprint, writeBuildStamp } from '../src/lib/build-stamp.ts';

const project = resolve(import.meta.dirname, '..');
const WORK = buildsDir(project);

function splitArgs(args: string[]): { outDir: string; rest: string[] } {
  let outDir = 'dist';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--outDir') outDir = args[++i] ?? outDir;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  return { outDir: resolve(outDir), rest };
}

/** Temporary folders of builds whose process is gone (killed, machine stopped): they may hold every record. */
function removeStaleBuilds(): void {
  for (const name of staleBuildFolders(project)) rmSync(join(WORK, name), { recursive: true, force: true });
  rmSync(join(WORK, '.prerender'), { recursive: true, force: true });
}

/** Moves the finished site to `target`, replacing what was there; across file systems by copying. */
function publish(built: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(built, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(built, target, { recursive: true });
  }
  rmSync(old, { recursive: true, force: true });
}

const { outDir, rest } = splitArgs(process.argv.slice(2));
// What this build reads, taken before it reads anything: `npm start` serves a site built from the same.
const fingerprint = buildFingerprint(project);
removeStaleBuilds();
const work = join(WORK, buildFolderName(process.pid));
const built = join(work, 'dist');
mkdirSync(work, { recursive: true });

const child = spawn(
  process.execPath,
  [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', built, ...rest],
  {
    cwd: project,
    stdio: 'inherit',
    // A production build whoever runs it (a test runner sets NODE_ENV=test, which Vite would follow).
    env: {
      ...process.env,
      NODE_ENV: 'production',
      [BUILD_WRAPPER_ENV]: '1',
      OCOP_BUILD_CACHE_DIR: join(work, 'cache'),
    },
  },
);
// Ctrl-C reaches the build too (same process group); a SIGTERM sent to this process alone is passed on.
// Either way this process waits for the build to end, then cleans up.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));

const code: number = await new Promise((done) =>
  child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0))),
);
const complete = code === 0 && existsSync(join(built, '_headers')) && !existsSync(join(built, '.prerender'));
try {
  if (complete) {
    publish(built, outDir);
    writeBuildStamp(project, outDir, fingerprint);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  removeStaleBuilds();
  if (!complete) rmSync(outDir, { recursive: true, force: true });
}
if (!complete) {
  console.error(
    `\nThe build failed: nothing was published, and ${outDir} was removed so that no old or partial site is deployed.`,
  );
  process.exit(code || 1);
}
console.log(`Site written to ${outDir}`);
