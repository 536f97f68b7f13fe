import { resolve } from 'node:path';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { formatDate } from '../../src/lib/format.ts';
import { lookupShardPath, pagePath, recordPath } from '../../src/lib/routes.ts';
import { foldDiacritics } from '../../src/lib/fold.ts';
import { nameShardOfQuery } from '../../src/lib/lookup.ts';
import { TEST_AS_OF } from './as-of.ts';
import { expect, test } from './fixtures.ts';

// The sample content at the build's reference date: which certificate is valid, expired or revoked.
const { content } = await checkContentFolder(resolve(import.meta.dirname, '../../content'));
if (!content) throw new Error('the sample content folder must pass its check');
const catalogue = buildCatalogue({ ...content, asOf: TEST_AS_OF });
const valid = catalogue.products[0]!;
const expired = catalogue.excluded.find(({ status }) => status.kind === 'expired')!;
const revoked = catalogue.excluded.find(({ status }) => status.kind === 'revoked')!;

/** "1234/QĐ-UBND" as someone types it on a phone: lower case, no marks, spaces for slashes. */
const sloppy = (number: string) => number.toLowerCase().replace(/đ/g, 'd').replace(/[/-]/g, ' ');

test('a valid certificate typed without marks says until when and links to the product', async ({ page }) => {
  await page.goto(pagePath('verify', 'vi'));
  await page
    .getByRole('searchbox', { name: 'Số quyết định hoặc tên sản phẩm' })
    .fill(sloppy(valid.data.certificate.number));
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  const result = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: valid.data.name }) });
  await expect(result).toContainText('Còn hiệu lực');
  await expect(result).toContainText(valid.data.certificate.number);
  await expect(result.getByRole('link', { name: 'Xem trang sản phẩm' })).toHaveAttribute(
    'href',
    recordPath('product', 'vi', valid.id),
  );
  await expect(page).toHaveURL(/\?q=/);
  await expect(page.getByText('Trang này cần JavaScript')).toBeHidden();
});

test('a name typed without marks downloads one small shard of the data, not the whole catalogue', async ({ page }) => {
  const query = foldDiacritics(valid.data.name);
  const data: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.json')) data.push(pathname);
  });
  await page.goto(`${pagePath('verify', 'vi')}?q=${encodeURIComponent(query)}`);
  const result = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: valid.data.name }) });
  await expect(result).toContainText('Còn hiệu lực');
  expect(data).toEqual([lookupShardPath('name', nameShardOfQuery(query)!)]);
});

test('an expired certificate says since when, and offers no link to the product', async ({ page }) => {
  if (expired.status.kind !== 'expired') throw new Error('unreachable');
  await page.goto(`${pagePath('verify', 'vi')}?q=${encodeURIComponent(expired.product.data.certificate.number)}`);
  const result = page.getByRole('listitem').filter({ hasText: expired.product.data.name });
  await expect(result).toContainText('Hết hạn');
  await expect(result).toContainText(formatDate(expired.status.expires, 'vi'));
  await expect(result.getByRole('link')).toHaveCount(0);
});

test('a revoked certificate gives the date and reason, in English too', async ({ page }) => {
  if (revoked.status.kind !== 'revoked') throw new Error('unreachable');
  const number = revoked.product.data.certificate.number.replace('Đ', 'D').toLowerCase();
  await page.goto(`${pagePath('verify', 'en')}?q=${encodeURIComponent(number)}`);
  const result = page.getByRole('listitem').filter({ hasText: revoked.product.data.name });
  await expect(result).toContainText('Revoked');
  await expect(result).toContainText(formatDate(revoked.status.date, 'en'));
  await expect(result.locator('[lang="vi"]', { hasText: revoked.status.reason })).toBeVisible();
  await expect(result.getByRole('link')).toHaveCount(0);
});

