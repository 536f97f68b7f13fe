// `npm run bench:lighthouse`: Lighthouse (mobile profile: a mid-range phone on slow 4G, simulated)
// against the built site in dist/, served on localhost as a static host would serve it (gzip for text,
// the headers of dist/_headers, the 404 page). Prints performance, accessibility, best practices and
// SEO scores with CLS, TBT and LCP for the home page, a product, the catalogue, search, the map and the
// lookup (issue #16), and the goals each misses. Record the figures in BENCHMARKS.md.
//
//   npm run build && npm run bench:lighthouse -- [--runs 3] [--only map,search] [--json out.json] [--port 4499] [--dist dist] [--real-tiles] [--reports dir]
//
// The map's tiles come from a local stub on the next port (scripts/bench/tile-stub.ts): the browser
// resolves the tile hosts of site.json to it, so the built site and its Content-Security-Policy are
// measured as deployed, also on a machine without internet. --real-tiles asks the real tile server.
// --reports writes each run's whole Lighthouse report (JSON) into a folder, to see what an audit found.
//
// With --runs N each page is audited N times and the run with the median performance score is kept
// (Lighthouse's own advice for noisy machines). Chromium comes from CHROMIUM_PATH, /usr/bin/chromium,
// or Playwright's download.
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { headersFor, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { COMPRESSIBLE as SEARCH_COMPRESSIBLE, TYPES as SEARCH_TYPES } from './search-bytes.ts';
import { startTileStub, type TileStub } from './tile-stub.ts';

const repo = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: join(repo, 'dist') },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
    json: { type: 'string' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4499' },
    'real-tiles': { type: 'boolean', default: false },
    reports: { type: 'string' },
  },
});
const dist = resolve(args.dist);

// The first-search benchmark's types, and the rest a whole site serves.
const TYPES: Record<string, string> = {
  ...SEARCH_TYPES,
  '.webmanifest': 'application/manifest+json',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};
const COMPRESSIBLE = new Set([...SEARCH_COMPRESSIBLE, '.webmanifest', '.xml', '.txt', '.csv', '.ics']);

