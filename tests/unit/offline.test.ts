// The offline site's rules (issue #15) that do not need a browser: what is kept, which pictures go with
// a saved page, the compact lookup the worker answers from, the precache and the web app manifest.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { buildId } from '../../src/lib/env.ts';
import { formatBytes } from '../../src/lib/format.ts';
import { imageUrl, setImageRoot } from '../../src/lib/images.ts';
import { buildLookup, numberShardCount, shardLookup, type LookupEntry } from '../../src/lib/lookup.ts';
import { compactLookup, expandEntry, shardFromCompact } from '../../src/lib/lookup-offline.ts';
import { mapPointDetails } from '../../src/lib/map-details.ts';
import { mapPoints } from '../../src/lib/map-points.ts';
import {
  CACHE_LIMITS,
  evictions,
  imageSource,
  keptRecordPage,
  localeOfPath,
  pageImages,
  pageChanged,
  pageHeading,
  pageWithoutBuild,
  stillPublished,
} from '../../src/lib/offline.ts';
import { precacheUrl, selectPrecache } from '../../src/lib/precache.ts';
import { LOOKUP_SHARD_DIRS, OFFLINE_FILES, lookupShardPath, recordPath } from '../../src/lib/routes.ts';
import { headerRules } from '../../src/lib/security-headers.ts';
import { appColours, cssCustomProperty, webManifest } from '../../src/lib/web-manifest.ts';

const contentRoot = resolve(import.meta.dirname, '../../content');
const { content } = await checkContentFolder(contentRoot);
if (!content) throw new Error('the sample content folder must pass its check');
const catalogue = buildCatalogue({ ...content, asOf: '2026-11-29' });
const productUrl = (slug: string) => ({ vi: recordPath('product', 'vi', slug), en: recordPath('product', 'en', slug) });

describe('pages kept as they are read', () => {
  it('are product and producer pages, in either language, and nothing else', () => {
    expect(keptRecordPage('/san-pham/che-shan/')).toEqual({ page: 'product', slug: 'che-shan', locale: 'vi' });
    expect(keptRecordPage('/en/producers/htx-a/')).toEqual({ page: 'producer', slug: 'htx-a', locale: 'en' });
    expect(keptRecordPage('/dia-diem/diem-a/')).toEqual({ page: 'place', slug: 'diem-a', locale: 'vi' });
    for (const path of ['/san-pham/', '/san-pham/nhom/food/', '/san-pham/trang/2/', '/ban-do/', '/', '/san-pham/x']) {
      expect(keptRecordPage(path), path).toBeUndefined();
    }
  });
  it('are dropped when the new build does not publish them; other paths always stay', () => {
    const published = { product: { a: 'd1' }, producer: { p: 'd2' }, place: { s: 'd4' } };
    expect(stillPublished(published, '/san-pham/a/')).toBe(true);
    expect(stillPublished(published, '/en/products/b/')).toBe(false);
    expect(stillPublished(published, '/chu-the/q/')).toBe(false);
    expect(stillPublished(published, '/san-pham/constructor/')).toBe(false);
    expect(stillPublished(published, '/dia-diem/s/')).toBe(true);
    expect(stillPublished(published, '/en/places/t/')).toBe(false);
    expect(stillPublished(published, '/ban-do/')).toBe(true);
  });
  it('are fetched again when their digest changed, or when the build they were stored under is not known', () => {
    const before = { product: { a: 'd1', b: 'd2' }, producer: { p: 'd3' }, place: {} };
    const after = { product: { a: 'd1', b: 'XX' }, producer: { p: 'd3' }, place: {} };
    expect(pageChanged(before, after, '/san-pham/a/')).toBe(false);
    expect(pageChanged(before, after, '/en/products/b/')).toBe(true);
    expect(pageChanged(before, after, '/chu-the/p/')).toBe(false);
    expect(pageChanged(undefined, after, '/chu-the/p/')).toBe(true);
    expect(pageChanged(undefined, after, '/ban-do/')).toBe(false);
  });
  it('are compared without what every build changes: its id and its reference date, however written', () => {
    const build = (asOf: string, vi: string, en: string) => ({ asOf, asOfText: { vi, en } });
    const page = (id: string, date: string, stars: number) =>
      `<html lang="vi" data-build="${id}"><p>${stars} sao</p><footer>Dữ liệu tính đến ngày ${date}.</footer></html>`;
    const first = build('2026-11-29', '29/11/2026', '29 November 2026');
    const next = build('2026-12-20', '20/12/2026', '20 December 2026');
    expect(pageWithoutBuild(page('2026-11-29T01:00:00Z', '29/11/2026', 4), first)).toBe(
      pageWithoutBuild(page('2026-12-20T01:00:00Z', '20/12/2026', 4), next),
    );
    expect(pageWithoutBuild(page('x', '2026-11-29', 4), first)).not.toBe(
      pageWithoutBuild(page('x', '2026-12-20', 3), next),
    );
  });
  it('take their language from the path', () => {
    expect(localeOfPath('/en/products/a/')).toBe('en');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/english/')).toBe('vi');
    expect(localeOfPath('/san-pham/a/')).toBe('vi');
  });
});

