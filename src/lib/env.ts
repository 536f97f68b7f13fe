import { isAbsolute, resolve } from 'node:path';
import { isIsoDate, type IsoDate } from './dates.ts';
import { todayInVietnam } from './validity.ts';

/** The content root: `OCOP_CONTENT_DIR`, relative to the repo root, or `content/`. */
export function contentDir(root: string = process.cwd(), env = process.env): string {
  const dir = env.OCOP_CONTENT_DIR?.trim() || 'content';
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** The reference date: `OCOP_AS_OF` when set, else today in Vietnam. */
export function referenceDate(env = process.env, now: Date = new Date()): IsoDate {
  const value = env.OCOP_AS_OF?.trim();
  if (!value) return todayInVietnam(now);
  if (!isIsoDate(value)) {
    throw new Error(`OCOP_AS_OF: "${value}" is not a date; write it as YYYY-MM-DD, e.g. 2025-10-20`);
  }
  return value;
}

/**
 * Whether this build writes the PDF sheets (`OCOP_SHEETS=1`, what `npm run sheets` sets): then every
 * product page and the fair-pack page link their PDF, and the build prints each one into `pdf/`
 * (src/integrations/sheets.ts), failing if it cannot. Otherwise no page names a PDF, so no page
 * points at, or asks for, a file that does not exist.
 */
export function sheetsWanted(env = process.env): boolean {
  return ['1', 'true', 'yes'].includes(env.OCOP_SHEETS?.trim().toLowerCase() ?? '');
}

/**
 * This build's id: the time it started, ISO 8601. Pages carry it (`<html data-build>`), the service
 * worker is stamped with it and Pagefind's entry file is fetched with it, so that a browser can tell
 * one build from the next. Set once per process, in `OCOP_BUILD_ID`, so that every page of a build and
 * its build:done hooks share it.
 */
export function buildId(env = process.env, now: Date = new Date()): string {
  env.OCOP_BUILD_ID ||= now.toISOString();
  return env.OCOP_BUILD_ID;
}
