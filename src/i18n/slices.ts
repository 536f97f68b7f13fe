import type { StringNames, StringSlice } from './ui.ts';

/*
 * The strings each island needs, by the name it uses for each and its dictionary key: a page passes
 * `stringSlice(locale, NAMES)` (./ui.ts) as a prop, and the island types it as `StringSlice<typeof
 * NAMES>`, so the browser gets only these strings, `{name}` placeholders left in for `fill`
 * (src/lib/fill.ts). This module holds names only (no dictionary), so islands may import it.
 */

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
