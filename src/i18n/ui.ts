import { fill } from '../lib/fill.ts';
import { LOCALE_TAGS } from '../lib/validity.ts';
import type { Locale } from '../schemas/enums.ts';
import { about } from './strings/about.ts';
import { catalogue } from './strings/catalogue.ts';
import { common } from './strings/common.ts';
import { events } from './strings/events.ts';
import { listingPages } from './strings/listing-pages.ts';
import { office } from './strings/office.ts';
import { mapPage } from './strings/map.ts';
import { offline } from './strings/offline.ts';
import { notFound } from './strings/not-found.ts';
import { places } from './strings/places.ts';
import { print } from './strings/print.ts';
import { producers } from './strings/producers.ts';
import { search } from './strings/search.ts';
import { statistics } from './strings/statistics.ts';
import { verify } from './strings/verify.ts';

// Each feature keeps its strings in its own section under strings/; they meet here as one dictionary.
const sections = [
  common,
  catalogue,
  about,
  events,
  statistics,
  print,
  verify,
  search,
  mapPage,
  listingPages,
  producers,
  office,
  offline,
  notFound,
  places,
] as const;

type Section = (typeof sections)[number];
type Union<T> = T extends { vi: infer Vi } ? keyof Vi : never;
export type UiKey = Union<Section>;

const dictionaries = Object.fromEntries(
  (['vi', 'en'] as const).map((locale) => [locale, Object.assign({}, ...sections.map((section) => section[locale]))]),
) as Record<Locale, Record<UiKey, string>>;

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The UI strings of one language; `{name}` placeholders are filled from `vars` (src/lib/fill.ts). */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) => fill(dictionary[key], vars);
}

/**
 * The names a browser island or script gives the strings it needs, each mapped to its dictionary key:
 * `{ remove: 'pack.remove', starsLabel: 'stars.label' }`. Written once, beside the code that uses it.
 */
export type StringNames = Readonly<Record<string, UiKey>>;

/** The strings of `Names` in one language, placeholders left in for the browser to `fill`. */
export type StringSlice<Names extends StringNames> = { readonly [Name in keyof Names]: string };

function isSlice<Names extends StringNames>(
  slice: Partial<Record<keyof Names, string>>,
  names: Names,
): slice is StringSlice<Names> {
  return Object.keys(names).every((name) => typeof slice[name] === 'string');
}

/**
 * A typed slice of the dictionary for the browser (as Starlight passes its UI strings to its
 * components): only the strings an island or browser script names, in the page's language, with
 * their `{name}` placeholders unfilled. The browser never downloads the whole dictionary, and the
 * names are checked against the dictionary's keys at compile time.
 */
export function stringSlice<Names extends StringNames>(locale: Locale, names: Names): StringSlice<Names> {
  const dictionary = dictionaries[locale];
  const slice: Partial<Record<keyof Names, string>> = {};
  for (const name in names) slice[name] = dictionary[names[name]];
  if (!isSlice(slice, names)) throw new Error('stringSlice: a name has no string');
  return slice;
}

type PluralBase = UiKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/**
 * Counted phrases: `key.one` / `key.other` chosen by the language's plural rules (Intl.PluralRules:
 * Vietnamese has one form, English two: "1 OCOP product", "2 OCOP products"), with `{count}` and any
 * other `vars` filled in.
 */
export function usePlurals(
  locale: Locale,
): (key: PluralBase, count: number, vars?: Record<string, string | number>) => string {
  const t = useTranslations(locale);
  const rules = new Intl.PluralRules(LOCALE_TAGS[locale]);
  return (key, count, vars = {}) => {
    const form = `${key}.${rules.select(count)}`;
    return t((form in dictionaries[locale] ? form : `${key}.other`) as UiKey, { ...vars, count });
  };
}
