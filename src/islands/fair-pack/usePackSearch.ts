import { useEffect, useRef, useState } from 'preact/hooks';
import { compareVietnamese } from '~/lib/collate.ts';
import {
  CHOOSER_PAGE_SIZE,
  packItemOfResult,
  packSearchFilters,
  type PackFilter,
  type PackItem,
} from '~/lib/fair-pack.ts';
import {
  loadFilters,
  loadPagefind,
  realMatches,
  runSearch,
  searchQuery,
  type PagefindResult,
} from '~/lib/search/pagefind.ts';

async function itemsOf(results: PagefindResult[]): Promise<PackItem[]> {
  const data = await Promise.all(results.map((result) => result.data()));
  return data.flatMap((result) => packItemOfResult(result) ?? []);
}

/** What the chooser found: every match, and the first ones with their names loaded. */
export interface Found {
  matches: PagefindResult[];
  items: PackItem[];
}

export interface PackSearch {
  found: Found | undefined;
  status: 'searching' | 'ready' | 'error';
  /** The communes that have products, for the commune filter: from the index, not the page. */
  communes: string[];
  /** Loads the next page of matches; resolves to the first item added, if any. */
  showMore: () => Promise<PackItem | undefined>;
}

/**
 * The chooser's search: products of the site's search index (Pagefind, loaded on demand) matching
 * the typed words (a moment after the last key) and the filters, by the search page's rule ("duong"
 * finds "Đường", "chè" finds "chè" only), a page of names at a time. Every item seen goes to `remember`.
 */
export function usePackSearch(query: string, filter: PackFilter, remember: (items: PackItem[]) => void): PackSearch {
  const [found, setFound] = useState<Found | undefined>();
  const [status, setStatus] = useState<PackSearch['status']>('searching');
  const [communes, setCommunes] = useState<string[]>([]);
  const generation = useRef(0);

  useEffect(() => {
    void (async () => {
      const pagefind = await loadPagefind();
      await loadFilters(pagefind, ['commune']);
      const all = await runSearch(pagefind, null, { filters: packSearchFilters({}) });
      const counts = Object.entries(all.filters.commune ?? {});
      setCommunes(counts.flatMap(([commune, count]) => (count > 0 ? [commune] : [])).sort(compareVietnamese));
    })().catch((error: unknown) => console.error(error));
  }, []);

  useEffect(() => {
    const current = ++generation.current;
    const typed = query.trim();
    const search = async () => {
      setStatus('searching');
      try {
        const pagefind = await loadPagefind();
        const filters = packSearchFilters(filter);
        const matches = typed
          ? (await searchQuery(pagefind, typed, filters)).results
          : realMatches(await runSearch(pagefind, null, { filters }), null);
        const items = await itemsOf(matches.slice(0, CHOOSER_PAGE_SIZE));
        if (current !== generation.current) return;
        remember(items);
        setFound({ matches, items });
        setStatus('ready');
      } catch (error) {
        console.error(error);
        if (current === generation.current) setStatus('error');
      }
    };
    const timer = window.setTimeout(() => void search(), typed ? 250 : 0);
    return () => window.clearTimeout(timer);
  }, [query, filter]);

  const showMore = async () => {
    if (!found) return undefined;
    const current = generation.current;
    const more = await itemsOf(found.matches.slice(found.items.length, found.items.length + CHOOSER_PAGE_SIZE));
    if (current !== generation.current) return undefined;
    remember(more);
    setFound({ ...found, items: [...found.items, ...more] });
    return more[0];
  };

  return { found, status, communes, showMore };
}
