// The site served from a sub-path, as a GitHub Pages project site is (issue #14): the sample content
// with site.json's url at https://example.github.io/ocop-tam-duong/, built and served under
// /ocop-tam-duong/ only by tests/e2e/subpath/serve.ts (Playwright's second web server). A link, an
// asset or a fetch that misses the base gets the host's 404 page, and fails these tests.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Page } from '@playwright/test';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { mapPoints } from '../../src/lib/map-points.ts';
import { pagePath, recordPath, routePatterns, withBase } from '../../src/lib/routes.ts';
import { TEST_AS_OF } from './as-of.ts';
import { filesUnder } from './dist.ts';
import { expect, test } from './fixtures.ts';
import { decodeQr, pdfPagePng } from './pdf.ts';
import { SUBPATH_BASE, SUBPATH_CONTENT, SUBPATH_DIST, SUBPATH_URL, subpathPort } from './subpath/site.ts';

test.use({ baseURL: `http://127.0.0.1:${subpathPort()}` });

const { content } = await checkContentFolder(SUBPATH_CONTENT);
if (!content) throw new Error('the sub-path fixture does not pass the content check');
const catalogue = buildCatalogue({ ...content, asOf: TEST_AS_OF });
const product = catalogue.products.find((candidate) => candidate.data.images?.length)!;
const salesPoint = mapPoints(catalogue).find((point) => point.kind === 'sales-point' && point.products.length > 0)!;

/** A path of the route helpers (from the root in plain Node) under the fixture's base. */
const at = (path: string) => withBase(path, SUBPATH_BASE);
/** The canonical address of a path: site.json's url, path included. */
const canonical = (path: string) => new URL(at(path), SUBPATH_URL).href;

/**
 * Everything that goes wrong on a page while it is open: a same-origin request outside the base (or
 * with the base twice), a page, style, script, image or font that fails or answers 4xx/5xx, and a
 * Content-Security-Policy violation under the site's own _headers. Fetches may answer 404 by design
 * (the PDF link asks whether a PDF was made, the lookup asks for a name shard that may not exist):
 * the tests check the fetches that matter by their answers. Outside requests (map tiles) are refused
 * by the fixture.
 */
