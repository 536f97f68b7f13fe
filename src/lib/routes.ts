// The route table: every URL of the site, written once. The constants below hold the URL segments,
// as paths from the site's root; ROUTES at the end turns them into the path pattern of each route file
// in src/routes/, which src/integrations/routes.ts hands to Astro (there is no src/pages/), and every
// path helper here fills the same segments in, under the base the site is served from (BASE).
// tests/e2e/routes.spec.ts checks that the built site and the table agree.
import { LOCALES, type Locale } from '../schemas/enums.ts';

/**
 * The path a site's address puts it under, with a slash at each end: `/` for
 * `https://ocop.example.vn`, `/ocop-tam-duong/` for `https://org.github.io/ocop-tam-duong/` (a GitHub
 * Pages project site). site.json's `url` gives it; it is Astro's `base` (src/integrations/content-check.ts).
 */
export function siteBase(siteUrl: string): string {
  const path = new URL(siteUrl).pathname.replace(/\/+$/, '');
  return `${path}/`;
}

/**
 * The base of the site being built: Vite writes Astro's `base` into every page, data file and browser
 * script (import.meta.env.BASE_URL), so the helpers below give paths under it wherever the site runs.
 * Plain Node (scripts/, Playwright tests, astro.config.ts) has no import.meta.env and sees `/`, paths
 * from the root: a tool that drives a site built under a sub-path adds its base with `withBase`.
 */
export const BASE: string = import.meta.env?.BASE_URL ?? '/';

/** A path from the site's root, under a base: `withBase('/san-pham/', '/repo/')` is `/repo/san-pham/`. */
export function withBase(path: string, base: string = BASE): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/**
 * Every page's path in both languages. The first entries are public URLs fixed by
 * CONTENT-CONTRACT.md (printed QR codes point at them): never change them.
 */
export const PAGES = {
  home: { vi: '/', en: '/en/' },
  products: { vi: '/san-pham/', en: '/en/products/' },
  search: { vi: '/tim-kiem/', en: '/en/search/' },
  map: { vi: '/ban-do/', en: '/en/map/' },
  about: { vi: '/gioi-thieu-ocop/', en: '/en/about-ocop/' },
  events: { vi: '/su-kien/', en: '/en/events/' },
  statistics: { vi: '/thong-ke/', en: '/en/statistics/' },
  fairPack: { vi: '/in-an/', en: '/en/print/' },
  verify: { vi: '/tra-cuu/', en: '/en/verify/' },
  /** The producer directory; a producer's own page is `RECORD_PAGES.producer` + slug. */
  producers: { vi: '/chu-the/', en: '/en/producers/' },
  /** For the OCOP office: certificates expiring soon, and the calendar to subscribe to (noindex). */
  expiries: { vi: '/lich-het-han/', en: '/en/expiry-calendar/' },
  /** What this browser keeps for use without signal, and the page shown offline for anything else. */
  offline: { vi: '/ngoai-tuyen/', en: '/en/offline/' },
} as const satisfies Record<string, Record<Locale, string>>;
export type PageName = keyof typeof PAGES;

/**
 * The certificate lookup's data: every product's certificate status (unpublished ones included, as
 * the contract allows for the lookup only), so it lives beside the lookup, not with the data exports.
 * It is split into small files, by certificate number and by the first letters of the name's words
 * (src/lib/lookup.ts), so that a lookup downloads only those it needs; and one file per unpublished
 * product's slug, which the not-found page reads when an old product link is opened.
 */
export const LOOKUP_SHARD_DIRS = { number: '/tra-cuu/so/', name: '/tra-cuu/ten/', slug: '/tra-cuu/sp/' } as const;

const lookupShardFile = (kind: keyof typeof LOOKUP_SHARD_DIRS, key: string | number) =>
  `${LOOKUP_SHARD_DIRS[kind]}${key}.json`;

/**
 * Every entry of the lookup in one compact file, for the service worker to answer the lookup without
 * signal (src/lib/lookup-offline.ts).
 */
export const LOOKUP_ALL = '/tra-cuu/tat-ca.json';
export const lookupAllPath = (): string => withBase(LOOKUP_ALL);

