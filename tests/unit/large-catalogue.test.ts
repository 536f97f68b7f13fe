// No page grows with the catalogue (issue #9): listings paginate once they outgrow one page, and the
// fair pack carries no product at all. The sample content is too small for either, so this builds a
// generated folder (scripts/bench) into its own outDir and reads the built HTML.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { BENCH_AS_OF, generateContent } from '../../scripts/bench/content.ts';
import { listingPagePath, mapListPagePath, pagePath, recordPath, routePatterns } from '../../src/lib/routes.ts';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { LISTING_PAGE_SIZE, pageCount } from '../../src/lib/listing.ts';
import { MAP_LIST_PRODUCTS_SHOWN } from '../../src/lib/map-list.ts';
import { mapPoints, type MapPoint } from '../../src/lib/map-points.ts';
import { filesUnder } from '../e2e/dist.ts';
import { isLaterPagesRoute, patternKey, sortBuiltFiles } from '../route-table.ts';
import type { Locale } from '../../src/schemas/enums.ts';

const content = 'test-results/large-catalogue/content';
const dist = 'test-results/large-catalogue/dist';
// 150 generated products: about 130 published, so three pages of all products, and two of the food
// group (over half the products) while the other groups fit on one.
const PRODUCTS = 150;
// 75 producers, about 60 of them with a published product: two pages of the producer directory.
const PRODUCERS = 75;

let published: { id: string; data: { group: string } }[] = [];
let points: MapPoint[] = [];

beforeAll(async () => {
  rmSync('test-results/large-catalogue', { recursive: true, force: true });
  await generateContent({ out: content, products: PRODUCTS, producers: PRODUCERS });
  const checked = await checkContentFolder(content);
  const catalogue = buildCatalogue({ ...checked.content!, asOf: BENCH_AS_OF });
  published = catalogue.products;
  points = mapPoints(catalogue);
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dist], {
    env: { ...process.env, OCOP_CONTENT_DIR: content, OCOP_AS_OF: BENCH_AS_OF },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}, 600_000);

const file = (path: string) => join(dist, path, 'index.html');
const page = (path: string): HTMLElement => parse(readFileSync(file(path), 'utf8'));
const cardLinks = (html: HTMLElement) =>
  html.querySelectorAll('#catalogue-list > li').map((li) => li.querySelector('a')!.getAttribute('href'));
const navLinks = (html: HTMLElement) => html.querySelector('nav.pagination');

