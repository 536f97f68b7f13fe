import { foldDiacritics } from '../fold.ts';
import { SEARCH_FACETS, type SearchFacet } from './record.ts';

/** What a search page shows, read from and written to its URL: `?q=…&group=…&stars=…&commune=…`. */
export interface SearchState {
  q: string;
  facets: Record<SearchFacet, string[]>;
}

const emptyFacets = (): Record<SearchFacet, string[]> => ({ group: [], stars: [], commune: [] });

export function parseSearchState(params: URLSearchParams): SearchState {
  const facets = emptyFacets();
  for (const facet of SEARCH_FACETS) {
    facets[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  }
  return { q: (params.get('q') ?? '').trim(), facets };
}

/** The query string of a state, in a stable order so that equal states give equal links. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of SEARCH_FACETS) {
    for (const value of [...state.facets[facet]].sort()) params.append(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const hasFacets = (state: SearchState) => SEARCH_FACETS.some((facet) => state.facets[facet].length > 0);

/**
 * The queries to run for what someone typed. The folded query finds everything (Pagefind folds marks
 * itself, and the index holds a folded copy of every word with a `đ`), so its results are the result
 * set and its facet counts are the counts. When the typed query has marks, it is also run as typed, and its results rank first: an
 * exact-mark match beats a match that only agrees once marks are dropped ("đào" before "Dao").
 */
export function queryVariants(q: string): { all: string; exact?: string } {
  const typed = q.trim().replace(/\s+/g, ' ');
  const folded = foldDiacritics(typed);
  return folded === typed.toLowerCase() ? { all: folded } : { all: folded, exact: typed };
}

/** Result ids in display order: exact-mark matches first, then the rest of the folded matches. */
export function rankResults(all: string[], exact: string[] = []): string[] {
  const inAll = new Set(all);
  const first = exact.filter((id) => inAll.has(id));
  const seen = new Set(first);
  return [...first, ...all.filter((id) => !seen.has(id))];
}

type PagefindFilters = Partial<Record<SearchFacet, { any: string[] }>>;

/**
 * Pagefind filters for the chosen facet values: any of the values within a facet, all facets
 * together. `except` leaves one facet out, to count what each of its values would give.
 */
export function pagefindFilters(state: SearchState, except?: SearchFacet): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of SEARCH_FACETS) {
    if (facet !== except && state.facets[facet].length > 0) filters[facet] = { any: state.facets[facet] };
  }
  return filters;
}
