// The catalogue, computed once per build from the content collections. Every page reads from here,
// so the publication rule is applied in exactly one place (src/lib/catalogue.ts).
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildCatalogue } from '~/lib/catalogue.ts';
import { communeNamer } from '~/lib/commune.ts';
import { mapListPageOf } from '~/lib/map-list.ts';
import { mapPoints } from '~/lib/map-points.ts';
import { mapPointPath } from '~/lib/routes.ts';
import type { Locale } from '~/schemas/enums.ts';
import { hasRecords } from '~/lib/content/read.ts';
import { contentDir, referenceDate } from '~/lib/env.ts';
import { byStart, splitByDate } from '~/lib/events.ts';

export type Product = CollectionEntry<'products'>;
export type Producer = CollectionEntry<'producers'>;
export type Place = CollectionEntry<'places'>;
export type Event = CollectionEntry<'events'>;

const siteEntry = await getEntry('site', 'site');
if (!siteEntry) throw new Error('site.json was not loaded');
export const site = siteEntry.data;

const records = {
  products: await getCollection('products'),
  producers: await getCollection('producers'),
  places: await getCollection('places'),
};
// One commune written two ways ("Hòa Bình", "Hoà Bình") is one commune on every page: each record
// shows the spelling chosen over all records (src/lib/commune.ts; the content check warns of it).
const communeOf = communeNamer(Object.values(records).flatMap((list) => list.map((record) => record.data.commune)));
const withCommune = <T extends { data: { commune: string } }>(record: T): T => {
  const commune = communeOf(record.data.commune);
  return commune === record.data.commune ? record : { ...record, data: { ...record.data, commune } };
};

export const catalogue = buildCatalogue({
  products: records.products.map(withCommune),
  producers: records.producers.map(withCommune),
  places: records.places.map(withCommune),
  asOf: referenceDate(),
});

// events/ is optional, and Astro warns when asked for an empty collection: only ask when there are records.
/** The places that are sales points: each has a printable kit (poster, shelf labels). */
export const salesPoints = catalogue.places.filter((place) => place.data.kind === 'sales-point');

/** Every event, earliest first. */
export const events: Event[] = hasRecords(contentDir(), 'events') ? (await getCollection('events')).sort(byStart) : [];
/** Events still to come or running on the reference date, and those that are over. */
export const schedule = splitByDate(events, catalogue.asOf);

/** Every map point, computed once: the map page, its data files and the links into the map read it. */
export const points = mapPoints(catalogue);
const producerPoints = new Map(
  points.flatMap((point) => (point.page?.page === 'producer' ? [[point.slug, point.id]] : [])),
);
/** The `?diem=` id of a shown producer's point on the map, when it has a location. */
export const producerPointId = (slug: string): string | undefined => producerPoints.get(slug);

/** A link to one point on the map that lands on it without JavaScript too (its page of the map's list). */
export const mapPointLink = (locale: Locale, id: string): string =>
  mapPointPath(locale, id, mapListPageOf(points, locale, id));