describe('caches that grow as the visitor reads', () => {
  const entry = (at: string, bytes: number) => ({ at, bytes });
  it('let the oldest go first, until within both their entries and their bytes', () => {
    const entries = [entry('2026-11-03', 10), entry('2026-11-01', 10), entry('2026-11-02', 50), entry('2026-11-04', 5)];
    expect(evictions(entries, { entries: 10, bytes: 1000 })).toEqual([]);
    expect(evictions(entries, { entries: 2, bytes: 1000 })).toEqual([entry('2026-11-01', 10), entry('2026-11-02', 50)]);
    expect(evictions(entries, { entries: 10, bytes: 20 })).toEqual([entry('2026-11-01', 10), entry('2026-11-02', 50)]);
    expect(evictions(entries, { entries: 10, bytes: 4 })).toHaveLength(4);
  });
  it('are capped, in entries and in bytes', () => {
    for (const limit of Object.values(CACHE_LIMITS)) {
      expect(limit.entries).toBeGreaterThan(0);
      expect(limit.bytes).toBeLessThanOrEqual(8 * 1024 * 1024);
    }
  });
});

describe('pictures kept with a page', () => {
  it('knows the sizes and formats of one picture as one, as src/lib/images.ts names them', () => {
    setImageRoot(contentRoot);
    const photo = (file: string) => ({ file, width: 1200, height: 900, format: 'jpeg' as const });
    const che = photo('images/che-xanh-tam-duong.jpg');
    const sizes = [
      imageUrl({ image: che, width: 480, format: 'avif' }).src,
      imageUrl({ image: che, width: 800, format: 'webp' }).src,
      imageUrl({ image: che, width: 320, height: 240, format: 'jpeg' }).src,
    ];
    expect(new Set(sizes.map(imageSource))).toEqual(new Set(['/_astro/che-xanh-tam-duong']));
    const other = imageUrl({ image: photo('images/ca-tam-ho-thau.jpg'), width: 480, format: 'avif' }).src;
    expect(imageSource(other)).toBe('/_astro/ca-tam-ho-thau');
    expect(imageSource('/_astro/HeaderSearch.astro_astro_type_script_index_0_lang.DLSUN7wR.js')).toBeUndefined();
    expect(imageSource('/images/che.k3J9x0aB1c.avif')).toBeUndefined();
  });

  it('are one file per picture: the first source at the narrowest width of 400 pixels or more', () => {
    const html = `
      <picture>
        <source type="image/avif" srcset="/_astro/a.AAAAAAAAA1.avif 320w, /_astro/a.AAAAAAAAA2.avif 480w, /_astro/a.AAAAAAAAA3.avif 640w" />
        <source type="image/webp" srcset="/_astro/a.AAAAAAAAA4.webp 480w" />
        <img src="/_astro/a.AAAAAAAAA5.jpg" alt="" />
      </picture>
      <picture><source srcset="/_astro/b.BBBBBBBBB1.avif 200w, /_astro/b.BBBBBBBBB2.avif 300w"><img src="/_astro/b.BBBBBBBBB3.jpg" alt=""></picture>
      <img src='/_astro/a.AAAAAAAAA6.webp' alt="the same picture, printed">
      <img src="/_astro/c.CCCCCCCCC1.png" alt="">
      <img src="https://tile.example/1/2/3.png" alt="">
      <img src="data:image/png;base64,AAAA" alt="">`;
    expect(pageImages(html)).toEqual([
      '/_astro/a.AAAAAAAAA2.avif',
      '/_astro/b.BBBBBBBBB2.avif',
      '/_astro/c.CCCCCCCCC1.png',
    ]);
  });

  it('reads a page’s heading with its language', () => {
    const page = (h1: string) =>
      `<html lang="en" data-build="x"><head><title>T</title></head><body>${h1}</body></html>`;
    expect(pageHeading(page('<h1 lang="vi">Chè &amp; mật ong <span>Tả Lèng</span></h1>'))).toEqual({
      text: 'Chè & mật ong Tả Lèng',
      lang: 'vi',
    });
    expect(pageHeading(page('<h1 class="x">Honey</h1>'))).toEqual({ text: 'Honey', lang: 'en' });
    expect(pageHeading('<p>no heading</p>')).toEqual({ text: '', lang: '' });
  });
});

