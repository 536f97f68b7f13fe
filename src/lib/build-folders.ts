// The temporary folders of `npm run build` (scripts/build.ts): where they are and which are stale.
// A build's folder holds Astro's intermediate chunks and data store, every record included, so one
// whose build is over must not remain; tests/unit/hostile-content.test.ts checks that none does.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Inside the project, so that Astro puts its `.prerender/` chunks inside the build's folder too. */
export const buildsDir = (project: string): string => join(project, '.astro');

/** The folder of the build run by process `pid`: `.astro/build-<pid>-<time>/`. */
export const buildFolderName = (pid: number, time = Date.now()): string => `build-${pid}-${time}`;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Names of build folders (under `buildsDir`) whose process has ended: killed, or a build that failed to clean up. */
export function staleBuildFolders(project: string): string[] {
  const dir = buildsDir(project);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => {
    const pid = /^build-(\d+)-\d+$/.exec(name)?.[1];
    return pid !== undefined && !isAlive(Number(pid));
  });
}
