// The PDF sheets (and sales points' kits), written by the build itself when it is asked to (OCOP_SHEETS=1: `npm run sheets`).
// Pages link a PDF only in such a build (src/lib/env.ts `sheetsWanted`), and this build fails unless
// every linked PDF is written: a page never points at a file that may not exist.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { serveStatic } from '../../scripts/serve-static.ts';
import { sheetsWanted } from '../lib/env.ts';
import {
  cataloguePdfPath,
  DATA_FILES,
  pagePath,
  PLACE_KITS,
  placeKitPath,
  placeKitPdfPath,
  recordPath,
  sheetPdfPath,
  withBase,
  type PlaceKit,
} from '../lib/routes.ts';

const LOCALES = ['vi', 'en'] as const;

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; undefined: Playwright's own browser. */
const chromiumPath = () =>
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

async function launchBrowser() {
  // Node's own require: Astro runs this file in Vite's module runner, closed by the time hooks run.
  let chromium: typeof import('@playwright/test').chromium;
  try {
    ({ chromium } = createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test'));
  } catch {
    throw new Error('Playwright is not installed. Run `npm install` first.');
  }
  const executablePath = chromiumPath();
  return chromium
    .launch({ ...(executablePath && { executablePath }), args: ['--disable-background-networking'] })
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(
        `cannot start a browser to print with${executablePath ? ` (${executablePath})` : ''}: ${detail}\n` +
          'Install Chromium (Debian: `apt-get install -y chromium`; elsewhere: `npx playwright install chromium`) ' +
          'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
      );
    });
}

/** The products that have a sheet in this build: the published ones, as the open data lists them. */
function builtSheets(dist: string): string[] {
  return (JSON.parse(readFileSync(join(dist, DATA_FILES.productsJson), 'utf8')) as { slug: string }[]).map(
    (product) => product.slug,
  );
}

/** The sales points that have a kit in this build (issue #13), as the map's data lists them. */
export function builtKits(dist: string): string[] {
  const { features } = JSON.parse(readFileSync(join(dist, DATA_FILES.placesGeoJson), 'utf8')) as {
    features: { properties: { slug: string; kind: string } }[];
  };
  return features
    .filter(({ properties }) => properties.kind === 'sales-point')
    .map(({ properties }) => properties.slug);
}

/** What to print: product sheets and the catalogue, and sales points' kits. */
interface PrintJob {
  products: readonly string[];
  catalogue: boolean;
  kits: readonly string[];
}

/**
 * Prints every published product's A4 sheet, in Vietnamese and English, the whole catalogue as one
 * fair pack per language (cover and contents page), and each sales point's kit (its A4 poster and
 * its A4 sheets of shelf labels, `/pdf/<locale>/places/<slug>-poster.pdf`, `…-labels.pdf`), into
 * `<dist>/pdf/`, exactly as Chromium prints the built pages, served under the site's `base` as they
 * will be. `job` narrows what is printed (the kit tests print kits only). Returns how many files it
 * wrote; throws when a browser cannot start, or when a page with nothing to print links a PDF.
 * Paths from the route helpers are from the root here (plain Node: src/lib/routes.ts), so the base
 * is added to the addresses visited.
 */
export async function printSheets(dist: string, base = '/', job?: Partial<PrintJob>): Promise<number> {
  const products = job?.products ?? builtSheets(dist);
  const kits = job?.kits ?? builtKits(dist);
  const catalogue = job?.catalogue ?? true;
  const browser = await launchBrowser();
  const server = await serveStatic(dist, 0, undefined, base);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
      // A page with nothing to print (the labels of a sales point that sells no published product)
      // writes no file, and must link none.
      if (sheets === 0 && (await page.locator('.print-page').count()) === 0) {
        if ((await page.locator('[data-pdf-link]').count()) > 0) throw new Error(`${path} links a PDF of nothing`);
        return;
      }
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
      for (const slug of products) await print(recordPath('product', locale, slug), sheetPdfPath(locale, slug));
      for (const slug of kits) {
        for (const kit of Object.keys(PLACE_KITS) as PlaceKit[]) {
          await print(placeKitPath(kit, locale, slug), placeKitPdfPath(kit, locale, slug));
        }
      }
      if (catalogue) {
        const pack = `${pagePath('fairPack', locale)}?sp=${products.join(',')}&bia=1&mucluc=1`;
        await print(pack, cataloguePdfPath(locale), products.length);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return written;
}

function fail(logger: AstroIntegrationLogger, error: unknown): never {
  logger.error(`sheets: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** Writes the PDF sheets after the build when OCOP_SHEETS=1; checks first that a browser starts. */
export function sheets(): AstroIntegration {
  let base = '/';
  return {
    name: 'ocop:sheets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' || !sheetsWanted()) return;
        // Fail before building, not after: the pages of this build will link PDFs.
        await launchBrowser()
          .then((browser) => browser.close())
          .catch((error: unknown) => fail(logger, error));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!sheetsWanted()) return;
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const written = await printSheets(dist, base).catch((error: unknown) => {
          // Its pages link PDFs that were not all written: nothing of this build may be served.
          rmSync(dist, { recursive: true, force: true });
          return fail(logger, error);
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`wrote ${written} PDF files to pdf/ in ${seconds} s`);
      },
    },
  };
}
