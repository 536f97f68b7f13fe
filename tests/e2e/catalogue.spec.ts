import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { compareVietnamese } from '../../src/lib/collate.ts';
import type { ProductRecord } from '../../src/lib/open-data.ts';
import { TEST_AS_OF } from './as-of.ts';
import { sampleCatalogue } from './catalogue-data.ts';
import { expect, test } from './fixtures.ts';

const { products, excluded } = sampleCatalogue;
/** A CSV file's rows as objects keyed by the header's column names (byte-order mark dropped). */
const csvObjects = (text: string) =>
  parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
const cards = (page: import('@playwright/test').Page) =>
  page
    .getByRole('list')
    .filter({ has: page.getByRole('article') })
    .getByRole('listitem')
    .filter({ visible: true });
const cardNames = async (page: import('@playwright/test').Page) =>
  cards(page)
    .getByRole('heading', { level: 3 })
    .allTextContents()
    .then((names) => names.map((name) => name.trim()));

test.describe('the catalogue', () => {
  test('shows every published product as a card, and no excluded one', async ({ page }) => {
    await page.goto('/san-pham/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sản phẩm OCOP' })).toBeVisible();
    await expect(cards(page)).toHaveCount(products.length);
    const first = cards(page).first();
    await expect(first.getByRole('img', { name: /^OCOP \d sao$/ })).toBeVisible();
    for (const { product } of excluded) {
      await expect(page.getByRole('link', { name: product.data.name, exact: true })).toHaveCount(0);
    }
  });

  test('orders names the Vietnamese way: Đ after D', async ({ page }) => {
    await page.goto('/san-pham/');
    const names = await cardNames(page);
    const plainD = names.filter((name) => name.startsWith('D'));
    const barredD = names.filter((name) => name.startsWith('Đ'));
    expect(plainD.length).toBeGreaterThan(0);
    expect(barredD.length).toBeGreaterThan(0);
    expect(names.indexOf(plainD.at(-1)!)).toBeLessThan(names.indexOf(barredD[0]!));
    expect(names.indexOf('Du lịch cộng đồng bản Sì Thâu Chải')).toBeLessThan(names.indexOf('Đào bích Tam Đường'));
    expect(names).toEqual([...names].sort(compareVietnamese));
  });

  test('filters by stars and keeps the state in a shareable URL', async ({ page }) => {
    await page.goto('/san-pham/');
    await page.getByRole('combobox', { name: 'Hạng sao' }).selectOption({ label: 'OCOP 5 sao' });
    const fiveStars = products.filter((product) => product.data.stars === 5);
    await expect(cards(page)).toHaveCount(fiveStars.length);
    await expect(page).toHaveURL(/[?&]sao=5\b/);
    await expect(page.getByRole('status')).toHaveText(
      `Đang hiện ${fiveStars.length} trên ${products.length} sản phẩm.`,
    );

    // The same URL, opened afresh, shows the same list.
    await page.goto(page.url());
    await expect(page.getByRole('combobox', { name: 'Hạng sao' })).toHaveValue('5');
    await expect(cards(page)).toHaveCount(fiveStars.length);
  });

  test('filters by group and commune, and sorts by newest certificate', async ({ page }) => {
    const commune = products[0]!.data.commune;
    await page.goto(`/san-pham/?xa=${encodeURIComponent(commune)}`);
    await expect(cards(page)).toHaveCount(products.filter((product) => product.data.commune === commune).length);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect(cards(page)).toHaveCount(products.length);

    // The group links are the group filter (issue #16: one control), and keep the other choices.
    await page.getByRole('combobox', { name: 'Hạng sao' }).selectOption({ label: 'OCOP 4 sao' });
    await page
      .getByRole('navigation', { name: 'Nhóm sản phẩm' })
      .getByRole('link', { name: /^Đồ uống/ })
      .click();
    await expect(page).toHaveURL(/\/san-pham\/nhom\/beverage\/\?sao=4$/);
    await expect(cards(page)).toHaveCount(
      products.filter((product) => product.data.group === 'beverage' && product.data.stars === 4).length,
    );
    await page.getByRole('navigation', { name: 'Nhóm sản phẩm' }).getByRole('link', { name: 'Tất cả nhóm' }).click();
    await expect(page).toHaveURL(/\/san-pham\/\?sao=4$/);
    // The filter has read the address (its script has run) before it is cleared.
    await expect(page.getByRole('combobox', { name: 'Hạng sao' })).toHaveValue('4');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect(cards(page)).toHaveCount(products.length);

    await page.getByRole('combobox', { name: 'Sắp xếp' }).selectOption({ label: 'Chứng nhận mới nhất trước' });
    await expect(page).toHaveURL(/sap-xep=newest/);
    const newest = [...products].sort((a, b) => (a.data.certificate.date < b.data.certificate.date ? 1 : -1))[0]!;
    await expect(cards(page).first().getByRole('heading', { level: 3 })).toHaveText(newest.data.name);
  });

  test('filters by product line: all 4-star tea', async ({ page }) => {
    const tea = products.filter((product) => product.data.subgroup === 'Chè');
    await page.goto('/san-pham/');
    await page.getByRole('combobox', { name: 'Bộ sản phẩm' }).selectOption({ label: 'Chè' });
    await expect(page).toHaveURL(/[?&]bo-san-pham=che\b/);
    await expect(cards(page)).toHaveCount(tea.length);
    await page.getByRole('combobox', { name: 'Hạng sao' }).selectOption({ label: 'OCOP 4 sao' });
    expect(await cardNames(page)).toEqual(tea.filter((product) => product.data.stars === 4).map((p) => p.data.name));
  });

  test("downloads the filtered list as CSV, with the full file's columns and rows", async ({ page, request }) => {
    await page.goto('/san-pham/?bo-san-pham=che');
    const tea = products.filter((product) => product.data.subgroup === 'Chè');
    const button = page.getByRole('button', { name: `Tải ${tea.length} sản phẩm này (CSV)` });
    // Above the list, where a distributor looks, not below it.
    const buttonBox = (await button.boundingBox())!;
    const firstCard = (await cards(page).first().boundingBox())!;
    expect(buttonBox.y).toBeLessThan(firstCard.y);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('san-pham-ocop-che.csv');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = csvObjects(text);
    expect(rows.map((row) => row.slug)).toEqual(tea.map((product) => product.id));
    const full = csvObjects(await (await request.get('/data/products.csv')).text());
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(full[0]!));
    for (const row of rows) expect(row).toEqual(full.find((candidate) => candidate.slug === row.slug));

    // The label follows the filter.
    await page.getByRole('combobox', { name: 'Hạng sao' }).selectOption({ label: 'OCOP 5 sao' });
    const fiveStarTea = tea.filter((product) => product.data.stars === 5);
    await expect(page.getByRole('button', { name: `Tải ${fiveStarTea.length} sản phẩm này (CSV)` })).toBeVisible();
  });

  test('links to the open data for distributors', async ({ page }) => {
    await page.goto('/en/products/');
    await expect(page.getByRole('link', { name: 'Product list (CSV, opens in Excel)' })).toHaveAttribute(
      'href',
      '/data/products.csv',
    );
    await expect(page.getByRole('link', { name: 'Product list (JSON)' })).toHaveAttribute(
      'href',
      '/data/products.json',
    );
  });
});

