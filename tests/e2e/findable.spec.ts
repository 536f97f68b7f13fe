// Findable tools (issue #16): the fair-pack builder from a fair's page, with that fair's products
// chosen and its cover filled in.
import { formatDateRange } from '../../src/lib/events.ts';
import { sample, sampleCatalogue } from './catalogue-data.ts';
import { expect, test } from './fixtures.ts';

const published = new Set(sampleCatalogue.products.map((product) => product.id));
const fair = sample.events.find(
  (event) => event.data.kind === 'fair' && (event.data.products ?? []).some((slug) => published.has(slug)),
);

test("a fair's page prints the pack for this fair: its products chosen, in order, with a cover", async ({ page }) => {
  test.skip(!fair, 'the sample content has no fair with published products');
  const chosen = (fair!.data.products ?? []).filter((slug) => published.has(slug));
  const names = chosen.map((slug) => sampleCatalogue.products.find((product) => product.id === slug)!.data.name);
  await page.goto(`/su-kien/${fair!.id}/`);
  await page.getByRole('link', { name: 'In bộ phiếu sản phẩm cho hội chợ này' }).click();
  await expect(page).toHaveURL(/\/in-an\/\?sp=/);
  await expect(page.getByRole('checkbox', { name: 'Thêm trang bìa' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Tên hội chợ' })).toHaveValue(fair!.data.title);
  await expect(page.getByRole('textbox', { name: 'Thời gian' })).toHaveValue(
    formatDateRange(fair!.data.start, fair!.data.end, 'vi'),
  );
  const order = page.getByRole('region', { name: 'Thứ tự in' }).getByRole('listitem');
  await expect(order).toHaveText(names.map((name) => new RegExp(name)));
});

test('events that are not fairs offer no pack', async ({ page }) => {
  const other = sample.events.find((event) => event.data.kind !== 'fair');
  test.skip(!other, 'the sample content has only fairs');
  await page.goto(`/su-kien/${other!.id}/`);
  await expect(page.getByRole('link', { name: 'In bộ phiếu sản phẩm cho hội chợ này' })).toHaveCount(0);
});
