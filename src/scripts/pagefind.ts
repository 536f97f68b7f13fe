// Pagefind's search API, loaded on demand by the pages that search (the search page, the fair pack's
// chooser). One loader, so both rank results the same way.
import { pagefindScriptPath } from '~/lib/routes.ts';
import { DISPLAY_ONLY_META, type SearchResultData } from '~/lib/search/record.ts';

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
  preload: (term: string | null, options?: { filters?: object }) => Promise<void>;
}

// A variable, so that the bundler leaves the path alone: the file exists only in the built site.
const PAGEFIND_URL = pagefindScriptPath();

let pagefindPromise: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Pagefind searches metadata too; the thumbnail's path and the producer (already in the text)
    // must not add to a result's score.
    const metaWeights = Object.fromEntries(DISPLAY_ONLY_META.map((key) => [key, 0]));
    // baseUrl '/': the records' URLs already carry the site's base (src/lib/routes.ts); Pagefind would
    // otherwise put the folder it was loaded from in front of them a second time.
    await pagefind.options({ baseUrl: '/', ranking: { metaWeights } });
    return pagefind;
  })();
  return pagefindPromise;
}

const filtersLoading = new Map<string, Promise<void>>();
/**
 * Loads the named filters' indexes, which Pagefind needs before it counts their values. They hold
 * every record's number once per value and grow with the catalogue (70 KB of a first search at
 * 10,000 products for the search page's facets), so a page loads only the filters it counts, and only
 * when it shows the counts. A preload with no words loads the named filters and searches nothing.
 */
export function loadFilters(pagefind: Pagefind, names: readonly string[]): Promise<void> {
  const key = names.join();
  let loading = filtersLoading.get(key);
  if (!loading) {
    loading = pagefind.preload(null, { filters: Object.fromEntries(names.map((name) => [name, []])) });
    filtersLoading.set(key, loading);
  }
  return loading;
}

/**
 * The results that really match `term`. A record that matches only through its display-only
 * metadata (say, "webp" in its thumbnail's path) scores 0; with no words, every result counts.
 */
export function realMatches(search: PagefindSearch, term: string | null | undefined): PagefindResult[] {
  return term ? search.results.filter((result) => result.score > 0) : search.results;
}
