import type { Page } from '@playwright/test';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { contentDir } from '../../src/lib/env.ts';
import { phoneText, telHref } from '../../src/lib/format.ts';
import { mapListPagePath, mapPointAnchor, mapPointPath } from '../../src/lib/routes.ts';
import { mapListPage, mapListPageOf, productsShown } from '../../src/lib/map-list.ts';
import { countByKind, mapPoints } from '../../src/lib/map-points.ts';
import { MAP_POINT_KINDS, type MapPointKind } from '../../src/schemas/enums.ts';
import { TEST_AS_OF } from './as-of.ts';
import { expect, test } from './fixtures.ts';

const { content, problems } = await checkContentFolder(contentDir());
if (!content) throw new Error(`the sample content fails its check: ${JSON.stringify(problems)}`);
const catalogue = buildCatalogue({ ...content, asOf: TEST_AS_OF });
const points = mapPoints(catalogue);
const counts = countByKind(points);
const layerLabel: Record<MapPointKind, string> = {
  'sales-point': 'Điểm bán sản phẩm OCOP',
  tourism: 'Điểm du lịch cộng đồng',
  producer: 'Chủ thể sản xuất',
};
// A sales point that sells published products: the richest popup.
const salesPoint = points.find((point) => point.kind === 'sales-point' && point.products.length > 0)!;

/** Points on the map: single markers plus the number each cluster stands for. */
async function pointsOnMap(page: Page): Promise<number> {
  await page.waitForSelector('.leaflet-marker-icon');
  return page.locator('.map-canvas .leaflet-marker-icon').evaluateAll((icons) =>
    icons.reduce((sum, icon) => {
      const cluster = icon.querySelector('[data-cluster] [aria-hidden]');
      return sum + (cluster ? Number(cluster.textContent) : icon.querySelector('[data-point]') ? 1 : 0);
    }, 0),
  );
}

