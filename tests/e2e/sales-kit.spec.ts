import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSheets } from '../../src/integrations/sheets.ts';
import { certificateExpiry } from '../../src/lib/certificate.ts';
import { formatDate } from '../../src/lib/format.ts';
import { minSymbolMm, SCAN_DISTANCE_MM } from '../../src/lib/qr.ts';
import { placeKitPath, placeKitPdfPath, recordPath } from '../../src/lib/routes.ts';
import { labelBox, LABELS_PER_SHEET, POSTER_PRODUCTS_SHOWN } from '../../src/lib/sales-kit.ts';
import type { Locale } from '../../src/schemas/enums.ts';
import { sample, sampleCatalogue } from './catalogue-data.ts';
import { DIST } from './dist.ts';
import { expect, test } from './fixtures.ts';
import {
  A4,
  decodeQrIn,
  overlappingText,
  pdfPagePng,
  pdfPageSizes,
  pdfPageTexts,
  pdfTextBoxes,
  readPng,
} from './pdf.ts';

const salesPoints = sampleCatalogue.places.filter((place) => place.data.kind === 'sales-point');
const canonical = (path: string) => new URL(path, sample.site.url).href;
const LOCALES = ['vi', 'en'] as const satisfies Locale[];
/** Resolution the PDFs are rasterised at to read their codes: about what a phone camera sees at 30 cm. */
const DPI = 200;
const mm = (px: number) => (px / DPI) * 25.4;
const px = (millimetres: number) => (millimetres / 25.4) * DPI;

/** Each page of a PDF as pixels, drawn by pdf.js at DPI. */
async function rasterise(pdf: Buffer, pages: number) {
  const images = [];
  for (let page = 1; page <= pages; page += 1) images.push(readPng(await pdfPagePng(pdf, page, DPI / 72)));
  return images;
}

function expectA4(sizes: { width: number; height: number }[], count: number) {
  expect(sizes).toHaveLength(count);
  for (const size of sizes) {
    expect(size.width).toBeCloseTo(A4.width, 0);
    expect(size.height).toBeCloseTo(A4.height, 0);
  }
}

test.describe.configure({ mode: 'serial' });

test.describe('the sales-point kit as npm run sheets prints it', () => {
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // The build's own printer (src/integrations/sheets.ts), on the site already built: kits only.
    const written = await printSheets(DIST, '/', {
      products: [],
      catalogue: false,
      kits: salesPoints.map((place) => place.id),
    });
    // A poster and a label sheet per sales point and language (every sample sales point sells something).
    expect(written).toBe(salesPoints.length * 2 * LOCALES.length);
  });

  for (const locale of LOCALES) {
    test(`every poster is one A4 page whose code, 100 mm wide with its quiet zone, leads to the place (${locale})`, async () => {
      test.setTimeout(120_000);
      for (const place of salesPoints) {
        const file = join(DIST, placeKitPdfPath('poster', locale, place.id));
        const pdf = readFileSync(file);
        expectA4(await pdfPageSizes(pdf), 1);
        const [text] = await pdfPageTexts(pdf);
        expect(text).toContain(locale === 'vi' ? 'Điểm bán sản phẩm OCOP' : 'OCOP products sold here');
        expect(text).toContain(locale === 'en' && place.data.en ? place.data.en.name : place.data.name);
        const sold = sampleCatalogue.productsSoldAt(place.id);
        for (const product of sold.slice(0, POSTER_PRODUCTS_SHOWN)) {
          expect(text, place.id).toContain(formatDate(certificateExpiry(product.data.certificate), locale));
        }
        if (sold.length > POSTER_PRODUCTS_SHOWN) {
          const more = sold.length - POSTER_PRODUCTS_SHOWN;
          expect(text).toContain(locale === 'vi' ? `và ${more} sản phẩm khác` : `and ${more} more`);
        }
        const [page] = await rasterise(pdf, 1);
        const code = decodeQrIn(page!);
        expect(code?.text, place.id).toBe(canonical(recordPath('place', locale, place.id)));
        expect(mm(code!.symbolPx), place.id).toBeGreaterThanOrEqual(minSymbolMm(SCAN_DISTANCE_MM.poster) * 0.99);
        expect(code!.quietZone, place.id).toBe(true);
        const [boxes] = await pdfTextBoxes(pdf);
        expect(overlappingText(boxes!), place.id).toEqual([]);
      }
    });

    test(`every label sheet holds one label per product on the L7165 grid, each code 30 mm and leading to its product (${locale})`, async () => {
      test.setTimeout(180_000);
      for (const place of salesPoints) {
        const sold = sampleCatalogue.productsSoldAt(place.id);
        const file = join(DIST, placeKitPdfPath('labels', locale, place.id));
        const pdf = readFileSync(file);
        const sheets = Math.ceil(sold.length / LABELS_PER_SHEET);
        expectA4(await pdfPageSizes(pdf), sheets);
        const texts = await pdfPageTexts(pdf);
        const images = await rasterise(pdf, sheets);
        for (const [index, product] of sold.entries()) {
          const sheet = Math.floor(index / LABELS_PER_SHEET);
          const box = labelBox(index);
          const code = decodeQrIn(images[sheet]!, {
            x: px(box.left),
            y: px(box.top),
            width: px(box.width),
            height: px(box.height),
          });
          const where = `${place.id}, label ${index + 1}`;
          expect(code?.text, where).toBe(canonical(recordPath('product', locale, product.id)));
          expect(mm(code!.symbolPx), where).toBeGreaterThanOrEqual(minSymbolMm(SCAN_DISTANCE_MM.label) * 0.99);
          expect(code!.quietZone, where).toBe(true);
          expect(texts[sheet], where).toContain(product.data.certificate.number);
          expect(texts[sheet], where).toContain(formatDate(certificateExpiry(product.data.certificate), locale));
        }
        // The rest of the last sheet stays blank, for the next print.
        for (let slot = sold.length; slot < sheets * LABELS_PER_SHEET; slot += 1) {
          const box = labelBox(slot);
          const image = images[Math.floor(slot / LABELS_PER_SHEET)]!;
          expect(
            decodeQrIn(image, { x: px(box.left), y: px(box.top), width: px(box.width), height: px(box.height) }),
          ).toBeUndefined();
        }
        for (const [sheet, boxes] of (await pdfTextBoxes(pdf)).entries()) {
          expect(overlappingText(boxes), `${place.id}, sheet ${sheet + 1}`).toEqual([]);
        }
      }
    });
  }
});

