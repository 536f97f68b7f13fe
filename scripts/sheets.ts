// `npm run sheets`: prints every published product's A4 sheet to PDF, in Vietnamese and English,
// and the whole catalogue as one PDF per language, into the built site (dist/pdf/). It serves dist/
// on a local port and prints with Playwright's Chromium, so the PDFs are exactly what a browser prints.
//
//   npm run build && npm run sheets                 all products
//   npm run sheets -- --only che-xanh-tam-duong     some products only (comma-separated), no catalogue
//
// CHROMIUM_PATH chooses the browser; by default Debian's /usr/bin/chromium, else Playwright's own.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serveStatic } from './serve-static.ts';
import { readSiteFile } from '../src/lib/content/read.ts';
import { contentDir } from '../src/lib/env.ts';
import {
  cataloguePdfPath,
  DATA_FILES,
  pagePath,
  recordPath,
  sheetPdfPath,
  siteBase,
  withBase,
} from '../src/lib/routes.ts';
import { siteSchema } from '../src/schemas/site.ts';

const LOCALES = ['vi', 'en'] as const;
const dist = resolve('dist');

function fail(message: string): never {
  console.error(`sheets: ${message}`);
  process.exit(1);
}

/** The products that have a sheet in this build: the published ones, as the open data lists them. */
function builtSheets(): string[] {
  const file = join(dist, DATA_FILES.productsJson);
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { slug: string }[]).map((product) => product.slug);
}

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? (process.argv[onlyIndex + 1] ?? '').split(',').filter(Boolean) : undefined;

if (!existsSync(join(dist, 'index.html'))) fail('dist/ holds no built site. Run `npm run build` first.');
const slugs = builtSheets().filter((slug) => !only || only.includes(slug));
if (only && slugs.length < only.length) {
  fail(`no printable sheet for: ${only.filter((slug) => !slugs.includes(slug)).join(', ')} (not published?)`);
}

let chromium: typeof import('@playwright/test').chromium;
try {
  ({ chromium } = await import('@playwright/test'));
} catch {
  fail('Playwright is not installed. Run `npm install` first.');
}
const executablePath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const browser = await chromium
  .launch({ ...(executablePath && { executablePath }), args: ['--disable-background-networking'] })
  .catch((error: unknown) => {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(
      `cannot start a browser to print with${executablePath ? ` (${executablePath})` : ''}: ${detail}\n` +
        'Install Chromium (Debian: `apt-get install -y chromium`; elsewhere: `npx playwright install chromium`) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    );
  });

// The site is served under its base, as it will be: its pages link their styles and scripts there.
// Plain Node sees the route helpers' paths from the root (src/lib/routes.ts), so the base is added here.
const base = siteBase(siteSchema.parse(readSiteFile(contentDir(), [])?.data).url);
const server = await serveStatic(dist, 0, undefined, base);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const started = performance.now();
let written = 0;
try {
  const context = await browser.newContext();
  // Nothing on a sheet needs the internet; refusing it keeps printing fast and offline.
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  const print = async (path: string, file: string, sheets = 0) => {
    await page.goto(`${origin}${withBase(path, base)}`, { waitUntil: 'load' });
    // The fair pack fetches its sheets from the product pages: wait for all of them, and for its
    // print button, enabled once the contents page has their names.
    if (sheets > 0) {
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll('[data-pack-sheets] [data-sheet]').length >= count &&
          document.querySelector('.pack-builder .button:disabled') === null,
        sheets,
        { timeout: 0 },
      );
    }
    await page.evaluate(() => document.fonts.ready);
    const target = join(dist, file);
    mkdirSync(dirname(target), { recursive: true });
    await page.pdf({ path: target, format: 'A4', preferCSSPageSize: true, printBackground: true });
    written += 1;
  };
  for (const locale of LOCALES) {
    for (const slug of slugs) await print(recordPath('product', locale, slug), sheetPdfPath(locale, slug));
    if (!only) {
      // The fair pack with every product, a cover and a contents page.
      const pack = `${pagePath('fairPack', locale)}?sp=${slugs.join(',')}&bia=1&mucluc=1`;
      await print(pack, cataloguePdfPath(locale), slugs.length);
    }
  }
} finally {
  await browser.close();
  server.close();
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`sheets: wrote ${written} PDF files to dist/pdf/ in ${seconds} s`);
