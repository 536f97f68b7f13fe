import type { UiKey } from '~/i18n/ui.ts';

/**
 * The UI strings the island needs, translated on the server and passed as a prop, so the browser
 * never downloads the whole dictionary.
 */
export const MAP_STRING_KEYS = {
  layers: 'map.layers',
  layerCount: 'map.layerCount',
  region: 'map.region',
  tileError: 'map.tileError',
  loadError: 'map.loadError',
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
} as const satisfies Record<string, UiKey>;

export type MapStrings = Record<keyof typeof MAP_STRING_KEYS, string>;

/** Fills `{name}` placeholders, as `t()` does on the server. */
export const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder));
