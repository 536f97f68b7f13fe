// Size budgets of the built site (limits in tests/budgets.ts). No browser: reads dist/ after the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describePrecache, selectPrecache } from '../../src/lib/precache.ts';
import { OFFLINE_FILES, recordPath } from '../../src/lib/routes.ts';
import { builtSite, cssTotal, gzipSize, pageJs as measurePageJs } from '../../scripts/bench/page-weights.ts';
import { budgets, pageJsBudget } from '../budgets.ts';
import { sampleCatalogue } from './catalogue-data.ts';
import { DIST, fileOf, htmlFiles, urlPathOf } from './dist.ts';
import { expect, test } from './fixtures.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const site = builtSite(DIST);
const pageJs = (html: string, leaveOut?: (src: string) => boolean) => measurePageJs(site, html, leaveOut);

test('each page stays within its JavaScript and HTML budgets', async () => {
  const over: string[] = [];
  const rows: string[] = [];
  for (const file of htmlFiles()) {
    const path = urlPathOf(file);
    const html = readFileSync(file, 'utf8');
    const js = pageJs(html);
    const htmlSize = gzipSize(html);
    rows.push(`${path.padEnd(48)} js ${kb(js).padStart(9)}   html ${kb(htmlSize).padStart(9)}`);
    if (js > pageJsBudget(path)) over.push(`${path}: JavaScript ${kb(js)} > ${kb(pageJsBudget(path))}`);
    if (htmlSize > budgets.htmlGzip) over.push(`${path}: HTML ${kb(htmlSize)} > ${kb(budgets.htmlGzip)}`);
  }
  console.log(`Page sizes (gzip):\n${rows.join('\n')}`);
  expect(rows.length).toBeGreaterThan(0);
  expect(over, over.join('\n')).toEqual([]);
});

test('all CSS together stays within its budget', async () => {
  const { files, bytes: total } = cssTotal(site);
  console.log(`CSS: ${files} files, ${kb(total)} gzip (budget ${kb(budgets.cssTotalGzip)})`);
  expect(total, `CSS ${kb(total)} > ${kb(budgets.cssTotalGzip)}`).toBeLessThanOrEqual(budgets.cssTotalGzip);
});

test('the service worker adds under 2 KB of JavaScript to a product page', async () => {
  const html = readFileSync(fileOf(recordPath('product', 'vi', sampleCatalogue.products[0]!.id))!, 'utf8');
  // The page script that registers the worker (src/scripts/offline-client.ts).
  const registers = (src: string) => {
    const code = readFileSync(fileOf(src) ?? '/dev/null', 'utf8');
    return code.includes('serviceWorker') && code.includes('.register(');
  };
  const scripts = parse(html)
    .querySelectorAll('script[src]')
    .map((script) => script.getAttribute('src')!);
  expect(scripts.filter(registers)).toHaveLength(1);
  const added = pageJs(html) - pageJs(html, registers);
  console.log(`offline script on a product page: ${kb(added)} gzip (budget ${kb(budgets.offlineJsGzip)})`);
  expect(added).toBeGreaterThan(0);
  expect(added).toBeLessThanOrEqual(budgets.offlineJsGzip);
});

test('the precache is what src/lib/precache.ts chooses, within its budget', async () => {
  const selection = selectPrecache(DIST);
  const worker = readFileSync(join(DIST, OFFLINE_FILES.serviceWorker), 'utf8');
  const precached = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
  expect(precached.sort()).toEqual(selection.files.map((file) => file.url).sort());
  console.log(`${describePrecache(selection)} (budget ${(budgets.precacheBytes / 1e6).toFixed(2)} MB)`);
  expect(selection.bytes).toBeLessThanOrEqual(budgets.precacheBytes);
});
