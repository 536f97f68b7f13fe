import type { MapPoint } from './map-points.ts';

export interface MapPointProperties {
  /** The point's key for `?diem=` and `/data/places/<id>.json`, only when it differs from `slug` (slugs clash). */
  id?: string;
  slug: string;
  name: string;
  kind: MapPoint['kind'];
  /** English name, when the record has one. */
  nameEn?: string;
}

/** The key a feature goes by: its `id` when slugs clash, else its slug. */
export const featureId = (properties: MapPointProperties) => properties.id ?? properties.slug;

export interface MapFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: MapPointProperties;
  }[];
}

/**
 * `/data/places.geojson` (CONTENT-CONTRACT.md). Only what a marker needs: popup details live in
 * `/data/places/<id>.json` so the file stays small with thousands of points.
 */
export function toGeoJson(points: MapPoint[]): MapFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: points.map((point) => ({
      type: 'Feature',
      // GeoJSON is longitude first (RFC 7946).
      geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
      properties: {
        ...(point.id !== point.slug && { id: point.id }),
        slug: point.slug,
        name: point.name,
        kind: point.kind,
        ...(point.en && { nameEn: point.en.name }),
      },
    })),
  };
}
