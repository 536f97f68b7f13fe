/**
 * Places near each other, for a place's page ("nearby") and its kit. Distances are great-circle
 * distances on a sphere of the Earth's mean radius (haversine), which is what "2 km away" means to
 * a visitor; roads are longer, the directions link gives those.
 */
import type { Locale } from '../schemas/enums.ts';
import { LOCALE_TAGS } from './validity.ts';

interface LatLng {
  lat: number;
  lng: number;
}

/** The Earth's mean radius in kilometres (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres between two points given in degrees. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How many nearby places a place's page lists, and how far away one may be. */
export const NEARBY = { count: 4, maxKm: 30 } as const;

/**
 * The places nearest to `origin` (itself excluded, by id), nearest first, at most `count` within
 * `maxKm`: `[{ place, km }]`. Ties keep the input order.
 */
export function nearbyPlaces<P extends { id: string; data: { location: LatLng } }>(
  origin: P,
  places: readonly P[],
  { count, maxKm }: { count: number; maxKm: number } = NEARBY,
): { place: P; km: number }[] {
  return places
    .filter((place) => place.id !== origin.id)
    .map((place) => ({ place, km: distanceKm(origin.data.location, place.data.location) }))
    .filter(({ km }) => km <= maxKm)
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}

const kmFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(LOCALE_TAGS.vi, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(LOCALE_TAGS.en, { maximumFractionDigits: 1 }),
};

/** A distance for people: "2,4 km" in Vietnamese, "2.4 km" in English; under 1 km in metres, by 50. */
export function formatDistance(km: number, locale: Locale): string {
  if (km < 1) return `${Math.max(50, Math.round((km * 1000) / 50) * 50)} m`;
  return `${kmFormats[locale].format(km)} km`;
}
