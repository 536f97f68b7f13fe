// The site without signal (issue #15): one visit on a good connection, then `context.setOffline(true)`,
// as a tourist in a valley would. The rebuild test serves a second build, made with a later reference
// date, on the same origin after the first visit, as a deploy would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import sirv from 'sirv';
import { certificateExpiry } from '../../src/lib/certificate.ts';
import { foldDiacritics } from '../../src/lib/fold.ts';
import { mapListPage } from '../../src/lib/map-list.ts';
import { mapPoints } from '../../src/lib/map-points.ts';
import { CACHE_NAMES } from '../../src/lib/offline.ts';
import { OFFLINE_FILES, pagePath, recordPath } from '../../src/lib/routes.ts';
import { appColours, type WebManifest } from '../../src/lib/web-manifest.ts';
import { sample, sampleCatalogue as catalogue } from './catalogue-data.ts';
import { DIST } from './dist.ts';
import { expect, test } from './fixtures.ts';

// A first visit downloads the whole precache, and saving a place some forty files: slow on a loaded machine.
test.describe.configure({ timeout: 120_000 });

/** Waits until a service worker controls the page: it has precached everything by then. */
async function workerInCharge(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** The URLs (paths) one of the worker's caches holds. */
const cached = (page: Page, cacheName: string) =>
  page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname),
    cacheName,
  );

const [product, other] = catalogue.products;
const unvisited = catalogue.products.at(-1)!;
const points = mapPoints(catalogue);
// A sales point that sells published products of more than one producer: the richest save.
const salesPoint = points
  .filter((point) => point.kind === 'sales-point')
  .sort(
    (a, b) =>
      new Set(b.products.map((slug) => catalogue.product(slug)?.data.producer)).size -
      new Set(a.products.map((slug) => catalogue.product(slug)?.data.producer)).size,
  )[0]!;

