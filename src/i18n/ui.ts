import type { Locale } from '../schemas/enums.ts';
import { common } from './strings/common.ts';
import { mapPage } from './strings/map.ts';

// Each feature keeps its strings in its own section under strings/; they meet here as one dictionary.
const sections = [common, mapPage] as const;

type Section = (typeof sections)[number];
type Union<T> = T extends { vi: infer Vi } ? keyof Vi : never;
export type UiKey = Union<Section>;

const dictionaries = Object.fromEntries(
  (['vi', 'en'] as const).map((locale) => [locale, Object.assign({}, ...sections.map((section) => section[locale]))]),
) as Record<Locale, Record<UiKey, string>>;

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The UI strings of one language; `{name}` placeholders are filled from `vars`. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      vars && name in vars ? String(vars[name]) : placeholder,
    );
}
