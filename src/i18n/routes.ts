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
  fairPack: { vi: '/in-an/', en: '/en/print/' },
} as const satisfies Record<string, Record<Locale, string>>;
export type PageName = keyof typeof PAGES;

/** Pages with one copy per record: the prefix, then the slug. */
export const RECORD_PAGES = {
  product: { vi: '/san-pham/', en: '/en/products/' },
  producer: { vi: '/chu-the/', en: '/en/producers/' },
  productSheet: { vi: '/in-an/san-pham/', en: '/en/print/products/' },
} as const satisfies Record<string, Record<Locale, string>>;
export type RecordPageName = keyof typeof RECORD_PAGES;

export function pagePath(page: PageName, locale: Locale): string {
  return PAGES[page][locale];
}

export function recordPath(page: RecordPageName, locale: Locale, slug: string): string {
  return `${RECORD_PAGES[page][locale]}${slug}/`;
}

export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');

/** PDF files that `npm run sheets` (scripts/sheets.ts) writes into the built site. */
export const sheetPdfPath = (locale: Locale, slug: string): string => `/pdf/${locale}/${slug}.pdf`;
export const cataloguePdfPath = (locale: Locale): string => `/pdf/catalogue-${locale}.pdf`;
