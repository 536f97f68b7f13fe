// Pagefind's search API, loaded on demand by the pages that search (the search page, the fair pack's
// chooser). One loader, so both rank results the same way.
import { DISPLAY_ONLY_META, type SearchResultData } from '../lib/search/record.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<SearchResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string | null, options?: { filters?: object }) => Promise<void>;
}

// A variable, so that the bundler leaves the path alone: the file exists only in the built site.
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefindPromise: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Pagefind searches metadata too; the thumbnail's path and the producer (already in the text)
    // must not add to a result's score.
    const metaWeights = Object.fromEntries(DISPLAY_ONLY_META.map((key) => [key, 0]));
    await pagefind.options({ ranking: { metaWeights } });
    return pagefind;
  })();
  return pagefindPromise;
}

let allFiltersPromise: Promise<unknown> | undefined;
/**
 * Loads every filter index, which Pagefind needs before it counts a filter's values. They grow with
 * the catalogue, so a page loads them only when it shows counts (the fair pack's commune list); the
 * search page loads its facets' alone, and only when they are used (src/scripts/search-page.ts).
 */
export function loadAllFilters(pagefind: Pagefind): Promise<unknown> {
  allFiltersPromise ??= pagefind.filters();
  return allFiltersPromise;
}
