import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROUTE_FILES_DIR } from '../../src/integrations/routes.ts';
import {
  eventCalendarPath,
  feedPath,
  listingPagePath,
  lookupShardPath,
  mapListPagePath,
  mapPointDataPath,
  pagePath,
  PAGES,
  producerFacetOf,
  producerFacetPath,
  recordPath,
  routeLocale,
  routePatterns,
  siteBase,
  withBase,
  DATA_FILES,
  type RouteName,
} from '../../src/lib/routes.ts';
import { LOCALES } from '../../src/schemas/enums.ts';
import { routesOf } from '../route-table.ts';

/** The one route a path belongs to, as `name locale`. */
const routeOf = (path: string) => routesOf(path).map((route) => [route.name, route.locale].filter(Boolean).join(' '));

describe('the route table', () => {
  it('has one route file in src/routes/ for every route, and no route file outside the table', () => {
    const files = readdirSync(fileURLToPath(ROUTE_FILES_DIR)).sort();
    expect([...new Set(routePatterns().map((route) => route.file))].sort()).toEqual(files);
  });

  it('gives every route a pattern of its own, written as a path from the root', () => {
    const patterns = routePatterns().map((route) => route.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    // From the root, no empty segment: Astro adds the base (site.json's path) in front.
    for (const pattern of patterns) expect(pattern).toMatch(/^\/(?!.*\/\/)/);
  });

  it('tells a route file which language it renders, from the pattern as Astro reports it', () => {
    for (const route of routePatterns().filter((route) => route.locale)) {
      expect(routeLocale(route.pattern)).toBe(route.locale);
      // Astro's routePattern has no trailing slash.
      expect(routeLocale(route.pattern.replace(/(.)\/$/, '$1'))).toBe(route.locale);
    }
    expect(() => routeLocale('/data/products.json')).toThrow(/not a localised route/);
    expect(() => routeLocale('/nowhere')).toThrow(/not a localised route/);
  });
});

describe('producerFacetOf', () => {
  it('tells the producer directory’s facet pages apart by their pattern', () => {
    for (const route of routePatterns().filter((route) => /^producer(Group|Commune|Kind)/.test(route.name))) {
      const facet = route.name.replace(/^producer|Page$/g, '').toLowerCase();
      expect(producerFacetOf(route.pattern), route.pattern).toBe(facet);
    }
    expect(() => producerFacetOf('/chu-the/[slug]/')).toThrow(/not a page of one producer facet/);
  });
});

describe('the path helpers', () => {
  it('give paths of the very routes the table builds', () => {
    const cases: [string, RouteName][] = [];
    for (const locale of LOCALES) {
      for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[]) cases.push([pagePath(page, locale), page]);
      cases.push(
        [listingPagePath(pagePath('products', locale), locale, 2), 'productsPage'],
        [recordPath('productGroup', locale, 'food'), 'productGroup'],
        [listingPagePath(recordPath('productGroup', locale, 'food'), locale, 3), 'productGroupPage'],
        [recordPath('product', locale, 'che-xanh'), 'product'],
        [recordPath('producer', locale, 'htx-a'), 'producer'],
        [recordPath('event', locale, 'hoi-cho'), 'event'],
        [eventCalendarPath(locale, 'hoi-cho'), 'eventCalendar'],
        [feedPath('eventsCalendar', locale), 'eventsCalendar'],
        [feedPath('eventsFeed', locale), 'eventsFeed'],
        [feedPath('newProductsFeed', locale), 'newProductsFeed'],
        [mapListPagePath(locale, 2), 'mapPage'],
        [listingPagePath(pagePath('producers', locale), locale, 2), 'producersPage'],
        [producerFacetPath(locale, 'group', 'food'), 'producerGroup'],
        [producerFacetPath(locale, 'commune', 'ta-leng'), 'producerCommune'],
        [producerFacetPath(locale, 'kind', 'cooperative'), 'producerKind'],
        [listingPagePath(producerFacetPath(locale, 'kind', 'cooperative'), locale, 2), 'producerKindPage'],
      );
      for (const [path, name] of cases.splice(0)) expect(routeOf(path), path).toEqual([`${name} ${locale}`]);
    }
    expect(routeOf(lookupShardPath('number', 7))).toEqual(['lookupByNumber']);
    expect(routeOf(lookupShardPath('name', 'tra'))).toEqual(['lookupByName']);
    expect(routeOf(mapPointDataPath('ban-hon'))).toEqual(['placeData']);
    expect(routeOf(DATA_FILES.productsJson)).toEqual(['productsJson']);
    expect(routeOf(DATA_FILES.productsCsv)).toEqual(['productsCsv']);
    expect(routeOf(DATA_FILES.placesGeoJson)).toEqual(['placesGeoJson']);
  });

  it('keep the public URLs of the content contract', () => {
    expect([pagePath('home', 'vi'), pagePath('home', 'en')]).toEqual(['/', '/en/']);
    expect([recordPath('product', 'vi', 'x'), recordPath('product', 'en', 'x')]).toEqual([
      '/san-pham/x/',
      '/en/products/x/',
    ]);
    expect([pagePath('search', 'vi'), pagePath('search', 'en')]).toEqual(['/tim-kiem/', '/en/search/']);
    expect([pagePath('map', 'vi'), pagePath('map', 'en')]).toEqual(['/ban-do/', '/en/map/']);
    expect([DATA_FILES.productsJson, DATA_FILES.placesGeoJson]).toEqual([
      '/data/products.json',
      '/data/places.geojson',
    ]);
  });
});

