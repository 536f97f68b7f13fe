// What a visitor downloads for a first search: serve the built site as a static host would (gzip for
// text), open the search page with a query in Chromium, and add up the bytes that came over the wire.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from '@playwright/test';

/** Content types of the files a built site serves; shared with scripts/bench/lighthouse.ts. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(root, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /gzip/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export interface SearchBytes {
  /** Bytes of Pagefind's files (script, WASM, index chunks, fragments). */
  pagefind: number;
  /** Every byte of the visit: page, styles, scripts, fonts and Pagefind. */
  total: number;
  requests: number;
  /** Pagefind's bytes by kind of file (see `pagefindKind`), with the number of files of each. */
  byKind: Record<string, { bytes: number; files: number }>;
}

/** What a Pagefind file is, from its name: the entry, script, WASM, index or filter chunk, fragment, meta. */
export function pagefindKind(url: string): string {
  const name = new URL(url).pathname.split('/pagefind/')[1] ?? '';
  if (name.startsWith('index/')) return 'index chunks';
  if (name.startsWith('filter/')) return 'filter chunks';
  if (name.startsWith('fragment/')) return 'fragments';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.startsWith('wasm.')) return 'wasm';
  return name;
}

export async function firstSearchBytes(dist: string, query: string, port: number): Promise<SearchBytes | undefined> {
  if (!existsSync(join(dist, 'pagefind')) || !existsSync(join(dist, 'tim-kiem'))) return undefined;
  const server = await serveStatic(dist, port);
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') && { executablePath: '/usr/bin/chromium' }),
    args: ['--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(
        request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })),
      );
    });
    // Wait for the first result's fragment, not just for a quiet network: on a large index the page
    // can be busy searching (no request in flight) before it fetches any fragment, and typing the
    // query then would reload the page and count everything twice.
    const fragment = page
      .waitForResponse((response) => response.url().includes('pf_fragment'), { timeout: 30_000 })
      .catch(() => undefined);
    await page.goto(`http://127.0.0.1:${port}/tim-kiem/?q=${encodeURIComponent(query)}`);
    // Whether a fragment came, from the response itself: its 'requestfinished' may not have fired yet,
    // and typing the query then would load the page again and count everything twice.
    const sawFragment = Boolean(await fragment);
    await page.waitForLoadState('networkidle');
    // Then until no request has finished for a second: the fragments of the first results come last.
    for (let seen = -1; seen !== sizes.length;) {
      seen = sizes.length;
      await page.waitForTimeout(1000);
    }
    if (!sawFragment) {
      // A search page that does not read ?q= on load: type the query as a person would.
      const box = page.getByRole('searchbox').first();
      if (await box.count()) {
        await box.fill(query);
        await box.press('Enter');
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(1500);
      }
    }
    const all = await Promise.all(sizes);
    const byKind: SearchBytes['byKind'] = {};
    for (const { url, bytes } of all.filter(({ url }) => url.includes('/pagefind/'))) {
      const kind = (byKind[pagefindKind(url)] ??= { bytes: 0, files: 0 });
      kind.bytes += bytes;
      kind.files += 1;
    }
    return {
      byKind,
      pagefind: all.filter(({ url }) => url.includes('/pagefind/')).reduce((sum, { bytes }) => sum + bytes, 0),
      total: all.reduce((sum, { bytes }) => sum + bytes, 0),
      requests: all.length,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// `node scripts/bench/search-bytes.ts <dist> [query] [port]`: measures one built site on its own.
if (import.meta.main) {
  const [dist, query = 'mat ong', port = '4511'] = process.argv.slice(2);
  if (!dist) throw new Error('usage: node scripts/bench/search-bytes.ts <dist> [query] [port]');
  const bytes = await firstSearchBytes(resolve(dist), query, Number(port));
  if (!bytes) throw new Error(`${dist} has no search page or no pagefind/ folder`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  for (const [kind, { bytes: n, files }] of Object.entries(bytes.byKind).sort(([, a], [, b]) => b.bytes - a.bytes)) {
    console.log(`${kind.padEnd(22)}${kb(n)}  ${files} file(s)`);
  }
  console.log(`${'Pagefind, all'.padEnd(22)}${kb(bytes.pagefind)}`);
  console.log(`${'everything'.padEnd(22)}${kb(bytes.total)}  ${bytes.requests} request(s)`);
}
