import type { Locale } from '../schemas/enums.ts';

/** Text shown to a reader, with the language it is really in (an English page may fall back to Vietnamese). */
export interface Localized {
  text: string;
  lang: Locale;
}

interface HasEnglish {
  name: string;
  summary?: string;
  description?: string;
  en?: { name: string; summary?: string; description?: string | undefined } | undefined;
}

/** A record's name in the reader's language, falling back to the Vietnamese original. */
export function localName(record: HasEnglish, locale: Locale): Localized {
  return locale === 'en' && record.en ? { text: record.en.name, lang: 'en' } : { text: record.name, lang: 'vi' };
}

export function localSummary(record: HasEnglish & { summary: string }, locale: Locale): Localized {
  return locale === 'en' && record.en?.summary
    ? { text: record.en.summary, lang: 'en' }
    : { text: record.summary, lang: 'vi' };
}

/**
 * The `lang` attribute of text in `lang` on a page in `pageLocale`: none when they agree (the page's
 * own `lang` holds), else `lang`. The one rule for marking text that is not in the page's language.
 */
export const langAttribute = (lang: Locale, pageLocale: Locale): Locale | undefined =>
  lang === pageLocale ? undefined : lang;

/** The `lang` attribute to set on an element whose text may differ from the page's language. */
export const langIfDifferent = (text: Localized, pageLocale: Locale) => langAttribute(text.lang, pageLocale);

/**
 * The `lang` attribute of text that exists in Vietnamese only (names of communes, places and
 * producers, addresses, certificate issuers): `'vi'` on an English page, none on a Vietnamese one.
 */
export const viLang = (pageLocale: Locale): 'vi' | undefined => (pageLocale === 'vi' ? undefined : 'vi');
