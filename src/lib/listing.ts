// The catalogue's filters and sort orders. Pure and import-light: the listing pages use it at build
// time and the filter script uses the same code in the browser, so both order products alike.
import { compareText } from './collate.ts';

export const SORT_ORDERS = ['name', 'stars', 'newest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What a listing needs to know of a product to filter and sort it. */
export interface Listed {
  name: string;
  group: string;
  /** The product line's canonical key (src/lib/product-line.ts); empty when the record has none. */
  line: string;
  stars: number;
  commune: string;
  /** Date of the certificate decision, `YYYY-MM-DD`. */
  certified: string;
}

export interface ListingState {
  group?: string | undefined;
  line?: string | undefined;
  stars?: number | undefined;
  commune?: string | undefined;
  sort: SortOrder;
}

/** Query parameter names: the filtered state lives in the URL so a list can be shared. */
export const LISTING_PARAMS = {
  group: 'nhom',
  line: 'bo-san-pham',
  stars: 'sao',
  commune: 'xa',
  sort: 'sap-xep',
} as const;
const PARAMS = LISTING_PARAMS;

export function parseListingQuery(query: URLSearchParams): ListingState {
  const sort = query.get(PARAMS.sort);
  const stars = Number(query.get(PARAMS.stars));
  return {
    group: query.get(PARAMS.group) || undefined,
    line: query.get(PARAMS.line) || undefined,
    stars: Number.isInteger(stars) && stars > 0 ? stars : undefined,
    commune: query.get(PARAMS.commune) || undefined,
    sort: SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : 'name',
  };
}

/** The query string for a state; empty for the default view, so its URL stays the plain page. */
export function listingQuery(state: ListingState): string {
  const query = new URLSearchParams();
  if (state.group) query.set(PARAMS.group, state.group);
  if (state.line) query.set(PARAMS.line, state.line);
  if (state.stars) query.set(PARAMS.stars, String(state.stars));
  if (state.commune) query.set(PARAMS.commune, state.commune);
  if (state.sort !== 'name') query.set(PARAMS.sort, state.sort);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function matchesListing(item: Listed, state: ListingState): boolean {
  return (
    (!state.group || item.group === state.group) &&
    (!state.line || item.line === state.line) &&
    (!state.stars || item.stars === state.stars) &&
    (!state.commune || item.commune === state.commune)
  );
}

/** Name order follows the reader's language (Vietnamese: Đ after D); ties fall back to the name. */
export function compareListed(order: SortOrder, locale: 'vi' | 'en') {
  const byName = (a: Listed, b: Listed) => compareText(locale, a.name, b.name);
  if (order === 'stars') return (a: Listed, b: Listed) => b.stars - a.stars || byName(a, b);
  if (order === 'newest') {
    return (a: Listed, b: Listed) =>
      (a.certified < b.certified ? 1 : a.certified > b.certified ? -1 : 0) || byName(a, b);
  }
  return byName;
}

/** The distinct values of a field, in Vietnamese alphabetical order, for a filter's options. */
export function distinctSorted(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => compareText('vi', a, b));
}

/**
 * Cards on one page of a catalogue listing. Past this many the static pages paginate, so that no page
 * grows with the catalogue (issue #9); a multiple of 2, 3 and 4 fills every row of the card grid.
 */
export const LISTING_PAGE_SIZE = 48;

/** How many pages a listing of `total` items takes; an empty listing still has its first page. */
export function pageCount(total: number, size: number = LISTING_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (1-based) of a listing. */
export function pageItems<T>(items: readonly T[], page: number, size: number = LISTING_PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * The page numbers a pagination nav links, in order, with `null` where a run of pages is left out:
 * always the first and the last, and `around` pages either side of the current one. A gap of a single
 * page shows that page instead, since a number takes no more room than the ellipsis.
 */
export function pageLinks(current: number, count: number, around = 1): (number | null)[] {
  const shown = new Set([1, count]);
  for (let page = current - around; page <= current + around; page += 1) {
    if (page >= 1 && page <= count) shown.add(page);
  }
  const pages = [...shown].sort((a, b) => a - b);
  const links: (number | null)[] = [];
  for (const [index, page] of pages.entries()) {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) links.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) links.push(null);
    links.push(page);
  }
  return links;
}

/** The pages after the first, which get paths of their own: none for a listing that fits on one page. */
export function laterPages(total: number, size: number = LISTING_PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}