export function lookupShardPath(kind: keyof typeof LOOKUP_SHARD_DIRS, key: string | number): string {
  return withBase(lookupShardFile(kind, key));
}

/**
 * The not-found pages, as Astro's patterns: `/404` is written to `404.html`, the file every host
 * serves; `/en/404` is moved to `en/404.html` after the build (src/integrations/not-found-pages.ts).
 */
export const NOT_FOUND = { vi: '/404', en: '/en/404' } as const satisfies Record<Locale, string>;

/** Pages with one copy per record: the prefix, then the slug. */
export const RECORD_PAGES = {
  product: { vi: '/san-pham/', en: '/en/products/' },
  producer: { vi: '/chu-the/', en: '/en/producers/' },
  event: { vi: '/su-kien/', en: '/en/events/' },
  /** The catalogue of one product group, a static page that works without JavaScript. */
  productGroup: { vi: '/san-pham/nhom/', en: '/en/products/group/' },
  /** A place of `places/`: a sales point or a community-tourism site (issue #13). */
  place: { vi: '/dia-diem/', en: '/en/places/' },
} as const satisfies Record<string, Record<Locale, string>>;
export type RecordPageName = keyof typeof RECORD_PAGES;

/**
 * Files for programs rather than pages: feeds and calendars. They sit outside the record folders
 * (`/su-kien.ics`, not `/su-kien/lich.ics`) so that no event slug can ever take their name.
 */
export const FEEDS = {
  eventsCalendar: { vi: '/su-kien.ics', en: '/en/events.ics' },
  eventsFeed: { vi: '/su-kien.xml', en: '/en/events.xml' },
  newProductsFeed: { vi: '/san-pham-moi.xml', en: '/en/new-products.xml' },
  /** The re-evaluation list as a calendar (src/lib/expiry-calendar.ts). */
  expiryCalendar: { vi: '/lich-het-han.ics', en: '/en/expiry-calendar.ics' },
} as const satisfies Record<string, Record<Locale, string>>;
export type FeedName = keyof typeof FEEDS;

export function feedPath(feed: FeedName, locale: Locale): string {
  return withBase(FEEDS[feed][locale]);
}

const eventCalendarFile = (locale: Locale, slug: string) => `${RECORD_PAGES.event[locale]}${slug}.ics`;

/** One event's own calendar file, beside its page: `/su-kien/<slug>.ics`. */
export function eventCalendarPath(locale: Locale, slug: string): string {
  return withBase(eventCalendarFile(locale, slug));
}

export function pagePath(page: PageName, locale: Locale): string {
  return withBase(PAGES[page][locale]);
}

export function recordPath(page: RecordPageName, locale: Locale, slug: string): string {
  return withBase(`${RECORD_PAGES[page][locale]}${slug}/`);
}

/** The anchor of a point in the map's list of points: `#diem-<id>`. */
export const mapPointAnchor = (id: string): string => `diem-${id}`;

/**
 * The map opened on one point. `?diem=` opens the point's popup when the map runs; the path is the
 * page of the map's list that holds the point (`listPage`, from src/lib/map-list.ts `mapListPageOf`)
 * and the anchor is the point's entry there, so that without JavaScript the link lands on the point
 * too. A place's point id is always its slug (places claim their ids first, src/lib/map-points.ts).
 */
export function mapPointPath(locale: Locale, id: string, listPage = 1): string {
  return `${mapListPagePath(locale, listPage)}?diem=${encodeURIComponent(id)}#${mapPointAnchor(id)}`;
}

/**
 * A sales point's printable kit, beside its page: the A4 poster and the A4 sheet of shelf labels
 * (`/dia-diem/<slug>/ap-phich/`, `/en/places/<slug>/shelf-labels/`). One more segment under the
 * place's own path, so no place slug can take their place.
 */
export const PLACE_KITS = {
  poster: { vi: 'ap-phich', en: 'poster' },
  labels: { vi: 'nhan-ke', en: 'shelf-labels' },
} as const satisfies Record<string, Record<Locale, string>>;
export type PlaceKit = keyof typeof PLACE_KITS;

const placeKitFile = (kit: PlaceKit, locale: Locale, slug: string) =>
  `${RECORD_PAGES.place[locale]}${slug}/${PLACE_KITS[kit][locale]}/`;

