import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { foldDiacritics } from '../../src/lib/fold.ts';
import { TEST_AS_OF } from './as-of.ts';
import { expect, test } from './fixtures.ts';

const { content } = await checkContentFolder(resolve('content'));
if (!content) throw new Error('The sample content folder does not pass the content check');
const catalogue = buildCatalogue({ ...content, asOf: TEST_AS_OF });
const published = catalogue.products;
const excluded = catalogue.excluded.map(({ product }) => product);
const named = (slug: string) => {
  const product = content.products.find((candidate) => candidate.id === slug);
  if (!product) throw new Error(`No product ${slug} in the sample content`);
  return product;
};

/** Opens a search link and waits for its results (or its no-result message). */
async function search(page: Page, query: string, path = '/tim-kiem/') {
  await page.goto(`${path}${query}`);
  const results = page.getByRole('region', { name: /Kết quả|Results/ });
  await expect(
    results.getByText(/Tìm thấy \d+ kết quả|Results found: \d+|Không tìm thấy|No results/).filter({ visible: true }),
  ).toBeVisible();
  return results;
}

const resultNames = async (page: Page) =>
  page
    .getByRole('region', { name: /Kết quả|Results/ })
    .getByRole('listitem')
    .getByRole('link')
    .allTextContents();

test.describe('search without marks', () => {
  test('"tam duong" finds every published product named Tam Đường', async ({ page }) => {
    await search(page, '?q=tam+duong');
    const expected = published.filter((p) => foldDiacritics(p.data.name).includes('tam duong'));
    expect(expected.length).toBeGreaterThan(2);
    const names = await resultNames(page);
    for (const product of expected) expect(names).toContain(product.data.name);
  });

  test('"den" finds "Tỏi đen Tam Đường": đ is folded too', async ({ page }) => {
    await search(page, '?q=den');
    expect(await resultNames(page)).toContain(named('toi-den-tam-duong').data.name);
  });

  test('"che shan tuyet" finds the Shan tuyết tea first', async ({ page }) => {
    await search(page, '?q=che+shan+tuyet');
    const names = await resultNames(page);
    expect(names[0]).toBe(named('che-shan-tuyet-co-thu-sa-de-phin').data.name);
  });

  for (const query of ['chè shan tuyet', 'Che Shan tuyết', 'CHÈ SHAN TUYẾT']) {
    test(`partly or fully marked "${query}" finds the same tea`, async ({ page }) => {
      await search(page, `?q=${encodeURIComponent(query)}`);
      expect(await resultNames(page)).toContain(named('che-shan-tuyet-co-thu-sa-de-phin').data.name);
    });
  }

  for (const query of ['tỏi den', 'toi đen', 'Tam Duờng tỏi']) {
    test(`mixed query "${query}" finds Tỏi đen`, async ({ page }) => {
      await search(page, `?q=${encodeURIComponent(query)}`);
      expect(await resultNames(page)).toContain(named('toi-den-tam-duong').data.name);
    });
  }
});

test.describe('ranking', () => {
  // "Dao" (the Dao people) and "Đào" (peach blossom) differ only by marks: the exact form ranks first.
  test('"dao" lists the Dao products before "Đào bích"', async ({ page }) => {
    await search(page, '?q=dao');
    const names = await resultNames(page);
    const peach = names.indexOf(named('dao-bich-tam-duong').data.name);
    const dao = names.indexOf(named('thuoc-tam-nguoi-dao-do-ta-leng').data.name);
    expect(peach).toBeGreaterThanOrEqual(0);
    expect(dao).toBeGreaterThanOrEqual(0);
    expect(dao).toBeLessThan(peach);
  });

  test('"đào" lists "Đào bích" first, and the Dao products only through the search without marks', async ({ page }) => {
    const results = await search(page, `?q=${encodeURIComponent('đào')}`);
    const names = await resultNames(page);
    expect(names[0]).toBe(named('dao-bich-tam-duong').data.name);
    expect(names).not.toContain(named('thuoc-tam-nguoi-dao-do-ta-leng').data.name);
    await expect(results.getByRole('link', { name: 'tìm “dao”' })).toHaveAttribute('href', '/tim-kiem/?q=dao');
  });

  test('a product-line facet narrows to one bộ sản phẩm, and its counts say what each line holds', async ({ page }) => {
    const tea = published.filter((p) => p.data.subgroup === 'Chè');
    expect(tea.length).toBeGreaterThan(1);
    const results = await search(page, '?line=che');
    expect((await resultNames(page)).sort()).toEqual(tea.map((p) => p.data.name).sort());
    const lines = page.getByRole('group', { name: 'Bộ sản phẩm' });
    await expect(lines.getByRole('checkbox', { name: /^Chè/ })).toBeChecked();
    await expect(lines.getByRole('checkbox', { name: /^Chè/ })).toHaveAccessibleName(`Chè (${tea.length})`);
    await page
      .getByRole('group', { name: 'Hạng sao' })
      .getByRole('checkbox', { name: /^4 sao/ })
      .check();
    await expect(page).toHaveURL(/[?&]line=che&stars=4$/);
    const fourStarTea = tea.filter((p) => p.data.stars === 4);
    await expect(results.getByText(`Tìm thấy ${fourStarTea.length} kết quả.`)).toBeVisible();
  });
});

