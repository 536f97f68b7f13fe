import type { Locale } from '../schemas/enums.ts';

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
} as const satisfies Record<string, Record<Locale, string>>;
export type PageName = keyof typeof PAGES;

/**
 * The certificate lookup's data: every product's certificate status (unpublished ones included, as
 * the contract allows for the lookup only), so it lives beside the lookup, not with the data exports.
 * It is split into small files, by certificate number and by the first letters of the name's words
 * (src/lib/lookup.ts), so that a lookup downloads only those it needs.
 */
export const LOOKUP_SHARD_DIRS = { number: '/tra-cuu/so/', name: '/tra-cuu/ten/' } as const;

export function lookupShardPath(kind: keyof typeof LOOKUP_SHARD_DIRS, key: string | number): string {
  return `${LOOKUP_SHARD_DIRS[kind]}${key}.json`;
}

/** Pages with one copy per record: the prefix, then the slug. */
export const RECORD_PAGES = {
  product: { vi: '/san-pham/', en: '/en/products/' },
  producer: { vi: '/chu-the/', en: '/en/producers/' },
  event: { vi: '/su-kien/', en: '/en/events/' },
  /** The catalogue of one product group, a static page that works without JavaScript. */
  productGroup: { vi: '/san-pham/nhom/', en: '/en/products/group/' },
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
} as const satisfies Record<string, Record<Locale, string>>;
export type FeedName = keyof typeof FEEDS;

export function feedPath(feed: FeedName, locale: Locale): string {
  return FEEDS[feed][locale];
}

/** One event's own calendar file, beside its page: `/su-kien/<slug>.ics`. */
export function eventCalendarPath(locale: Locale, slug: string): string {
  return `${RECORD_PAGES.event[locale]}${slug}.ics`;
}

export function pagePath(page: PageName, locale: Locale): string {
  return PAGES[page][locale];
}

export function recordPath(page: RecordPageName, locale: Locale, slug: string): string {
  return `${RECORD_PAGES[page][locale]}${slug}/`;
}

/**
 * The map opened on one point: product pages link their sales points this way. A place's point id is
 * always its slug (places claim their ids first, see src/lib/map-points.ts).
 */
export function mapPointPath(locale: Locale, id: string): string {
  return `${PAGES.map[locale]}?diem=${encodeURIComponent(id)}`;
}

/** One map point's popup details, fetched when its popup opens (kept out of the page and the GeoJSON). */
export function mapPointDataPath(id: string): string {
  return `/data/places/${id}.json`;
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
  return listingPagePath(PAGES.map[locale], locale, page);
}

export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');

/** Open data files, the same for both languages. */
export const DATA_FILES = {
  productsJson: '/data/products.json',
  productsCsv: '/data/products.csv',
} as const;

/** PDF files that `npm run sheets` (scripts/sheets.ts) writes into the built site. */
export const sheetPdfPath = (locale: Locale, slug: string): string => `/pdf/${locale}/${slug}.pdf`;
export const cataloguePdfPath = (locale: Locale): string => `/pdf/catalogue-${locale}.pdf`;
