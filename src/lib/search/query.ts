import { foldDiacritics } from '../fold.ts';
import { normalizeLine } from '../text.ts';
import { SEARCH_FACETS, type SearchFacet } from './record.ts';

/** What a search page shows, read from and written to its URL: `?q=…&group=…&line=…&stars=…&commune=…`. */
export interface SearchState {
  q: string;
  facets: Record<SearchFacet, string[]>;
}

const emptyFacets = (): Record<SearchFacet, string[]> => ({ group: [], line: [], stars: [], commune: [] });

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
 * How a query is searched (README, "Search and map"; tests/e2e/relevance.spec.ts):
 *
 * - `folded`: the query without marks, run with Pagefind folding marks (its default). It finds every
 *   marked form of every word ("mat ong" finds "mật ong", "mát"; "den" finds "đen" through the folded
 *   copy of `đ` words), and so every record any reading of the query can match.
 * - `marked`, only when the query was typed with marks: the query as typed, run with Pagefind's
 *   `exactDiacritics`, so each word matches only words written with the same marks ("chè" finds
 *   "chè", never "chẻ" or "chế"; "ong" finds "ong", never "ông"; "den" still finds "đen" through the
 *   folded copy, and "hòa"/"hoà" find each other through the other tone placement).
 *
 * A marked query shows the `marked` results, and only them, when there are any; how many more the
 * `folded` search finds is offered as a link to the same search without marks. When the marked search
 * finds nothing (marks typed wrongly, or partly: "chè shan tuyet"), the `folded` results are shown
 * with a note saying that the marks were ignored.
 */
export interface QueryPlan {
  folded: string;
  marked?: string;
}

export function queryPlan(q: string): QueryPlan {
  const typed = normalizeLine(q);
  const folded = foldDiacritics(typed);
  return folded === typed.toLowerCase() ? { folded } : { folded, marked: typed };
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
