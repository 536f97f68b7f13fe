// What each built page costs a visitor, in gzip bytes: the JavaScript it loads up front and its HTML,
// and all CSS together. The budget test (tests/e2e/budgets.spec.ts) holds dist/ to tests/budgets.ts with
// these functions; run as a script it prints the figures of any built folder, so two builds (before and
// after a change) can be compared side by side:
//
//   node scripts/bench/page-weights.ts [dist] [other-dist]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Bytes after gzip at level 9 (what a static host with gzip_static or Brotli fallback sends, roughly). */
export const gzipSize = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** Script types that the browser runs; JSON and JSON-LD blocks are data. */
const isCode = (type: string | undefined) => !type || type === 'module' || /javascript/i.test(type);

/** A built folder's files, by the URL path they are served at. */
export interface BuiltSite {
  /** Absolute path of the folder. */
  dist: string;
  /** The file a URL path is served from, or undefined when the folder has none. */
  fileOf(urlPath: string): string | undefined;
}

/** The site built into `dist` (an absolute or relative folder path). */
export function builtSite(dist: string): BuiltSite {
  const root = resolve(dist);
  return {
    dist: root,
    fileOf(urlPath) {
      const path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
      const candidate = join(root, path.endsWith('/') ? `${path}index.html` : path);
      return candidate.startsWith(root) && existsSync(candidate) && !candidate.endsWith(sep) ? candidate : undefined;
    },
  };
}

/** A module and everything it imports statically (import … from "x", import "x", export … from "x"). */
function moduleGraph(site: BuiltSite, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)) {
    const specifier = match[1]!;
    const url = specifier.startsWith('/') ? specifier : `/${relative(site.dist, dirname(file))}/${specifier}`;
    const target = site.fileOf(new URL(url, 'http://x').pathname);
    if (target) moduleGraph(site, target, seen);
  }
}

/**
 * The JavaScript a page loads up front, in gzip bytes: inline scripts, module scripts and what they
 * import statically, modulepreloads, and islands' component and renderer. Code loaded on demand
 * (dynamic import()) is not counted. `leaveOut(src)` drops a script by its src (to measure one
 * script's share).
 */
export function pageJs(site: BuiltSite, html: string, leaveOut: (src: string) => boolean = () => false): number {
  const root = parse(html);
  const files = new Set<string>();
  let inline = 0;
  for (const script of root.querySelectorAll('script')) {
    if (!isCode(script.getAttribute('type'))) continue;
    const src = script.getAttribute('src');
    if (src && leaveOut(src)) continue;
    if (!src) inline += gzipSize(script.textContent);
    else if (site.fileOf(src)) moduleGraph(site, site.fileOf(src)!, files);
  }
  for (const link of root.querySelectorAll('link[rel="modulepreload"]')) {
    const href = link.getAttribute('href');
    if (href && site.fileOf(href)) moduleGraph(site, site.fileOf(href)!, files);
  }
  // Islands load their component and framework renderer as soon as they hydrate: count them too.
  for (const island of root.querySelectorAll('astro-island')) {
    for (const attribute of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attribute);
      if (url && site.fileOf(url)) moduleGraph(site, site.fileOf(url)!, files);
    }
  }
  return inline + [...files].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
}

/** Every file under dir, recursively, as sorted absolute paths (none when dir does not exist). */
export function filesUnder(dir: string, keep: (file: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(keep)
    .sort();
}

/** All stylesheets of the built site together: how many files and their gzip bytes. */
export function cssTotal(site: BuiltSite): { files: number; bytes: number } {
  const sheets = filesUnder(site.dist, (file) => file.endsWith('.css'));
  return { files: sheets.length, bytes: sheets.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0) };
}

/** The pages the comparison prints: one of each kind a visitor meets, in Vietnamese. */
const KEY_PAGES: Array<[string, (site: BuiltSite) => string | undefined]> = [
  ['home', () => '/'],
  ['product', (site) => firstUnder(site, 'san-pham', (name) => !['nhom', 'trang'].includes(name))],
  ['catalogue', () => '/san-pham/'],
  ['search', () => '/tim-kiem/'],
  ['map', () => '/ban-do/'],
  ['lookup', () => '/tra-cuu/'],
  ['fair pack', () => '/in-an/'],
  ['producer', (site) => firstUnder(site, 'chu-the', (name) => !['nhom', 'xa', 'loai', 'trang'].includes(name))],
];

/** The URL path of the first page in a folder whose name passes `keep`, e.g. the first product. */
function firstUnder(site: BuiltSite, folder: string, keep: (name: string) => boolean): string | undefined {
  const dir = join(site.dist, folder);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && keep(entry.name))
    .map((entry) => entry.name)
    .sort()[0];
  return name ? `/${folder}/${name}/` : undefined;
}

/** One built folder's figures for the key pages: JavaScript and HTML in gzip bytes, or undefined. */
export function keyPageWeights(site: BuiltSite): Array<{ page: string; js?: number; html?: number }> {
  return KEY_PAGES.map(([page, pathOf]) => {
    const path = pathOf(site);
    const file = path ? site.fileOf(path) : undefined;
    if (!file) return { page };
    const html = readFileSync(file, 'utf8');
    return { page, js: pageJs(site, html), html: gzipSize(html) };
  });
}

if (import.meta.main) {
  const folders = process.argv.slice(2);
  const sites = (folders.length > 0 ? folders : ['dist']).map(builtSite);
  const kb = (bytes?: number) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
  const header = ['page', ...sites.flatMap((site) => [`JS ${site.dist}`, `HTML ${site.dist}`])];
  const rows = sites.map(keyPageWeights);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const [index, [page]] of KEY_PAGES.entries()) {
    const cells = rows.flatMap((weights) => [kb(weights[index]!.js), kb(weights[index]!.html)]);
    console.log(`| ${page} | ${cells.join(' | ')} |`);
  }
  const css = sites.map(cssTotal);
  console.log(`| all CSS | ${css.map((total) => `${kb(total.bytes)} (${total.files} files) | `).join('')}`);
}