/** dist/ as a static host serves it: a folder's index.html, gzip for text, _headers, 404.html, long caching for /_astro/. */
function serve(root: string, port: number): Promise<Server> {
  const rulesFile = join(root, '_headers');
  const rules = existsSync(rulesFile) ? parseHeadersFile(readFileSync(rulesFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(root, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!file.startsWith(root) || !existsSync(file)) {
      process.stderr.write(`404 ${path}\n`);
      file = join(root, '404.html');
      status = 404;
      if (!existsSync(file)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /gzip/.test(String(request.headers['accept-encoding']));
    response.writeHead(status, {
      ...headersFor(rules, path),
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      ...(path.startsWith('/_astro/') && { 'cache-control': 'public, max-age=31536000, immutable' }),
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** The first published product page in dist/, by slug. */
function firstProduct(): string {
  const slug = readdirSync(join(dist, 'san-pham'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['nhom', 'trang'].includes(entry.name))
    .map((entry) => entry.name)
    .sort()[0];
  if (!slug) throw new Error('dist/san-pham/ holds no product page: build the site first');
  return `/san-pham/${slug}/`;
}

const PAGES: { name: string; path: string; indexable: boolean }[] = [
  { name: 'home', path: '/', indexable: true },
  { name: 'product', path: existsSync(join(dist, 'san-pham')) ? firstProduct() : '/san-pham/', indexable: true },
  { name: 'catalogue', path: '/san-pham/', indexable: true },
  { name: 'search', path: '/tim-kiem/?q=ch%C3%A8', indexable: false },
  { name: 'map', path: '/ban-do/', indexable: true },
  { name: 'lookup', path: '/tra-cuu/', indexable: true },
];

/** The goals of issue #16. */
const GOALS = {
  performance: (name: string) => (name === 'map' ? 85 : 95),
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  cls: 0.05,
};

interface Row {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  cls: number;
  tbt: number;
  lcp: number;
  failing: string[];
  /** The elements that moved most, when the page shifts (Lighthouse's layout-shifts audit). */
  shifted: string[];
  /** What the console said, when best practices lists errors. */
  consoleErrors: string[];
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

async function audit(url: string, port: number, name: string, path: string): Promise<Row> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  if (args.reports) {
    mkdirSync(args.reports, { recursive: true });
    writeFileSync(join(args.reports, `${name}-${Date.now()}.json`), result.report as string);
  }
  interface Item {
    node?: { selector?: string; snippet?: string };
    score?: number;
    subItems?: { items?: { cause?: string }[] };
    source?: string;
    description?: string;
    url?: string;
  }
  const items = (id: string) => ((audits[id]?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
  const failing = Object.values(categories)
    .filter((category) => ['accessibility', 'best-practices', 'seo'].includes(category.id))
    .flatMap((category) =>
      category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => [category.id, ref.id] as const),
    )
    .filter(([, id]) => audits[id]?.score !== null && (audits[id]?.score ?? 1) < 1)
    .map(([category, id]) => `${category}: ${id}`);
  return {
    name,
    path,
    performance: score(categories.performance?.score),
    accessibility: score(categories.accessibility?.score),
    'best-practices': score(categories['best-practices']?.score),
    seo: score(categories.seo?.score),
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbt: audits['total-blocking-time']?.numericValue ?? NaN,
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    failing,
    shifted: items('layout-shifts')
      .slice(0, 3)
      .map((item) => {
        const causes = (item.subItems?.items ?? []).map((cause) => cause.cause ?? '').filter(Boolean);
        const where = item.node?.selector ?? item.node?.snippet ?? '?';
        return `${where} (${Number(item.score).toFixed(3)}${causes.length ? `, ${causes.join(', ')}` : ''})`;
      }),
    consoleErrors: items('errors-in-console').map(
      (item) => `${item.source}: ${String(item.description).slice(0, 160)}`,
    ),
  };
}

/** An audit, tried again (twice at most) when Lighthouse's trace failed (NO_NAVSTART and the like, seen on a loaded machine). */
async function auditRetrying(url: string, port: number, name: string, path: string): Promise<Row> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, port, name, path);
    } catch (error) {
      if (attempt === 3) throw error;
      process.stderr.write(`${name}: ${(error as Error).message}; trying again\n`);
    }
  }
}

function misses(row: Row, indexable: boolean): string[] {
  const out: string[] = [];
  if (row.performance < GOALS.performance(row.name)) out.push(`performance < ${GOALS.performance(row.name)}`);
  if (row.accessibility < GOALS.accessibility) out.push('accessibility < 100');
  if (row['best-practices'] < GOALS['best-practices']) out.push('best-practices < 100');
  if (indexable && row.seo < GOALS.seo) out.push('SEO < 100');
  if (!(row.cls < GOALS.cls)) out.push(`CLS ≥ ${GOALS.cls}`);
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ holds no site: run `npm run build` first');
  const port = Number(args.port);
  const runs = Math.max(1, Number(args.runs));
  const only = args.only?.split(',');
  const server = await serve(dist, port);
  const tiles: TileStub | undefined = args['real-tiles'] ? undefined : await startTileStub(repo, port + 1);
  const chromePath =
    process.env.CHROMIUM_PATH ??
    ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync) ??
    chromium.executablePath();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-quic',
      ...(tiles?.chromeFlags ?? []),
    ],
  });
  const rows: Row[] = [];
  try {
    for (const page of PAGES.filter((p) => !only || only.includes(p.name))) {
      const url = `http://127.0.0.1:${port}${page.path}`;
      const results: Row[] = [];
      for (let run = 0; run < runs; run++) results.push(await auditRetrying(url, chrome.port, page.name, page.path));
      results.sort((a, b) => a.performance - b.performance);
      const row = results[Math.floor(results.length / 2)]!;
      rows.push(row);
      process.stderr.write(`${page.name}: done\n`);
    }
  } finally {
    chrome.kill();
    server.close();
    tiles?.close();
  }
  const header = ['page', 'path', 'perf', 'a11y', 'best-pr.', 'SEO', 'CLS', 'TBT ms', 'LCP s'];
  const table = rows.map((row) => [
    row.name,
    row.path,
    String(row.performance),
    String(row.accessibility),
    String(row['best-practices']),
    String(row.seo),
    row.cls.toFixed(3),
    String(Math.round(row.tbt)),
    (row.lcp / 1000).toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of table) console.log(line(r));
  console.log('');
  for (const row of rows) {
    const indexable = PAGES.find((p) => p.name === row.name)?.indexable ?? true;
    const missed = misses(row, indexable);
    if (missed.length) console.log(`${row.name}: misses ${missed.join(', ')}`);
    if (row.failing.length) console.log(`${row.name}: failing audits: ${row.failing.join(', ')}`);
    if (!(row.cls < GOALS.cls)) console.log(`${row.name}: shifted: ${row.shifted.join('; ')}`);
    for (const error of row.consoleErrors) console.log(`${row.name}: console: ${error}`);
  }
  if (args.json) writeFileSync(args.json, `${JSON.stringify(rows, null, 2)}\n`);
}

await main();
