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

/**
 * Text in the reader's language, else the Vietnamese original: `en` on an English page when the record
 * has it (a non-empty string), else `vi`, with the language it is really in. The one rule for every
 * field a record keeps in Vietnamese with an optional English version (name, summary, description,
 * hours); mark the result with `langIfDifferent` (or `lang={text.lang}` in the browser when the page's
 * language is not known).
 */
export function localText(vi: string, en: string | undefined, locale: Locale): Localized {
  return locale === 'en' && en ? { text: en, lang: 'en' } : { text: vi, lang: 'vi' };
}

/** A record's name in the reader's language, falling back to the Vietnamese original (`localText`). */
export function localName(record: HasEnglish, locale: Locale): Localized {
  return localText(record.name, record.en?.name, locale);
}

/** A record's summary in the reader's language, falling back to the Vietnamese original (`localText`). */
export function localSummary(record: HasEnglish & { summary: string }, locale: Locale): Localized {
  return localText(record.summary, record.en?.summary, locale);
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

/**
 * The locale a page wrote into the markup for its browser script (`data-locale`): English when it
 * says so, else Vietnamese, the site's first language. (Not `LOCALES.find`: that would bring the
 * enums module into every page script that reads its locale.)
 */
export const localeOf = (value: string | undefined): Locale => (value === 'en' ? 'en' : 'vi');