test.describe('the map page', () => {
  test('shows every point, and each layer holds its own', async ({ page }) => {
    await page.goto('/ban-do/');
    for (const kind of MAP_POINT_KINDS) {
      await expect(page.getByRole('checkbox', { name: `${layerLabel[kind]} (${counts[kind]})` })).toBeChecked();
    }
    await expect.poll(() => pointsOnMap(page)).toBe(points.length);
    for (const kind of MAP_POINT_KINDS) {
      await page.goto(`/ban-do/?lop=${kind}`);
      await expect.poll(() => pointsOnMap(page), { message: kind }).toBe(counts[kind]);
    }
  });

  test('toggling a layer hides its points and says so in the address', async ({ page }) => {
    await page.goto('/ban-do/');
    const producers = page.getByRole('checkbox', { name: new RegExp(`^${layerLabel.producer}`) });
    await producers.uncheck();
    await expect.poll(() => pointsOnMap(page)).toBe(points.length - counts.producer);
    await expect(page).toHaveURL(/[?&]lop=sales-point,tourism$/);
    await producers.check();
    await expect.poll(() => pointsOnMap(page)).toBe(points.length);
    await expect(page).toHaveURL(/\/ban-do\/$/);
  });

  test('a deep link opens the point’s popup with its products and directions', async ({ page }) => {
    await page.goto(`/ban-do/?diem=${salesPoint.id}`);
    const popup = page.locator('.leaflet-popup');
    await expect(popup.getByRole('heading', { name: salesPoint.name })).toBeVisible();
    // Its products, directions (geo: and OpenStreetMap), its phone, and its own page.
    await expect(popup.getByRole('link')).toHaveCount(salesPoint.products.length + 3 + (salesPoint.phone ? 1 : 0));
    await expect(popup.getByRole('link', { name: 'Xem trang chi tiết' })).toHaveAttribute(
      'href',
      `/dia-diem/${salesPoint.slug}/`,
    );
    await expect(popup.getByRole('link', { name: 'Mở trong ứng dụng bản đồ' })).toHaveAttribute(
      'href',
      `geo:${salesPoint.lat},${salesPoint.lng}`,
    );
    const first = catalogue.product(salesPoint.products[0]!)!;
    await expect(popup.getByRole('link', { name: first.data.name })).toHaveAttribute('href', `/san-pham/${first.id}/`);
  });

  // Sales points with a phone and hours: one with English hours, one without (English falls back).
  const withHours = [
    points.find((point) => point.phone && point.hours && point.en?.hours)!,
    points.find((point) => point.phone && point.hours && !point.en?.hours)!,
  ];
  for (const locale of ['vi', 'en'] as const) {
    test(`a popup states the same facts as the point's list entry, the phone as the list shows it (${locale})`, async ({
      page,
    }) => {
      for (const point of withHours) {
        await page.goto(mapPointPath(locale, point.id, mapListPageOf(points, locale, point.id)));
        const popup = page.locator('.leaflet-popup');
        const entry = page.locator(`#${mapPointAnchor(point.id)}`);
        await expect(popup.locator('dl')).toBeVisible();
        // Address, hours and phone read the same, in the same language, "(in Vietnamese)" included.
        expect(await popup.locator('dl').innerText(), point.id).toBe(await entry.locator('dl').innerText());
        for (const place of [popup, entry]) {
          // Exactly: spaces that do not break (toHaveText would read them as plain spaces).
          expect(await place.locator('a[href^="tel:"]').textContent()).toBe(phoneText(point.phone!));
          await expect(place.locator('a[href^="tel:"]')).toHaveAttribute('href', telHref(point.phone!));
        }
        const hours = locale === 'en' && point.en?.hours ? point.en.hours : point.hours!;
        await expect(popup.locator('dd').filter({ hasText: hours })).toHaveCount(1);
        await expect(popup.locator('[lang="vi"]', { hasText: point.address! })).toHaveCount(locale === 'en' ? 1 : 0);
      }
    });
  }

  test('says so on the map when tiles fail, and keeps the markers', async ({ page }) => {
    // The fixture refuses every outside request, tile servers included.
    await page.goto('/ban-do/');
    await expect(page.getByRole('status')).toContainText('Không tải được bản đồ nền');
    await expect.poll(() => pointsOnMap(page)).toBe(points.length);
    await expect(page.getByRole('link', { name: '© OpenStreetMap contributors' })).toBeVisible();
  });

  test('a marker can be reached and opened with the keyboard', async ({ page }) => {
    await page.goto('/ban-do/?lop=sales-point');
    await expect(page.locator('.map-canvas .leaflet-marker-icon').first()).toBeVisible();
    // From the last layer toggle, Tab goes to the map, then to its markers and clusters.
    const fromHere = page.getByRole('checkbox', { name: new RegExp(`^${layerLabel.producer}`) });
    await fromHere.focus();
    const focusedIcon = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        if (!active?.matches('.leaflet-marker-icon')) return undefined;
        return { cluster: !!active.querySelector('[data-cluster]'), name: active.textContent ?? '' };
      });
    let marker: string | undefined;
    for (let step = 0; step < 20 && !marker; step += 1) {
      await page.keyboard.press('Tab');
      const icon = await focusedIcon();
      if (icon?.cluster) {
        // A cluster is a button too: Enter zooms in to split it, then the tour starts again.
        const before = await page.locator('.map-canvas [data-point]').count();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.map-canvas [data-point]').count()).toBeGreaterThan(before);
        await fromHere.focus();
      } else if (icon) {
        marker = icon.name;
      }
    }
    expect(marker).toContain(layerLabel['sales-point']);
    await page.keyboard.press('Enter');
    const heading = page.locator('.leaflet-popup').getByRole('heading');
    await expect(heading).toBeFocused();
    const name = (await heading.textContent()) ?? '';
    expect(marker).toContain(name);
    // Escape closes the popup and gives focus back to the marker.
    await page.keyboard.press('Escape');
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    await expect(page.locator('.leaflet-marker-icon:focus')).toContainText(name);
  });

  test('a cluster is a button: Space zooms in to its points', async ({ page }) => {
    await page.goto('/ban-do/');
    await expect(page.getByRole('button', { name: /điểm gần nhau/ }).first()).toBeVisible();
    await page.getByRole('checkbox', { name: new RegExp(`^${layerLabel.producer}`) }).focus();
    let cluster = false;
    for (let step = 0; step < 40 && !cluster; step += 1) {
      await page.keyboard.press('Tab');
      cluster = await page.evaluate(
        () => !!document.activeElement?.matches('.leaflet-marker-icon:has([data-cluster])'),
      );
    }
    expect(cluster).toBe(true);
    const before = await page.locator('.map-canvas [data-point]').count();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.map-canvas [data-point]').count()).toBeGreaterThan(before);
    // Its icon is gone; focus stays in the map (or on a fanned-out marker), not lost to the page.
    await expect(page.locator('.map-canvas:focus, .map-canvas :focus')).toHaveCount(1);
  });

  test('choosing a list entry opens its marker', async ({ page }) => {
    await page.goto('/ban-do/');
    const producer = points.find((point) => point.kind === 'producer')!;
    await page.locator(`#diem-${producer.id}`).getByRole('link', { name: 'Xem trên bản đồ' }).click();
    await expect(page.locator('.leaflet-popup').getByRole('heading', { name: producer.name })).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`[?&]diem=${producer.id}`));
  });

  test('the English map speaks English', async ({ page }) => {
    await page.goto('/en/map/');
    await expect(page.getByRole('checkbox', { name: `Producer (${counts.producer})` })).toBeChecked();
    await expect(page.getByRole('heading', { level: 2, name: 'List of places' })).toBeVisible();
  });
});

