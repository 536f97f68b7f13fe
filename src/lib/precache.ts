/**
 * What the service worker downloads on a visitor's first visit, so that the site works without signal
 * afterwards (issue #15): the precache. One list, read by the build (src/integrations/offline.ts hands
 * it to Workbox), the budget test and the benchmark.
 *
 * Groups come in order. Every required group is precached, whatever its size; an optional group only
 * while the whole precache stays within OPTIONAL_CEILING, so a small catalogue (the sample) keeps its
 * whole search index offline, and a national one keeps what it must within its budget (BENCHMARKS.md).
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOOKUP_ALL, OFFLINE_FILES, pagePath, type PageName } from './routes.ts';

export interface PrecacheGroup {
  name: string;
  /** Globs relative to the built site. */
  patterns: string[];
  optional?: boolean;
}

/** Pages that work offline after one visit, in both languages. */
export const PRECACHED_PAGES = ['home', 'map', 'verify', 'search', 'offline'] as const satisfies readonly PageName[];

/** Optional groups are precached while the whole stays within this many bytes (the sample's budget is 1.5 MiB). */
export const OPTIONAL_CEILING = 1.25 * 1024 * 1024;

/** The file a page's URL is served from: `/ban-do/` → `ban-do/index.html`. */
const htmlFile = (path: string) => `${path.slice(1)}index.html`;

export function precacheGroups(): PrecacheGroup[] {
  const locales = ['vi', 'en'] as const;
  return [
    {
      name: 'pages',
      patterns: [
        ...PRECACHED_PAGES.flatMap((page) => locales.map((locale) => htmlFile(pagePath(page, locale)))),
        // The not-found pages (each language's), where the build writes them.
        '404.html',
        'en/404.html',
      ],
    },
    // All of the site's code and styles: the pages kept as they are read need theirs (the lapse check
    // is a script), and all of it is about 300 KB whatever the catalogue's size.
    { name: 'code', patterns: ['_astro/*.js', '_astro/*.css'] },
    { name: 'fonts', patterns: ['_astro/*.woff2'] },
    {
      name: 'app',
      patterns: [
        ...Object.values(OFFLINE_FILES.manifest).map((path) => path.slice(1)),
        `${OFFLINE_FILES.icons.slice(1)}*.png`,
        'favicon.svg',
      ],
    },
    { name: 'map', patterns: ['data/places.geojson'] },
    // Every certificate, once: the worker answers the lookup's shards from it (src/lib/lookup-offline.ts).
    { name: 'lookup', patterns: [LOOKUP_ALL.slice(1)] },
    {
      name: 'search',
      patterns: [
        'pagefind/pagefind.js',
        'pagefind/pagefind-worker.js',
        'pagefind/wasm.*.pagefind',
        'pagefind/pagefind-entry.json',
        'pagefind/*.pf_meta',
      ],
    },
    {
      name: 'search index',
      optional: true,
      patterns: ['pagefind/index/*', 'pagefind/fragment/*', 'pagefind/filter/*'],
    },
    { name: 'map details', optional: true, patterns: ['data/places/*.json'] },
  ];
}

export interface PrecacheFile {
  /** Relative to the built site, as Workbox globs it. */
  file: string;
  /** The URL the worker caches it under. */
  url: string;
  bytes: number;
}

export interface PrecacheSelection {
  files: PrecacheFile[];
  /** Patterns of the groups taken that match a file: what Workbox is given. */
  patterns: string[];
  groups: { name: string; files: number; bytes: number; included: boolean }[];
  bytes: number;
}

/** The URL a precached file is requested at: `ban-do/index.html` → `/ban-do/`, `404.html` → `/404.html`. */
export function precacheUrl(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** The precache of a built site (`dist`), by the groups above. */
export function selectPrecache(dist: string, ceiling = OPTIONAL_CEILING): PrecacheSelection {
  const files: PrecacheFile[] = [];
  const patterns: string[] = [];
  const groups: PrecacheSelection['groups'] = [];
  let bytes = 0;
  for (const group of precacheGroups()) {
    const matched = group.patterns.map((pattern) => ({ pattern, found: globSync(pattern, { cwd: dist }).sort() }));
    const found = [...new Set(matched.flatMap(({ found: list }) => list))];
    const groupFiles = found.map((file) => ({ file, url: precacheUrl(file), bytes: statSync(join(dist, file)).size }));
    const groupBytes = groupFiles.reduce((sum, file) => sum + file.bytes, 0);
    const included = !group.optional || bytes + groupBytes <= ceiling;
    groups.push({ name: group.name, files: groupFiles.length, bytes: groupBytes, included });
    if (!included) continue;
    files.push(...groupFiles);
    patterns.push(...matched.filter(({ found: list }) => list.length > 0).map(({ pattern }) => pattern));
    bytes += groupBytes;
  }
  return { files, patterns, groups, bytes };
}

/** The precache's size after gzip (what a visitor downloads from a host that compresses text), in bytes. */
export function gzipBytes(dist: string, files: PrecacheFile[]): number {
  return files.reduce((sum, { file }) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
}

/** A line for the build log and the benchmark: "precache: 123 files, 1.09 MB (0.51 MB gzip); pages 334 kB, …" (1 MB = 10^6 bytes). */
export function describePrecache(selection: PrecacheSelection, gzip?: number): string {
  const mb = (value: number) => `${(value / 1e6).toFixed(2)} MB`;
  const groups = selection.groups
    .map((group) => `${group.name} ${(group.bytes / 1e3).toFixed(0)} kB${group.included ? '' : ' (not precached)'}`)
    .join(', ');
  const compressed = gzip === undefined ? '' : ` (${mb(gzip)} gzip)`;
  return `precache: ${selection.files.length} files, ${mb(selection.bytes)}${compressed}; ${groups}`;
}
