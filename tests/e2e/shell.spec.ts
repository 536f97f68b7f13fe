import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { contentDir } from '../../src/lib/env.ts';
import { TEST_AS_OF } from './as-of.ts';
import { expect, test } from './fixtures.ts';

const { content } = await checkContentFolder(contentDir());
if (!content) throw new Error('the sample content does not pass the content check');
const catalogue = buildCatalogue({ ...content, asOf: TEST_AS_OF });

test.describe('site shell', () => {
  test('the Vietnamese home page shows what is in the catalogue', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(content.site.region.vi);
    await expect(page.getByText(`${catalogue.products.length} sản phẩm OCOP từ 3 sao trở lên`)).toBeVisible();
    const byStars = page.getByRole('region', { name: 'Theo hạng sao' });
    for (const stars of [3, 4, 5]) {
      const count = catalogue.products.filter((p) => p.data.stars === stars).length;
      await expect(
        byStars.getByRole('listitem').filter({ has: page.getByRole('img', { name: `OCOP ${stars} sao` }) }),
      ).toContainText(`${count} sản phẩm`);
    }
    const byGroup = page.getByRole('region', { name: 'Theo nhóm sản phẩm' });
    const food = catalogue.products.filter((p) => p.data.group === 'food').length;
    await expect(byGroup.getByText(`Thực phẩm: ${food} sản phẩm`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sản phẩm tiêu biểu' }).getByRole('article').first()).toBeVisible();
  });

  test('header navigation leads to products, map, the lookup, the fair pack, producers and about OCOP; the box searches', async ({
    page,
  }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Sản phẩm' })).toHaveAttribute('href', '/san-pham/');
    await expect(nav.getByRole('link', { name: 'Bản đồ' })).toHaveAttribute('href', '/ban-do/');
    await expect(nav.getByRole('link', { name: 'Tra cứu', exact: true })).toHaveAttribute('href', '/tra-cuu/');
    await expect(nav.getByRole('link', { name: 'In cho hội chợ' })).toHaveAttribute('href', '/in-an/');
    await expect(nav.getByRole('link', { name: 'Chủ thể' })).toHaveAttribute('href', '/chu-the/');
    await expect(nav.getByRole('link', { name: 'Về OCOP' })).toHaveAttribute('href', '/gioi-thieu-ocop/');
    const search = page.getByRole('search');
    await search.getByRole('searchbox').fill('mat ong');
    await search.getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=mat\+ong$/);
  });

  test('the language switch keeps the visitor on the same page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Xem trang này bằng tiếng Anh' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`OCOP products of ${content.site.region.en}`);
    await page.getByRole('link', { name: 'View this page in Vietnamese' }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  });

  test('every page says when the content is sample data', async ({ page }) => {
    expect(content.site.sampleData).toBe(true);
    await page.goto('/');
    await expect(page.getByRole('note')).toContainText('Dữ liệu mẫu');
    await page.goto('/en/');
    await expect(page.getByRole('note')).toContainText('Sample data');
  });

  test("the footer gives the office's contact", async ({ page }) => {
    await page.goto('/en/');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(content.site.office.name);
    if (content.site.office.phone) {
      await expect(footer.getByRole('link', { name: content.site.office.phone })).toHaveAttribute(
        'href',
        /^tel:\+?\d+$/,
      );
    }
    await expect(footer).toContainText(`Certificate data as of ${TEST_AS_OF}`);
  });

  test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/en/']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('the text is set in the self-hosted Be Vietnam Pro, Vietnamese marks included', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    // What the browser really draws with (document.fonts.check would also want the latin-ext face,
    // which covers some of these letters too but is never needed for them: src/styles/fonts.css).
    await page.evaluate(() => {
      const line = Object.assign(document.createElement('p'), {
        id: 'marks',
        textContent: 'Tam Đường ệ ỗ ă ơ ư ĩ ũ ₫',
      });
      document.querySelector('main')?.prepend(line);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#marks' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((font) => font.familyName)).toEqual(['Be Vietnam Pro']);
  });
});
