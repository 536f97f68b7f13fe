// The producer directory (`/chu-the/`, `/en/producers/`): every shown producer with what a distributor
// filters by, its product groups, commune and kind. Pure and import-light: the build renders the pages
// from it and the directory's filter script uses the same matching in the browser.
import { compareVietnamese } from './collate.ts';
import { textKey } from './fold.ts';
import { LISTING_PARAMS } from './listing.ts';

export const DIRECTORY_FACETS = ['group', 'commune', 'kind'] as const;
export type DirectoryFacet = (typeof DIRECTORY_FACETS)[number];

/** What the directory's filter knows of a producer. `commune` is the commune's key (`textKey`). */
export interface DirectoryItem {
  groups: string[];
  commune: string;
  kind: string;
}

export interface DirectoryEntry<R> extends DirectoryItem {
  producer: R;
  /** The commune as written in the record, for display. */
  communeName: string;
  /** How many of its products are published. */
  products: number;
}

interface DirectoryProducer {
  id: string;
  data: { kind: string; commune: string };
}

/**
 * The directory's entries, in the order the producers are given (the catalogue's: Vietnamese order of
 * name). `productsOf` gives a producer's published products; its groups are listed in `groupOrder`.
 */
export function directoryEntries<R extends DirectoryProducer>(
  producers: readonly R[],
  productsOf: (id: string) => readonly { data: { group: string } }[],
  groupOrder: readonly string[],
): DirectoryEntry<R>[] {
  return producers.map((producer) => {
    const products = productsOf(producer.id);
    const groups = new Set(products.map((product) => product.data.group));
    return {
      producer,
      groups: groupOrder.filter((group) => groups.has(group)),
      commune: textKey(producer.data.commune),
      communeName: producer.data.commune,
      kind: producer.data.kind,
      products: products.length,
    };
  });
}

/** One value a facet can take in a directory, with how many producers have it. */
export interface FacetValue {
  value: string;
  /** The commune's name as records write it (communes only; groups and kinds are labelled by the page). */
  name?: string;
  count: number;
}

/**
 * The values of a facet among the entries, with their counts: groups and kinds in the order given,
 * communes in Vietnamese alphabetical order.
 */
export function facetValues(
  entries: readonly DirectoryEntry<unknown>[],
  facet: DirectoryFacet,
  order: readonly string[] = [],
): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const entry of entries) {
    const values = facet === 'group' ? entry.groups : [facet === 'commune' ? entry.commune : entry.kind];
    for (const value of values) {
      const known = counts.get(value);
      if (known) known.count += 1;
      else counts.set(value, { value, count: 1, ...(facet === 'commune' && { name: entry.communeName }) });
    }
  }
  const values = [...counts.values()];
  return facet === 'commune'
    ? values.sort((a, b) => compareVietnamese(a.name ?? '', b.name ?? ''))
    : values.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}

export type DirectoryState = Partial<Record<DirectoryFacet, string>>;

/** Query parameters of the directory's filter: the catalogue's for group and commune, `loai` for kind. */
export const DIRECTORY_PARAMS = { group: LISTING_PARAMS.group, commune: LISTING_PARAMS.commune, kind: 'loai' } as const;

export function parseDirectoryQuery(query: URLSearchParams): DirectoryState {
  const state: DirectoryState = {};
  for (const facet of DIRECTORY_FACETS) {
    const value = query.get(DIRECTORY_PARAMS[facet]);
    if (value) state[facet] = value;
  }
  return state;
}

/** The query string of a state; empty when nothing is chosen. */
export function directoryQuery(state: DirectoryState): string {
  const query = new URLSearchParams();
  for (const facet of DIRECTORY_FACETS) {
    const value = state[facet];
    if (value) query.set(DIRECTORY_PARAMS[facet], value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function matchesDirectory(item: DirectoryItem, state: DirectoryState): boolean {
  return (
    (!state.group || item.groups.includes(state.group)) &&
    (!state.commune || item.commune === state.commune) &&
    (!state.kind || item.kind === state.kind)
  );
}
