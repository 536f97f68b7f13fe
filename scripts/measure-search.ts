// How many bytes the first search downloads: opens the built search page with a query in a headless
// browser and adds up every response under /pagefind/ (the search runtime, the index chunks, the
// filters and the result fragments). Run after `npm run build`:
//
//   npm run measure-search                              # serves dist/ itself, query "tam duong"
//   npm run measure-search -- --query "che shan tuyet" --url http://127.0.0.1:4321
//
// Sizes are reported as served (astro preview does not compress) and gzipped, as a real host sends them.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: {
    query: { type: 'string', default: 'tam duong' },
    url: { type: 'string' },
    path: { type: 'string', default: '/tim-kiem/' },
  },
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** A minimal static server for dist/, so the measurement needs nothing else running. */
function serveDist(): Promise<Server> {
  const root = resolve('dist');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(root, normalize(path));
    if (file.endsWith('/')) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let server: Server | undefined;
let base = values.url;
if (!base) {
  if (!existsSync('dist/pagefind/pagefind.js')) throw new Error('No dist/pagefind: run `npm run build` first');
  server = await serveDist();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const browser = await chromium.launch(executablePath ? { executablePath } : {});
try {
  const page = await browser.newPage();
  const files: { path: string; bytes: number; gzipped: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    pending.push(
      response.body().then((body) => {
        files.push({ path, bytes: body.length, gzipped: gzipSync(body).length });
      }),
    );
  });
  await page.goto(`${base}${values.path}?q=${encodeURIComponent(values.query)}`);
  await page.locator('[data-results] li, [data-no-results]:not([hidden])').first().waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const results = await page.locator('[data-results] li').count();
  files.sort((a, b) => b.bytes - a.bytes);
  const total = (key: 'bytes' | 'gzipped') => files.reduce((sum, file) => sum + file[key], 0);
  for (const file of files) {
    console.log(`${String(file.bytes).padStart(9)} ${String(file.gzipped).padStart(9)}  ${file.path}`);
  }
  console.log(
    `First query "${values.query}" on ${values.path}: ${results} results shown, ${files.length} files, ` +
      `${total('bytes')} bytes as served, ${total('gzipped')} bytes gzipped.`,
  );
} finally {
  await browser.close();
  server?.close();
}
