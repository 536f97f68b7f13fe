// English visitors (issue #16): record texts without English are marked as Vietnamese, and said to be.
import { mapPoints } from '../../src/lib/map-points.ts';
import { sample, sampleCatalogue } from './catalogue-data.ts';
import { expect, test } from './fixtures.ts';

const withEnglishHours = sample.places.find((place) => place.data.hours && place.data.en?.hours)!;
const withoutEnglishHours = sample.places.find((place) => place.data.hours && !place.data.en?.hours)!;

test('the English map gives hours in English where the record has them, and marks the rest as Vietnamese', async ({
  page,
}) => {
  await page.goto('/en/map/');
  const english = page.locator(`#diem-${withEnglishHours.id}`);
  await expect(english.getByRole('definition').filter({ hasText: withEnglishHours.data.en!.hours! })).toHaveCount(1);
  await expect(english).not.toContainText(withEnglishHours.data.hours!);

  const vietnamese = page.locator(`#diem-${withoutEnglishHours.id}`);
  const hours = vietnamese.getByRole('definition').filter({ hasText: withoutEnglishHours.data.hours! });
  await expect(hours).toContainText('(in Vietnamese)');
  await expect(hours.locator('[lang="vi"]')).toHaveText(withoutEnglishHours.data.hours!);
  // The address has no English: marked the same way.
  const address = vietnamese.getByRole('definition').filter({ hasText: withoutEnglishHours.data.address });
  await expect(address.locator('[lang="vi"]')).toHaveText(withoutEnglishHours.data.address);
  await expect(address).toContainText('(in Vietnamese)');
});

test('the Vietnamese map carries no such note', async ({ page }) => {
  await page.goto('/ban-do/');
  await expect(page.getByText('(tiếng Việt)')).toHaveCount(0);
  await expect(page.getByText('(in Vietnamese)')).toHaveCount(0);
});

const villages = sample.places.filter((place) => place.data.kind === 'tourism');
const tours = sampleCatalogue.products.filter((product) => product.data.group === 'tourism');

test('the English map has one entry per village: the place and its tourism product are one', async ({ page }) => {
  await page.goto('/en/map/');
  const tourism = page.locator('li.point[data-kind="tourism"]');
  // Every tourism product of the sample lies in one of its villages.
  const points = mapPoints(sampleCatalogue).filter((point) => point.kind === 'tourism');
  expect(points).toHaveLength(villages.length);
  await expect(tourism).toHaveCount(villages.length);
  for (const tour of tours) {
    const entries = tourism.filter({ has: page.getByRole('link', { name: tour.data.en?.name ?? tour.data.name }) });
    await expect(entries, tour.id).toHaveCount(1);
  }
  // On the map too: one marker per village.
  await page.getByRole('checkbox', { name: /^OCOP sales point/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Producer/ }).uncheck();
  await expect
    .poll(() =>
      page.locator('.map-canvas .leaflet-marker-icon').evaluateAll((icons) =>
        icons.reduce((sum, icon) => {
          const cluster = icon.querySelector('[data-cluster] [aria-hidden]');
          return sum + (cluster ? Number(cluster.textContent) : 1);
        }, 0),
      ),
    )
    .toBe(villages.length);
});

test('each village lists the sales points nearest to it, with the distance', async ({ page }) => {
  await page.goto('/en/map/');
  for (const village of villages) {
    const entry = page.locator(`#diem-${village.id}`);
    await expect(entry.getByText('Nearest OCOP sales points')).toBeVisible();
    const nearest = entry.locator('.nearest li');
    expect(await nearest.count()).toBeGreaterThan(0);
    await expect(nearest.first()).toContainText(/\(\d+([.,]\d)? k?m away\)/);
  }
});

test('a tourism product offers a visit box, not the wholesale box', async ({ page }) => {
  const tour = tours[0]!;
  await page.goto(`/en/products/${tour.id}/`);
  const visit = page.getByRole('region', { name: 'Visit' });
  await expect(visit).toBeVisible();
  await expect(visit.getByRole('link', { name: 'Directions on OpenStreetMap' })).toHaveAttribute(
    'href',
    /openstreetmap\.org\/directions/,
  );
  await expect(visit).toContainText('(in Vietnamese)');
  await expect(page.getByRole('region', { name: 'For distributors' })).toHaveCount(0);
  // Any other product keeps the distributors' box.
  const other = sampleCatalogue.products.find((product) => product.data.group !== 'tourism')!;
  await page.goto(`/en/products/${other.id}/`);
  await expect(page.getByRole('region', { name: 'For distributors' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Visit' })).toHaveCount(0);
});
