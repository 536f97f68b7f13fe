import { compareVietnamese } from './collate.ts';
import { certificateStatus, isPublished, type Certified, type CertificateStatus } from './certificate.ts';
import type { IsoDate } from './dates.ts';
import { PRODUCT_GROUPS, type ProductGroup } from '../schemas/enums.ts';

/** The minimum shape of records the catalogue reads; Astro entries and test objects both fit. */
export interface ProductLike {
  id: string;
  data: Certified & { name: string; producer: string; group: string; salesPoints?: string[] | undefined };
}
export interface ProducerLike {
  id: string;
  data: { name: string };
}
export interface PlaceLike {
  id: string;
  data: { name: string };
}

export interface Excluded<P> {
  product: P;
  status: Exclude<CertificateStatus, { kind: 'valid' }>;
}

export interface Catalogue<P extends ProductLike, R extends ProducerLike, L extends PlaceLike> {
  asOf: IsoDate;
  /** Published products, in Vietnamese alphabetical order of name. */
  products: P[];
  /** Products the publication rule keeps off the site, with the reason. */
  excluded: Excluded<P>[];
  /** Producers with at least one published product, in Vietnamese alphabetical order. */
  producers: R[];
  places: L[];
  product(id: string): P | undefined;
  producer(id: string): R | undefined;
  place(id: string): L | undefined;
  productsOf(producerId: string): P[];
  productsSoldAt(placeId: string): P[];
  productsInGroup(group: string): P[];
  /**
   * The product groups that have published products, in the programme's order (PRODUCT_GROUPS), with
   * how many: the groups a filter, a facet or a group page offers.
   */
  groupsInUse: { key: ProductGroup; count: number }[];
  /** The products the home page features: `count` of them, most stars first, then the most recently certified. */
  featuredProducts(count: number): P[];
  /** A product's sales points, in the order its record lists them; a slug that names no place is left out. */
  salesPointsOf(product: P): L[];
}

function indexBy<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  compareVietnamese(a.data.name, b.data.name);

/**
 * Applies the publication rule once to the whole content and answers every question a page asks.
 * Pages never filter products themselves: what is not in `products` is published nowhere.
 */
export function buildCatalogue<P extends ProductLike, R extends ProducerLike, L extends PlaceLike>(input: {
  products: P[];
  producers: R[];
  places: L[];
  asOf: IsoDate;
}): Catalogue<P, R, L> {
  const { asOf } = input;
  const products = input.products.filter((product) => isPublished(product.data, asOf)).sort(byName);
  const excluded = input.products.flatMap((product) => {
    const status = certificateStatus(product.data, asOf);
    return status.kind === 'valid' ? [] : [{ product, status }];
  });
  const byProducer = groupBy(products, (product) => [product.data.producer]);
  const bySalesPoint = groupBy(products, (product) => product.data.salesPoints ?? []);
  const byGroup = groupBy(products, (product) => [product.data.group]);
  const producers = input.producers.filter((producer) => byProducer.has(producer.id)).sort(byName);
  const places = [...input.places].sort(byName);
  const productIndex = indexBy(products);
  const producerIndex = indexBy(producers);
  const placeIndex = indexBy(places);
  const featured = [...products].sort(
    (a, b) => b.data.stars - a.data.stars || (b.data.certificate.date < a.data.certificate.date ? -1 : 1),
  );
  return {
    asOf,
    products,
    excluded,
    producers,
    places,
    product: (id) => productIndex.get(id),
    producer: (id) => producerIndex.get(id),
    place: (id) => placeIndex.get(id),
    productsOf: (id) => byProducer.get(id) ?? [],
    productsSoldAt: (id) => bySalesPoint.get(id) ?? [],
    productsInGroup: (group) => byGroup.get(group) ?? [],
    groupsInUse: PRODUCT_GROUPS.flatMap((key) => {
      const count = byGroup.get(key)?.length ?? 0;
      return count > 0 ? [{ key, count }] : [];
    }),
    featuredProducts: (count) => featured.slice(0, count),
    salesPointsOf: (product) => (product.data.salesPoints ?? []).flatMap((slug) => placeIndex.get(slug) ?? []),
  };
}
