import { describe, expect, it } from 'vitest';
import { readMapState, writeMapState } from '../../src/islands/map/url-state.ts';
import { featureId, toGeoJson } from '../../src/lib/geojson.ts';
import { mapPointDetails } from '../../src/lib/map-details.ts';
import {
  countByKind,
  geoHref,
  groupMapPoints,
  mapPoints,
  nearestSalesPoints,
  osmDirectionsHref,
  type MapPlaceLike,
  type MapProducerLike,
  type MapProductLike,
} from '../../src/lib/map-points.ts';

const place = (id: string, kind: 'sales-point' | 'tourism', commune: string, name = id): MapPlaceLike => ({
  id,
  data: { name, kind, commune, address: `${name}, ${commune}`, location: { lat: 22.4, lng: 103.5 } },
});
const product = (id: string, data: Partial<MapProductLike['data']> = {}): MapProductLike => ({
  id,
  data: { name: id, group: 'food', producer: 'htx-a', commune: 'Bình Lư', ...data },
});
const producer = (id: string, located = true): MapProducerLike => ({
  id,
  data: {
    name: id,
    commune: 'Bản Bo',
    address: 'Bản Hon',
    phone: '0213 3875 123',
    ...(located && { location: { lat: 22.38, lng: 103.62 } }),
  },
});

/** mapPoints' input as the catalogue gives it, with its sales-point index. */
const catalogueOf = (lists: { places: MapPlaceLike[]; products: MapProductLike[]; producers: MapProducerLike[] }) => ({
  ...lists,
  productsSoldAt: (placeId: string) => lists.products.filter((p) => p.data.salesPoints?.includes(placeId)),
  productsOf: (producerId: string) => lists.products.filter((p) => p.data.producer === producerId),
});

describe('mapPoints', () => {
  const points = mapPoints(
    catalogueOf({
      places: [place('cho-binh-lu', 'sales-point', 'Bình Lư'), place('ban-hon', 'tourism', 'Bản Bo')],
      products: [
        product('mien-dong', { salesPoints: ['cho-binh-lu'] }),
        product('du-lich-ban-hon', { group: 'tourism', location: { lat: 22.3858, lng: 103.6261 } }),
        // A tourism product without a location is not a point (the schema requires one, but the map does not rely on it).
        product('du-lich-khac', { group: 'tourism' }),
      ],
      producers: [producer('htx-a'), producer('htx-khong-vi-tri', false)],
    }),
  );

  it('takes places, located tourism products and located producers, each with its kind', () => {
    expect(points.map((point) => [point.id, point.kind])).toEqual([
      ['cho-binh-lu', 'sales-point'],
      ['ban-hon', 'tourism'],
      ['du-lich-ban-hon', 'tourism'],
      ['htx-a', 'producer'],
    ]);
  });
  it('lists the products sold at a place and made by a producer', () => {
    expect(points.find((point) => point.id === 'cho-binh-lu')?.products).toEqual(['mien-dong']);
    expect(points.find((point) => point.id === 'htx-a')?.products).toEqual([
      'mien-dong',
      'du-lich-ban-hon',
      'du-lich-khac',
    ]);
  });
  it('links places, tourism products and producers to their own pages', () => {
    expect(points.find((point) => point.id === 'du-lich-ban-hon')?.page).toEqual({
      page: 'product',
      slug: 'du-lich-ban-hon',
    });
    expect(points.find((point) => point.id === 'cho-binh-lu')?.page).toEqual({ page: 'place', slug: 'cho-binh-lu' });
  });
  it('gives a tourism product its producer’s address and phone', () => {
    const tourism = points.find((point) => point.id === 'du-lich-ban-hon');
    expect([tourism?.address, tourism?.phone]).toEqual(['Bản Hon', '0213 3875 123']);
  });
  it('keeps ids unique when a producer and a place share a slug', () => {
    const clash = mapPoints(
      catalogueOf({
        places: [place('ban-hon', 'tourism', 'Bản Bo')],
        products: [product('p', { producer: 'ban-hon' })],
        producers: [producer('ban-hon')],
      }),
    );
    expect(clash.map((point) => [point.id, point.slug])).toEqual([
      ['ban-hon', 'ban-hon'],
      ['chu-the-ban-hon', 'ban-hon'],
    ]);
  });
  it('counts every kind, zero included', () => {
    expect(countByKind(points)).toEqual({ 'sales-point': 1, tourism: 2, producer: 1 });
    expect(countByKind([])).toEqual({ 'sales-point': 0, tourism: 0, producer: 0 });
  });
});

describe('a tourism product and its village are one point (issue #16)', () => {
  const village: MapPlaceLike = {
    id: 'ban-hon',
    data: {
      name: 'Bản du lịch cộng đồng bản Hon',
      kind: 'tourism',
      commune: 'Bản Bo',
      address: 'Bản Hon, xã Bản Bo',
      location: { lat: 22.3858, lng: 103.6261 },
    },
  };
  const tour = (location: { lat: number; lng: number }, commune = 'Bản Bo') =>
    product('du-lich-ban-hon', { group: 'tourism', commune, location, en: { name: 'Bản Hon community tourism' } });
  const pointsWith = (products: MapProductLike[]) =>
    mapPoints(catalogueOf({ places: [village], products, producers: [producer('htx-a')] }));

  it('merges a product within 500 m of a tourism place of its commune into that place', () => {
    // About 330 m north of the village's centre.
    const points = pointsWith([tour({ lat: 22.3888, lng: 103.6261 })]);
    expect(points.filter((point) => point.kind === 'tourism').map((point) => point.id)).toEqual(['ban-hon']);
    const merged = points.find((point) => point.id === 'ban-hon')!;
    expect(merged.products).toEqual(['du-lich-ban-hon']);
    // The place had no English name: the product's stands in.
    expect(merged.en?.name).toBe('Bản Hon community tourism');
    expect(merged.phone).toBe('0213 3875 123');
  });
  it('keeps them apart when farther than 500 m, or in another commune', () => {
    const far = pointsWith([tour({ lat: 22.3958, lng: 103.6261 })]);
    expect(far.filter((point) => point.kind === 'tourism')).toHaveLength(2);
    const elsewhere = pointsWith([tour({ lat: 22.3858, lng: 103.6261 }, 'Bình Lư')]);
    expect(elsewhere.filter((point) => point.kind === 'tourism')).toHaveLength(2);
  });
});

