// Phone first (issue #16): what a shopper sees in the first screen of a 360×740 phone, measured by
// the positions of the page's boxes, not by screenshots; and nothing runs off a 320 px screen.
import type { Page } from '@playwright/test';
import { mapPoints } from '../../src/lib/map-points.ts';
import { TEST_AS_OF } from './as-of.ts';
import { sample, sampleCatalogue } from './catalogue-data.ts';
import { expect, test } from './fixtures.ts';

const PHONE = { width: 360, height: 740 };
/** The header with the sample notice takes at most a fifth of the first screen. */
const HEADER_MAX = PHONE.height * 0.2;

const { products } = sampleCatalogue;
const product = products[0]!;
const fair = sample.events.find((event) => event.data.kind === 'fair');

// The last point of the list: its entry is far down the page, and it may sit anywhere on the map.
const points = mapPoints(sampleCatalogue);
const farPoint = points.at(-1)!;
// The point with the most products: the tallest popup, taller than a phone's map unless it scrolls.
const busiestPoint = points.reduce((most, point) => (point.products.length > most.products.length ? point : most));

/** Pages of every kind, in both languages. */
const PAGES = [
  '/',
  '/en/',
  '/san-pham/',
  '/en/products/',
  '/san-pham/nhom/beverage/',
  `/san-pham/${product.id}/`,
  `/en/products/${product.id}/`,
  '/ban-do/',
  '/en/map/',
  '/tim-kiem/?q=che',
  '/tra-cuu/',
  '/en/verify/',
  '/in-an/',
  '/chu-the/',
  '/su-kien/',
  '/gioi-thieu-ocop/',
  '/thong-ke/',
  ...(fair ? [`/su-kien/${fair.id}/`] : []),
];