test('an unknown number is no verdict: it says what the site covers, where the national register is and whom to tell', async ({
  page,
}) => {
  await page.goto(`${pagePath('verify', 'vi')}?q=${encodeURIComponent('99999/QĐ-UBND')}`);
  const results = page.getByRole('region', { name: 'Kết quả tra cứu' });
  await expect(results).toContainText('Không có chứng nhận nào khớp với "99999/QĐ-UBND" trong dữ liệu của trang này.');
  await expect(results).toContainText('chưa có nghĩa là nhãn sai hay sản phẩm giả');
  await expect(results).toContainText(`Trang này chỉ có sản phẩm OCOP của ${content.site.region.vi}`);
  await expect(
    results.getByRole('link', { name: 'Hệ thống quản lý và giám sát sản phẩm OCOP quốc gia' }),
  ).toHaveAttribute('href', 'https://ocopvietnam.gov.vn/');
  await expect(results.getByText(content.site.office.name)).toBeVisible();
  await expect(results.getByRole('link', { name: content.site.office.phone! })).toBeVisible();
  await expect(results.getByRole('heading', { level: 3 })).toHaveCount(0);
  await expect(results.getByRole('heading', { name: 'Kết quả tra cứu' })).toBeFocused();

  await page.goto(`${pagePath('verify', 'en')}?q=${encodeURIComponent('99999/QĐ-UBND')}`);
  const english = page.getByRole('region', { name: 'Result' });
  await expect(english).toContainText('That alone does not mean the label is wrong or the product fake');
  await expect(english).toContainText(`This site lists only the OCOP products of ${content.site.region.en}`);
  await expect(english.getByRole('link', { name: content.site.office.email! })).toBeVisible();
});

test('every way a number is printed, spoken or pasted finds the certificate', async ({ page }) => {
  test.setTimeout(120_000);
  const honey = catalogue.products.find((product) => product.data.certificate.number === '2871/QĐ-UBND');
  if (!honey) throw new Error('the sample content has no certificate 2871/QĐ-UBND');
  const forms = [
    'Số: 2871/QĐ-UBND',
    'số 2871/QĐ-UBND',
    '2871 qd',
    '2871/QĐ',
    'QĐ-UBND 2871',
    '2871/Q\u00d0-UBND',
    '2871\u2044QĐ-UBND',
    '2871\u2215QĐ\u2013UBND',
    '2871/QĐ\u2014UBND',
    '\uff12\uff18\uff17\uff11/QĐ-UBND',
  ];
  for (const form of forms) {
    await page.goto(`${pagePath('verify', 'vi')}?q=${encodeURIComponent(form)}`);
    const results = page.getByRole('region', { name: 'Kết quả tra cứu' });
    await expect(results, form).toContainText(`1 chứng nhận khớp với "${form}"`);
    const result = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: honey.data.name }) });
    await expect(result, form).toContainText('Còn hiệu lực');
    await expect(result, form).toContainText('2871/QĐ-UBND');
  }
});

test('a name finds the product, and hostile input stays text', async ({ page }) => {
  await page.goto(`${pagePath('verify', 'en')}?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('region', { name: 'Result' })).toContainText('No certificate matches "<img');
  await expect(page.locator('main img')).toHaveCount(0);
});

test('without JavaScript the page says what to do instead', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`${pagePath('verify', 'vi')}?q=123`);
  await expect(page.getByText('Trang này cần JavaScript để tự đối chiếu')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Danh sách sản phẩm còn hiệu lực chứng nhận' })).toHaveAttribute(
    'href',
    pagePath('products', 'vi'),
  );
  await context.close();
});

test('with JavaScript the notice is hidden before the lookup’s script runs, and shown again when it fails', async ({
  page,
}) => {
  const notice = page.getByText('Trang này cần JavaScript để tự đối chiếu');
  // The site's scripts are held back: the notice is already hidden (by a small inline script as the
  // page is parsed), so hiding it never moves the page after it has painted (issue #16 item 7).
  const held: Array<() => void> = [];
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await new Promise<void>((release) => held.push(release));
    await route.continue();
  });
  await page.goto(pagePath('verify', 'vi'), { waitUntil: 'commit' });
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice).toBeHidden();
  expect(await page.evaluate(() => customElements.get('certificate-lookup'))).toBeUndefined();
  for (const release of held.splice(0)) release();
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  // The scripts fail to load (a dropped download, a blocked file): the notice says what to do.
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort('failed'));
  await page.reload();
  await expect(notice).toBeVisible();
});
