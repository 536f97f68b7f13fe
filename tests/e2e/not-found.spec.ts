import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../scripts/serve-static.ts';
import { formatDate } from '../../src/lib/format.ts';
import { pagePath, recordPath } from '../../src/lib/routes.ts';
import type { Locale } from '../../src/schemas/enums.ts';
import { sample, sampleCatalogue } from './catalogue-data.ts';
import { DIST } from './dist.ts';
import { expect, test } from './fixtures.ts';

// The products the sample content keeps off the site on the build's reference date, by reason.
const excluded = (kind: 'expired' | 'revoked' | 'below-threshold') => {
  const found = sampleCatalogue.excluded.find(({ status }) => status.kind === kind);
  if (!found) throw new Error(`the sample content has no ${kind} product`);
  return found;
};
const expired = excluded('expired');
const revoked = excluded('revoked');
const below = excluded('below-threshold');
const producerOf = (slug: string) => sample.producers.find((producer) => producer.id === slug)!;

/** What the page must never show of an unpublished product: its producer and the producer's contacts. */
async function expectNoContacts(page: Page, product: (typeof expired)['product']) {
  const producer = producerOf(product.data.producer);
  const main = page.getByRole('main');
  await expect(main.locator('a[href^="tel:"], a[href^="mailto:"], a[href*="zalo.me"]')).toHaveCount(0);
  const text = await main.innerText();
  for (const detail of [producer.data.name, producer.data.phone, producer.data.email, producer.data.address]) {
    if (detail) expect(text).not.toContain(detail);
  }
  if (product.data.price) expect(text).not.toContain(product.data.price);
  expect(text).not.toContain(product.data.summary);
}

const words = {
  vi: {
    expired: 'Hết hạn',
    revoked: 'Đã thu hồi',
    below: 'Không được công nhận OCOP',
    heading: 'Không tìm thấy trang này',
  },
  en: { expired: 'Expired', revoked: 'Revoked', below: 'Not OCOP-certified', heading: 'Page not found' },
} as const;

for (const locale of ['vi', 'en'] as const satisfies Locale[]) {
  test.describe(`an old product link (${locale})`, () => {
    test('of an expired certificate answers 404 and says since when, with links to the lookup and the catalogue', async ({
      page,
    }) => {
      const { product, status } = expired;
      if (status.kind !== 'expired') throw new Error('unreachable');
      const response = await page.goto(recordPath('product', locale, product.id));
      expect(response?.status()).toBe(404);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      const box = page.locator('[data-product-status]:not([hidden])');
      await expect(box.getByRole('heading', { name: product.data.name })).toHaveAttribute('lang', 'vi');
      await expect(box).toContainText(`${words[locale].expired} — `);
      await expect(box).toContainText(formatDate(status.expires, locale));
      await expect(box).toContainText(product.data.certificate.number);
      await expect(box).toContainText(
        locale === 'vi' ? `OCOP ${product.data.stars} sao` : `${product.data.stars}-star OCOP`,
      );
      await expect(
        box.getByRole('link', { name: locale === 'vi' ? 'Tra cứu chứng nhận này' : 'Check this certificate' }),
      ).toHaveAttribute(
        'href',
        `${pagePath('verify', locale)}?q=${encodeURIComponent(product.data.certificate.number)}`,
      );
      await expect(
        box.getByRole('link', { name: locale === 'vi' ? /Xem các sản phẩm/ : /See the products/ }),
      ).toHaveAttribute('href', pagePath('products', locale));
      // The page is in the address's language, in the site's own shell.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[locale].heading);
      await expect(
        page.getByRole('navigation', { name: locale === 'vi' ? 'Điều hướng chính' : 'Main navigation' }),
      ).toBeVisible();
      await expectNoContacts(page, product);
      // Never a link to the product's own page.
      await expect(page.locator(`main a[href*="${product.id}"]`)).toHaveCount(0);
    });

    test('of a revoked certificate says since when, and no more', async ({ page }) => {
      const { product, status } = revoked;
      if (status.kind !== 'revoked') throw new Error('unreachable');
      const response = await page.goto(recordPath('product', locale, product.id));
      expect(response?.status()).toBe(404);
      const box = page.locator('[data-product-status]:not([hidden])');
      await expect(box).toContainText(`${words[locale].revoked} — `);
      await expect(box).toContainText(formatDate(status.date, locale));
      await expect(box).toContainText(product.data.certificate.number);
      await expect(box).not.toContainText(status.reason);
      await expectNoContacts(page, product);
    });

    test('of a product below 3 stars says it is not certified', async ({ page }) => {
      await page.goto(recordPath('product', locale, below.product.id));
      await expect(page.locator('[data-product-status]:not([hidden])')).toContainText(words[locale].below);
      await expectNoContacts(page, below.product);
    });
  });
}

