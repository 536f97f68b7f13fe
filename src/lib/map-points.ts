import type { Locale, MapPointKind } from '../schemas/enums.ts';
import { MAP_POINT_KINDS } from '../schemas/enums.ts';
import { compareText } from './collate.ts';
import { localText, type Localized } from './localize.ts';
import { distanceKm } from './places.ts';

interface LatLng {
  lat: number;
  lng: number;
}
interface English {
  name: string;
  description?: string | undefined;
  /** A place's opening hours in English (CONTENT-CONTRACT.md, Additions). */
  hours?: string | undefined;
}

/** The minimum shape of records a map point is made from; Astro entries and checked records both fit. */
export interface MapPlaceLike {
  id: string;
  data: {
    name: string;
    kind: 'sales-point' | 'tourism';
    location: LatLng;
    commune: string;
    address: string;
    phone?: string | undefined;
    hours?: string | undefined;
    description?: string | undefined;
    en?: English | undefined;
  };
}
export interface MapProductLike {
  id: string;
  data: {
    name: string;
    group: string;
    producer: string;
    commune: string;
    location?: LatLng | undefined;
    salesPoints?: string[] | undefined;
    en?: English | undefined;
  };
}
export interface MapProducerLike {
  id: string;
  data: { name: string; commune: string; address: string; phone?: string | undefined; location?: LatLng | undefined };
}

/** Where a point's own page is: a place's, a tourism product's, a producer's. */
export interface MapPointPage {
  page: 'place' | 'product' | 'producer';
  slug: string;
}

export interface MapPoint {
  /** Unique among all points: the `?diem=` key. Equal to `slug` unless two folders share a slug. */
  id: string;
  /** The slug of the record the point comes from. */
  slug: string;
  kind: MapPointKind;
  name: string;
  en?: English | undefined;
  lat: number;
  lng: number;
  commune: string;
  /** Tourism products have no address of their own; their producer's is the nearest thing. */
  address?: string | undefined;
  phone?: string | undefined;
  hours?: string | undefined;
  description?: string | undefined;
  /** Slugs of the published products sold (or made) here, in catalogue order. */
  products: string[];
  page?: MapPointPage | undefined;
}

/**
 * How close a community-tourism product's location must be to a tourism place of the same commune for
 * the two to be one village (CONTENT-CONTRACT.md, Additions): one map point and one list entry, the
 * place's, which names the product (issue #16). 500 m: a village's centre as two records give it.
 */
export const SAME_VILLAGE_KM = 0.5;

/** The tourism place a tourism product is offered in: same commune, nearest within SAME_VILLAGE_KM. */
export function sameVillage<P extends { commune: string; lat: number; lng: number }>(
  product: { commune: string; location: LatLng },
  villages: readonly P[],
): P | undefined {
  return villages
    .filter((village) => village.commune === product.commune)
    .map((village) => ({ village, km: distanceKm(product.location, village) }))
    .filter(({ km }) => km <= SAME_VILLAGE_KM)
    .sort((a, b) => a.km - b.km)[0]?.village;
}

/** How many sales points a village lists, and how far away one may be (km). */
export const NEAREST_SALES_POINTS = { count: 3, maxKm: 30 } as const;

/**
 * The sales points nearest to a point (a community-tourism village), nearest first, as the crow flies
 * (src/lib/places.ts `distanceKm`): `[{ point, km }]`, at most `count` within `maxKm`.
 */
export function nearestSalesPoints(
  origin: Pick<MapPoint, 'id' | 'lat' | 'lng'>,
  points: readonly MapPoint[],
  { count, maxKm }: { count: number; maxKm: number } = NEAREST_SALES_POINTS,
): { point: MapPoint; km: number }[] {
  return points
    .filter((point) => point.kind === 'sales-point' && point.id !== origin.id)
    .map((point) => ({ point, km: distanceKm(origin, point) }))
    .filter(({ km }) => km <= maxKm)
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}

/** Which record a point's id falls back to when its slug is already taken by an earlier folder. */
const ID_PREFIX: Record<string, string> = { product: 'san-pham-', producer: 'chu-the-' };

/**
 * Every map point of `/data/places.geojson` (CONTENT-CONTRACT.md): places, tourism products with a
 * location, and producers that are shown with a location. Takes the catalogue's lists and its
 * sales-point and producer indexes, so products and producers are already the published and shown ones.
 */