describe('the compact lookup', () => {
  const { entries } = buildLookup(catalogue, productUrl);
  const numberShards = numberShardCount(entries.length);
  const compact = compactLookup(entries, numberShards);

  it('expands to the very entries it was made from', () => {
    expect(compact.entries.map(expandEntry)).toEqual(entries);
    expect(JSON.stringify(compact.entries.map(expandEntry))).toBe(JSON.stringify(entries));
  });

  it('gives every shard the build writes, byte for byte, and an empty one where the build writes none', () => {
    const shards = shardLookup(entries, numberShards);
    for (const [number, shard] of shards.numbers) {
      expect(JSON.stringify(shardFromCompact(compact, lookupShardPath('number', number)))).toBe(JSON.stringify(shard));
    }
    for (const [name, shard] of shards.names) {
      expect(JSON.stringify(shardFromCompact(compact, lookupShardPath('name', name)))).toBe(JSON.stringify(shard));
    }
    expect(shardFromCompact(compact, lookupShardPath('name', 'zzz'))).toEqual([]);
    expect(shardFromCompact(compact, `${LOOKUP_SHARD_DIRS.number}x.json`)).toBeUndefined();
    expect(shardFromCompact(compact, '/data/products.json')).toBeUndefined();
  });

  it('keeps every kind of status, and only the fields the contract allows for unpublished products', () => {
    const made = (status: LookupEntry['status']): LookupEntry => ({ number: '1/QĐ', name: 'X', stars: 2, status });
    for (const status of [
      { kind: 'expired', expires: '2025-01-01' },
      { kind: 'revoked', date: '2025-02-03', reason: 'vi phạm' },
      { kind: 'below-threshold', stars: 2 },
    ] as const) {
      expect(expandEntry(compactLookup([made(status)], 1).entries[0]!)).toEqual(made(status));
    }
    // A signed decision without an English name: the name's place is held, and both come back as given.
    const page = productUrl('x');
    for (const published of [
      { ...made({ kind: 'valid', expires: '2027-01-01' }), url: page, document: 'https://example.org/qd.pdf' },
      {
        ...made({ kind: 'valid', expires: '2027-01-01' }),
        nameEn: 'X en',
        url: page,
        document: 'https://example.org/qd.pdf',
      },
    ]) {
      expect(JSON.stringify(expandEntry(compactLookup([published], 1).entries[0]!))).toBe(JSON.stringify(published));
    }
    const unpublished = compact.entries.filter((entry) => entry.length === 4);
    expect(unpublished.length).toBe(catalogue.excluded.length);
  });

  it('is about half the size of the number shards, which hold each entry once', () => {
    const shards = shardLookup(entries, numberShards);
    const shardBytes = [...shards.numbers.values()].reduce((sum, shard) => sum + JSON.stringify(shard).length, 0);
    expect(JSON.stringify(compact).length).toBeLessThan(shardBytes * 0.6);
  });

  it('refuses an entry whose page is not a product page of the route table', () => {
    const [first] = entries.filter((entry) => entry.url);
    expect(() => compactLookup([{ ...first!, url: { vi: '/elsewhere/x/', en: '/en/products/x/' } }], 1)).toThrow(
      /not a product page/,
    );
  });
});

describe('a map point’s details', () => {
  it('list the pages of the producers of its products, once each, for "save for offline"', () => {
    const points = mapPoints(catalogue);
    const point = points.find((candidate) => candidate.kind === 'sales-point' && candidate.products.length > 1)!;
    const details = mapPointDetails(
      point,
      (slug) => catalogue.product(slug)?.data,
      (slug) => catalogue.producer(slug) !== undefined,
    );
    const producers = [...new Set(point.products.map((slug) => catalogue.product(slug)!.data.producer))];
    expect(details.producers).toEqual(
      producers.map((slug) => ({ vi: recordPath('producer', 'vi', slug), en: recordPath('producer', 'en', slug) })),
    );
    // A producer's own point does not list itself.
    const own = points.find((candidate) => candidate.kind === 'producer')!;
    const ownDetails = mapPointDetails(
      own,
      (slug) => catalogue.product(slug)?.data,
      () => true,
    );
    expect(ownDetails.producers).not.toContainEqual(
      expect.objectContaining({ vi: recordPath('producer', 'vi', own.slug) }),
    );
  });
});

