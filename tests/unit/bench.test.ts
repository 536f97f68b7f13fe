import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_AS_OF, generateContent } from '../../scripts/bench/content.ts';
import { durationMs, parseBuildLog } from '../../scripts/bench/phases.ts';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the benchmark content generator', () => {
  it('writes a folder that passes the content check, with unpublished products among the published', async () => {
    const out = tempDir();
    const counts = await generateContent({ out, products: 200, images: true });
    expect(counts).toEqual({ products: 200, producers: 20, places: 40, images: 200 });
    const { problems, content } = await checkContentFolder(out);
    expect(problems).toEqual([]);
    const catalogue = buildCatalogue({ ...content!, asOf: BENCH_AS_OF });
    expect(catalogue.products.length).toBeGreaterThan(150);
    expect(catalogue.excluded.map(({ status }) => status.kind)).toEqual(
      expect.arrayContaining(['expired', 'revoked', 'below-threshold']),
    );
    expect(new Set(content!.products.map(({ data }) => data.group)).size).toBe(6);
  });

  it('gives the same files for the same options', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await generateContent({ out: a, products: 30 });
    await generateContent({ out: b, products: 30 });
    const files = readdirSync(join(a, 'products'));
    expect(readdirSync(join(b, 'products'))).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(b, 'products', file), 'utf8')).toBe(readFileSync(join(a, 'products', file), 'utf8'));
    }
  });
});

describe('the build log parser', () => {
  const log = [
    [900, '05:55:07 [ocop:content-check] checked 13000 records in 12172ms'],
    [1000, '05:55:10 [content] Syncing content'],
    [5000, '05:56:00 [content] Synced content'],
    [8000, '05:56:10 [build] Building static entrypoints...'],
    [9000, ' generating static routes '],
    [19000, '05:56:30 ✓ Completed in 10.0s.'],
    [19100, ' generating optimized images '],
    [22100, '05:56:33 ✓ Completed in 3s.'],
    [22200, '05:56:33 [build] ✓ Completed in 1m 5s.'],
    [25000, '05:56:36 [ocop:search] Pagefind indexed 17072 pages in 2.5s'],
    [25100, '05:56:36 [build] 17074 page(s) built in 25.10s'],
  ].map(([at, text]) => ({ at: at as number, text: text as string }));

  it('cuts the phases at the lines Astro prints', () => {
    expect(parseBuildLog(log)).toEqual({
      contentMs: 5000,
      contentCheckMs: 12172,
      bundleMs: 1000,
      renderMs: 10000,
      imagesMs: 3000,
      searchMs: 2500,
      pages: 17074,
    });
  });

  it('leaves out the phases whose lines are missing', () => {
    expect(parseBuildLog(log.filter(({ text }) => !/optimized|Pagefind/.test(text)))).not.toHaveProperty('imagesMs');
    expect(parseBuildLog([])).toEqual({});
  });

  it('reads durations as Astro writes them', () => {
    expect(durationMs('in 850ms')).toBe(850);
    expect(durationMs('in 12.5s')).toBe(12500);
    expect(durationMs('in 1m 5s')).toBe(65000);
  });
});