function watch(page: Page): string[] {
  const problems: string[] = [];
  const origin = `http://127.0.0.1:${subpathPort()}`;
  const assets = new Set(['document', 'stylesheet', 'script', 'image', 'font', 'manifest']);
  const misplaced = (url: string) => {
    const path = url.slice(origin.length);
    return !path.startsWith(SUBPATH_BASE) || path.startsWith(`${SUBPATH_BASE}${SUBPATH_BASE.slice(1)}`);
  };
  page.on('request', (request) => {
    if (request.url().startsWith(origin) && misplaced(request.url()))
      problems.push(`outside the base: ${request.url()}`);
  });
  page.on('response', (response) => {
    const { url, resourceType } = { url: response.url(), resourceType: response.request().resourceType() };
    if (url.startsWith(origin) && assets.has(resourceType) && response.status() >= 400) {
      problems.push(`${response.status()} ${resourceType} ${url}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin) && assets.has(request.resourceType())) {
      problems.push(`failed ${request.resourceType()} ${request.url()}`);
    }
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  return problems;
}

/** Every root-relative URL the page's elements name (links, assets, forms, data for scripts). */
const rootPathsIn = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^(href|src|srcset|action|content|data-[\w-]+)$/.test(attribute.name))
        .flatMap((attribute) => attribute.value.split(/,\s*/).map((part) => part.trim().split(/\s+/)[0] ?? ''))
        .filter((value) => value.startsWith('/') && !value.startsWith('//')),
    ),
  );

async function expectAllUnderBase(page: Page) {
  const paths = await rootPathsIn(page);
  expect(paths.length).toBeGreaterThan(5);
  expect(paths.filter((path) => !path.startsWith(SUBPATH_BASE))).toEqual([]);
}

test('the home page loads with its styles, fonts and links, all under the sub-path', async ({ page, request }) => {
  const problems = watch(page);
  await page.goto(SUBPATH_BASE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(
    await page.evaluate(() => document.fonts.ready.then(() => document.fonts.check('16px "Be Vietnam Pro"'))),
  ).toBe(true);
  // The site's stylesheet applied: the header has its brand colour, not the browser's default.
  const header = await page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(header).not.toBe('rgba(0, 0, 0, 0)');
  await expectAllUnderBase(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Sản phẩm' }).click();
  await expect(page).toHaveURL(at(pagePath('products', 'vi')));
  expect(problems).toEqual([]);
  // Nothing is served outside the base: the host's 404 page.
  expect((await request.get('/')).status()).toBe(404);
  expect((await request.get(recordPath('product', 'vi', product.id))).status()).toBe(404);
});

test('a product page shows its photo, and its canonical and language links carry the sub-path', async ({ page }) => {
  const problems = watch(page);
  const path = recordPath('product', 'vi', product.id);
  await page.goto(at(path));
  await expect(page.getByRole('heading', { level: 1, name: product.data.name })).toBeVisible();
  const photo = page.locator('main img').first();
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical(path));
  const english = recordPath('product', 'en', product.id);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', canonical(english));
  await expectAllUnderBase(page);
  await page.getByRole('link', { name: /^English/ }).click();
  await expect(page).toHaveURL(at(english));
  expect(problems).toEqual([]);
});

test('search finds products, and a result opens its page', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${at(pagePath('search', 'vi'))}?q=che`);
  const results = page.getByRole('region', { name: /Kết quả/ });
  await expect(results.getByText(/Tìm thấy \d+ kết quả/)).toBeVisible();
  const first = results.getByRole('listitem').getByRole('link').first();
  expect(await first.getAttribute('href')).toMatch(new RegExp(`^${at(recordPath('product', 'vi', 'x')).slice(0, -2)}`));
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the map loads its markers, and a point’s details when its popup opens', async ({ page }) => {
  const problems = watch(page);
  const details = page.waitForResponse((response) => response.url().endsWith(`/data/places/${salesPoint.id}.json`));
  await page.goto(`${at(pagePath('map', 'vi'))}?diem=${salesPoint.id}`);
  expect((await details).url()).toContain(`${SUBPATH_BASE}data/places/`);
  await expect(page.locator('.map-canvas .leaflet-marker-icon').first()).toBeVisible();
  const popup = page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: salesPoint.name })).toBeVisible();
  const sold = catalogue.product(salesPoint.products[0]!)!;
  await expect(popup.getByRole('link', { name: sold.data.name })).toHaveAttribute(
    'href',
    at(recordPath('product', 'vi', sold.id)),
  );
  expect(problems).toEqual([]);
});

test('the lookup finds a certificate by its number, from the shards under the sub-path', async ({ page }) => {
  const problems = watch(page);
  await page.goto(at(pagePath('verify', 'vi')));
  const shard = page.waitForResponse((response) => response.url().includes(`${SUBPATH_BASE}tra-cuu/so/`));
  await page.getByRole('searchbox', { name: 'Số quyết định hoặc tên sản phẩm' }).fill(product.data.certificate.number);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  expect((await shard).status()).toBe(200);
  const result = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: product.data.name }) });
  await expect(result).toContainText('Còn hiệu lực');
  await expect(result.getByRole('link', { name: 'Xem trang sản phẩm' })).toHaveAttribute(
    'href',
    at(recordPath('product', 'vi', product.id)),
  );
  expect(problems).toEqual([]);
});

test('the fair pack fetches its sheets from the product pages under the sub-path', async ({ page }) => {
  const problems = watch(page);
  const chosen = catalogue.products.slice(0, 2).map(({ id }) => id);
  await page.goto(`${at(pagePath('fairPack', 'vi'))}?sp=${chosen.join(',')}`);
  await expect(page.locator('[data-pack-sheets] [data-sheet]')).toHaveCount(chosen.length);
  expect(problems).toEqual([]);
});

test('the QR code of a printed sheet is the product’s address under the sub-path', async ({ page }) => {
  await page.goto(at(recordPath('product', 'vi', product.id)));
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  expect(decodeQr(await pdfPagePng(pdf))).toBe(canonical(recordPath('product', 'vi', product.id)));
});

