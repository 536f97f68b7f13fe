import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pagePath, recordPath } from '../../src/lib/routes.ts';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { certificateExpiry } from '../../src/lib/certificate.ts';
import { formatDate } from '../../src/lib/format.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { contentDir } from '../../src/lib/env.ts';
import { foldDiacritics } from '../../src/lib/fold.ts';
import type { Locale } from '../../src/schemas/enums.ts';
import { TEST_AS_OF } from './as-of.ts';
import { expect, test } from './fixtures.ts';
import { emulatePaper, sheetLayoutProblems } from './layout.ts';
import { A4, decodeQr, pdfPageSizes, pdfPageTexts } from './pdf.ts';

// Expected values come from the content folder itself, through the same publication rule.
const { content } = await checkContentFolder(contentDir());
if (!content) throw new Error('the content folder does not pass the content check');
const catalogue = buildCatalogue({ ...content, asOf: TEST_AS_OF });
const products = catalogue.products;
const producerOf = (slug: string) => content.producers.find((producer) => producer.id === slug);
const englishName = (product: (typeof products)[number]) => product.data.en?.name ?? product.data.name;
const canonical = (locale: Locale, slug: string) => new URL(recordPath('product', locale, slug), content.site.url).href;
/** A product whose sheet shows a phone number, with the most stars: the sheet a fair would lead with. */
const showcase = [...products]
  .filter((product) => producerOf(product.data.producer)?.data.phone)
  .sort((a, b) => b.data.stars - a.data.stars)[0]!;