test.describe('what is searchable', () => {
  test('a former commune name finds its products', async ({ page }) => {
    // Trà dây Tam Đường is in Tả Lèng today; it was in Giang Ma before 2025, and says so nowhere else.
    const product = named('tra-day-tam-duong');
    expect(product.data.formerCommune).toBe('Giang Ma');
    await search(page, '?q=giang+ma');
    expect(await resultNames(page)).toContain(product.data.name);
  });

  test('a producer name finds the producer and its products', async ({ page }) => {
    const producer = content.producers.find((candidate) => candidate.id === 'hkd-lo-thi-hoa')!;
    await search(page, `?q=${encodeURIComponent(foldDiacritics(producer.data.name))}`);
    const names = await resultNames(page);
    expect(names).toContain(producer.data.name);
    for (const product of catalogue.productsOf(producer.id)) expect(names).toContain(product.data.name);
  });

  test('a result shows its thumbnail, star badge and producer, and links to its page', async ({ page }) => {
    const results = await search(page, '?q=toi+den');
    const item = results.getByRole('listitem').filter({ hasText: named('toi-den-tam-duong').data.name });
    await expect(item.getByRole('link', { name: named('toi-den-tam-duong').data.name })).toHaveAttribute(
      'href',
      '/san-pham/toi-den-tam-duong/',
    );
    await expect(item.getByRole('img', { name: 'OCOP 3 sao' })).toBeVisible();
    await expect(item.getByText('Công ty TNHH Nông sản Lai Châu Xanh')).toBeVisible();
    await expect(item.locator('img[src$=".webp"]')).toHaveCount(1);
  });

  test('places are results that open their own page', async ({ page }) => {
    const place = content.places.find((candidate) => candidate.id === 'cua-hang-ocop-lai-chau')!;
    const results = await search(page, `?q=${encodeURIComponent(foldDiacritics(place.data.name))}`);
    await expect(results.getByRole('link', { name: place.data.name, exact: true })).toHaveAttribute(
      'href',
      '/dia-diem/cua-hang-ocop-lai-chau/',
    );
  });

  test('the thumbnail path is not searchable', async ({ page }) => {
    const results = await search(page, '?q=webp');
    await expect(results.getByText('Không tìm thấy kết quả nào.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^5 sao/ })).toHaveAccessibleName('5 sao (0)');
  });

  test('excluded products are never results', async ({ page }) => {
    expect(excluded.map((product) => product.id).sort()).toEqual(
      ['bot-san-day-binh-lu', 'chanh-leo-ban-giang', 'mang-kho-na-tam', 'ruou-tao-meo-khun-ha'].sort(),
    );
    for (const product of excluded) {
      for (const path of ['/tim-kiem/', '/en/search/']) {
        const results = await search(page, `?q=${encodeURIComponent(product.data.name)}`, path);
        await expect(results.locator(`a[href*="/${product.id}/"]`)).toHaveCount(0);
        await expect(results.getByRole('link', { name: product.data.name, exact: true })).toHaveCount(0);
      }
    }
  });
});

test.describe('facets', () => {
  test('facets combine with the words and live in the URL', async ({ page }) => {
    const results = await search(page, '?q=tam+duong');
    const matching = published.filter((p) => foldDiacritics(p.data.name).includes('tam duong'));
    const fourStars = matching.filter((p) => p.data.stars === 4);
    expect(fourStars.length).toBeGreaterThan(0);
    /** The products among the results, by the slug in their link. */
    const resultProducts = async () => {
      const hrefs = await results
        .getByRole('listitem')
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      return hrefs.map((href) => {
        const slug = /^\/san-pham\/([^/]+)\/$/.exec(href)?.[1];
        const product = slug && catalogue.product(slug);
        if (!product) throw new Error(`${href} is not a published product`);
        return product;
      });
    };

    const stars = page.getByRole('group', { name: 'Hạng sao' });
    await stars.getByRole('checkbox', { name: /^4 sao/ }).check();
    await expect(page).toHaveURL(/[?&]stars=4/);
    await expect(page).toHaveURL(/[?&]q=tam\+duong/);
    // The filtered results replace the unfiltered ones (which hold producers too) once the facet's
    // filter index has loaded: wait for that, not for the first list that happens to be there.
    const onlyFourStarProducts = async () => {
      const hrefs = await results
        .getByRole('listitem')
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      return (
        hrefs.length > 0 &&
        hrefs.every((href) => catalogue.product(/^\/san-pham\/([^/]+)\/$/.exec(href)?.[1] ?? '')?.data.stars === 4)
      );
    };
    await expect.poll(onlyFourStarProducts).toBe(true);
    const withStars = await resultProducts();
    expect(withStars.every((p) => p.data.stars === 4)).toBe(true);
    for (const product of fourStars) expect(withStars).toContain(product);
    await expect(results.getByText(`Tìm thấy ${withStars.length} kết quả.`)).toBeVisible();

    // A second facet narrows further; the counts beside each value say what it would give.
    const groups = page.getByRole('group', { name: 'Nhóm sản phẩm' });
    const foodCount = withStars.filter((p) => p.data.group === 'food').length;
    expect(foodCount).toBeLessThan(withStars.length);
    await expect(groups.getByRole('checkbox', { name: /^Thực phẩm/ })).toHaveAccessibleName(`Thực phẩm (${foodCount})`);
    await groups.getByRole('checkbox', { name: /^Thực phẩm/ }).check();
    await expect(page).toHaveURL(/[?&]group=food/);
    await expect(results.getByText(`Tìm thấy ${foodCount} kết quả.`)).toBeVisible();
    const both = await resultProducts();
    expect(both.every((p) => p.data.stars === 4 && p.data.group === 'food')).toBe(true);

    // The link carries the whole state: reloading shows the same results with the same boxes ticked.
    await page.reload();
    await expect(results.getByText(`Tìm thấy ${foodCount} kết quả.`)).toBeVisible();
    await expect(groups.getByRole('checkbox', { name: /^Thực phẩm/ })).toBeChecked();
  });

  test('the facets load their counts only when someone reaches for them', async ({ page }) => {
    // Pagefind's filter indexes grow with the catalogue: the first query must not download them.
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/filter/')) filterFiles.push(request.url());
    });
    const results = await search(page, '?q=tam+duong');
    await page.waitForLoadState('networkidle');
    expect(filterFiles).toEqual([]);
    const food = page.getByRole('group', { name: 'Nhóm sản phẩm' }).getByRole('checkbox', { name: /^Thực phẩm/ });
    await expect(food).toHaveAccessibleName('Thực phẩm');

    // Tabbing into the facets (as pointing at them) brings the counts of the results on screen.
    await food.focus();
    await expect(food).toHaveAccessibleName(/^Thực phẩm \(\d+\)$/);
    const count = Number(/\((\d+)\)/.exec(await food.evaluate((box) => box.parentElement?.textContent ?? ''))?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(filterFiles.length).toBeGreaterThan(0);
    await food.check();
    await expect(results.getByText(`Tìm thấy ${count} kết quả.`)).toBeVisible();
  });

  test('a link with facets and no words lists what the facets select', async ({ page }) => {
    const commune = 'Khun Há';
    await search(page, `?stars=5&commune=${encodeURIComponent(commune)}`);
    const expected = published.filter((p) => p.data.stars === 5 && p.data.commune === commune);
    expect(expected.length).toBeGreaterThan(0);
    const names = await resultNames(page);
    expect(names.sort()).toEqual(expected.map((p) => p.data.name).sort());
    await expect(page.getByRole('checkbox', { name: /^5 sao/ })).toBeChecked();
  });
});

test.describe('the search page', () => {
  test('typing updates the results and the URL', async ({ page }) => {
    await page.goto('/tim-kiem/');
    const box = page.getByLabel('Tìm sản phẩm, chủ thể, điểm bán');
    await box.fill('mien dong');
    await expect(page).toHaveURL(/\?q=mien\+dong$/);
    await expect(
      page
        .getByRole('region', { name: 'Kết quả' })
        .getByRole('link', { name: named('mien-dong-binh-lu').data.name, exact: true }),
    ).toBeVisible();
  });

  test('a query that matches nothing says so and offers the catalogue and the map', async ({ page }) => {
    const results = await search(page, '?q=xyzzy+khong+co');
    await expect(results.getByText('Không tìm thấy kết quả nào.')).toBeVisible();
    await expect(results.getByRole('link', { name: 'danh sách tất cả sản phẩm' })).toHaveAttribute(
      'href',
      '/san-pham/',
    );
    await expect(results.getByRole('link', { name: /bản đồ/ })).toHaveAttribute('href', '/ban-do/');
  });

  test('the English search finds English names', async ({ page }) => {
    const results = await search(page, '?q=black+garlic', '/en/search/');
    await expect(results.getByRole('link', { name: 'Tam Đường black garlic' })).toHaveAttribute(
      'href',
      '/en/products/toi-den-tam-duong/',
    );
    await search(page, '?q=tam+duong', '/en/search/');
    expect(await resultNames(page)).toContain('Tam Đường black garlic');
  });

  test('"/" focuses the search box, but not while typing in a field', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await page.locator('body').press('/');
    const box = page.getByLabel('Tìm sản phẩm, chủ thể, điểm bán');
    await expect(box).toBeFocused();
    await box.fill('a/b');
    await expect(box).toHaveValue('a/b');

    await page.goto('/');
    await page.locator('body').press('/');
    await expect(page.getByRole('searchbox', { name: 'Tìm trên trang' })).toBeFocused();
  });

  test('the header box leads to the search page with the words', async ({ page }) => {
    await page.goto('/en/');
    const box = page.getByRole('searchbox', { name: 'Search the site' });
    await box.fill('honey');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=honey$/);
    await expect(page.getByRole('region', { name: 'Results' }).getByRole('link').first()).toBeVisible();
  });

  test('no search index or search script loads until someone searches', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.goto('/tim-kiem/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  });
});
