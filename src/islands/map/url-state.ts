import { MAP_POINT_KINDS, type MapPointKind } from '~/schemas/enums.ts';

/** What the map shows, kept in the address so that it can be shared: `?diem=<id>&lop=<kinds>`. */
export interface MapUrlState {
  point?: string | undefined;
  kinds: Set<MapPointKind>;
}

const isKind = (value: string): value is MapPointKind => (MAP_POINT_KINDS as readonly string[]).includes(value);

export function readMapState(search: string): MapUrlState {
  const params = new URLSearchParams(search);
  const layers = params.get('lop');
  const chosen = layers === null ? [...MAP_POINT_KINDS] : layers.split(',').filter(isKind);
  return { point: params.get('diem') || undefined, kinds: new Set(chosen) };
}

/** The query string for a state, leaving other parameters alone; all layers on is the default, left out. */
export function writeMapState(search: string, state: MapUrlState): string {
  const params = new URLSearchParams(search);
  if (state.point) params.set('diem', state.point);
  else params.delete('diem');
  if (state.kinds.size === MAP_POINT_KINDS.length) params.delete('lop');
  else params.set('lop', MAP_POINT_KINDS.filter((kind) => state.kinds.has(kind)).join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