/** A chooser checkbox's name starts with the product's name. */
const choice = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ·`);

async function printToPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

function expectA4Pages(sizes: { width: number; height: number }[], count: number) {
  expect(sizes).toHaveLength(count);
  for (const size of sizes) {
    expect(size.width).toBeCloseTo(A4.width, 0);
    expect(size.height).toBeCloseTo(A4.height, 0);
  }
}

for (const locale of ['vi', 'en'] as const) {
  test(`every published product prints on exactly one A4 page (${locale})`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const product of products) {
      await page.goto(recordPath('product', locale, product.id));
      expectA4Pages(await pdfPageSizes(await printToPdf(page)), 1);
    }
  });
}

test('a printed sheet shows the name, stars, certificate and producer phone, and no site navigation', async ({
  page,
}) => {
  const { data } = showcase;
  await page.goto(recordPath('product', 'vi', showcase.id));
  const [text] = await pdfPageTexts(await printToPdf(page));
  expect(text).toContain(data.name);
  expect(text).toContain('★'.repeat(data.stars));
  expect(text).toContain(data.certificate.number);
  expect(text).toContain(producerOf(data.producer)!.data.phone!);
  expect(text).toContain(canonical('vi', showcase.id));
  // The footer, the menu and the print button are screen furniture.
  expect(text).not.toContain('Đơn vị quản lý');
  expect(text).not.toContain('Bản đồ');
  expect(text).not.toContain('In / Lưu PDF');
});

test('an English page prints an English sheet, marking Vietnamese text', async ({ page }) => {
  const product = products.find((candidate) => candidate.data.en)!;
  await page.goto(recordPath('product', 'en', product.id));
  // The sheet shows on paper only: look at the page as the printer sees it.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('article', { name: `Product sheet: ${englishName(product)}` });
  await expect(sheet.getByRole('heading', { name: englishName(product) })).toBeVisible();
  const [text] = await pdfPageTexts(await printToPdf(page));
  expect(text).toContain(englishName(product));
  expect(text).toContain('Expires on');
  expect(text).toContain('Scan for the product page');
  expect(text).toContain(canonical('en', product.id));
  await expect(sheet.locator('dd[lang="vi"]').first()).toHaveText(product.data.commune);
});

test.describe('QR codes', () => {
  // Sharper pixels than a screen needs, as a phone camera would see the paper.
  test.use({ deviceScaleFactor: 3 });
  for (const locale of ['vi', 'en'] as const) {
    test(`the sheet's QR code decodes to the product page's canonical URL (${locale})`, async ({ page }) => {
      await page.goto(recordPath('product', locale, showcase.id));
      await page.emulateMedia({ media: 'print' });
      const label = locale === 'vi' ? /^Mã QR dẫn tới / : /^QR code linking to /;
      const png = await page.getByRole('img', { name: label }).screenshot();
      expect(decodeQr(png)).toBe(canonical(locale, showcase.id));
    });
  }
});

test.describe('what a sheet shows', () => {
  for (const locale of ['vi', 'en'] as const) {
    test(`every sheet (${locale}): no two lines overlap, none is cut or covered, all on the page`, async ({ page }) => {
      test.setTimeout(180_000);
      for (const product of products) {
        await page.goto(recordPath('product', locale, product.id));
        await emulatePaper(page);
        expect(await sheetLayoutProblems(page.locator('.product-sheet')), product.id).toEqual([]);
      }
    });
  }

  test('a long name is printed whole, at a smaller size', async ({ page }) => {
    const product = [...products].sort((a, b) => b.data.name.length - a.data.name.length)[0]!;
    expect(product.data.name.length).toBeGreaterThanOrEqual(100);
    const short = products.find((candidate) => candidate.data.name.length < 30)!;
    const nameOf = async (slug: string) => {
      await page.goto(recordPath('product', 'vi', slug));
      await emulatePaper(page);
      const heading = page.locator('.product-sheet h2');
      return {
        text: (await heading.textContent())?.trim(),
        size: await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize)),
      };
    };
    const long = await nameOf(product.id);
    expect(long.text).toBe(product.data.name);
    expect(long.size).toBeLessThan((await nameOf(short.id)).size);
    await page.goto(recordPath('product', 'vi', product.id));
    const [text] = await pdfPageTexts(await printToPdf(page));
    expect(text).toContain(product.data.name);
  });

  test('a sheet lists every sales point, or says how many more the QR code leads to', async ({ page }) => {
    test.setTimeout(120_000);
    const withSalesPoints = products.filter((product) => (product.data.salesPoints?.length ?? 0) > 0);
    expect(Math.max(...withSalesPoints.map((product) => product.data.salesPoints!.length))).toBeGreaterThanOrEqual(3);
    for (const product of withSalesPoints) {
      await page.goto(recordPath('product', 'vi', product.id));
      await emulatePaper(page);
      const sales = page.locator('.product-sheet .sales');
      const listed = await sales.getByRole('listitem').count();
      const total = product.data.salesPoints!.length;
      expect(listed, product.id).toBeGreaterThanOrEqual(1);
      if (listed < total) await expect(sales).toContainText(`và ${total - listed} điểm bán khác`);
      else await expect(sales).not.toContainText('điểm bán khác');
    }
  });
});

test.describe('fair pack', () => {
  // The sheets a fair would lead with (most stars, most sales points), and the longest name.
  const chosen = [
    ...new Set([
      ...[...products]
        .sort(
          (a, b) =>
            b.data.stars - a.data.stars || (b.data.salesPoints?.length ?? 0) - (a.data.salesPoints?.length ?? 0),
        )
        .slice(0, 2),
      [...products].sort((a, b) => b.data.name.length - a.data.name.length)[0]!,
    ]),
  ];

  test('a bookmarked pack prints cover + contents + one page per product, in order', async ({ page }) => {
    const fair = 'Hội chợ OCOP Lai Châu 2026';
    await page.goto(
      `${pagePath('fairPack', 'vi')}?sp=${chosen.map((p) => p.id).join(',')}&bia=1&mucluc=1&hoicho=${encodeURIComponent(fair)}`,
    );
    await expect(page.getByRole('checkbox', { name: 'Thêm trang bìa' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Tên hội chợ' })).toHaveValue(fair);
    // The sheets come from the product pages; the print button waits for them, and so does the test.
    await expect(page.getByRole('button', { name: 'In bộ phiếu / Lưu PDF' })).toBeEnabled();
    const order = page.getByRole('region', { name: 'Thứ tự in' }).getByRole('listitem');
    await expect(order).toHaveText(chosen.map((product) => new RegExp(product.data.name)));
    await emulatePaper(page);
    const sheets = page.locator('[data-pack-sheets] .product-sheet');
    await expect(sheets).toHaveCount(chosen.length);
    for (const sheet of await sheets.all()) expect(await sheetLayoutProblems(sheet)).toEqual([]);
    const pdf = await printToPdf(page);
    expectA4Pages(await pdfPageSizes(pdf), 1 + 1 + chosen.length);
    const texts = await pdfPageTexts(pdf);
    expect(texts[0]).toContain(fair);
    expect(texts[1]).toContain('Mục lục');
    chosen.forEach((product, index) => {
      expect(texts[1]).toContain(product.data.name);
      expect(texts[2 + index]).toContain(product.data.name);
    });
  });

  test('a pack, printed on a day of its own, never says a certificate is still valid', async ({ page }) => {
    const expires = certificateExpiry(showcase.data.certificate);
    // The site was built (and its product pages cached) before the expiry; the fair is on the day.
    await page.clock.setFixedTime(new Date(`${expires}T08:00:00+07:00`));
    await page.goto(`${pagePath('fairPack', 'vi')}?sp=${showcase.id}`);
    await expect(page.getByRole('button', { name: 'In bộ phiếu / Lưu PDF' })).toBeEnabled();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('[data-pack-sheets] .product-sheet');
    await expect(sheet.getByRole('heading', { name: showcase.data.name })).toBeVisible();
    await expect(sheet.getByText(/Còn hiệu lực/)).toHaveCount(0);
    // Its dated fact stays.
    await expect(sheet.getByText(formatDate(expires, 'vi'), { exact: true })).toBeVisible();
  });

  test('an organiser filters, selects, reorders by keyboard, and the address keeps the pack', async ({ page }) => {
    // A commune with at least two published products, taken from the content.
    const communes = Map.groupBy(products, (product) => product.data.commune);
    const [commune, inCommune] = [...communes].find(([, list]) => list.length >= 2)!;
    await page.goto(pagePath('fairPack', 'en'));
    // A pack starts empty; the chooser lists the catalogue from the search index, a page at a time.
    await expect(page.getByText('No product chosen yet.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: new RegExp(englishName(products[0]!)) })).not.toBeChecked();
    await page.getByRole('combobox', { name: 'Commune' }).selectOption(commune);
    await expect(page.getByText(`Showing ${inCommune.length} of ${inCommune.length} matching products.`)).toBeVisible();
    await page.getByRole('button', { name: 'Select all shown products' }).click();
    const order = page.getByRole('region', { name: 'Print order' }).getByRole('listitem');
    await expect(order).toHaveCount(inCommune.length);

    const last = inCommune.at(-1)!;
    const moveUp = page.getByRole('button', { name: `Move ${englishName(last)} up` });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText(`position ${inCommune.length - 1} of ${inCommune.length}`);
    await expect(moveUp).toBeFocused();
    const expected = inCommune.map((product) => product.id);
    expected.splice(-2, 2, last.id, expected.at(-2)!);
    await expect(order.first()).toContainText(englishName(inCommune[0]!));
    await expect(page).toHaveURL(new RegExp(`sp=${expected.join(',')}`));

    await page.getByRole('checkbox', { name: 'Add a contents page' }).check();
    await expect(
      page.getByText(`Pack: ${expected.length} product sheets, ${expected.length + 1} A4 pages in all.`),
    ).toBeVisible();
    const url = page.url();
    await expect(page.getByRole('button', { name: 'Print the pack / Save as PDF' })).toBeEnabled();
    const pdf = await printToPdf(page);
    expectA4Pages(await pdfPageSizes(pdf), 1 + expected.length);
    const texts = await pdfPageTexts(pdf);
    expected.forEach((slug, index) => {
      expect(texts[1 + index]).toContain(englishName(products.find((product) => product.id === slug)!));
    });

    // The address alone brings the same pack back.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(url);
    await expect(order).toHaveCount(expected.length);
    await expect(order.last()).toContainText(englishName(products.find((p) => p.id === expected.at(-1))!));
  });

  test('an organiser finds products by words typed without marks, and every product of a producer', async ({
    page,
  }) => {
    const product = products.find((candidate) => /[đĐ]/.test(candidate.data.name)) ?? products[0]!;
    await page.goto(pagePath('fairPack', 'vi'));
    const search = page.getByRole('searchbox', { name: 'Tên sản phẩm, chủ thể hoặc xã' });
    await search.fill(foldDiacritics(product.data.name));
    await page.getByRole('checkbox', { name: choice(product.data.name) }).check();
    await expect(page.getByRole('region', { name: 'Thứ tự in' }).getByRole('listitem')).toHaveText([
      new RegExp(product.data.name),
    ]);

    // The producer with the most published products: typing its name lists all of them.
    const byProducer = Map.groupBy(products, (candidate) => candidate.data.producer);
    const [producer, theirs] = [...byProducer].sort(([, a], [, b]) => b.length - a.length)[0]!;
    await search.fill(producerOf(producer)!.data.name);
    for (const own of theirs) await expect(page.getByRole('checkbox', { name: choice(own.data.name) })).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the pack page says to print each product from its own page, and links the catalogue', async ({ page }) => {
      await page.goto(pagePath('fairPack', 'vi'));
      await expect(page.getByText(/in trang đó: bản in của trang sản phẩm chính là phiếu A4/)).toBeVisible();
      await page.getByRole('link', { name: 'Xem danh mục sản phẩm' }).click();
      await expect(page).toHaveURL(pagePath('products', 'vi'));
    });
  });
});

test.describe('PDF sheets', () => {
  test('a build without them links no PDF, and no page asks the server for one', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
    page.on('console', (message) => {
      if (message.type() === 'error') failed.push(message.text());
    });
    for (const path of [
      recordPath('product', 'vi', showcase.id),
      recordPath('product', 'en', showcase.id),
      pagePath('fairPack', 'vi'),
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('link', { name: /PDF/ })).toHaveCount(0);
    }
    expect(failed).toEqual([]);
  });

  test('npm run sheets fails before building, with a clear message, when no browser can start', () => {
    test.setTimeout(120_000);
    const outDir = mkdtempSync(join(tmpdir(), 'ocop-sheets-'));
    try {
      const result = spawnSync('npm', ['run', '--silent', 'sheets', '--', '--outDir', outDir], {
        env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', OCOP_AS_OF: TEST_AS_OF },
        encoding: 'utf8',
        timeout: 110_000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toContain('sheets: cannot start a browser to print with (/nonexistent/chromium)');
      expect(output).toContain('apt-get install -y chromium');
      expect(output).not.toContain('generating static routes');
      expect(output).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
