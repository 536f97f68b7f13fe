import { recordPath } from './routes.ts';
import type { Locale, MapPointKind } from '../schemas/enums.ts';
import type { MapPoint } from './map-points.ts';

type ByLocale<T> = Record<Locale, T>;

/** A name with its optional English form, as records keep it. */
export interface Named {
  name: string;
  en?: { name: string } | undefined;
}

/** `/data/places/<id>.json`: what a popup shows, fetched when it opens. */
export interface MapPointDetails {
  id: string;
  kind: MapPointKind;
  name: string;
  nameEn?: string;
  lat: number;
  lng: number;
  commune: string;
  address?: string;
  phone?: string;
  hours?: string;
  /** The opening hours in English, where the place has them (`en.hours`). */
  hoursEn?: string;
  description?: string;
  descriptionEn?: string;
  /** The point's own page in each language (tourism products, producers). */
  url?: ByLocale<string>;
  products: { name: string; nameEn?: string; url: ByLocale<string> }[];
  /**
   * The pages of the producers of those products, each once (the point's own page left out): with the
   * products' pages, what "save for offline" stores for the point.
   */
  producers: ByLocale<string>[];
}

const both = (page: 'place' | 'product' | 'producer', slug: string): ByLocale<string> => ({
  vi: recordPath(page, 'vi', slug),
  en: recordPath(page, 'en', slug),
});

/** Drops undefined fields so the JSON stays small. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * A point's popup details. `product` finds a published product (and its producer's slug); `producerShown`
 * says whether a producer has a page.
 */
export function mapPointDetails(
  point: MapPoint,
  product: (slug: string) => (Named & { producer?: string }) | undefined,
  producerShown: (slug: string) => boolean = () => false,
): MapPointDetails {
  const own = point.page?.page === 'producer' ? point.page.slug : undefined;
  const producers = [...new Set(point.products.flatMap((slug) => product(slug)?.producer ?? []))].filter(
    (slug) => slug !== own && producerShown(slug),
  );
  return compact({
    id: point.id,
    kind: point.kind,
    name: point.name,
    nameEn: point.en?.name,
    lat: point.lat,
    lng: point.lng,
    commune: point.commune,
    address: point.address,
    phone: point.phone,
    hours: point.hours,
    hoursEn: point.en?.hours,
    description: point.description,
    descriptionEn: point.en?.description,
    url: point.page && both(point.page.page, point.page.slug),
    products: point.products.flatMap((slug) => {
      const record = product(slug);
      return record ? [compact({ name: record.name, nameEn: record.en?.name, url: both('product', slug) })] : [];
    }),
    producers: producers.map((slug) => both('producer', slug)),
  } as MapPointDetails);
}