test('the page holds no point data: the map fetches its points from the GeoJSON', async ({ page }) => {
  const geojson = page.waitForResponse((response) => new URL(response.url()).pathname === '/data/places.geojson');
  await page.goto('/ban-do/');
  expect((await geojson).ok()).toBe(true);
  await expect.poll(() => pointsOnMap(page)).toBe(points.length);
  const props = (await page.locator('astro-island').getAttribute('props')) ?? '';
  expect(props).toContain('/data/places.geojson');
  for (const point of points) expect(props, point.id).not.toContain(point.slug);
  expect(props).not.toContain('coordinates');
});

test('without JavaScript the list’s first page is there, each entry short', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await context.route(
    (url) => url.origin !== new URL(baseURL!).origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  await page.goto('/ban-do/');
  const first = mapListPage(points, 'vi', 1);
  const listed = first.groups.flatMap((kind) => kind.communes.flatMap((commune) => commune.points));
  await expect(page.locator('li[id^="diem-"]')).toHaveCount(listed.length);
  await expect(page.locator('li[id^="diem-"]').first()).toHaveId(`diem-${listed[0]!.id}`);
  // Playwright turns scripts off without the parser knowing, so <noscript> stays raw text here.
  expect(await page.locator('noscript').textContent()).toContain('Bản đồ cần JavaScript');
  for (const { kind } of first.groups) {
    await expect(page.getByRole('heading', { level: 3, name: layerLabel[kind] })).toBeVisible();
  }
  // The sales point that sells the most on this page: it names a few products and counts the rest.
  const [busiest] = listed
    .filter((point) => point.kind === 'sales-point')
    .sort((a, b) => b.products.length - a.products.length);
  const { shown, more } = productsShown(busiest!.products);
  const entry = page.locator(`#diem-${busiest!.id}`);
  await expect(entry.getByRole('heading', { name: busiest!.name })).toBeVisible();
  await expect(entry.getByText(busiest!.address!)).toBeVisible();
  // Its products, directions (geo: and OpenStreetMap), its phone, and its own page.
  await expect(entry.getByRole('link')).toHaveCount(shown.length + 3 + (busiest!.phone ? 1 : 0));
  await expect(entry.getByRole('link', { name: 'Xem trang chi tiết' })).toHaveAttribute(
    'href',
    `/dia-diem/${busiest!.slug}/`,
  );
  const firstProduct = catalogue.product(shown[0]!)!;
  await expect(entry.getByRole('link', { name: firstProduct.data.name })).toHaveAttribute(
    'href',
    `/san-pham/${firstProduct.id}/`,
  );
  if (more > 0) await expect(entry.getByText(`và ${more} sản phẩm khác`)).toBeVisible();
  await expect(entry.getByRole('link', { name: 'Chỉ đường trên OpenStreetMap' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.openstreetmap\.org\/directions\?to=/,
  );
  // Later pages of the list, when there are any, are linked from the first.
  const pages = page.getByRole('navigation', { name: 'Các trang của danh sách' });
  if (first.pages > 1) {
    await expect(pages.getByRole('link', { name: 'Trang sau' })).toHaveAttribute(
      'href',
      `${mapListPagePath('vi', 2)}#map-list`,
    );
  } else {
    await expect(pages).toHaveCount(0);
  }
  await context.close();
});