describe('the precache', () => {
  const dist = mkdtempSync(join(tmpdir(), 'ocop-precache-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, bytes: number) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), 'x'.repeat(bytes));
  };
  write('index.html', 1000);
  write('en/index.html', 1000);
  write('ban-do/index.html', 1000);
  write('san-pham/a/index.html', 1000);
  write('_astro/a.ABCDEFGH.js', 2000);
  write('_astro/a.ABCDEFGH.css', 500);
  write('_astro/a.ABCDEFGH_x.avif', 5000);
  write('tra-cuu/tat-ca.json', 300);
  write('tra-cuu/so/0.json', 300);
  write('pagefind/pagefind.js', 400);
  write('pagefind/index/vi_1.pf_index', 4000);
  write('data/places/a.json', 100);

  it('takes the pages that work offline, the code and the lookup, never product pages or pictures', () => {
    const { files } = selectPrecache(dist);
    expect(files.map((file) => file.url).sort()).toEqual(
      [
        '/',
        '/en/',
        '/ban-do/',
        '/_astro/a.ABCDEFGH.js',
        '/_astro/a.ABCDEFGH.css',
        '/tra-cuu/tat-ca.json',
        '/pagefind/pagefind.js',
        '/pagefind/index/vi_1.pf_index',
        '/data/places/a.json',
      ].sort(),
    );
  });

  it('leaves out an optional group that would take it over its ceiling, and goes on with smaller ones', () => {
    const selection = selectPrecache(dist, 8000);
    expect(selection.groups.find((group) => group.name === 'search index')).toMatchObject({
      included: false,
      bytes: 4000,
    });
    expect(selection.groups.find((group) => group.name === 'map details')).toMatchObject({ included: true });
    expect(selection.bytes).toBe(1000 * 3 + 2000 + 500 + 300 + 400 + 100);
    expect(selection.patterns).not.toContain('pagefind/index/*');
  });

  it('asks for a page at its own address', () => {
    expect(precacheUrl('index.html')).toBe('/');
    expect(precacheUrl('en/map/index.html')).toBe('/en/map/');
    expect(precacheUrl('404.html')).toBe('/404.html');
    expect(precacheUrl('_astro/x.js')).toBe('/_astro/x.js');
  });
});

describe('the web app manifest', () => {
  const tokens = readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

  it('takes its colours from the design tokens', () => {
    expect(appColours(tokens)).toEqual({
      theme: cssCustomProperty(tokens, '--color-brand-dark'),
      background: cssCustomProperty(tokens, '--color-bg'),
    });
    expect(appColours(tokens).theme).toMatch(/^#[0-9a-f]{6}$/i);
    expect(() => cssCustomProperty(tokens, '--no-such-colour')).toThrow(/--no-such-colour/);
  });

  it('names and opens the app in each language', () => {
    const colours = { theme: '#000000', background: '#ffffff' };
    const vi = webManifest(content.site, 'vi', colours, 'mô tả');
    const en = webManifest(content.site, 'en', colours, 'about');
    expect(vi).toMatchObject({
      name: content.site.name.vi,
      lang: 'vi',
      start_url: '/',
      id: '/',
      display: 'standalone',
    });
    expect(en).toMatchObject({ name: content.site.name.en, lang: 'en', start_url: '/en/', id: '/en/' });
    expect(vi.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? ''}`.trim())).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
      'any',
    ]);
  });
});

describe('what hosts are told', () => {
  it('ask the server again for the worker and the list it updates from, under the base too', () => {
    for (const base of ['/', '/ocop-tam-duong/']) {
      const rules = headerRules({ tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', base });
      for (const file of [OFFLINE_FILES.serviceWorker, OFFLINE_FILES.published]) {
        const rule = rules.find((candidate) => candidate.pattern === `${base}${file.slice(1)}`);
        expect(rule?.headers['Cache-Control'], file).toBe('no-cache');
      }
    }
  });
});

describe('small helpers', () => {
  it('writes sizes as people read them', () => {
    expect(formatBytes(1_234_567, 'vi')).toBe('1,2 MB');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(12_345, 'en')).toBe('12 kB');
    expect(formatBytes(0, 'en')).toBe('0 kB');
  });
  it('gives one build one id', () => {
    const env: NodeJS.ProcessEnv = {};
    const first = buildId(env, new Date('2026-11-29T01:02:03Z'));
    expect(first).toBe('2026-11-29T01:02:03.000Z');
    expect(buildId(env, new Date('2027-01-01T00:00:00Z'))).toBe(first);
  });
});