test.describe('the catalogue without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('offers the full open-data files where the filtered download would be', async ({ page }) => {
    await page.goto('/san-pham/');
    await expect(page.getByRole('button', { name: /sản phẩm này \(CSV\)/ })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Danh sách sản phẩm (CSV, mở được bằng Excel)' })).toHaveAttribute(
      'href',
      '/data/products.csv',
    );
  });

  test('static group pages list one group each', async ({ page }) => {
    await page.goto('/san-pham/');
    await expect(page.getByRole('combobox', { name: 'Hạng sao' })).toBeHidden();
    const beverages = products.filter((product) => product.data.group === 'beverage');
    await page.getByRole('link', { name: `Đồ uống (${beverages.length})` }).click();
    await expect(page).toHaveURL(/\/san-pham\/nhom\/beverage\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sản phẩm OCOP: Đồ uống');
    expect((await cardNames(page)).sort()).toEqual(beverages.map((product) => product.data.name).sort());
  });
});

test.describe('excluded products are published nowhere', () => {
  for (const { product } of excluded) {
    test(`${product.id} (${product.data.stars} stars) has no page, no sitemap entry, no export row`, async ({
      request,
    }) => {
      for (const path of [`/san-pham/${product.id}/`, `/en/products/${product.id}/`]) {
        expect((await request.get(path)).status(), path).toBe(404);
      }
      const sitemap = await (await request.get('/sitemap-0.xml')).text();
      expect(sitemap).toContain('/san-pham/');
      expect(sitemap).not.toContain(`/${product.id}/`);
      const json = (await (await request.get('/data/products.json')).json()) as { slug: string }[];
      expect(json.map((record) => record.slug)).not.toContain(product.id);
      const rows = csvObjects(await (await request.get('/data/products.csv')).text());
      expect(rows.length).toBe(products.length);
      expect(rows.map((row) => row.slug)).not.toContain(product.id);
      expect(rows.map((row) => row.name)).not.toContain(product.data.name);
    });
  }
});

