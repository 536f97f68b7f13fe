import { textKey } from '../../src/lib/fold.ts';
import { sampleCatalogue } from './catalogue-data.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const { producers } = sampleCatalogue;
const cardNames = async (page: Page) =>
  (
    await page
      .locator('#producer-list > li')
      .filter({ visible: true })
      .getByRole('heading', { level: 3 })
      .allTextContents()
  ).map((name) => name.trim());
const names = (list: typeof producers) => list.map((producer) => producer.data.name);

test.describe('the producer directory', () => {
  test('lists every producer with a published product, with its kind, commune and phone', async ({ page }) => {
    await page.goto('/chu-the/');
    await expect(page.getByRole('heading', { level: 1, name: 'Chủ thể OCOP' })).toBeVisible();
    expect(await cardNames(page)).toEqual(names(producers));
    const producer = producers.find((candidate) => candidate.data.phone)!;
    const card = page.getByRole('article').filter({ hasText: producer.data.name });
    await expect(card.getByRole('link', { name: producer.data.name })).toHaveAttribute(
      'href',
      `/chu-the/${producer.id}/`,
    );
    await expect(card.getByRole('link', { name: producer.data.phone! })).toHaveAttribute('href', /^tel:/);
    // Producers whose products are all unpublished are not listed.
    const hidden = sampleCatalogue.excluded
      .map(({ product }) => product.data.producer)
      .filter((id) => !producers.some((producer) => producer.id === id));
    for (const id of hidden) await expect(page.locator(`a[href="/chu-the/${id}/"]`)).toHaveCount(0);
  });

  test('filters by group, commune and kind together, in a shareable URL', async ({ page }) => {
    await page.goto('/chu-the/');
    await page.getByRole('combobox', { name: 'Loại chủ thể' }).selectOption({ label: 'Hợp tác xã' });
    await expect(page).toHaveURL(/\?loai=cooperative$/);
    const cooperatives = producers.filter((producer) => producer.data.kind === 'cooperative');
    await expect.poll(() => cardNames(page)).toEqual(names(cooperatives));

    const commune = cooperatives[0]!.data.commune;
    await page.getByRole('combobox', { name: 'Xã, phường' }).selectOption({ label: commune });
    const both = cooperatives.filter((producer) => producer.data.commune === commune);
    await expect.poll(() => cardNames(page)).toEqual(names(both));
    await expect(page.getByRole('status')).toHaveText(`Đang hiện ${both.length} trên ${producers.length} chủ thể.`);

    await page.getByRole('combobox', { name: 'Nhóm sản phẩm' }).selectOption({ label: 'Đồ uống' });
    const drinks = both.filter((producer) =>
      sampleCatalogue.productsOf(producer.id).some((product) => product.data.group === 'beverage'),
    );
    await expect.poll(() => cardNames(page)).toEqual(names(drinks));

    // The same link, opened afresh, shows the same list.
    await page.goto(page.url());
    await expect(page.getByRole('combobox', { name: 'Loại chủ thể' })).toHaveValue('cooperative');
    await expect.poll(() => cardNames(page)).toEqual(names(drinks));
  });

  test('is in English at /en/producers/, and each producer page leads back to it', async ({ page }) => {
    await page.goto(`/chu-the/${producers[0]!.id}/`);
    await page.getByRole('main').getByRole('link', { name: 'Chủ thể OCOP', exact: true }).click();
    await expect(page).toHaveURL(/\/chu-the\/$/);
    await page.goto('/en/producers/');
    await expect(page.getByRole('heading', { level: 1, name: 'OCOP producers' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Kind of producer' })).toBeVisible();
  });
});

test.describe('the producer directory without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filters by links to static pages of one kind, commune or group', async ({ page }) => {
    await page.goto('/chu-the/');
    await expect(page.getByRole('combobox', { name: 'Loại chủ thể' })).toBeHidden();
    const cooperatives = producers.filter((producer) => producer.data.kind === 'cooperative');
    await page.getByRole('link', { name: `Hợp tác xã (${cooperatives.length})` }).click();
    await expect(page).toHaveURL(/\/chu-the\/loai\/cooperative\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chủ thể OCOP: Hợp tác xã');
    expect(await cardNames(page)).toEqual(names(cooperatives));

    const commune = producers[0]!.data.commune;
    await page.goto(`/chu-the/xa/${textKey(commune)}/`);
    expect(await cardNames(page)).toEqual(names(producers.filter((producer) => producer.data.commune === commune)));
    await page.goto('/en/producers/group/beverage/');
    const drinks = producers.filter((producer) =>
      sampleCatalogue.productsOf(producer.id).some((product) => product.data.group === 'beverage'),
    );
    expect(await cardNames(page)).toEqual(names(drinks));
    await page.getByRole('link', { name: 'All producers' }).click();
    await expect(page).toHaveURL(/\/en\/producers\/$/);
  });
});
