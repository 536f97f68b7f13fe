// The sample site as a GitHub Pages project site: content/ with site.json's url moved under a path,
// built into its own folder and served under that path only (tests/e2e/subpath.spec.ts).
import { resolve } from 'node:path';
import { siteBase } from '../../../src/lib/routes.ts';

/** The address of the project site: Astro's `base` is its path. */
export const SUBPATH_URL = 'https://example.github.io/ocop-tam-duong/';
export const SUBPATH_BASE = siteBase(SUBPATH_URL);

/** The fixture's content folder and built site, inside Playwright's output folder (git ignores it). */
export const SUBPATH_DIR = resolve(import.meta.dirname, '../../../test-results/subpath');
export const SUBPATH_CONTENT = resolve(SUBPATH_DIR, 'content');
export const SUBPATH_DIST = resolve(SUBPATH_DIR, 'dist');

/** Its port: the main site is served on E2E_PORT, the headers test on E2E_PORT + 1. */
export const subpathPort = (env = process.env) => Number(env.E2E_PORT ?? 4399) + 2;