test.describe('installable', () => {
  test('each language has a manifest with its name, icons from the artwork, the theme colour and a start URL', async ({
    page,
    request,
  }) => {
    const colours = appColours(readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8'));
    for (const locale of ['vi', 'en'] as const) {
      await page.goto(pagePath('home', locale));
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe(OFFLINE_FILES.manifest[locale]);
      const response = await request.get(href!);
      expect(response.ok()).toBe(true);
      const manifest = (await response.json()) as WebManifest;
      expect(manifest).toMatchObject({
        name: sample.site.name[locale],
        lang: locale,
        start_url: pagePath('home', locale),
        scope: '/',
        display: 'standalone',
        theme_color: colours.theme,
        background_color: colours.background,
      });
      expect(manifest.short_name.length).toBeGreaterThan(0);
      await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', colours.theme);
      // Chromium's installability needs a 192 and a 512 pixel icon; Android's adaptive icons a maskable one.
      const sizes = new Set<string>();
      for (const icon of manifest.icons.filter((entry) => entry.type === 'image/png')) {
        const file = await request.get(icon.src);
        expect(file.headers()['content-type'], icon.src).toContain('image/png');
        const png = PNG.sync.read(await file.body());
        expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
        sizes.add(`${icon.sizes} ${icon.purpose}`);
      }
      expect([...sizes]).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
      // The maskable icon fills its square (no transparent corners for the launcher to show).
      const maskable = PNG.sync.read(
        await (await request.get(manifest.icons.find((i) => i.purpose === 'maskable')!.src)).body(),
      );
      expect(maskable.data[3]).toBe(255);
    }
  });

  test('a service worker controls the page after the first visit', async ({ page }) => {
    await page.goto('/');
    await workerInCharge(page);
    const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(new URL(script!).pathname).toBe(OFFLINE_FILES.serviceWorker);
    await expect(page.getByRole('link', { name: 'Trang đã lưu để xem khi không có mạng' })).toBeVisible();
  });
});

test.describe('after one visit, without signal', () => {
  test('the home page, a visited product page, the map and its list work', async ({ page, context }) => {
    await page.goto('/');
    await workerInCharge(page);
    await page.goto(recordPath('product', 'vi', product!.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.data.name);
    await context.setOffline(true);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Không có mạng: đây là bản lưu trên máy')).toBeVisible();

    await page.goto(recordPath('product', 'vi', product!.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.data.name);
    // Its styles and scripts came with it: the page is laid out, and its certificate block is there.
    await expect(page.locator('.site-header')).toHaveCSS('display', /block|flex|grid/);
    await expect(page.getByRole('heading', { name: 'Giấy chứng nhận OCOP' })).toBeVisible();

    await page.goto(pagePath('map', 'vi'));
    await expect(page.getByRole('heading', { name: 'Danh sách các điểm' })).toBeVisible();
    const { from, to } = mapListPage(points, 'vi', 1);
    await expect(page.locator('.point')).toHaveCount(to - from + 1);
    await expect(page.locator('.map-canvas .leaflet-marker-icon').first()).toBeVisible();
  });

  test('the lookup answers a certificate number and a name typed without marks', async ({ page, context }) => {
    await page.goto('/');
    await workerInCharge(page);
    await context.setOffline(true);
    const results = page.getByRole('region', { name: 'Kết quả tra cứu' });
    await page.goto(`${pagePath('verify', 'vi')}?q=${encodeURIComponent(product!.data.certificate.number)}`);
    await expect(results.getByRole('heading', { name: product!.data.name })).toBeVisible();
    await expect(results).toContainText('Còn hiệu lực');
    const name = foldDiacritics(other!.data.name);
    await page.goto(`${pagePath('verify', 'vi')}?q=${encodeURIComponent(name)}`);
    await expect(results.getByRole('heading', { name: other!.data.name })).toBeVisible();
  });

  test('the lookup answers from its compact file when a shard is not stored', async ({ page, context }) => {
    await page.goto('/');
    await workerInCharge(page);
    await context.setOffline(true);
    // No shard is precached: the worker cuts each from /tra-cuu/tat-ca.json.
    const name = foldDiacritics(other!.data.name).split(' ').slice(0, 2).join(' ');
    await page.goto(`${pagePath('verify', 'en')}?q=${encodeURIComponent(name)}`);
    await expect(
      page
        .getByRole('region', { name: 'Result' })
        .getByRole('heading', { name: new RegExp(other!.data.en?.name ?? other!.data.name) }),
    ).toBeVisible();
  });

  test('search answers a query', async ({ page, context }) => {
    await page.goto('/');
    await workerInCharge(page);
    await context.setOffline(true);
    await page.goto(`${pagePath('search', 'vi')}?q=che`);
    await expect(page.locator('[data-results] li').first()).toBeVisible();
  });

  test('a page not visited shows the offline page, with links to what is kept', async ({ page, context }) => {
    await page.goto('/');
    await workerInCharge(page);
    await page.goto(recordPath('product', 'vi', product!.id));
    await context.setOffline(true);
    await page.goto(recordPath('product', 'vi', unvisited.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem khi không có mạng');
    await expect(page.getByText('chưa được lưu trên máy này')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bản đồ' }).last()).toBeVisible();
    const visited = page.getByRole('region', { name: 'Trang đã xem gần đây' });
    await expect(visited.getByRole('link', { name: product!.data.name })).toHaveAttribute(
      'href',
      recordPath('product', 'vi', product!.id),
    );
    // In English too.
    await page.goto(recordPath('product', 'en', unvisited.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offline use');
  });

  test('a stored product page opened after its certificate’s expiry says it has lapsed', async ({ page, context }) => {
    await page.goto('/');
    await workerInCharge(page);
    await page.goto(recordPath('product', 'vi', product!.id));
    await context.setOffline(true);
    const expires = certificateExpiry(product!.data.certificate);
    await page.clock.setFixedTime(new Date(`${expires}T09:00:00+07:00`));
    await page.goto(recordPath('product', 'vi', product!.id));
    await expect(page.getByRole('alert').filter({ hasText: 'hết hiệu lực' }).first()).toBeVisible();
  });
});

test.describe('save for offline', () => {
  const producers = [...new Set(salesPoint.products.map((slug) => catalogue.product(slug)!.data.producer))].filter(
    (slug) => catalogue.producer(slug),
  );

  test('one tap on the map stores a place’s products and their producers, which can be found and removed', async ({
    page,
    context,
  }) => {
    await page.goto(pagePath('map', 'vi'));
    await workerInCharge(page);
    const entry = page.locator(`#diem-${salesPoint.id}`);
    const save = entry.getByRole('button', { name: `Lưu để xem khi không có mạng: ${salesPoint.name}` });
    await save.click();
    await expect(entry.getByRole('status')).toContainText(/Đã lưu \d+ trang \([\d,]+ (kB|MB)\)/, { timeout: 60_000 });
    const pages = [
      ...salesPoint.products.map((slug) => recordPath('product', 'vi', slug)),
      ...producers.map((slug) => recordPath('producer', 'vi', slug)),
    ];
    expect(await cached(page, CACHE_NAMES.saved)).toEqual(expect.arrayContaining(pages));

    await context.setOffline(true);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).not.toHaveText('Xem khi không có mạng');
    }
    // Its pictures came too, one size of each, standing in for the others.
    await page.goto(pages[0]!);
    const cover = page.locator('.intro img.cover');
    await expect(cover).toHaveJSProperty('complete', true);
    expect(await cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    await page.goto(pagePath('offline', 'vi'));
    const saved = page.getByRole('region', { name: 'Địa điểm đã lưu' });
    await expect(saved.getByRole('link', { name: salesPoint.name })).toBeVisible();
    await saved.getByRole('button', { name: `Xóa ${salesPoint.name}` }).click();
    await expect(saved.getByText('Chưa lưu địa điểm nào.')).toBeVisible();
    expect(await cached(page, CACHE_NAMES.saved)).toEqual([]);
  });

  test('a place’s own page saves it too, and opens again without signal', async ({ page, context }) => {
    expect(salesPoint.page?.page).toBe('place');
    const own = recordPath('place', 'vi', salesPoint.page!.slug);
    await page.goto(own);
    await workerInCharge(page);
    await page.reload();
    const save = page.getByRole('button', { name: `Lưu để xem khi không có mạng: ${salesPoint.name}` });
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toContainText(/Đã lưu \d+ trang/, {
      timeout: 60_000,
    });
    const pages = [own, ...salesPoint.products.map((slug) => recordPath('product', 'vi', slug))];
    expect(await cached(page, CACHE_NAMES.saved)).toEqual(expect.arrayContaining(pages));

    await context.setOffline(true);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).not.toHaveText('Xem khi không có mạng');
    }
    await page.goto(pagePath('offline', 'vi'));
    await expect(
      page.getByRole('region', { name: 'Địa điểm đã lưu' }).getByRole('link', { name: salesPoint.name }),
    ).toHaveAttribute('href', own);
  });

  test('a point’s popup on the map saves it too, with its own page', async ({ page, context }) => {
    // A point with a page of its own: a village's tourism product where the sample has one, else any.
    const village = (points.find((point) => point.kind === 'tourism' && point.page) ??
      points.find((point) => point.page))!;
    await page.goto(pagePath('map', 'vi'));
    await workerInCharge(page);
    await page.goto(`${pagePath('map', 'vi')}?diem=${village.id}`);
    const popup = page.locator('.leaflet-popup');
    await popup.getByRole('button', { name: `Lưu để xem khi không có mạng: ${village.name}` }).click();
    await expect(popup.getByRole('status')).toContainText('Đã lưu', { timeout: 60_000 });
    await context.setOffline(true);
    const own = recordPath(village.page!.page, 'vi', village.page!.slug);
    await page.goto(own);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Xem khi không có mạng');
    await page.goto(pagePath('offline', 'vi'));
    // A saved point opens on its own page, where it has one.
    await expect(
      page.getByRole('region', { name: 'Địa điểm đã lưu' }).getByRole('link', { name: village.name }),
    ).toHaveAttribute('href', own);
  });

  test('the button is there only with a service worker', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pagePath('map', 'vi'));
    await expect(page.getByRole('button', { name: /^Lưu để xem khi không có mạng/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Trang đã lưu để xem khi không có mạng' })).toHaveCount(0);
    await expect(page.locator('.point').first()).toBeVisible();
    await context.close();
  });
});

test.describe('map tiles', () => {
  /** A 256-pixel tile, green, as a tile server would send it (with CORS, as OpenStreetMap's do). */
  const tile = PNG.sync.write(
    Object.assign(new PNG({ width: 256, height: 256 }), { data: Buffer.alloc(256 * 256 * 4, 200) }),
  );

  const TILES = /^https:\/\/tile\.openstreetmap\.org\//;
  async function serveTiles(context: BrowserContext, requested: string[]) {
    await context.route(TILES, (route) => {
      requested.push(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: 'image/png',
        headers: { 'access-control-allow-origin': '*' },
        body: tile,
      });
    });
  }

  test('tiles already seen are reused without signal, and none is fetched ahead', async ({ page, context }) => {
    const requested: string[] = [];
    await serveTiles(context, requested);
    await page.goto(pagePath('map', 'vi'));
    await workerInCharge(page);
    await page.reload();
    await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const shown = await page
      .locator('.leaflet-tile')
      .evaluateAll((tiles) => tiles.map((img) => (img as HTMLImageElement).src));
    const stored = await cached(page, CACHE_NAMES.tiles);
    // Only tiles the map asked for are stored: no bulk download.
    const asked = new Set(requested.map((url) => new URL(url).pathname));
    expect(stored.length).toBeGreaterThan(0);
    for (const path of stored) expect(asked.has(path), path).toBe(true);

    // Without signal the tile server is out of reach (Playwright's routes would still answer offline).
    await context.unroute(TILES);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible();
    const loaded = await page
      .locator('.leaflet-tile-loaded')
      .evaluateAll((tiles) => tiles.map((img) => new URL((img as HTMLImageElement).src).pathname));
    expect(loaded.length).toBeGreaterThan(0);
    for (const path of loaded) expect(stored).toContain(path);
    expect(shown.length).toBeGreaterThan(0);
  });
});

test.describe('a new build', () => {
  // The product whose certificate lapses first after the test build's date, and a build made on that day.
  const lapsing = [...catalogue.products].sort((a, b) =>
    certificateExpiry(a.data.certificate).localeCompare(certificateExpiry(b.data.certificate)),
  )[0]!;
  const laterAsOf = certificateExpiry(lapsing.data.certificate);
  // Its producer, still published in the later build for its other products: its stored page changes.
  const producer = lapsing.data.producer;
  const producerStays = catalogue.products.some(
    (other) =>
      other.data.producer === producer && certificateExpiry(other.data.certificate).localeCompare(laterAsOf) > 0,
  );
  const laterDist = resolve(import.meta.dirname, '../../test-results/offline-later/dist');
  // One origin for both builds, on a port of its own beside those of the e2e server (E2E_PORT), the
  // headers test (+1), the sub-path suite (+2) and the editor's test (+3).
  const port = Number(process.env.E2E_OFFLINE_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 4);
  let server: Server;
  let serve: (root: string) => void;

  test.describe.configure({ mode: 'serial', timeout: 600_000 });
  test.use({ baseURL: `http://127.0.0.1:${port}` });

  test.beforeAll(async () => {
    rmSync(laterDist, { recursive: true, force: true });
    mkdirSync(dirname(laterDist), { recursive: true });
    // A build of its own: a new id, whatever this process inherited.
    const env: NodeJS.ProcessEnv = { ...process.env, OCOP_AS_OF: laterAsOf, OCOP_BUILD_ID: '' };
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', laterDist], {
      cwd: resolve(import.meta.dirname, '../..'),
      env,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`the later build failed:\n${build.stdout}\n${build.stderr}`);
    let files = sirv(DIST, { dev: true });
    serve = (root) => {
      files = sirv(root, { dev: true });
    };
    server = createServer((request, response) =>
      files(request, response, () => {
        response.statusCode = 404;
        response.end('Not found');
      }),
    );
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  });
  test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test('drops a stored page that is no longer published, fetches again one that changed, says the data was refreshed, and the lookup says expired', async ({
    page,
    context,
  }) => {
    expect(producerStays, `the sample's ${producer} should have a product still published on ${laterAsOf}`).toBe(true);
    const path = recordPath('product', 'vi', lapsing.id);
    const producerPath = recordPath('producer', 'vi', producer);
    const lapsingLink = page.getByRole('main').getByRole('link', { name: lapsing.data.name, exact: true });
    serve(DIST);
    await page.goto('/');
    await workerInCharge(page);
    await page.goto(producerPath);
    await expect(lapsingLink.first()).toBeVisible();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lapsing.data.name);
    expect(await cached(page, CACHE_NAMES.pages)).toEqual(expect.arrayContaining([path, producerPath]));

    // The next deploy: the browser finds the new worker when it next loads a page.
    serve(laterDist);
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: 'Dữ liệu của trang web vừa được cập nhật' })).toBeVisible({
      timeout: 20_000,
    });
    await expect.poll(() => cached(page, CACHE_NAMES.pages)).not.toContain(path);

    await context.setOffline(true);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem khi không có mạng');
    // The producer's stored page is the new build's: it no longer lists the lapsed product.
    await page.goto(producerPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue.producer(producer)!.data.name);
    await expect(lapsingLink).toHaveCount(0);
    await page.goto(`${pagePath('verify', 'vi')}?q=${encodeURIComponent(lapsing.data.certificate.number)}`);
    const result = page.getByRole('region', { name: 'Kết quả tra cứu' });
    await expect(result.getByRole('heading', { name: lapsing.data.name })).toBeVisible();
    await expect(result).toContainText('Hết hạn');
  });
});
