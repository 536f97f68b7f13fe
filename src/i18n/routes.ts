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
} as const satisfies Record<string, Record<Locale, string>>;
export type PageName = keyof typeof PAGES;

/** Pages with one copy per record: the prefix, then the slug. */
export const RECORD_PAGES = {
  product: { vi: '/san-pham/', en: '/en/products/' },
  producer: { vi: '/chu-the/', en: '/en/producers/' },
} as const satisfies Record<string, Record<Locale, string>>;
export type RecordPageName = keyof typeof RECORD_PAGES;

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

export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');