describe('nearestSalesPoints', () => {
  it('lists the sales points nearest to a village, nearest first, within reach', () => {
    const at = (id: string, lat: number, kind: 'sales-point' | 'tourism' = 'sales-point'): MapPlaceLike => ({
      id,
      data: { name: id, kind, commune: 'Bình Lư', address: id, location: { lat, lng: 103.5 } },
    });
    const points = mapPoints(
      catalogueOf({
        places: [
          at('lang', 22.4, 'tourism'),
          at('xa', 22.41),
          at('gan', 22.401),
          at('rat-xa', 23.5),
          at('vua', 22.405),
        ],
        products: [],
        producers: [],
      }),
    );
    const nearest = nearestSalesPoints(points[0]!, points);
    expect(nearest.map(({ point }) => point.id)).toEqual(['gan', 'vua', 'xa']);
    expect(nearest[0]!.km).toBeCloseTo(0.111, 2);
    expect(nearestSalesPoints(points[0]!, points, { count: 5, maxKm: 30 }).map(({ point }) => point.id)).not.toContain(
      'rat-xa',
    );
  });
});

describe('groupMapPoints', () => {
  it('groups by kind, then commune in Vietnamese order (Đ after D), then name', () => {
    const points = mapPoints(
      catalogueOf({
        places: [
          place('b', 'sales-point', 'Đông Phong', 'Quầy B'),
          place('a', 'sales-point', 'Dào San', 'Quầy A'),
          place('c', 'sales-point', 'Dào San', 'Chợ C'),
          place('t', 'tourism', 'Bản Bo'),
        ],
        products: [],
        producers: [],
      }),
    );
    const groups = groupMapPoints(points, 'vi');
    expect(groups.map((group) => group.kind)).toEqual(['sales-point', 'tourism']);
    expect(groups[0]?.communes.map((c) => [c.commune, c.points.map((p) => p.name)])).toEqual([
      ['Dào San', ['Chợ C', 'Quầy A']],
      ['Đông Phong', ['Quầy B']],
    ]);
  });
});

describe('toGeoJson', () => {
  it('writes longitude first and only what a marker needs', () => {
    const [feature] = toGeoJson(
      mapPoints(catalogueOf({ places: [place('x', 'tourism', 'Bản Bo')], products: [], producers: [] })),
    ).features;
    expect(feature).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [103.5, 22.4] },
      properties: { slug: 'x', name: 'x', kind: 'tourism' },
    });
  });
  it('names a point’s own id only when it differs from its slug', () => {
    const features = toGeoJson(
      mapPoints(
        catalogueOf({
          places: [place('ban-hon', 'tourism', 'Bản Bo')],
          products: [product('p', { producer: 'ban-hon' })],
          producers: [producer('ban-hon')],
        }),
      ),
    ).features;
    expect(features.map((feature) => featureId(feature.properties))).toEqual(['ban-hon', 'chu-the-ban-hon']);
    expect(features[1]?.properties).toMatchObject({ id: 'chu-the-ban-hon', slug: 'ban-hon', kind: 'producer' });
  });
});

describe('mapPointDetails', () => {
  it('names and links only the products the lookup knows (the published ones)', () => {
    const [point] = mapPoints(
      catalogueOf({
        places: [place('cho', 'sales-point', 'Bình Lư')],
        products: [product('a', { salesPoints: ['cho'] }), product('b', { salesPoints: ['cho'] })],
        producers: [],
      }),
    );
    const details = mapPointDetails(point!, (slug) =>
      slug === 'a' ? { name: 'Chè A', en: { name: 'Tea A' } } : undefined,
    );
    expect(details.products).toEqual([
      { name: 'Chè A', nameEn: 'Tea A', url: { vi: '/san-pham/a/', en: '/en/products/a/' } },
    ]);
    expect(details).not.toHaveProperty('phone');
  });
});

describe('directions links', () => {
  it('gives a geo: URI and an OpenStreetMap route to the point', () => {
    expect(geoHref({ lat: 22.3858, lng: 103.6261 })).toBe('geo:22.3858,103.6261');
    expect(osmDirectionsHref({ lat: 22.3858, lng: 103.6261 })).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/directions\?to=22\.3858%2C103\.6261/,
    );
  });
});

describe('map URL state', () => {
  it('reads the point and the layers, all layers by default', () => {
    expect(readMapState('?diem=cho-binh-lu')).toEqual({
      point: 'cho-binh-lu',
      kinds: new Set(['sales-point', 'tourism', 'producer']),
    });
    expect([...readMapState('?lop=tourism,nonsense').kinds]).toEqual(['tourism']);
  });
  it('writes only what differs from the default and keeps other parameters', () => {
    expect(writeMapState('?x=1', { point: 'a', kinds: new Set(['producer', 'sales-point']) })).toBe(
      '?x=1&diem=a&lop=sales-point,producer',
    );
    expect(writeMapState('?diem=a', { kinds: new Set(['sales-point', 'tourism', 'producer']) })).toBe('');
  });
});