/** The bottom of the header (the sample notice above it included), in CSS pixels from the top of the page. */
const headerBottom = (page: Page) =>
  page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().bottom + window.scrollY);

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: PHONE });

  test('the header and the one-line sample notice take at most a fifth of the first screen, on every page', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const path of PAGES) {
      await page.goto(path);
      expect(await headerBottom(page), path).toBeLessThanOrEqual(HEADER_MAX);
      const notice = page.getByRole('note').first();
      const summary = notice.locator('summary');
      const lineHeight = await summary.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
      const box = (await summary.boundingBox())!;
      // One line: its height is one line and its padding, not two lines.
      expect(box.height, path).toBeLessThan(lineHeight * 2);
    }
  });

  test('the whole sample notice is one tap away', async ({ page }) => {
    await page.goto('/');
    const full = page.getByText('số điện thoại, số giấy chứng nhận và ngày tháng chỉ để minh họa');
    await expect(full).toBeHidden();
    await page.getByRole('note').locator('summary').click();
    await expect(full).toBeVisible();
  });

  test('the first product card of a listing is in the first screen', async ({ page }) => {
    for (const path of ['/san-pham/', '/en/products/', '/san-pham/nhom/beverage/', '/en/products/group/food/']) {
      await page.goto(path);
      const card = page.locator('#catalogue-list > li').first().getByRole('article');
      const name = card.getByRole('heading', { level: 3 });
      await expect(name).toBeVisible();
      const box = (await name.boundingBox())!;
      expect(box.y + box.height, path).toBeLessThanOrEqual(PHONE.height);
    }
  });

  test('one filter control, folded on a phone, that says what it filters and keeps the group links in step', async ({
    page,
  }) => {
    await page.goto('/san-pham/');
    // The group links are the only group control: the form offers no second one.
    await expect(page.getByRole('combobox', { name: 'Nhóm' })).toHaveCount(0);
    const toggle = page.getByRole('button', { name: /Lọc và sắp xếp/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('combobox', { name: 'Hạng sao' })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('combobox', { name: 'Hạng sao' }).selectOption({ label: 'OCOP 5 sao' });
    await expect(page).toHaveURL(/[?&]sao=5\b/);
    await expect(toggle).toContainText('OCOP 5 sao');
    const groups = page.getByRole('navigation', { name: 'Nhóm sản phẩm' });
    await expect(groups.getByRole('link', { name: /^Đồ uống/ })).toHaveAttribute(
      'href',
      '/san-pham/nhom/beverage/?sao=5',
    );
    // The chosen group is the current link, and the stars come along.
    await groups.getByRole('link', { name: /^Đồ uống/ }).click();
    await expect(page).toHaveURL(/\/san-pham\/nhom\/beverage\/\?sao=5$/);
    await expect(groups.getByRole('link', { name: /^Đồ uống/ })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('select[name="sao"]')).toHaveValue('5');
    await expect(page.getByRole('button', { name: /Lọc và sắp xếp/ })).toContainText('OCOP 5 sao');
  });

  test('an old link with the group in its query leads to the group page', async ({ page }) => {
    await page.goto('/san-pham/?nhom=beverage&sao=4');
    await expect(page).toHaveURL(/\/san-pham\/nhom\/beverage\/\?sao=4$/);
  });

  test('"Lọc" and "Bỏ lọc" are styled as the site\'s buttons', async ({ page }) => {
    await page.goto('/san-pham/');
    await page.getByRole('button', { name: /Lọc và sắp xếp/ }).click();
    for (const name of ['Lọc', 'Bỏ lọc']) {
      const button = page.getByRole('button', { name, exact: true });
      await expect(button).toBeVisible();
      const style = await button.evaluate((element) => {
        const css = getComputedStyle(element);
        return { radius: parseFloat(css.borderTopLeftRadius), border: css.borderTopColor };
      });
      expect(style.radius, name).toBeGreaterThan(0);
      // The brand's green edge, not the browser's grey.
      expect(style.border, name).toBe('rgb(31, 107, 58)');
    }
  });

  test('a product page shows name, badge, validity and the one-tap call in the first screen', async ({ page }) => {
    // The longest name in the sample, so that the rule holds for the worst case too.
    const longest = [...products].sort((a, b) => b.data.name.length - a.data.name.length)[0]!;
    // The producer's zalo field (issue #13) where the content has one.
    const zaloOf = (slug: string) =>
      (sample.producers.find((r) => r.id === slug)?.data as { zalo?: string } | undefined)?.zalo;
    const withZalo = products.find((p) => zaloOf(p.data.producer));
    for (const shown of [product, longest, ...(withZalo ? [withZalo] : [])]) {
      const path = `/san-pham/${shown.id}/`;
      await page.goto(path);
      const inFirstScreen = async (locator: import('@playwright/test').Locator, what: string) => {
        await expect(locator, `${path}: ${what}`).toBeVisible();
        const box = (await locator.boundingBox())!;
        expect(box.y + box.height, `${path}: ${what}`).toBeLessThanOrEqual(PHONE.height);
      };
      await inFirstScreen(page.getByRole('heading', { level: 1 }), 'name');
      await inFirstScreen(page.locator('.facts').getByRole('img', { name: /^OCOP \d sao$/ }), 'badge');
      await inFirstScreen(page.locator('.facts .validity'), 'validity');
      const producer = sample.producers.find((r) => r.id === shown.data.producer)!;
      if (producer.data.phone) {
        const call = page.getByRole('link', { name: /^Gọi / });
        await inFirstScreen(call, 'Gọi');
        await expect(call).toHaveAttribute('href', /^tel:\+84\d+$/);
      }
      if (shown === withZalo) {
        const zalo = page.locator('.quick-contact').getByRole('link', { name: /^Zalo/ });
        await inFirstScreen(zalo, 'Zalo');
        await expect(zalo).toHaveAttribute('href', /^https:\/\/zalo\.me\//);
      }
    }
  });

  test('the map is in the first screen, and the list one tap away', async ({ page }) => {
    await page.goto('/ban-do/');
    const canvas = page.getByRole('region', { name: 'Bản đồ các điểm' });
    await expect(canvas).toBeVisible();
    const box = (await canvas.boundingBox())!;
    // At least half of the first screen below the header is map.
    expect(PHONE.height - box.y).toBeGreaterThanOrEqual((PHONE.height - HEADER_MAX) / 2);
    const toList = page.getByRole('link', { name: 'Bỏ qua bản đồ, đến danh sách các điểm' });
    const link = (await toList.boundingBox())!;
    expect(link.y + link.height).toBeLessThanOrEqual(PHONE.height);
    await toList.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Danh sách các điểm' })).toBeInViewport();
  });

  for (const [which, point] of [
    ['far down the list', farPoint],
    ['with the most products', busiestPoint],
  ] as const)
    test(`a link to a point (${which}) shows the map with a readable popup, clear of the controls`, async ({
      page,
    }) => {
      // Leaflet times its pans and zooms with Date: the clock runs here, from the build's reference day.
      await page.clock.setSystemTime(new Date(`${TEST_AS_OF}T09:00:00+07:00`));
      await page.goto(`/ban-do/?diem=${point.id}`);
      const canvas = page.getByRole('region', { name: 'Bản đồ các điểm' });
      const title = page.locator('.leaflet-popup .map-popup__name');
      await expect(title).toBeVisible();
      // Whole, to a pixel's rounding.
      await expect(canvas).toBeInViewport({ ratio: 0.99 });
      // The popup settles once its details have come: within the map and the screen, clear of the controls.
      const placement = async () => {
        const map = (await canvas.boundingBox())!;
        const name = (await title.boundingBox())!;
        const inside =
          name.y >= Math.max(0, map.y) &&
          name.y + name.height <= Math.min(PHONE.height, map.y + map.height) &&
          name.x >= map.x &&
          name.x + name.width <= map.x + map.width;
        let clear = true;
        for (const control of await page.locator('.leaflet-control-zoom, .leaflet-control-attribution').all()) {
          const c = (await control.boundingBox())!;
          if (
            name.x < c.x + c.width &&
            c.x < name.x + name.width &&
            name.y < c.y + c.height &&
            c.y < name.y + name.height
          )
            clear = false;
        }
        return { inside, clear };
      };
      await expect.poll(placement).toEqual({ inside: true, clear: true });
    });

  test('a link to a point that does not exist says so', async ({ page }) => {
    await page.goto('/ban-do/?diem=khong-co-diem-nay');
    await expect(page.getByRole('status').filter({ hasText: 'khong-co-diem-nay' })).toContainText(
      'Không có điểm “khong-co-diem-nay” trên bản đồ',
    );
  });

  test('the lookup and the fair-pack builder are in the header, in both languages', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Tra cứu', exact: true })).toHaveAttribute('href', '/tra-cuu/');
    // Two clicks from the home page: the link, then the builder is there.
    await nav.getByRole('link', { name: 'In cho hội chợ' }).click();
    await expect(page).toHaveURL(/\/in-an\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/en/');
    const navEn = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(navEn.getByRole('link', { name: 'Verify' })).toHaveAttribute('href', '/en/verify/');
    await expect(navEn.getByRole('link', { name: 'Print for a fair' })).toHaveAttribute('href', '/en/print/');
  });
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing runs off the side of the screen', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of PAGES) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('on a desktop', () => {
  test('the filter form is open and the header keeps one line', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/san-pham/');
    await expect(page.getByRole('combobox', { name: 'Hạng sao' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Lọc và sắp xếp/ })).toBeHidden();
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(80);
  });
});