test('the slug shard holds only what the lookup may say', async ({ request }) => {
  for (const { product } of sampleCatalogue.excluded) {
    const response = await request.get(`/tra-cuu/sp/${product.id}.json`);
    expect(response.status(), product.id).toBe(200);
    expect(Object.keys(await response.json()).sort()).toEqual(['name', 'number', 'stars', 'status']);
  }
  const published = sampleCatalogue.products[0]!;
  expect((await request.get(`/tra-cuu/sp/${published.id}.json`)).status()).toBe(404);
});

test('any other unknown address offers search and the main pages, and says nothing of a product', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-product-status]:not([hidden])')).toHaveCount(0);
  const search = page.getByRole('searchbox', { name: 'Tìm sản phẩm, chủ thể hoặc địa điểm' });
  await search.fill('mat ong');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=mat\+ong/);

  await page.goto('/en/no-such-page/');
  const links = page.getByRole('navigation', { name: 'Main pages' });
  await expect(links.getByRole('link', { name: 'Check a certificate' })).toHaveAttribute(
    'href',
    pagePath('verify', 'en'),
  );
  await expect(links.getByRole('link', { name: 'Products' })).toHaveAttribute('href', pagePath('products', 'en'));
});

test('an old product link passes axe, in both languages', async ({ page }) => {
  for (const locale of ['vi', 'en'] as const) {
    await page.goto(recordPath('product', locale, revoked.product.id));
    await expect(page.locator('[data-product-status]:not([hidden])')).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((violation) => `${locale}: ${violation.id}: ${violation.help}`)).toEqual([]);
  }
});

test('the not-found pages are where hosts look for them: 404.html, and en/404.html for English addresses', () => {
  // nginx `error_page 404 /404.html;` and GitHub Pages, Netlify and Cloudflare Pages all serve the first.
  expect(existsSync(join(DIST, '404.html'))).toBe(true);
  expect(existsSync(join(DIST, 'en', '404.html'))).toBe(true);
  expect(existsSync(join(DIST, 'en', '404'))).toBe(false);
});

test.describe('on a host that serves only the root 404.html (GitHub Pages, Netlify)', () => {
  // One server on its own port (in the range of the e2e server's), so its tests run in one worker.
  test.describe.configure({ mode: 'serial' });
  const PORT = Number(process.env.E2E_PORT ?? 4399) + 3;
  let server: Server;
  test.use({ baseURL: `http://127.0.0.1:${PORT}` });
  test.beforeAll(async () => {
    server = await serveStatic(DIST, PORT, undefined, '/', 'root');
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('an English address gets the English half of the bilingual page', async ({ page }) => {
    const { product } = expired;
    const response = await page.goto(recordPath('product', 'en', product.id));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText('Không tìm thấy trang này')).toBeHidden();
    await expect(page.locator('[data-product-status]:not([hidden])')).toContainText('Expired — ');
    await expectNoContacts(page, product);
  });

  test('without JavaScript, the page shows both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: `http://127.0.0.1:${PORT}` });
    const page = await context.newPage();
    await page.goto(recordPath('product', 'en', expired.product.id));
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang này' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Check an OCOP certificate' })).toBeVisible();
    await context.close();
  });
});
