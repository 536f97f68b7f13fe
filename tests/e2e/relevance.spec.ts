// The relevance list (tests/e2e/relevance.ts) against the built sample index, in Chromium: each query's
// first results, what it must not show, and how its words were matched.
import { sampleCatalogue } from './catalogue-data.ts';
import { expect, test } from './fixtures.ts';
import { RELEVANCE, type RelevanceCase } from './relevance.ts';

/** A result's name in the list: a product's slug, anything else's path. */
const resultKey = (href: string) => /^\/(?:san-pham|en\/products)\/([^/]+)\/$/.exec(href)?.[1] ?? href;

/** The text of a product record that search indexes in Vietnamese, lowercased, NFC. */
const productText = (slug: string) => {
  const product = sampleCatalogue.product(slug);
  if (!product) throw new Error(`${slug} is not a published product`);
  const { data } = product;
  return [data.name, data.summary, product.body ?? '', data.subgroup ?? '', data.commune, data.formerCommune ?? '']
    .join(' ')
    .normalize('NFC')
    .toLowerCase();
};

const title = (c: RelevanceCase) => `${c.en ? 'en ' : ''}"${c.q}"${c.facets ? ` + ${c.facets}` : ''}: ${c.why}`;

for (const c of RELEVANCE) {
  test(title(c), async ({ page }) => {
    const params = new URLSearchParams(c.facets ?? '');
    if (c.q) params.set('q', c.q);
    await page.goto(`${c.en ? '/en/search/' : '/tim-kiem/'}?${params}`);
    const results = page.getByRole('region', { name: /Kết quả|Results/ });
    await expect(results.getByText(/Tìm thấy \d+ kết quả|Results found: \d+/)).toBeVisible();
    await expect(page.locator('search-page')).not.toHaveAttribute('aria-busy', 'true');
    const keys = (
      await results
        .getByRole('listitem')
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    ).map(resultKey);
    const context = `results: ${keys.join(', ')}`;

    if (c.top) expect(keys[0], context).toBe(c.top);
    if (c.first) expect(keys.slice(0, c.first.length).sort(), context).toEqual([...c.first].sort());
    if (c.only) expect([...keys].sort(), context).toEqual([...c.only].sort());
    for (const key of c.includes ?? []) expect(keys, context).toContain(key);
    for (const key of c.excludes ?? []) expect(keys, context).not.toContain(key);
    if (c.before) {
      const [above, below] = c.before.map((key) => keys.indexOf(key));
      expect(above, context).toBeGreaterThanOrEqual(0);
      expect(above, context).toBeLessThan(below!);
    }
    if (c.everyProductHas) {
      const word = c.everyProductHas.normalize('NFC');
      for (const key of keys.filter((key) => !key.startsWith('/'))) {
        expect(productText(key), `${key} holds "${word}"`).toContain(word);
      }
    }
    if (params.has('stars')) {
      for (const key of keys.filter((key) => !key.startsWith('/'))) {
        expect(String(sampleCatalogue.product(key)?.data.stars), key).toBe(params.get('stars'));
      }
    }

    // The note says how the words were matched; a marked query links the same search without marks.
    const note = results.locator('[data-marks-note]');
    if (c.matched === 'folded') await expect(note).toBeHidden();
    if (c.matched === 'marks-ignored') {
      await expect(note).toHaveText(/Không có kết quả nào đúng dấu|Nothing matches .* with these marks/);
    }
    if (c.matched === 'marked' && (await note.isVisible())) {
      const unmarked = note.getByRole('link');
      await expect(unmarked).toHaveAttribute('href', /[?&]q=[a-z+]+(&|$)/);
    }
  });
}

test('a marked query offers the same search without marks, which finds what the marks left out', async ({ page }) => {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent('đào')}`);
  const results = page.getByRole('region', { name: 'Kết quả' });
  const note = results.locator('[data-marks-note]');
  await expect(note).toContainText('Chỉ hiện kết quả đúng dấu “đào”');
  await note.getByRole('link', { name: 'tìm “dao”' }).click();
  await expect(page).toHaveURL(/\?q=dao$/);
  const daoBath = sampleCatalogue.product('thuoc-tam-nguoi-dao-do-ta-leng')!;
  await expect(results.getByRole('link', { name: daoBath.data.name, exact: true })).toBeVisible();
  await expect(page.getByLabel('Tìm sản phẩm, chủ thể, điểm bán')).toHaveValue('dao');
});
