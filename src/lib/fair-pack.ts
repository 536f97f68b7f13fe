import type { ProductGroup } from '../schemas/enums.ts';
import type { SearchResultData } from './search/record.ts';

/** What the fair-pack builder knows of a chosen or found product: enough to list and order it. */
export interface PackItem {
  slug: string;
  name: string;
  /** Language of `name` (an English page may show a Vietnamese name). */
  nameLang: 'vi' | 'en';
  stars: number;
  /** Shown beside a search result, to tell products of the same name apart; unknown for bookmarked ones. */
  commune?: string | undefined;
  producer?: string | undefined;
}

export interface PackFilter {
  group?: ProductGroup | undefined;
  stars?: number | undefined;
  commune?: string | undefined;
}

/** The optional cover page of a pack. */
export interface PackCover {
  fair: string;
  dates: string;
  place: string;
  organiser: string;
}

export interface PackState {
  /** Chosen product slugs, in print order. */
  selection: string[];
  cover: boolean;
  contents: boolean;
  coverFields: PackCover;
}

/** Search results the chooser lists at a time; more on request. */
export const CHOOSER_PAGE_SIZE = 30;

export const EMPTY_COVER: PackCover = { fair: '', dates: '', place: '', organiser: '' };

/**
 * URL parameter names. Short Vietnamese words, the same on both language versions, so a bookmarked
 * pack opens the same on /in-an/ and /en/print/.
 */
export const PACK_PARAMS = {
  selection: 'sp',
  cover: 'bia',
  contents: 'mucluc',
  fair: 'hoicho',
  dates: 'ngay',
  place: 'diadiem',
  organiser: 'btc',
} as const;

/**
 * The chooser's Pagefind filters: products only (the index also holds producers and map points), and
 * the group, stars and commune chosen.
 */
export function packSearchFilters(filter: PackFilter): Record<string, string> {
  return {
    kind: 'product',
    ...(filter.group && { group: filter.group }),
    ...(filter.stars && { stars: String(filter.stars) }),
    ...(filter.commune && { commune: filter.commune }),
  };
}

/** Same shape as a content slug (src/schemas/product.ts), without pulling the schemas into the browser. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug of a product page's path (`/san-pham/<slug>/`, `/en/products/<slug>/`), if it is one. */
export function slugOfProductPath(path: string): string | undefined {
  const slug = path.split('/').filter(Boolean).at(-1);
  return slug && SLUG.test(slug) ? slug : undefined;
}

/** A product search result as the chooser lists it; anything that is not a product gives undefined. */
export function packItemOfResult(result: SearchResultData): PackItem | undefined {
  const slug = slugOfProductPath(result.url);
  const stars = Number(result.filters.stars?.[0]);
  if (!slug || result.filters.kind?.[0] !== 'product' || !Number.isInteger(stars)) return undefined;
  return {
    slug,
    name: result.meta.title,
    nameLang: result.filters.titleLang?.[0] === 'en' ? 'en' : 'vi',
    stars,
    commune: result.filters.commune?.[0],
    producer: result.meta.producer,
  };
}

/**
 * What a product sheet says of itself for the pack, read from the `data-*` attributes that
 * src/components/print/ProductSheet.astro declares: `data-sheet` (slug), `data-name`, `data-name-lang`
 * (`vi` or `en`: an English sheet may carry a Vietnamese name) and `data-stars`. `dataset` is the
 * sheet element's `dataset`; a missing name shows the slug, a missing language the page's.
 */
export function packItemOfSheet(
  dataset: Readonly<Record<string, string | undefined>>,
  slug: string,
  locale: 'vi' | 'en',
): PackItem {
  const { name, nameLang, stars } = dataset;
  return {
    slug,
    name: name?.trim() || slug,
    nameLang: nameLang === 'vi' || nameLang === 'en' ? nameLang : locale,
    stars: Number(stars),
  };
}

/** Moves one slug a step up (-1) or down (+1); a move past either end changes nothing. */
export function moveInSelection(selection: string[], slug: string, step: -1 | 1): string[] {
  const from = selection.indexOf(slug);
  const to = from + step;
  if (from < 0 || to < 0 || to >= selection.length) return selection;
  const moved = [...selection];
  [moved[from], moved[to]] = [moved[to] as string, moved[from] as string];
  return moved;
}

/** Adds or removes slugs; added ones go to the end in the order given, keeping the existing order. */
export function toggleInSelection(selection: string[], slugs: string[], chosen: boolean): string[] {
  if (!chosen) return selection.filter((slug) => !slugs.includes(slug));
  return [...selection, ...slugs.filter((slug) => !selection.includes(slug))];
}

/**
 * Reads a pack from a query string. Without `sp` the pack is empty: the organiser chooses. Repeated
 * slugs and anything not shaped like a slug are dropped; a slug that names no published product shows
 * as a sheet that could not be loaded.
 */
export function parsePackQuery(search: string): PackState {
  const params = new URLSearchParams(search);
  const listed = params.get(PACK_PARAMS.selection) ?? '';
  const selection = [...new Set(listed.split(',').map((slug) => slug.trim()))].filter((slug) => SLUG.test(slug));
  const text = (name: string) => (params.get(name) ?? '').slice(0, 200);
  return {
    selection,
    cover: params.get(PACK_PARAMS.cover) === '1',
    contents: params.get(PACK_PARAMS.contents) === '1',
    coverFields: {
      fair: text(PACK_PARAMS.fair),
      dates: text(PACK_PARAMS.dates),
      place: text(PACK_PARAMS.place),
      organiser: text(PACK_PARAMS.organiser),
    },
  };
}

/** The query string of a pack; empty fields are left out so links stay short. */
export function packQuery(state: PackState): string {
  const params = new URLSearchParams();
  params.set(PACK_PARAMS.selection, state.selection.join(','));
  if (state.cover) params.set(PACK_PARAMS.cover, '1');
  if (state.contents) params.set(PACK_PARAMS.contents, '1');
  if (state.cover) {
    for (const field of ['fair', 'dates', 'place', 'organiser'] as const) {
      const value = state.coverFields[field].trim();
      if (value) params.set(PACK_PARAMS[field], value);
    }
  }
  // Commas between slugs stay readable in the address bar.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** Page number of each chosen product in the printed pack (cover and contents come first). */
export function packPageNumbers(state: Pick<PackState, 'selection' | 'cover' | 'contents'>): Map<string, number> {
  const first = 1 + (state.cover ? 1 : 0) + (state.contents ? 1 : 0);
  return new Map(state.selection.map((slug, index) => [slug, first + index]));
}
