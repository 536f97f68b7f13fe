// The built site as files: the quality sweeps (accessibility, HTML, links, budgets, headers) read
// dist/ after Playwright's web server has built it, so they cover every page that exists, whoever added it.
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { PAGES } from '../../src/lib/routes.ts';
import { builtSite, filesUnder } from '../../scripts/bench/page-weights.ts';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Every file under dir, recursively, as absolute paths (one helper with the page-weight measure). */
export { filesUnder };

export const htmlFiles = () => filesUnder(DIST, (file) => file.endsWith('.html'));

/** The URL path a built HTML file is served at: dist/en/index.html → /en/. */
export function urlPathOf(file: string): string {
  const path = `/${relative(DIST, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file a URL path is served from, or undefined when the built site has none. */
export const { fileOf } = builtSite(DIST);

/** Paths listed in dist/sitemap-*.xml (the @astrojs/sitemap output), without the site's origin. */
function sitemapPaths(): string[] {
  const sitemaps = filesUnder(DIST, (file) => /[/\\]sitemap-\d+\.xml$/.test(file));
  return sitemaps.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
  );
}

/**
 * The pages the sweeps visit: the sitemap when the build writes one, else every built HTML page
 * (404 included); plus pages the sitemap leaves out on purpose (search results, the map, print
 * pages) whenever they were built, and a search with words in it.
 */
export function sitePages(): string[] {
  const listed = sitemapPaths();
  const base = listed.length > 0 ? listed : htmlFiles().map(urlPathOf);
  const routed = Object.values(PAGES).flatMap((paths) => Object.values(paths) as string[]);
  const extras = [...routed, '/404.html', '/en/404.html'].filter((path) => fileOf(path));
  const searches = [PAGES.search.vi, PAGES.search.en].filter((path) => fileOf(path)).map((path) => `${path}?q=che`);
  return [...new Set([...base, ...extras, ...searches])];
}

/** Splits a list into `count` interleaved shares, so a sweep runs as a fixed number of parallel tests. */
export const share = <T>(items: T[], index: number, count: number) => items.filter((_, i) => i % count === index);