export function placeKitPath(kit: PlaceKit, locale: Locale, slug: string): string {
  return withBase(placeKitFile(kit, locale, slug));
}

/** Where each map point's popup details sit, one file per point id. */
export const MAP_POINT_DATA_DIR = '/data/places/';

const mapPointDataFile = (id: string) => `${MAP_POINT_DATA_DIR}${id}.json`;

/** One map point's popup details, fetched when its popup opens (kept out of the page and the GeoJSON). */
export function mapPointDataPath(id: string): string {
  return withBase(mapPointDataFile(id));
}

/**
 * Later pages of a paginated listing sit under the listing's own path: `/san-pham/trang/2/`,
 * `/en/products/group/beverage/page/2/`. Page 1 keeps the listing's plain URL. Two path segments, so no
 * product or group slug can take their place.
 */
export const LISTING_PAGE_SEGMENT = { vi: 'trang', en: 'page' } as const satisfies Record<Locale, string>;

export function listingPagePath(listingPath: string, locale: Locale, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}${LISTING_PAGE_SEGMENT[locale]}/${page}/`;
}

/**
 * A page of the map's list of points, for reading without the map: `/ban-do/trang/2/`,
 * `/en/map/page/2/`. Page 1 is the map page itself, the contract's `/ban-do/` and `/en/map/`.
 */
export function mapListPagePath(locale: Locale, page: number): string {
  return listingPagePath(pagePath('map', locale), locale, page);
}

/**
 * The producer directory narrowed to one value of one facet, a static page that works without
 * JavaScript: `/chu-the/loai/cooperative/`, `/en/producers/commune/ta-leng/`. Two path segments, so
 * no producer slug can take their place.
 */
export const PRODUCER_FACET_SEGMENT = {
  vi: { group: 'nhom', commune: 'xa', kind: 'loai' },
  en: { group: 'group', commune: 'commune', kind: 'kind' },
} as const satisfies Record<Locale, Record<string, string>>;
export type ProducerFacet = keyof (typeof PRODUCER_FACET_SEGMENT)['vi'];

const producerFacetFile = (locale: Locale, facet: ProducerFacet, value: string) =>
  `${PAGES.producers[locale]}${PRODUCER_FACET_SEGMENT[locale][facet]}/${value}/`;

export function producerFacetPath(locale: Locale, facet: ProducerFacet, value: string): string {
  return withBase(producerFacetFile(locale, facet, value));
}

/**
 * Which facet a route pattern of the producer directory's facet pages (or their later pages) is for:
 * how their shared route files tell the facets apart. Throws for any other pattern.
 */
export function producerFacetOf(routePattern: string): ProducerFacet {
  for (const locale of LOCALES) {
    for (const [facet, segment] of Object.entries(PRODUCER_FACET_SEGMENT[locale])) {
      if (routePattern.startsWith(`${PAGES.producers[locale]}${segment}/[`)) return facet as ProducerFacet;
    }
  }
  throw new Error(`${routePattern} is not a page of one producer facet`);
}

export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');

/**
 * The installable, offline site (issue #15): the service worker (at the root, so that its scope is
 * the whole site), the web app manifest of each language, its icons, and the list of published record
 * pages the worker reads when a new build arrives, to drop cached pages that are no longer published.
 */
export const OFFLINE_FILES = {
  serviceWorker: '/sw.js',
  manifest: { vi: '/manifest.webmanifest', en: '/en/manifest.webmanifest' },
  icons: '/icons/',
  published: '/sw-published.json',
} as const;

/** Open data files, the same for both languages. */
export const DATA_FILES = {
  productsJson: '/data/products.json',
  productsCsv: '/data/products.csv',
  /** Every map point, for the map (CONTENT-CONTRACT.md). */
  placesGeoJson: '/data/places.geojson',
} as const;

export function dataFilePath(file: keyof typeof DATA_FILES): string {
  return withBase(DATA_FILES[file]);
}

/** PDF files that a build with OCOP_SHEETS=1 (`npm run sheets`: src/integrations/sheets.ts) writes and links. */
export const sheetPdfPath = (locale: Locale, slug: string): string => withBase(`/pdf/${locale}/${slug}.pdf`);
export const cataloguePdfPath = (locale: Locale): string => withBase(`/pdf/catalogue-${locale}.pdf`);

/** The browser's entry to the search index that src/integrations/search-index.ts writes. */
export const PAGEFIND_DIR = '/pagefind/';
export const pagefindScriptPath = (): string => withBase(`${PAGEFIND_DIR}pagefind.js`);

/** The sitemap's index, which @astrojs/sitemap writes (robots.txt names it). */
export const sitemapPath = (): string => withBase('/sitemap-index.xml');
/** A sales point's kit as PDF: `/pdf/vi/places/<slug>-poster.pdf`, `…-labels.pdf`. */
export const placeKitPdfPath = (kit: PlaceKit, locale: Locale, slug: string): string =>
  withBase(`/pdf/${locale}/places/${slug}-${kit}.pdf`);

/**
 * The search records of one language, written by the build for src/integrations/search-index.ts, which
 * turns them into Pagefind's index and then deletes them: they are not part of the public site.
 */
export const SEARCH_RECORDS_DIR = '/search-index/';

/** A route's path pattern in Astro's syntax: `[name]` is a parameter, filled by getStaticPaths. */
type Pattern = string;

/**
 * A route: the file in src/routes/ that renders it (`.astro` for a page, `.ts` for a file endpoint)
 * and its path pattern, one per language (`vi`, `en`) or one shared by both (`all`). A localised
 * route's file is rendered once per language; it reads which one from its pattern (`routeLocale`).
 */
export type Route = { file: string } & ({ vi: Pattern; en: Pattern } | { all: Pattern });

const eachLocale = (pattern: (locale: Locale) => Pattern) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, pattern(locale)])) as Record<Locale, Pattern>;
const page = (name: PageName) => PAGES[name];
const record = (kind: RecordPageName, param = 'slug') =>
  eachLocale((locale) => `${RECORD_PAGES[kind][locale]}[${param}]/`);
/** The producer directory narrowed to one value of a facet: `/chu-the/loai/[value]/`. */
const producerFacet = (facet: ProducerFacet) => eachLocale((locale) => producerFacetFile(locale, facet, '[value]'));
/** The later pages of a listing: its path, the listing-page segment, then the page number. */
const laterPagesOf = (listing: Record<Locale, Pattern>) =>
  eachLocale((locale) => `${listing[locale]}${LISTING_PAGE_SEGMENT[locale]}/[page]/`);

/**
 * Every route of the site. To add a page: give it a line here (its segments in the constants above
 * when other code links to it), write its file in src/routes/, and link to it through a helper of
 * this module. Nothing else lists URLs: the integration injects these, and the route-table test fails
 * on a built file that no route here accounts for.
 */
export const ROUTES = /* @__PURE__ */ routeTable();

// A function called once, marked pure, so that browser bundles, which use the helpers only, leave it out.
function routeTable() {
  return {
    home: { file: 'home.astro', ...page('home') },
    products: { file: 'catalogue.astro', ...page('products') },
    productsPage: { file: 'catalogue-page.astro', ...laterPagesOf(page('products')) },
    productGroup: { file: 'product-group.astro', ...record('productGroup', 'group') },
    productGroupPage: { file: 'product-group-page.astro', ...laterPagesOf(record('productGroup', 'group')) },
    product: { file: 'product.astro', ...record('product') },
    place: { file: 'place.astro', ...record('place') },
    placePoster: { file: 'place-poster.astro', ...eachLocale((locale) => placeKitFile('poster', locale, '[slug]')) },
    placeLabels: { file: 'place-labels.astro', ...eachLocale((locale) => placeKitFile('labels', locale, '[slug]')) },
    producer: { file: 'producer.astro', ...record('producer') },
    producers: { file: 'producers.astro', ...page('producers') },
    producersPage: { file: 'producers-page.astro', ...laterPagesOf(page('producers')) },
    producerGroup: { file: 'producer-facet.astro', ...producerFacet('group') },
    producerGroupPage: { file: 'producer-facet-page.astro', ...laterPagesOf(producerFacet('group')) },
    producerCommune: { file: 'producer-facet.astro', ...producerFacet('commune') },
    producerCommunePage: { file: 'producer-facet-page.astro', ...laterPagesOf(producerFacet('commune')) },
    producerKind: { file: 'producer-facet.astro', ...producerFacet('kind') },
    producerKindPage: { file: 'producer-facet-page.astro', ...laterPagesOf(producerFacet('kind')) },
    search: { file: 'search.astro', ...page('search') },
    map: { file: 'map.astro', ...page('map') },
    mapPage: { file: 'map-page.astro', ...laterPagesOf(page('map')) },
    about: { file: 'about.astro', ...page('about') },
    events: { file: 'events.astro', ...page('events') },
    event: { file: 'event.astro', ...record('event') },
    eventCalendar: { file: 'event-calendar.ts', ...eachLocale((locale) => eventCalendarFile(locale, '[slug]')) },
    eventsCalendar: { file: 'events-calendar.ts', ...FEEDS.eventsCalendar },
    eventsFeed: { file: 'events-feed.ts', ...FEEDS.eventsFeed },
    newProductsFeed: { file: 'new-products-feed.ts', ...FEEDS.newProductsFeed },
    statistics: { file: 'statistics.astro', ...page('statistics') },
    fairPack: { file: 'fair-pack.astro', ...page('fairPack') },
    verify: { file: 'verify.astro', ...page('verify') },
    expiries: { file: 'expiries.astro', ...page('expiries') },
    expiryCalendar: { file: 'expiry-calendar.ts', ...FEEDS.expiryCalendar },
    notFound: { file: 'not-found.astro', ...NOT_FOUND },
    offline: { file: 'offline.astro', ...page('offline') },
    lookupByNumber: { file: 'lookup-shard-number.ts', all: lookupShardFile('number', '[shard]') },
    lookupByName: { file: 'lookup-shard-name.ts', all: lookupShardFile('name', '[shard]') },
    lookupBySlug: { file: 'lookup-shard-slug.ts', all: lookupShardFile('slug', '[slug]') },
    lookupAll: { file: 'lookup-all.ts', all: LOOKUP_ALL },
    publishedPages: { file: 'published-pages.ts', all: OFFLINE_FILES.published },
    productsJson: { file: 'products-json.ts', all: DATA_FILES.productsJson },
    productsCsv: { file: 'products-csv.ts', all: DATA_FILES.productsCsv },
    placesGeoJson: { file: 'places-geojson.ts', all: DATA_FILES.placesGeoJson },
    placeData: { file: 'place-data.ts', all: mapPointDataFile('[id]') },
    searchRecords: { file: 'search-records.ts', all: `${SEARCH_RECORDS_DIR}[locale].json` },
    robots: { file: 'robots.ts', all: '/robots.txt' },
  } as const satisfies Record<string, Route>;
}
export type RouteName = keyof typeof ROUTES;

/** One path pattern of the table: what the integration injects, and what the route-table test matches. */
export interface RoutePattern {
  name: RouteName;
  /** Undefined for a file both languages share. */
  locale: Locale | undefined;
  pattern: Pattern;
  file: string;
}

/** Every pattern of ROUTES, languages apart, in table order. */
export function routePatterns(): RoutePattern[] {
  return (Object.entries(ROUTES) as [RouteName, Route][]).flatMap(([name, route]): RoutePattern[] =>
    'all' in route
      ? [{ name, locale: undefined, pattern: route.all, file: route.file }]
      : LOCALES.map((locale) => ({ name, locale, pattern: route[locale], file: route.file })),
  );
}

/** A pattern as Astro reports it (`Astro.routePattern`, getStaticPaths' `routePattern`): no trailing slash. */
const bare = (pattern: string) => (pattern === '/' ? pattern : pattern.replace(/\/$/, ''));

/**
 * The language of a localised route, from the pattern Astro is rendering (getStaticPaths'
 * `routePattern` or `Astro.routePattern`): how one route file serves both languages.
 * Throws for a pattern that is not a localised route of the table.
 */
export function routeLocale(routePattern: string): Locale {
  const match = routePatterns().find((route) => bare(route.pattern) === bare(routePattern));
  if (!match?.locale) throw new Error(`${routePattern} is not a localised route of src/lib/routes.ts`);
  return match.locale;
}
