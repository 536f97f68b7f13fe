import type { Locale } from '../../schemas/enums.ts';
import { foldDiacritics, otherTonePlacement } from '../fold.ts';

/** What a search result is: a product, a producer, or a map point. */
export const SEARCH_KINDS = ['product', 'producer', 'sales-point', 'tourism'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * The facets a visitor can narrow results by; each is a Pagefind filter of the same name. `line` is the
 * product line's canonical key (src/lib/product-line.ts).
 */
export const SEARCH_FACETS = ['group', 'line', 'stars', 'commune'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/**
 * One searchable thing in one language, as the build emits it (src/lib/search/records.ts, written by src/routes/search-records.ts) and the
 * index integration reads it. Plain data: the HTML Pagefind indexes is derived by `recordHtml`.
 */
export interface SearchRecord {
  url: string;
  /** The index (and page language) this record belongs to. */
  locale: Locale;
  title: string;
  /** The language the title is written in: an English page may fall back to the Vietnamese name. */
  titleLang: Locale;
  kind: SearchKind;
  /** Searchable text besides the title: summary, description, producer, commune, former commune. */
  text: string[];
  /** A small cover thumbnail, already resized. */
  image?: string | undefined;
  producer?: string | undefined;
  filters: Partial<Record<SearchFacet | 'kind', string>>;
}

/** Metadata keys that only carry data for display; the search page gives them no ranking weight. */
export const DISPLAY_ONLY_META = ['image', 'producer'] as const;

/**
 * What Pagefind returns with each result: `meta.title` comes from the record's heading. Stars, kind
 * and the title's language travel as filters, because Pagefind searches metadata values (a query
 * "3" would match every 3-star record) but never filter values.
 */
export interface SearchResultData {
  url: string;
  meta: { title: string; image?: string; producer?: string };
  filters: Partial<Record<SearchFacet | 'kind' | 'titleLang', string[]>>;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Weights of each part of a record in Pagefind's ranking. The original text always outweighs its
 * other spellings (below), so that where both match, the record whose own words match ranks first.
 */
export const WEIGHTS = { title: 10, foldedTitle: 4, text: 1, foldedText: 0.4 } as const;

/**
 * The other spellings of a text's words that a search must find it by and Pagefind cannot derive:
 * - a word with `đ`, folded ("Đường" → "duong"), so that "duong" finds it. Pagefind (1.5 and later)
 *   folds every other mark itself ("mat ong" finds "mật ong"), but not `đ`, a letter of its own;
 * - the other tone placement of "oa", "oe", "uy" ("hòa"/"hoà", "Thủy"/"Thuỷ"), so that a query
 *   typed with marks in either convention finds it (src/lib/fold.ts).
 * Only those words: a folded copy of every word would double the index entries of every Vietnamese
 * word, and with them the index chunks a first search downloads (BENCHMARKS.md).
 */
export function otherSpellings(text: string): string {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((word) => [/[đĐ]/.test(word) ? foldDiacritics(word) : undefined, otherTonePlacement(word)])
    .filter((word): word is string => Boolean(word))
    .join(' ');
}

const meta = (key: string, value: string | number | undefined) =>
  value === undefined || value === '' ? '' : `<span data-pagefind-meta="${key}:${escapeHtml(String(value))}"></span>`;

const filter = (key: string, value: string | undefined) =>
  value === undefined ? '' : `<span data-pagefind-filter="${key}:${escapeHtml(value)}"></span>`;

/** The HTML document Pagefind indexes for a record: original text, other spellings, metadata, filters. */
export function recordHtml(record: SearchRecord): string {
  const text = record.text.filter(Boolean).join('. ');
  const foldedTitle = otherSpellings(record.title);
  const foldedText = otherSpellings(text);
  return [
    `<html lang="${record.locale}"><body>`,
    `<h1 data-pagefind-weight="${WEIGHTS.title}">${escapeHtml(record.title)}</h1>`,
    foldedTitle && `<p data-pagefind-weight="${WEIGHTS.foldedTitle}">${escapeHtml(foldedTitle)}</p>`,
    text && `<p data-pagefind-weight="${WEIGHTS.text}">${escapeHtml(text)}</p>`,
    foldedText && `<p data-pagefind-weight="${WEIGHTS.foldedText}">${escapeHtml(foldedText)}</p>`,
    meta('image', record.image),
    meta('producer', record.producer),
    ...Object.entries({ ...record.filters, titleLang: record.titleLang }).map(([key, value]) => filter(key, value)),
    '</body></html>',
  ]
    .filter(Boolean)
    .join('');
}
