import type { VerdictKey } from '../lib/certificate-verdict.ts';
import type { StringNames, StringSlice } from './ui.ts';

/*
 * The strings each island or browser script needs, by the name it uses for each and its dictionary
 * key: a page passes `stringSlice(locale, NAMES)` (./ui.ts) to an island as a prop, or to a script's
 * custom element as `data-strings` (JSON) that the script reads back with `readSlice`; either way the
 * code types it as `StringSlice<typeof NAMES>` (the types below), so the browser gets only these strings, `{name}`
 * placeholders left in for `fill` (src/lib/fill.ts). This module holds names only (no dictionary), so
 * islands and scripts may import it.
 */

/**
 * A string slice handed to a browser script as JSON, read back as the script's slice type:
 * `readSlice<LookupStrings>(this.dataset.strings)` for `data-strings={JSON.stringify(stringSlice(locale,
 * LOOKUP_STRINGS))}` on the page. The names are checked where the page builds the slice (`stringSlice`
 * takes only dictionary keys, at compile time); the browser checks the shape (an object of strings)
 * and throws on anything else. The name maps themselves stay on the server: shipping them to check
 * names again cost the lookup and not-found pages about 0.5 KB of gzip, past their budgets.
 */
export function readSlice<Slice extends StringSlice<StringNames>>(json: string | undefined): Slice {
  const value: unknown = JSON.parse(json ?? 'null');
  if (isSliceShape<Slice>(value)) return value;
  throw new Error('readSlice: not a string slice');
}

/** An object whose every value is a string: what `JSON.stringify(stringSlice(…))` writes. */
const isSliceShape = <Slice>(value: unknown): value is Slice =>
  value instanceof Object && Object.values(value).every((text) => typeof text === 'string');

/** The fair-pack builder (src/islands/FairPackBuilder.tsx). */
export const PACK_STRINGS = {
  filters: 'pack.filters',
  search: 'pack.search',
  searchHint: 'pack.searchHint',
  filterGroup: 'pack.filterGroup',
  filterStars: 'pack.filterStars',
  filterCommune: 'pack.filterCommune',
  any: 'pack.any',
  choose: 'pack.choose',
  searching: 'pack.searching',
  searchError: 'pack.searchError',
  noMatch: 'pack.noMatch',
  shown: 'pack.shown',
  more: 'pack.more',
  selectShown: 'pack.selectShown',
  clearShown: 'pack.clearShown',
  order: 'pack.order',
  empty: 'pack.empty',
  moveUp: 'pack.moveUp',
  moveDown: 'pack.moveDown',
  remove: 'pack.remove',
  moved: 'pack.moved',
  extras: 'pack.extras',
  addCover: 'pack.addCover',
  fair: 'pack.fair',
  dates: 'pack.dates',
  place: 'pack.place',
  organiser: 'pack.organiser',
  addContents: 'pack.addContents',
  summary: 'pack.summary',
  print: 'pack.print',
  link: 'pack.link',
  contents: 'pack.contents',
  page: 'pack.page',
  coverProducts: 'pack.coverProducts',
  loading: 'pack.loading',
  loadError: 'pack.loadError',
  starsLabel: 'stars.label',
} as const satisfies StringNames;

export type PackStrings = StringSlice<typeof PACK_STRINGS>;

/** The map explorer (src/islands/MapExplorer.tsx). */
export const MAP_STRINGS = {
  layers: 'map.layers',
  layerCount: 'map.layerCount',
  region: 'map.region',
  tileError: 'map.tileError',
  loadError: 'map.loadError',
  unknownPoint: 'map.unknownPoint',
  loading: 'map.loading',
  cluster: 'map.cluster',
  address: 'map.address',
  inVietnamese: 'common.inVietnamese',
  hours: 'map.hours',
  phone: 'map.phone',
  soldHere: 'map.soldHere',
  madeHere: 'map.madeHere',
  directions: 'map.directions',
  geo: 'map.geo',
  osm: 'map.osm',
  page: 'map.page',
  closePopup: 'map.closePopup',
  zoomIn: 'map.zoomIn',
  zoomOut: 'map.zoomOut',
  'kind.sales-point': 'placeKind.sales-point',
  'kind.tourism': 'placeKind.tourism',
  'kind.producer': 'placeKind.producer',
  save: 'offline.save',
  saveHint: 'offline.saveHint',
  saving: 'offline.saving',
  saved: 'offline.saved',
  saveFailed: 'offline.saveFailed',
  savedLink: 'offline.savedLink',
} as const satisfies StringNames;

export type MapStrings = StringSlice<typeof MAP_STRINGS>;

/**
 * One certificate as the lookup states it (src/scripts/certificate-result.ts): part of the lookup's
 * slice and of the not-found page's.
 */
export const RESULT_STRINGS = {
  // The verdict (src/lib/certificate-verdict.ts), named by its keys so that the slice fills it.
  'verify.valid': 'verify.valid',
  'verify.validDetail': 'verify.validDetail',
  'verify.expired': 'verify.expired',
  'verify.expiredDetail': 'verify.expiredDetail',
  'verify.revoked': 'verify.revoked',
  'verify.revokedDetail': 'verify.revokedDetail',
  'verify.below': 'verify.below',
  'verify.belowDetail': 'verify.belowDetail',
  reason: 'verify.reason',
  number: 'verify.number',
  rank: 'verify.rank',
  productPage: 'verify.productPage',
  document: 'verify.document',
  starsLabel: 'stars.label',
} as const satisfies StringNames & { readonly [Key in VerdictKey]: Key };

export type ResultStrings = StringSlice<typeof RESULT_STRINGS>;

/**
 * A slice's names with the certificate result's, in a call marked pure so that Rollup drops it where
 * no browser code reads the names (a spread in a module-level literal stays in every script's bundle).
 */
const withResult = <Names extends StringNames>(names: Names): typeof RESULT_STRINGS & Names =>
  Object.assign({}, RESULT_STRINGS, names);

/** The certificate lookup (src/scripts/certificate-lookup.ts, on VerifyPage.astro). */
export const LOOKUP_STRINGS = /* @__PURE__ */ withResult({
  count: 'verify.count',
  none: 'verify.none',
  loadError: 'verify.loadError',
} as const) satisfies StringNames;

export type LookupStrings = StringSlice<typeof LOOKUP_STRINGS>;

/** What the not-found page says of an unpublished product (src/scripts/not-found.ts, NotFoundPage.astro). */
export const NOT_FOUND_STRINGS = /* @__PURE__ */ withResult({
  heading: 'notFound.product.heading',
  lead: 'notFound.product.lead',
  check: 'notFound.product.check',
  catalogue: 'notFound.product.catalogue',
} as const) satisfies StringNames;

export type NotFoundStrings = StringSlice<typeof NOT_FOUND_STRINGS>;

/** The search page (src/scripts/search-page.ts, SearchPage.astro). */
export const SEARCH_STRINGS = {
  loading: 'search.loading',
  count: 'search.count',
  marked: 'search.marked',
  markedLink: 'search.markedLink',
  marksIgnored: 'search.marksIgnored',
  error: 'search.error',
  producerOf: 'search.producerOf',
  'kind.producer': 'placeKind.producer',
  'kind.sales-point': 'placeKind.sales-point',
  'kind.tourism': 'placeKind.tourism',
} as const satisfies StringNames;

export type SearchStrings = StringSlice<typeof SEARCH_STRINGS>;
