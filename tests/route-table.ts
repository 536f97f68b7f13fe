// The route table (src/lib/routes.ts) against a built site: which route a built file comes from, and
// what the build writes besides routes. Used by tests/e2e/routes.spec.ts (the sample site) and
// tests/unit/large-catalogue.test.ts (a catalogue long enough for the later pages of listings).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { routePatterns, type RoutePattern } from '../src/lib/routes.ts';

const PUBLIC = join(import.meta.dirname, '../public');

/**
 * What the build writes besides the routes, and who writes it. A tool that adds files to the built
 * site adds them here; a page or a data file is a route and goes in the table instead.
 */
export const OTHER_OUTPUTS: { path: RegExp; writer: string }[] = [
  { path: /^\/_astro\//, writer: 'Vite: the bundled scripts, styles, images and fonts' },
  { path: /^\/pagefind\//, writer: 'the search index (src/integrations/search-index.ts)' },
  { path: /^\/sitemap-(?:index|\d+)\.xml$/, writer: '@astrojs/sitemap' },
  { path: /^\/_headers$/, writer: 'the security headers (src/integrations/security-headers.ts)' },
  { path: /^\/pdf\//, writer: 'the PDF sheets (src/integrations/sheets.ts), when OCOP_SHEETS=1' },
  { path: /^\/admin\//, writer: 'the editor, Sveltia CMS and its config.yml (src/integrations/admin.ts)' },
  {
    path: /^(?:\/sw\.js|(?:\/en)?\/manifest\.webmanifest|\/icons\/[\w-]+\.png)$/,
    writer: 'the service worker, web app manifests and app icons (src/integrations/offline.ts)',
  },
];

/** Routes that leave no file in the finished site, and why. */
export const TRANSIENT_ROUTES: Partial<Record<RoutePattern['name'], string>> = {
  searchRecords: 'src/integrations/search-index.ts turns them into /pagefind/ and deletes them',
};

/** Files of public/, copied into the site as they are. */
const publicFiles = (): Set<string> =>
  new Set(
    existsSync(PUBLIC)
      ? readdirSync(PUBLIC, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => `/${relative(PUBLIC, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
      : [],
  );

/** A route pattern as a regular expression over URL paths: `[name]` is one path segment or part of one. */
function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\[[^\]]+\])/)
    .map((part) => (/^\[[^\]]+\]$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

const compiled = routePatterns().map((route) => ({ route, regExp: patternRegExp(route.pattern) }));

/**
 * The routes whose pattern a URL path matches (a page's path ends in `/`, a file's in its name; Astro
 * writes the page of pattern `/404` to `/404.html`).
 */
export const routesOf = (urlPath: string): RoutePattern[] =>
  compiled
    .filter(
      ({ route, regExp }) =>
        regExp.test(urlPath) || (route.file.endsWith('.astro') && regExp.test(urlPath.replace(/\.html$/, ''))),
    )
    .map(({ route }) => route);

/** The URL path a built file is served at: `san-pham/x/index.html` → `/san-pham/x/`. */
export function urlPathOfFile(relativePath: string): string {
  const path = `/${relativePath.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface RouteTableReport {
  /** Built files (URL paths) that no route and no other output accounts for, or that two routes claim. */
  unaccounted: string[];
  claimedTwice: string[];
  /** How many built files each pattern has: `name vi`, `name en` or `name` → count. */
  filesPerPattern: Map<string, number>;
}

export const patternKey = (route: RoutePattern) => (route.locale ? `${route.name} ${route.locale}` : route.name);

/** Sorts every file of a built site (relative paths) into the routes of the table. */
export function sortBuiltFiles(relativePaths: string[]): RouteTableReport {
  const publics = publicFiles();
  const filesPerPattern = new Map(routePatterns().map((route) => [patternKey(route), 0]));
  const unaccounted: string[] = [];
  const claimedTwice: string[] = [];
  for (const file of relativePaths) {
    const path = urlPathOfFile(file);
    if (publics.has(path) || OTHER_OUTPUTS.some(({ path: other }) => other.test(path))) continue;
    const routes = routesOf(path);
    if (routes.length === 0) unaccounted.push(path);
    if (routes.length > 1) claimedTwice.push(`${path}: ${routes.map(patternKey).join(', ')}`);
    for (const route of routes)
      filesPerPattern.set(patternKey(route), (filesPerPattern.get(patternKey(route)) ?? 0) + 1);
  }
  return { unaccounted, claimedTwice, filesPerPattern };
}

/** The later pages of long listings: only a catalogue that outgrows one page has them. */
export const isLaterPagesRoute = (route: RoutePattern) => route.pattern.includes('[page]');
