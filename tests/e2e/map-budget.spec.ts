import { gzipSync } from 'node:zlib';
import { pageJsBudget } from '../budgets.ts';
import { expect, test } from './fixtures.ts';

// Measured in the browser, so that code the island imports on demand (Leaflet, markercluster) counts
// too. The island runs on Preact (docs/ARCHITECTURE.md, "Islands"): with React 19's DOM runtime
// (about 65 KB gzip) the page could not stay under 80 KB.
test('the map page’s JavaScript stays within its budget', async ({ page }) => {
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body());
  });
  await page.goto('/ban-do/');
  await page.waitForSelector('.leaflet-marker-icon');
  const inline = await page.locator('script:not([src])').evaluateAll((nodes) => nodes.map((node) => node.textContent));
  const bodies = [...(await Promise.all(scripts)), ...inline.map((text) => Buffer.from(text ?? ''))];
  const total = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  console.log(`map page JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${bodies.length} scripts`);
  expect(total).toBeLessThanOrEqual(pageJsBudget('/ban-do/'));
});
