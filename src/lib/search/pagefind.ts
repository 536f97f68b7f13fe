// Pagefind's search API in the browser, loaded on demand by what searches (the search page, the fair pack's
// chooser). One loader, so both rank results the same way.
import { pagefindScriptPath } from '../routes.ts';
import { queryPlan, type QueryPlan } from './query.ts';
import { DISPLAY_ONLY_META, type SearchResultData } from './record.ts';

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
    // otherwise put the folder it was loaded from in front of them a second time. The entry file is
    // asked for as `pagefind-entry.json?ts=<build>`, one address per build (Pagefind adds the time
    // otherwise): the browser's cache and the service worker's precache both answer it.
    const metaCacheTag = document.documentElement.dataset.build;
    await pagefind.options({ baseUrl: '/', ranking: { metaWeights }, ...(metaCacheTag && { metaCacheTag }) });
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

// `exactDiacritics` is an option of the whole Pagefind instance, read when a search runs (after its
// index chunks load), so searches run one after another, each setting the option it needs first.
// A second instance would download the same index chunks again.
let searching: Promise<unknown> = Promise.resolve();
let exactNow = false;

/**
 * One Pagefind search. With `marks`, each word matches only words written with the same marks
 * (Pagefind's `exactDiacritics`); otherwise marks are folded. `term` null: no words, filters only.
 */
export function runSearch(
  pagefind: Pagefind,
  term: string | null,
  { filters = {}, marks = false }: { filters?: object; marks?: boolean } = {},
): Promise<PagefindSearch> {
  const run = searching.then(async () => {
    if (marks !== exactNow) {
      await pagefind.options({ exactDiacritics: marks });
      exactNow = marks;
    }
    return pagefind.search(term, { filters });
  });
  searching = run.catch(() => undefined);
  return run;
}

/** How the words of a query were matched (see `queryPlan` in src/lib/search/query.ts). */
export type Matched = 'folded' | 'marked' | 'marks-ignored';

export interface QueryResults {
  /** The results to show, best first. */
  results: PagefindResult[];
  /** The search they come from, with its facet counts. */
  search: PagefindSearch;
  /** The words and the mode that found them, to count facets the same way. */
  term: string | null;
  marks: boolean;
  matched: Matched;
  /** With `marked`: how many more results the same search finds without the marks. */
  more: number;
  plan: QueryPlan;
}

/**
 * Searches what someone typed by the site's rule (`queryPlan`): a query typed with marks shows the
 * results that match its marks, or, when there are none, the results without marks. The search page
 * and the fair pack's chooser both search this way.
 */
export async function searchQuery(pagefind: Pagefind, q: string, filters: object = {}): Promise<QueryResults> {
  const plan = queryPlan(q);
  const folded = plan.folded || null;
  if (plan.marked) {
    const markedSearch = await runSearch(pagefind, plan.marked, { filters, marks: true });
    const foldedSearch = await runSearch(pagefind, folded, { filters });
    const marked = realMatches(markedSearch, plan.marked);
    const all = realMatches(foldedSearch, folded);
    if (marked.length > 0) {
      return {
        results: marked,
        search: markedSearch,
        term: plan.marked,
        marks: true,
        matched: 'marked',
        more: Math.max(0, all.length - marked.length),
        plan,
      };
    }
    return { results: all, search: foldedSearch, term: folded, marks: false, matched: 'marks-ignored', more: 0, plan };
  }
  const search = await runSearch(pagefind, folded, { filters });
  return { results: realMatches(search, folded), search, term: folded, marks: false, matched: 'folded', more: 0, plan };
}
