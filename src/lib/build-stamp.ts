// What a built site was built from, so that `npm start` serves a dist/ that is current instead of
// building it again (scripts/start.ts). `npm run build` (scripts/build.ts) takes the fingerprint
// before it builds and records it once the site is published. A build is current when all of these
// are what they were:
// - the content: every file of the content folder (OCOP_CONTENT_DIR), path and bytes;
// - the code: every file that shapes the output (src/, public/, the Astro, TypeScript and package
//   files, the lockfile: a dependency's update is a code change);
// - the settings: the reference date (OCOP_AS_OF, or today in Vietnam: a build from yesterday is not
//   current today, as a certificate may have lapsed at midnight) and whether PDFs were printed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentDir, referenceDate, sheetsWanted } from './env.ts';

const CODE = ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** Regular files only: links, pipes and devices in a content folder are the check's to refuse, not to read. */
function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return statSync(path).isFile() ? [path] : [];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hex SHA-256 of everything a build of `root` (the repository) reads: content, code and settings,
 * as above. Two builds with the same fingerprint write the same site.
 */
export function buildFingerprint(root: string, env = process.env): string {
  const hash = createHash('sha256');
  const add = (label: string, base: string, files: string[]) => {
    for (const file of files) {
      hash.update(`${label}:${relative(base, file)}\0`);
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  };
  const content = contentDir(root, env);
  // A bad OCOP_AS_OF is the build's to report (the content check); here it is only part of the key.
  let asOf: string;
  try {
    asOf = referenceDate(env);
  } catch {
    asOf = `unreadable:${env.OCOP_AS_OF}`;
  }
  hash.update(`content-dir:${content}\0as-of:${asOf}\0sheets:${sheetsWanted(env)}\0`);
  add('content', content, filesUnder(content));
  add(
    'code',
    root,
    CODE.flatMap((path) => filesUnder(join(root, path))),
  );
  return hash.digest('hex');
}

/** Where the fingerprint of the build in `outDir` is kept: outside the site, so it is never published. */
function stampFile(root: string, outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.cache', 'ocop-catalogue', `build-${key}.json`);
}

/** The fingerprint `outDir` was last built with, if a build finished there and it is still there. */
export function builtFingerprint(root: string, outDir: string): string | undefined {
  const file = stampFile(root, outDir);
  if (!existsSync(file) || !existsSync(join(outDir, 'index.html'))) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: string }).fingerprint;
}

/** Records that the site now in `outDir` was built from what `fingerprint` describes. */
export function writeBuildStamp(root: string, outDir: string, fingerprint: string): void {
  const file = stampFile(root, outDir);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ fingerprint, outDir: resolve(outDir), builtAt: new Date().toISOString() })}\n`,
  );
}
