import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { RECORD_PAGES, pagePath, recordPath } from '../../src/lib/routes.ts';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { TEST_AS_OF } from './as-of.ts';
import { expect, test } from './fixtures.ts';

// The main journeys, walked with the keyboard only: Tab to a link, Enter to follow it. Every element
// that takes focus on the way must show it (WCAG 2.4.7, 2.4.11).
const { content } = await checkContentFolder(resolve(import.meta.dirname, '../../content'));
if (!content) throw new Error('the sample content folder must pass its check');
const catalogue = buildCatalogue({ ...content, asOf: TEST_AS_OF });
// A published product whose producer is on the map, so the journey can end at its map point.
const product = catalogue.products.find((p) => catalogue.producer(p.data.producer)?.data.location)!;
const producer = catalogue.producer(product.data.producer)!;

interface Focused {
  href: string;
  label: string;
  visible: boolean;
}

/** Presses Tab until the focused element fits; fails on a focused element without a visible indicator. */
async function tabTo(page: Page, fits: (focused: Focused) => boolean, what: string, limit = 250): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return {
        href: element.getAttribute('href') ?? '',
        label: [element.getAttribute('aria-label'), element.getAttribute('title'), element.textContent]
          .filter(Boolean)
          .join(' ')
          .trim(),
        visible: outline || style.boxShadow !== 'none',
        describe: element.outerHTML.slice(0, 120),
      };
    });
    if (!focused) continue;
    expect(focused.visible, `focus is not visible on ${focused.describe}`).toBe(true);
    if (fits(focused)) return;
  }
  throw new Error(`${what} cannot be reached with Tab from ${page.url()}`);
}

const linkTo = (path: string) => (focused: Focused) => focused.href === path;
const linkUnder = (prefix: string) => (focused: Focused) => focused.href.startsWith(prefix) && focused.href !== prefix;

test('check a certificate: footer link, type the number, read the verdict', async ({ page }) => {
  await page.goto(pagePath('home', 'vi'));
  await tabTo(page, linkTo(pagePath('verify', 'vi')), 'the certificate lookup');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${pagePath('verify', 'vi')}$`));
  await tabTo(page, (focused) => focused.href === '' && focused.label === '', 'the number field', 30);
  await page.keyboard.type(product.data.certificate.number);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kết quả tra cứu' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Kết quả tra cứu' })).toContainText('Còn hiệu lực');
  await tabTo(page, linkTo(recordPath('product', 'vi', product.id)), 'the product page link', 10);
});

test('the skip link comes first and leads to the main content', async ({ page }) => {
  await page.goto(pagePath('home', 'en'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('find a product: the product list, then the product page', async ({ page }) => {
  await page.goto(pagePath('home', 'vi'));
  await tabTo(page, linkTo(pagePath('products', 'vi')), 'the product list');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${pagePath('products', 'vi')}$`));
  await tabTo(page, linkTo(recordPath('product', 'vi', product.id)), `the link to ${product.data.name}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(product.data.name);
});

test('search by keyboard: type words without marks, open a result', async ({ page }) => {
  await page.goto(pagePath('search', 'vi'));
  await page.getByRole('searchbox').first().focus();
  await page.keyboard.type('che shan tuyet');
  await page.keyboard.press('Enter');
  // Enter submits the form: wait for the results page before walking it.
  await page.waitForURL(/q=che/);
  await expect(page.getByRole('link', { name: /Chè Shan tuyết/ }).first()).toBeVisible();
  await tabTo(page, linkUnder(RECORD_PAGES.product.vi), 'a search result');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(RECORD_PAGES.product.vi));
});

test('from a product to its producer, then to the producer on the map', async ({ page }) => {
  await page.goto(recordPath('product', 'vi', product.id));
  await tabTo(page, linkTo(recordPath('producer', 'vi', producer.id)), `the link to ${producer.data.name}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(producer.data.name);
  await tabTo(page, linkUnder(pagePath('map', 'vi')), 'the link to the map');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(pagePath('map', 'vi')));
  // The producer's point takes focus by keyboard, named by the producer (a marker or its list entry).
  await tabTo(page, (focused) => focused.label.includes(producer.data.name), `${producer.data.name} on the map`);
  await page.keyboard.press('Enter');
  await expect(page.getByText(producer.data.name).first()).toBeVisible();
});
