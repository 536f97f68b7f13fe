// The list of map points that works without JavaScript, one page at a time: the map page shows the
// first page, later pages sit at `/ban-do/trang/<n>/`, so no page grows with the number of points.
import type { Locale } from '../schemas/enums.ts';
import { LISTING_PAGE_SIZE, pageCount, pageItems } from './listing.ts';
import { groupMapPoints, sortMapPoints, type KindGroup, type MapPoint } from './map-points.ts';

/** Products an entry names before it only counts the rest: an entry stays short however much a point sells. */
export const MAP_LIST_PRODUCTS_SHOWN = 3;

export interface MapListPage {
  /** 1-based. */
  page: number;
  pages: number;
  /** Position in the whole list of this page's first and last point, 1-based. */
  from: number;
  to: number;
  groups: KindGroup[];
}

// Every page of a language sorts the same points: sort them once per build and language.
const sorted = new WeakMap<readonly MapPoint[], Partial<Record<Locale, MapPoint[]>>>();

function sortedOnce(points: readonly MapPoint[], locale: Locale): MapPoint[] {
  const byLocale = sorted.get(points) ?? {};
  sorted.set(points, byLocale);
  return (byLocale[locale] ??= sortMapPoints(points, locale));
}

/** Page `page` of the list, grouped by kind and commune as the whole list is. */
export function mapListPage(
  points: readonly MapPoint[],
  locale: Locale,
  page: number,
  size: number = LISTING_PAGE_SIZE,
): MapListPage {
  const shown = pageItems(sortedOnce(points, locale), page, size);
  const from = (page - 1) * size + 1;
  return {
    page,
    pages: pageCount(points.length, size),
    from,
    to: from + shown.length - 1,
    groups: groupMapPoints(shown, locale),
  };
}

// Where each point falls in the list, per language: computed once per build from the sorted list.
const positions = new WeakMap<readonly MapPoint[], Partial<Record<Locale, Map<string, number>>>>();

/**
 * The page of the map's list (1-based) that holds a point, so that a link to the point works without
 * JavaScript (routes.ts `mapPointPath`); 1 for an id the list does not hold.
 */
export function mapListPageOf(
  points: readonly MapPoint[],
  locale: Locale,
  id: string,
  size: number = LISTING_PAGE_SIZE,
): number {
  const byLocale = positions.get(points) ?? {};
  positions.set(points, byLocale);
  const index = (byLocale[locale] ??= new Map(
    sortedOnce(points, locale).map((point, position) => [point.id, position]),
  ));
  return Math.floor((index.get(id) ?? 0) / size) + 1;
}

/** The products an entry names, and how many more it only counts. */
export function productsShown<T>(products: readonly T[], max: number = MAP_LIST_PRODUCTS_SHOWN) {
  return { shown: products.slice(0, max), more: Math.max(0, products.length - max) };
}
