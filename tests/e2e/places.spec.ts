import { certificateExpiry } from '../../src/lib/certificate.ts';
import { formatDate, telHref } from '../../src/lib/format.ts';
import { mapListPageOf } from '../../src/lib/map-list.ts';
import { mapPoints } from '../../src/lib/map-points.ts';
import { mapPointPath, placeKitPath, recordPath } from '../../src/lib/routes.ts';
import { sample, sampleCatalogue } from './catalogue-data.ts';
import { expect, test } from './fixtures.ts';

const points = mapPoints(sampleCatalogue);
// A sales point the sample lists an unpublished (expired) product for: its page must leave it out.
const withUnpublished = sampleCatalogue.places.find((place) =>
  sampleCatalogue.excluded.some(({ product }) => product.data.salesPoints?.includes(place.id)),
);
const tourism = sampleCatalogue.places.find((place) => place.data.kind === 'tourism')!;

test('every place has a page in both languages, listed in the sitemap', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const place of sampleCatalogue.places) {
    for (const locale of ['vi', 'en'] as const) {
      const path = recordPath('place', locale, place.id);
      expect((await request.get(path)).status(), path).toBe(200);
      expect(sitemap, path).toContain(`${sample.site.url}${path}<`);
    }
  }
});

test('a place page lists only the published products sold there, with stars and validity', async ({ page }) => {
  if (!withUnpublished) throw new Error('the sample content lists no unpublished product at a sales point');
  const hidden = sampleCatalogue.excluded.filter(({ product }) =>
    product.data.salesPoints?.includes(withUnpublished.id),
  );
  const sold = sampleCatalogue.productsSoldAt(withUnpublished.id);
  await page.goto(recordPath('place', 'vi', withUnpublished.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(withUnpublished.data.name);
  const list = page.getByRole('region', { name: 'Sản phẩm OCOP bán tại đây' }).getByRole('listitem');
  await expect(list).toHaveCount(sold.length);
  for (const [index, product] of sold.entries()) {
    const item = list.nth(index);
    await expect(item.getByRole('link', { name: product.data.name })).toHaveAttribute(
      'href',
      recordPath('product', 'vi', product.id),
    );
    await expect(item.getByRole('img', { name: `OCOP ${product.data.stars} sao` })).toBeVisible();
    await expect(item).toContainText(`Hết hạn ngày ${formatDate(certificateExpiry(product.data.certificate), 'vi')}`);
  }
  const text = await page.getByRole('main').innerText();
  for (const { product } of hidden) expect(text).not.toContain(product.data.name);
});

test('a place page gives what a visitor needs on the spot, and places nearby', async ({ page }) => {
  const place = sampleCatalogue.places.find((candidate) => candidate.data.phone && candidate.data.hours)!;
  await page.goto(recordPath('place', 'en', place.id));
  const main = page.getByRole('main');
  await expect(main.getByText(place.data.address)).toHaveAttribute('lang', 'vi');
  await expect(main.getByText(place.data.en?.hours ?? place.data.hours!)).toBeVisible();
  await expect(main.getByRole('link', { name: place.data.phone!.replace(/ /g, '\u00a0') })).toHaveAttribute(
    'href',
    telHref(place.data.phone!),
  );
  await expect(main.getByRole('link', { name: 'Directions on OpenStreetMap' })).toHaveAttribute(
    'href',
    new RegExp(
      `^https://www\\.openstreetmap\\.org/directions\\?to=${place.data.location.lat}%2C${place.data.location.lng}`,
    ),
  );
  await expect(main.getByRole('link', { name: 'Open in a maps app' })).toHaveAttribute('href', /^geo:/);
  const nearby = page.getByRole('region', { name: 'Nearby places' }).getByRole('link');
  expect(await nearby.count()).toBeGreaterThan(0);
  await expect(nearby.first()).toHaveAttribute('href', /^\/en\/places\/[a-z0-9-]+\/$/);
  // A sales point leads to its kit.
  await expect(main.getByRole('link', { name: 'A4 poster of the sales point' })).toHaveAttribute(
    'href',
    placeKitPath('poster', 'en', place.id),
  );
});

test('a tourism site has a page but no kit', async ({ page }) => {
  await page.goto(recordPath('place', 'vi', tourism.id));
  await expect(page.getByText('Điểm du lịch cộng đồng', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Áp phích A4 của điểm bán' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"on the map" lands on the page of the map list that holds the point, at its entry', async ({ page }) => {
    const product = sampleCatalogue.products.find((candidate) => (candidate.data.salesPoints ?? []).length > 0)!;
    const place = sampleCatalogue.place(product.data.salesPoints![0]!)!;
    await page.goto(recordPath('product', 'vi', product.id));
    const where = page.getByRole('region', { name: 'Nơi mua' });
    await expect(where.getByRole('link', { name: place.data.name, exact: true })).toHaveAttribute(
      'href',
      recordPath('place', 'vi', place.id),
    );
    const onMap = where.getByRole('link', { name: `Xem ${place.data.name} trên bản đồ` });
    await expect(onMap).toHaveAttribute('href', mapPointPath('vi', place.id, mapListPageOf(points, 'vi', place.id)));
    await onMap.click();
    const entry = page.locator(`#diem-${place.id}`);
    await expect(entry).toBeInViewport();
    await expect(entry.getByRole('heading', { name: place.data.name })).toBeVisible();
    // The entry leads to the place's own page.
    await entry.getByRole('link', { name: 'Xem trang chi tiết' }).click();
    await expect(page).toHaveURL(recordPath('place', 'vi', place.id));
  });
});

test('the English map lists each place with a link to its English page', async ({ page }) => {
  await page.goto('/en/map/');
  for (const place of sampleCatalogue.places) {
    const entry = page.locator(`#diem-${place.id}`);
    await expect(entry.getByRole('link', { name: 'See the details page' })).toHaveAttribute(
      'href',
      recordPath('place', 'en', place.id),
    );
  }
});

test('an English place page gives the hours in English where the record has them, else marked as Vietnamese', async ({
  page,
}) => {
  const withEnglish = sampleCatalogue.places.find((place) => place.data.hours && place.data.en?.hours)!;
  const withoutEnglish = sampleCatalogue.places.find((place) => place.data.hours && !place.data.en?.hours)!;
  await page.goto(recordPath('place', 'en', withEnglish.id));
  const main = page.getByRole('main');
  await expect(main.getByText(withEnglish.data.en!.hours!)).toBeVisible();
  await expect(main).not.toContainText(withEnglish.data.hours!);
  await page.goto(recordPath('place', 'en', withoutEnglish.id));
  await expect(main.getByText(withoutEnglish.data.hours!)).toHaveAttribute('lang', 'vi');
  await expect(main.getByRole('definition').filter({ hasText: withoutEnglish.data.hours! })).toContainText(
    '(in Vietnamese)',
  );
});
