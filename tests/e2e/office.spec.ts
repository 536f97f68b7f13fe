import { feedPath, pagePath, recordPath } from '../../src/lib/routes.ts';
import { expect, test } from './fixtures.ts';

test('the expiry page lists the re-evaluation list and offers the calendar', async ({ page, request }) => {
  await page.goto(pagePath('expiries', 'vi'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch hết hạn chứng nhận OCOP');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const rows = page.getByRole('table').getByRole('row');
  // The sample content at the test date: two certificates lapse within 90 days, soonest first.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Chuối tây Bản Giang');
  await expect(rows.nth(1)).toContainText('20/12/2026');
  await expect(rows.nth(1)).toContainText('21 ngày');
  await expect(rows.nth(2)).toContainText('Cá tầm Hồ Thầu');
  await expect(page.getByRole('link', { name: 'Chuối tây Bản Giang' })).toHaveAttribute(
    'href',
    recordPath('product', 'vi', 'chuoi-tay-ban-giang'),
  );
  await expect(page.getByRole('textbox', { name: 'Địa chỉ lịch' })).toHaveValue(/^https:\/\/.+\/lich-het-han\.ics$/);
  await expect(page.getByRole('link', { name: 'Thêm vào lịch' })).toHaveAttribute(
    'href',
    /^webcal:\/\/.+\/lich-het-han\.ics$/,
  );
  const calendar = await request.get(feedPath('expiryCalendar', 'vi'));
  expect(calendar.headers()['content-type']).toContain('text/calendar');
  const text = await calendar.text();
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(text).toContain('DTSTART;VALUE=DATE:20261220');
});

test('the English expiry page says the same in English', async ({ page }) => {
  await page.goto(pagePath('expiries', 'en'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OCOP certificate expiry calendar');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
});

test('a product with a signed decision links it from its certificate and from the lookup', async ({ page }) => {
  const document = 'https://vanban.laichau.example/quyet-dinh/2215-qd-ubnd-2025.pdf';
  await page.goto(recordPath('product', 'vi', 'che-xanh-tam-duong'));
  const certificate = page.getByRole('region', { name: 'Giấy chứng nhận OCOP' });
  await expect(certificate.getByRole('link', { name: 'Xem quyết định công nhận (bản có chữ ký)' })).toHaveAttribute(
    'href',
    document,
  );
  await page.goto(`${recordPath('product', 'en', 'che-xanh-tam-duong')}`);
  await expect(page.getByRole('link', { name: 'See the signed recognition decision (in Vietnamese)' })).toHaveAttribute(
    'href',
    document,
  );
  await page.goto(`${pagePath('verify', 'vi')}?q=2215%2FQĐ-UBND`);
  await expect(page.getByRole('link', { name: 'Xem quyết định công nhận (bản có chữ ký)' })).toHaveAttribute(
    'href',
    document,
  );
  // A product without one has no such link.
  await page.goto(recordPath('product', 'vi', 'mien-dong-binh-lu'));
  await expect(page.getByRole('link', { name: /quyết định công nhận/ })).toHaveCount(0);
});