describe.each(['vi', 'en'] as Locale[])('a paginated listing (%s)', (locale) => {
  const listing = pagePath('products', locale);
  const at = (number: number) => listingPagePath(listing, locale, number);

  it('spreads every published product over pages of at most LISTING_PAGE_SIZE cards, none twice', () => {
    const pages = pageCount(published.length);
    expect(pages).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let number = 1; number <= pages; number += 1) {
      const links = cardLinks(page(at(number)));
      expect(links.length).toBeGreaterThan(0);
      expect(links.length).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
      seen.push(...links.map(String));
    }
    expect(existsSync(file(at(pages + 1)))).toBe(false);
    expect(seen.sort()).toEqual(published.map(({ id }) => recordPath('product', locale, id)).sort());
  });

  it('links the pages from an accessible nav, with the current page marked', () => {
    const second = page(at(2));
    const nav = navLinks(second)!;
    expect(nav.getAttribute('aria-label')).toBeTruthy();
    expect(nav.querySelector('[aria-current="page"]')!.getAttribute('href')).toBe(at(2));
    expect(nav.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe(listing);
    expect(nav.querySelector('a[rel="next"]')!.getAttribute('href')).toBe(at(3));
    const first = navLinks(page(listing))!;
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(first.querySelector('[aria-current="page"]')!.getAttribute('href')).toBe(listing);
    const last = pageCount(published.length);
    expect(navLinks(page(at(last)))!.querySelector('a[rel="next"]')).toBeNull();
  });

  it('gives each page its own canonical URL, title and the same page in the other language', () => {
    const second = page(at(2));
    expect(new URL(second.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(at(2));
    expect(second.querySelector('title')!.text).not.toBe(page(listing).querySelector('title')!.text);
    const other: Locale = locale === 'vi' ? 'en' : 'vi';
    const alternate = second.querySelector(`link[rel="alternate"][hreflang="${other}"]`)!.getAttribute('href')!;
    expect(new URL(alternate).pathname).toBe(listingPagePath(pagePath('products', other), other, 2));
  });

  it('filters through the search page, with its facet parameters, instead of within the page', () => {
    const form = page(listing).querySelector('form.filters')!;
    expect(form.getAttribute('action')).toBe(pagePath('search', locale));
    expect(form.getAttribute('method')).toBe('get');
    // The group is chosen by the page's group links (one group control, issue #16), not in the form.
    expect(form.querySelectorAll('select').map((select) => select.getAttribute('name'))).toEqual([
      'line',
      'stars',
      'commune',
    ]);
    expect(page(listing).querySelector('catalogue-filter')).toBeNull();
  });

  it('paginates a long group and keeps a short one on one page with the in-page filter', () => {
    const count = (group: string) => published.filter((product) => product.data.group === group).length;
    const groupPath = recordPath('productGroup', locale, 'food');
    expect(count('food')).toBeGreaterThan(LISTING_PAGE_SIZE);
    const second = page(listingPagePath(groupPath, locale, 2));
    expect(cardLinks(second).length).toBe(Math.min(LISTING_PAGE_SIZE, count('food') - LISTING_PAGE_SIZE));
    expect(second.querySelector('input[type="hidden"][name="group"]')!.getAttribute('value')).toBe('food');
    expect(navLinks(second)!.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe(groupPath);

    const short = recordPath('productGroup', locale, 'ornamental');
    expect(count('ornamental')).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
    expect(cardLinks(page(short)).length).toBe(count('ornamental'));
    expect(page(short).querySelector('catalogue-filter')).not.toBeNull();
    expect(navLinks(page(short))).toBeNull();
    expect(existsSync(file(listingPagePath(short, locale, 2)))).toBe(false);
  });
});

describe.each(['vi', 'en'] as Locale[])('the fair pack of a large catalogue (%s)', (locale) => {
  it('carries no sheets and no product list itself; each sheet is on its product page, ready to fetch', () => {
    const html = readFileSync(file(pagePath('fairPack', locale)), 'utf8');
    const pack = parse(html);
    expect(pack.querySelectorAll('[data-sheet]')).toHaveLength(0);
    expect(pack.querySelector('[data-pack-sheets]')).not.toBeNull();
    // Nor a server-rendered checkbox per product: the builder renders in the browser only.
    expect(pack.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    expect(pack.querySelector('astro-island')!.getAttribute('client')).toBe('only');
    // Nor any product in the island's props: the chooser searches the index.
    for (const { id } of published) expect(html).not.toContain(id);
    for (const { id } of published.slice(0, 5)) {
      const sheet = page(recordPath('product', locale, id)).querySelector(`.print-page[data-sheet="${id}"]`);
      expect(sheet).not.toBeNull();
    }
  });
});

describe.each(['vi', 'en'] as Locale[])('the map of a large catalogue (%s)', (locale) => {
  const entries = (html: HTMLElement) =>
    html.querySelectorAll('li[id^="diem-"]').map((li) => li.id.slice('diem-'.length));

  it('spreads its list of points over pages of at most LISTING_PAGE_SIZE entries, none twice', () => {
    const pages = pageCount(points.length);
    expect(pages).toBeGreaterThan(1);
    const seen: string[] = [];
    for (let number = 1; number <= pages; number += 1) {
      const ids = entries(page(mapListPagePath(locale, number)));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
      seen.push(...ids);
    }
    expect(existsSync(file(mapListPagePath(locale, pages + 1)))).toBe(false);
    expect(seen.sort()).toEqual(points.map((point) => point.id).sort());
  });

  it('names at most a few products per entry, and links the pages to the list itself', () => {
    const first = page(mapListPagePath(locale, 1));
    for (const list of first.querySelectorAll('li[id^="diem-"] ul.products')) {
      expect(list.querySelectorAll('a').length).toBeLessThanOrEqual(MAP_LIST_PRODUCTS_SHOWN);
    }
    expect(navLinks(first)!.querySelector('a[rel="next"]')!.getAttribute('href')).toBe(
      `${mapListPagePath(locale, 2)}#map-list`,
    );
    const second = page(mapListPagePath(locale, 2));
    expect(navLinks(second)!.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe(
      `${mapListPagePath(locale, 1)}#map-list`,
    );
    expect(new URL(second.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(
      mapListPagePath(locale, 2),
    );
  });

  it('inlines no point data: the island on every page fetches the GeoJSON', () => {
    for (const number of [1, 2]) {
      const props = page(mapListPagePath(locale, number)).querySelector('astro-island')!.getAttribute('props')!;
      expect(props).toContain('/data/places.geojson');
      for (const point of points) expect(props).not.toContain(point.slug);
    }
  });
});

describe('the route table and a large catalogue', () => {
  // tests/e2e/routes.spec.ts checks the other routes on the sample site, too small for these.
  it('builds the later pages of every paginated listing, in each language, and nothing outside the table', () => {
    const { unaccounted, claimedTwice, filesPerPattern } = sortBuiltFiles(
      filesUnder(dist).map((path) => relative(dist, path)),
    );
    expect(unaccounted).toEqual([]);
    expect(claimedTwice).toEqual([]);
    const later = routePatterns().filter(isLaterPagesRoute);
    expect(later.map(patternKey).sort()).toEqual([
      'mapPage en',
      'mapPage vi',
      'producerCommunePage en',
      'producerCommunePage vi',
      'producerGroupPage en',
      'producerGroupPage vi',
      'producerKindPage en',
      'producerKindPage vi',
      'producersPage en',
      'producersPage vi',
      'productGroupPage en',
      'productGroupPage vi',
      'productsPage en',
      'productsPage vi',
    ]);
    // The directory's pages of one facet value paginate only past LISTING_PAGE_SIZE producers, more than
    // this catalogue gives one group, commune or kind; they use the same laterPages as the others, and
    // tests/unit/routes.test.ts checks their paths.
    const onePage = later.filter((route) => /^producer(Group|Commune|Kind)Page$/.test(route.name));
    for (const route of later.filter((route) => !onePage.includes(route))) {
      expect(filesPerPattern.get(patternKey(route)), route.pattern).toBeGreaterThan(0);
    }
  });
});