describe('a site served from a sub-path', () => {
  it('takes its base from the path of site.json’s url, with a slash at each end', () => {
    expect(siteBase('https://ocop.tamduong.example')).toBe('/');
    expect(siteBase('https://ocop.tamduong.example/')).toBe('/');
    expect(siteBase('https://example.github.io/ocop-tam-duong/')).toBe('/ocop-tam-duong/');
    expect(siteBase('https://example.github.io/ocop-tam-duong')).toBe('/ocop-tam-duong/');
    expect(siteBase('https://example.org/a/b/')).toBe('/a/b/');
  });

  it('puts a path from the root under a base', () => {
    expect(withBase('/san-pham/x/', '/')).toBe('/san-pham/x/');
    expect(withBase('/san-pham/x/', '/ocop-tam-duong/')).toBe('/ocop-tam-duong/san-pham/x/');
    expect(withBase('/', '/ocop-tam-duong/')).toBe('/ocop-tam-duong/');
    expect(withBase('/', '/ocop-tam-duong')).toBe('/ocop-tam-duong/');
  });

  describe('every path helper, where Vite builds the site under a base', () => {
    let routes: typeof import('../../src/lib/routes.ts');
    beforeAll(async () => {
      // Vite writes Astro's base as import.meta.env.BASE_URL; the module reads it once, when loaded.
      vi.stubEnv('BASE_URL', '/ocop-tam-duong/');
      vi.resetModules();
      routes = await import('../../src/lib/routes.ts');
    });
    afterAll(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    it('gives paths under the base, for every page, record, feed and file', () => {
      const paths = [
        ...LOCALES.flatMap((locale) => [
          ...(Object.keys(routes.PAGES) as (keyof typeof PAGES)[]).map((page) => routes.pagePath(page, locale)),
          routes.recordPath('product', locale, 'x'),
          routes.recordPath('productGroup', locale, 'food'),
          routes.listingPagePath(routes.pagePath('products', locale), locale, 2),
          routes.mapListPagePath(locale, 2),
          routes.mapPointPath(locale, 'cho-binh-lu'),
          routes.eventCalendarPath(locale, 'hoi-cho'),
          routes.feedPath('eventsFeed', locale),
          routes.sheetPdfPath(locale, 'x'),
          routes.cataloguePdfPath(locale),
        ]),
        routes.lookupShardPath('number', 3),
        routes.mapPointDataPath('x'),
        routes.dataFilePath('productsJson'),
        routes.dataFilePath('placesGeoJson'),
        routes.pagefindScriptPath(),
        routes.sitemapPath(),
      ];
      expect(routes.BASE).toBe('/ocop-tam-duong/');
      expect(paths.filter((path) => !path.startsWith('/ocop-tam-duong/'))).toEqual([]);
      expect(routes.recordPath('product', 'vi', 'x')).toBe('/ocop-tam-duong/san-pham/x/');
      expect(routes.pagePath('home', 'en')).toBe('/ocop-tam-duong/en/');
      expect(routes.listingPagePath(routes.pagePath('products', 'vi'), 'vi', 2)).toBe(
        '/ocop-tam-duong/san-pham/trang/2/',
      );
    });

    it('keeps the route table’s patterns from the root: Astro puts them under the base itself', () => {
      expect(routes.routePatterns().filter((route) => route.pattern.startsWith('/ocop-tam-duong/'))).toEqual([]);
      expect(routes.routeLocale('/en/products/[slug]')).toBe('en');
    });
  });
});
