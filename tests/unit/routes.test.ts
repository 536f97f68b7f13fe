import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
  recordPath,
  routeLocale,
  routePatterns,
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
