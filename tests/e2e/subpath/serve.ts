// Playwright's second web server (playwright.config.ts): builds the sample site under a sub-path and
// serves it there, with the headers of its own dist/_headers, as GitHub Pages (or Netlify) would.
//
//   node tests/e2e/subpath/serve.ts
//
// The content folder is content/ with another site.json: its record folders are copies of the sample's
// (a content folder may hold no links; the photos' bytes are the same, so the image cache serves this
// build too), and its url has a path.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../../scripts/serve-static.ts';
import { headersFor, parseHeadersFile } from '../../../src/lib/security-headers.ts';
import { TEST_AS_OF } from '../as-of.ts';
import { SUBPATH_BASE, SUBPATH_CONTENT, SUBPATH_DIR, SUBPATH_DIST, SUBPATH_URL, subpathPort } from './site.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SAMPLE = join(ROOT, 'content');

rmSync(SUBPATH_DIR, { recursive: true, force: true });
mkdirSync(SUBPATH_CONTENT, { recursive: true });
for (const entry of readdirSync(SAMPLE, { withFileTypes: true })) {
  if (entry.isDirectory()) cpSync(join(SAMPLE, entry.name), join(SUBPATH_CONTENT, entry.name), { recursive: true });
}
const site = JSON.parse(readFileSync(join(SAMPLE, 'site.json'), 'utf8')) as Record<string, unknown>;
writeFileSync(join(SUBPATH_CONTENT, 'site.json'), `${JSON.stringify({ ...site, url: SUBPATH_URL }, null, 2)}\n`);

const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', SUBPATH_DIST], {
  cwd: ROOT,
  env: { ...process.env, OCOP_CONTENT_DIR: SUBPATH_CONTENT, OCOP_AS_OF: TEST_AS_OF },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error(`the sub-path build failed (exit ${build.status})`);
  process.exit(1);
}

const rules = parseHeadersFile(readFileSync(join(SUBPATH_DIST, '_headers'), 'utf8'));
await serveStatic(SUBPATH_DIST, subpathPort(), (path) => headersFor(rules, path), SUBPATH_BASE);
console.log(`serving ${SUBPATH_DIST} at http://127.0.0.1:${subpathPort()}${SUBPATH_BASE}`);
