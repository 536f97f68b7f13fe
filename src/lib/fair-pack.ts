import type { ProductGroup } from '../schemas/enums.ts';

/** What the fair-pack builder knows of a product: enough to list, filter and order it. */
export interface PackItem {
  slug: string;
  name: string;
  /** Language of `name` (an English page may show a Vietnamese name). */
  nameLang: 'vi' | 'en';
  group: ProductGroup;
  stars: number;
  commune: string;
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

export function filterPackItems(items: PackItem[], filter: PackFilter): PackItem[] {
  return items.filter(
    (item) =>
      (!filter.group || item.group === filter.group) &&
      (!filter.stars || item.stars === filter.stars) &&
      (!filter.commune || item.commune === filter.commune),
  );
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
 * Up to this many published products, the fair-pack page carries every product's sheet in its HTML
 * (printable without JavaScript). Past it the page would grow with the catalogue (issue #9), so the
 * builder fetches each chosen sheet from its preview page instead.
 */
export const INLINE_SHEETS_MAX = 120;

/**
 * Reads a pack from a query string. Without `sp` the pack is `fallback`: the whole catalogue, which is
 * also what the page prints without JavaScript, unless the sheets are fetched one by one; unknown or
 * repeated slugs are dropped.
 */
export function parsePackQuery(search: string, known: string[], fallback: string[] = known): PackState {
  const params = new URLSearchParams(search);
  const listed = params.get(PACK_PARAMS.selection);
  const selection =
    listed === null
      ? [...fallback]
      : [...new Set(listed.split(',').map((slug) => slug.trim()))].filter((slug) => known.includes(slug));
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