export function mapPoints(input: {
  places: MapPlaceLike[];
  products: MapProductLike[];
  producers: MapProducerLike[];
  productsSoldAt: (placeId: string) => readonly { id: string }[];
  productsOf: (producerId: string) => readonly { id: string }[];
}): MapPoint[] {
  const taken = new Set<string>();
  const claim = (slug: string, page?: MapPointPage['page']) => {
    let id = slug;
    if (taken.has(id) && page) id = `${ID_PREFIX[page]}${slug}`;
    for (let n = 2; taken.has(id); n += 1) id = `${slug}-${n}`;
    taken.add(id);
    return id;
  };
  const producerOf = new Map(input.producers.map((producer) => [producer.id, producer]));

  const places = input.places.map(({ id, data }): MapPoint => ({
    id: claim(id),
    slug: id,
    kind: data.kind,
    name: data.name,
    en: data.en,
    ...data.location,
    commune: data.commune,
    address: data.address,
    phone: data.phone,
    hours: data.hours,
    description: data.description,
    products: input.productsSoldAt(id).map((product) => product.id),
    page: { page: 'place', slug: id },
  }));
  const villages = places.filter((point) => point.kind === 'tourism');
  const tourism = input.products.flatMap(({ id, data }): MapPoint[] => {
    if (data.group !== 'tourism' || !data.location) return [];
    const producer = producerOf.get(data.producer);
    // The village this product is offered in, when the content has it as a place: one point, one entry.
    const village = sameVillage({ commune: data.commune, location: data.location }, villages);
    if (village) {
      village.products = [id, ...village.products.filter((slug) => slug !== id)];
      village.en ??= data.en && { name: data.en.name };
      village.phone ??= producer?.data.phone;
      village.address ??= producer?.data.address;
      return [];
    }
    return [
      {
        id: claim(id, 'product'),
        slug: id,
        kind: 'tourism',
        name: data.name,
        en: data.en && { name: data.en.name },
        ...data.location,
        commune: data.commune,
        address: producer?.data.address,
        phone: producer?.data.phone,
        products: [],
        page: { page: 'product', slug: id },
      },
    ];
  });
  const producers = input.producers.flatMap(({ id, data }): MapPoint[] => {
    if (!data.location) return [];
    return [
      {
        id: claim(id, 'producer'),
        slug: id,
        kind: 'producer',
        name: data.name,
        ...data.location,
        commune: data.commune,
        address: data.address,
        phone: data.phone,
        products: input.productsOf(id).map((product) => product.id),
        page: { page: 'producer', slug: id },
      },
    ];
  });
  return [...places, ...tourism, ...producers];
}

/** The point a community-tourism product is shown as: its village's (merged) or its own. */
export function pointOfProduct(points: readonly MapPoint[], slug: string): MapPoint | undefined {
  return points.find(
    (point) =>
      point.kind === 'tourism' &&
      ((point.page?.page === 'product' && point.page.slug === slug) || point.products.includes(slug)),
  );
}

/** A point's name in the reader's language, falling back to the Vietnamese original. */
export function pointName(point: Pick<MapPoint, 'name' | 'en'>, locale: Locale): Localized {
  return localText(point.name, point.en?.name, locale);
}

export interface CommuneGroup {
  commune: string;
  points: MapPoint[];
}
export interface KindGroup {
  kind: MapPointKind;
  communes: CommuneGroup[];
}

/**
 * The order of the list beside the map: by kind (sales points, tourism, producers), then commune in
 * Vietnamese order, then name in the reader's language. The list's pages follow it.
 */
export function sortMapPoints(points: readonly MapPoint[], locale: Locale): MapPoint[] {
  const kindIndex = (point: MapPoint) => MAP_POINT_KINDS.indexOf(point.kind);
  return [...points].sort(
    (a, b) =>
      kindIndex(a) - kindIndex(b) ||
      compareText('vi', a.commune, b.commune) ||
      // Two spellings the collator deems equal still make two communes: keep each one's points together.
      (a.commune < b.commune ? -1 : a.commune > b.commune ? 1 : 0) ||
      compareText(locale, pointName(a, locale).text, pointName(b, locale).text),
  );
}

/** The list beside the map (or one page of it): by kind, then commune, then name, as `sortMapPoints`. */
export function groupMapPoints(points: readonly MapPoint[], locale: Locale): KindGroup[] {
  const groups: KindGroup[] = [];
  for (const point of sortMapPoints(points, locale)) {
    let kind = groups.at(-1);
    if (kind?.kind !== point.kind) groups.push((kind = { kind: point.kind, communes: [] }));
    let commune = kind.communes.at(-1);
    if (commune?.commune !== point.commune) kind.communes.push((commune = { commune: point.commune, points: [] }));
    commune.points.push(point);
  }
  return groups;
}

/** Counts of points per kind, every kind present (zero included) for the layer toggles. */
export function countByKind(points: Pick<MapPoint, 'kind'>[]): Record<MapPointKind, number> {
  const counts = Object.fromEntries(MAP_POINT_KINDS.map((kind) => [kind, 0])) as Record<MapPointKind, number>;
  for (const point of points) counts[point.kind] += 1;
  return counts;
}

const coordinate = (value: number) => String(Number(value.toFixed(6)));

/** A `geo:` URI (RFC 5870): phones open it in their own maps app. */
export function geoHref({ lat, lng }: LatLng): string {
  return `geo:${coordinate(lat)},${coordinate(lng)}`;
}

/** OpenStreetMap's route planner with the point as the destination; the visitor adds the start. */
export function osmDirectionsHref({ lat, lng }: LatLng): string {
  return `https://www.openstreetmap.org/directions?to=${coordinate(lat)}%2C${coordinate(lng)}#map=15/${coordinate(lat)}/${coordinate(lng)}`;
}