test('no built file names a path of the site without the sub-path', () => {
  // The first segment of every route and of what other tools write: a path that starts with one of
  // them right after a quote, a bracket, "=" or a host name, and not after the base, misses the base.
  const roots = new Set([
    ...routePatterns().map((route) => /^\/([^/[]+)/.exec(route.pattern)?.[1]),
    '_astro',
    'pagefind',
    'pdf',
    'favicon.svg',
    'sitemap-index.xml',
  ]);
  roots.delete(undefined);
  const escaped = [...roots].map((root) => root!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const missing = new RegExp(`(?:["'\`(=\\s]|\\.(?:io|vn|com|org)|^)/(?:${escaped})(?=[/."'\`?#)\\s]|$)`, 'gm');
  // Exempt: the route table's own browser chunk holds the segments, which its helpers put under
  // the base (the bundler names that chunk after one of its modules: routes.ts, or localize.ts, whose
  // language helpers go to the same pages); so does the service worker, which bundles the table (its precache list is checked in the
  // test below); Pagefind's scripts hold its default folder, which the search replaces with its own;
  // /admin/ (the CMS) refers to its files by relative paths only, and its bundle holds other sites' URLs.
  const exempt = (file: string) =>
    /^_astro\/(routes|localize)\.[\w-]+\.js$|^sw\.js$|^pagefind\/pagefind[\w-]*\.js$|^admin\//.test(file);
  const textFile = /\.(html|js|css|json|geojson|xml|ics|csv|txt|webmanifest)$|^_headers$/;
  const found: string[] = [];
  for (const file of filesUnder(SUBPATH_DIST).map((path) => relative(SUBPATH_DIST, path))) {
    if (!textFile.test(file) || exempt(file)) continue;
    for (const match of readFileSync(`${SUBPATH_DIST}/${file}`, 'utf8').matchAll(missing)) {
      found.push(`${file}: …${match[0]}`);
    }
  }
  expect(found).toEqual([]);
  const sitemap = readFileSync(`${SUBPATH_DIST}/sitemap-0.xml`, 'utf8');
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  expect(locations.length).toBeGreaterThan(100);
  expect(locations.filter((url) => !url.startsWith(SUBPATH_URL))).toEqual([]);
  // Search results stay out of the sitemap under a base too.
  expect(locations).not.toContain(canonical(pagePath('search', 'vi')));
});

test('the service worker works under the sub-path: its scope, its precache and the site without signal', async ({
  page,
  context,
}) => {
  const worker = readFileSync(`${SUBPATH_DIST}/sw.js`, 'utf8');
  const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
  expect(precached.length).toBeGreaterThan(50);
  expect(precached.filter((url) => !url.startsWith(SUBPATH_BASE))).toEqual([]);
  const manifest = JSON.parse(readFileSync(`${SUBPATH_DIST}/manifest.webmanifest`, 'utf8')) as {
    start_url: string;
    scope: string;
    icons: { src: string }[];
  };
  expect(manifest.start_url).toBe(SUBPATH_BASE);
  expect(manifest.scope).toBe(SUBPATH_BASE);
  expect(manifest.icons.filter((icon) => !icon.src.startsWith(SUBPATH_BASE))).toEqual([]);

  const problems = watch(page);
  await page.goto(SUBPATH_BASE);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(SUBPATH_BASE);
  await page.goto(at(recordPath('product', 'vi', product.id)));
  await context.setOffline(true);
  await page.goto(at(recordPath('product', 'vi', product.id)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.data.name);
  await page.goto(`${at(pagePath('verify', 'vi'))}?q=${encodeURIComponent(product.data.certificate.number)}`);
  await expect(page.getByRole('region', { name: 'Kết quả tra cứu' })).toContainText('Còn hiệu lực');
  await page.goto(at(recordPath('product', 'vi', catalogue.products.find((other) => other.id !== product.id)!.id)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem khi không có mạng');
  await context.setOffline(false);
  expect(problems.filter((problem) => !/^failed /.test(problem))).toEqual([]);
});

test('an old product link under the base gets the not-found page, which says what the lookup says of it', async ({
  page,
}) => {
  const expired = catalogue.excluded.find(({ status }) => status.kind === 'expired')!;
  for (const locale of ['vi', 'en'] as const) {
    const response = await page.goto(at(recordPath('product', locale, expired.product.id)));
    expect(response?.status()).toBe(404);
    const status = page.locator('[data-product-status]:not([hidden])');
    await expect(status).toContainText(expired.product.data.certificate.number);
    await expect(
      status.getByRole('link', { name: locale === 'vi' ? 'Tra cứu chứng nhận này' : 'Check this certificate' }),
    ).toHaveAttribute(
      'href',
      `${at(pagePath('verify', locale))}?q=${encodeURIComponent(expired.product.data.certificate.number)}`,
    );
  }
});
