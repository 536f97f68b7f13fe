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
  verify: { vi: '/tra-cuu/', en: '/en/verify/' },
} as const satisfies Record<string, Record<Locale, string>>;
export type PageName = keyof typeof PAGES;

/** The certificate lookup's data: every product's certificate status (unpublished ones included, as
 * the contract allows for the lookup only), so it lives beside the lookup, not with the data exports. */
export const LOOKUP_DATA_PATH = '/tra-cuu/certificates.json';

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

export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');
