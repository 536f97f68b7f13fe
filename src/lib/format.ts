import type { Locale } from '../schemas/enums.ts';
import type { IsoDate } from './dates.ts';
import { dialNumber } from './phone.ts';
import { LOCALE_TAGS } from './validity.ts';

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat(LOCALE_TAGS.vi, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE_TAGS.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar date for people: "29/11/2026" in Vietnamese, "29 November 2026" in English. */
export function formatDate(iso: IsoDate, locale: Locale): string {
  return dateFormats[locale].format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A `tel:` link target in E.164 form (`tel:+84912345678`), which dials from any phone, a tourist's
 * foreign SIM included; "+84 (0) 912 345 678" dials as +84912345678 (`dialNumber`, src/lib/phone.ts).
 * Text the schema would not accept as a phone number keeps its digits and a leading +.
 */
export function telHref(phone: string): string {
  return `tel:${dialNumber(phone) ?? phone.replace(/[^\d+]/g, '')}`;
}

/**
 * The Zalo chat of a producer's `zalo` field: a zalo.me link as given (made https), or, for a phone
 * number, `https://zalo.me/<number>` with the number as Vietnamese dial it (0…), the `tel:` digits
 * of `telHref` with +84 written 0.
 */
export function zaloHref(zalo: string): string {
  if (/zalo\.me\//i.test(zalo)) return `https://${zalo.replace(/^https?:\/\//i, '')}`;
  return `https://zalo.me/${telHref(zalo).slice('tel:'.length).replace(/^\+84/, '0')}`;
}

/** Text whose spaces do not break (U+00A0), e.g. inside a `tel:` link, where html-validate's tel-non-breaking asks for it. */
export function nonBreaking(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** A phone number as shown: its spaces do not break, so the number never wraps across two lines. */
export function phoneText(phone: string): string {
  return nonBreaking(phone);
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(LOCALE_TAGS.vi),
  en: new Intl.NumberFormat(LOCALE_TAGS.en),
};

export function formatNumber(value: number, locale: Locale): string {
  return numberFormats[locale].format(value);
}

/** Longest `<title>` a tab or a search result shows whole (html-validate's long-title rule: 70). */
export const TITLE_MAX = 70;

/**
 * A page's `<title>`: "title | site" while that is at most `max` characters; else the title alone;
 * and a title longer than that (a product name of 106 characters) cut at a word and ended with "…".
 * The page's heading and its social cards keep the whole title.
 */
export function documentTitle(title: string, siteName: string, max = TITLE_MAX): string {
  const withSite = `${title} | ${siteName}`;
  if (title === siteName) return title;
  if ([...withSite].length <= max) return withSite;
  if ([...title].length <= max) return title;
  const chars = [...title];
  const cut = chars.slice(0, max - 1).join('');
  // Cut at the last whole word: the one the limit falls in is dropped, unless it ends right there.
  const atWord = /\s/u.test(chars[max - 1] ?? ' ') ? cut : cut.replace(/\s+\S*$/u, '');
  return `${(atWord || cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** A size in bytes for people: "850 kB", "1,2 MB" in Vietnamese, "1.2 MB" in English (1 MB = 1,000,000 bytes). */
export function formatBytes(bytes: number, locale: Locale): string {
  const [unit, value] = bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', Math.max(bytes, 0) / 1e3];
  return new Intl.NumberFormat(LOCALE_TAGS[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