test('the printed labels fall on the stock’s labels', async ({ page }) => {
  const place = salesPoints.reduce((most, candidate) =>
    sampleCatalogue.productsSoldAt(candidate.id).length > sampleCatalogue.productsSoldAt(most.id).length
      ? candidate
      : most,
  );
  await page.goto(placeKitPath('labels', 'vi', place.id));
  await page.emulateMedia({ media: 'print' });
  const sheets = page.locator('[data-label-sheet]');
  await expect(sheets).toHaveCount(Math.ceil(sampleCatalogue.productsSoldAt(place.id).length / LABELS_PER_SHEET));
  // CSS pixels to millimetres (96 px to the inch), each label measured from its own sheet's corner.
  const toMm = (value: number) => (value / 96) * 25.4;
  for (let sheet = 0; sheet < (await sheets.count()); sheet += 1) {
    const paper = (await sheets.nth(sheet).boundingBox())!;
    expect(toMm(paper.width)).toBeCloseTo(210, 0);
    const labels = sheets.nth(sheet).locator('[data-label]');
    for (let slot = 0; slot < (await labels.count()); slot += 1) {
      const box = (await labels.nth(slot).boundingBox())!;
      const expected = labelBox(slot);
      expect(Math.abs(toMm(box.x - paper.x) - expected.left), `sheet ${sheet + 1} label ${slot + 1} left`).toBeLessThan(
        0.3,
      );
      expect(Math.abs(toMm(box.y - paper.y) - expected.top), `sheet ${sheet + 1} label ${slot + 1} top`).toBeLessThan(
        0.3,
      );
      expect(Math.abs(toMm(box.width) - expected.width)).toBeLessThan(0.3);
      expect(Math.abs(toMm(box.height) - expected.height)).toBeLessThan(0.3);
    }
  }
});

test('a poster printed from the browser is one A4 page; a build without PDFs links none', async ({ page }) => {
  const place = salesPoints[0]!;
  await page.goto(placeKitPath('poster', 'en', place.id));
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();
  await expect(page.getByRole('link', { name: /PDF/ })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  expectA4(await pdfPageSizes(pdf), 1);
  const [text] = await pdfPageTexts(pdf);
  // The screen's furniture stays off the paper.
  expect(text).not.toContain('Print / Save as PDF');
  expect(text).not.toContain('Published by');
});
