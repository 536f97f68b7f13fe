import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from '../budgets.ts';
import { sampleCatalogue } from './catalogue-data.ts';
import { DIST, pageJsSize, siteCssSize } from './dist-size.ts';
import { expect, test } from './fixtures.ts';

// Reads the files the web server's build wrote to dist/; no browser needed.
test.describe('size budgets of the built site', () => {
  test('a product page ships at most 3 KB of its own JavaScript (gzip)', () => {
    for (const product of sampleCatalogue.products.slice(0, 5)) {
      for (const page of [`san-pham/${product.id}`, `en/products/${product.id}`]) {
        const { bytes, parts } = pageJsSize(readFileSync(join(DIST, page, 'index.html'), 'utf8'));
        expect(bytes, `${page}: ${parts.join(', ')}`).toBeLessThanOrEqual(BUDGETS.productPageJs);
      }
    }
  });

  test('the site’s CSS stays under 30 KB (gzip)', () => {
    expect(siteCssSize()).toBeLessThan(BUDGETS.siteCss);
  });
});