test.describe('open data', () => {
  test('products.json keeps the contract fields first, in order, for every published product', async ({ request }) => {
    const response = await request.get('/data/products.json');
    expect(response.headers()['content-type']).toContain('application/json');
    const records = (await response.json()) as Record<string, unknown>[];
    expect(records.map((record) => record.slug)).toEqual(products.map((product) => product.id));
    for (const record of records) {
      expect(Object.keys(record).slice(0, 8)).toEqual([
        'slug',
        'name',
        'group',
        'stars',
        'commune',
        'producer',
        'certificate',
        'url',
      ]);
      expect(Object.keys(record.producer as object).slice(0, 2)).toEqual(['slug', 'name']);
      expect(Object.keys(record.certificate as object).slice(0, 4)).toEqual(['number', 'date', 'expires', 'issuer']);
    }
    expect(records[0]!.url).toMatch(/^https:\/\/.+\/san-pham\/[a-z0-9-]+\/$/);
  });

  test('the open data gives a distributor labels, price, validity, contacts and sales points', async ({ request }) => {
    const honey = sampleCatalogue.product('mat-ong-rung-tam-duong')!;
    const producer = sampleCatalogue.producer(honey.data.producer)!;
    const salesPoints = (honey.data.salesPoints ?? []).map((slug) => sampleCatalogue.place(slug)!);
    expect(salesPoints.length).toBeGreaterThan(1);

    const records = (await (await request.get('/data/products.json')).json()) as ProductRecord[];
    const json = records.find((record) => record.slug === honey.id)!;
    expect(json).toMatchObject({
      groupLabel: { vi: 'Thực phẩm', en: 'Food' },
      productLine: { key: 'mat-ong', vi: 'Mật ong', en: 'Honey' },
      price: honey.data.price,
      certificate: { number: honey.data.certificate.number, validAsOf: TEST_AS_OF },
      producer: {
        slug: producer.id,
        name: producer.data.name,
        phone: producer.data.phone,
        email: producer.data.email,
        website: null,
        address: producer.data.address,
      },
    });
    expect(json.salesPoints.map((point) => point.name)).toEqual(salesPoints.map((place) => place.data.name));

    const rows = csvObjects(await (await request.get('/data/products.csv')).text());
    expect(rows.map((row) => row.slug)).toEqual(products.map((product) => product.id));
    const csv = rows.find((row) => row.slug === honey.id)!;
    expect(csv).toMatchObject({
      'group.vi': 'Thực phẩm',
      'group.en': 'Food',
      'productLine.vi': 'Mật ong',
      'productLine.en': 'Honey',
      price: honey.data.price,
      'certificate.expires': json.certificate.expires,
      'certificate.validAsOf': TEST_AS_OF,
      // A cell a spreadsheet would take for a formula starts with ' (src/lib/open-data.ts CSV_OPTIONS):
      // "+84 983 …" would open in Excel as a broken formula.
      'producer.phone': producer.data.phone?.replace(/^(?=[=+\-@])/, "'"),
      'producer.email': producer.data.email,
      'producer.website': '',
      'producer.address': producer.data.address,
    });
    for (const place of salesPoints) expect(csv.salesPoints).toContain(`${place.data.name}, ${place.data.address}`);
    // Unpublished products appear in neither file, under any column.
    const everything = JSON.stringify(records) + JSON.stringify(rows);
    for (const { product } of excluded) {
      expect(everything).not.toContain(product.data.certificate.number);
      expect(everything).not.toContain(`/${product.id}/`);
    }
  });

  test('products.csv is UTF-8 with a byte-order mark, one row per published product', async ({ request }) => {
    const bytes = await (await request.get('/data/products.csv')).body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').trim().split(/\r\n/);
    expect(lines).toHaveLength(products.length + 1);
    expect(lines.join('\n')).toContain(products[0]!.data.name);
  });

  test('robots.txt points at the sitemap', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: https:\/\/\S+\/sitemap-index\.xml$/m);
  });
});
