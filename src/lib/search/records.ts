import type { Locale, PlaceKind, ProducerKind, ProductGroup } from '../../schemas/enums.ts';
import { localName, localSummary } from '../localize.ts';
import { markdownToText } from '../markdown.ts';
import { productLineKey } from '../product-line.ts';
import { recordPath } from '../routes.ts';
import type { SearchRecord } from './record.ts';

interface English {
  name: string;
  summary?: string | undefined;
  description?: string | undefined;
}

/** What the search records read of a product; Astro's entries and test objects both fit. */
export interface SearchableProduct {
  id: string;
  body?: string | undefined;
  data: {
    name: string;
    summary: string;
    group: ProductGroup;
    subgroup?: string | undefined;
    stars: number;
    producer: string;
    commune: string;
    formerCommune?: string | undefined;
    en?: English | undefined;
  };
}
export interface SearchableProducer {
  id: string;
  data: { name: string; kind: ProducerKind; representative?: string | undefined; address: string; commune: string };
}
export interface SearchablePlace {
  id: string;
  data: {
    name: string;
    kind: PlaceKind;
    description?: string | undefined;
    address: string;
    commune: string;
    en?: English | undefined;
  };
}

/** The catalogue's part the records need: who made a product, what a producer makes, what a place sells. */
export interface SearchCatalogue<P extends SearchableProduct, R extends SearchableProducer, L extends SearchablePlace> {
  products: P[];
  producers: R[];
  places: L[];
  producer(id: string): R | undefined;
  productsOf(producerId: string): readonly P[];
  productsSoldAt(placeId: string): readonly P[];
}

/** What the records take from the UI strings and the photo pipeline, which src/lib does not import. */
export interface SearchRecordContext<P extends SearchableProduct> {
  locale: Locale;
  /** The names of product groups, producers' kinds and places' kinds in `locale` (from src/i18n). */
  labels: {
    group: (group: ProductGroup) => string;
    producerKind: (kind: ProducerKind) => string;
    placeKind: (kind: PlaceKind) => string;
  };
  /** A product's small cover thumbnail URL, when it has a photo. */
  thumbnail: (product: P) => string | undefined;
}

/** A published product's search record in one language. */
export function productSearchRecord<P extends SearchableProduct>(
  product: P,
  producerName: string | undefined,
  { locale, labels, thumbnail }: SearchRecordContext<P>,
): SearchRecord {
  const { data } = product;
  const name = localName(data, locale);
  // An English record indexes the English description only. A Vietnamese one in the English index
  // would be stemmed as English, find nothing an English reader types, and was most of the index's
  // size and build time at scale (BENCHMARKS.md); the Vietnamese name stays searchable below.
  const description = locale === 'en' ? (data.en?.description ?? '') : (product.body ?? '');
  return {
    url: recordPath('product', locale, product.id),
    locale,
    title: name.text,
    titleLang: name.lang,
    kind: 'product',
    text: [
      // The Vietnamese name stays searchable on the English site: it is what the label says.
      name.lang === 'vi' ? '' : data.name,
      localSummary(data, locale).text,
      markdownToText(description),
      labels.group(data.group),
      data.subgroup ?? '',
      producerName ?? '',
      data.commune,
      data.formerCommune ?? '',
    ],
    image: thumbnail(product),
    producer: producerName,
    filters: {
      group: data.group,
      line: productLineKey(data.subgroup),
      stars: String(data.stars),
      commune: data.commune,
      kind: 'product',
    },
  };
}

/**
 * Every search record of one language, from the catalogue (published products, the producers who
 * have a page, the map's places), never from page HTML: src/routes/search-records.ts writes them and
 * src/integrations/search-index.ts turns them into Pagefind's index.
 */
export function searchRecords<P extends SearchableProduct, R extends SearchableProducer, L extends SearchablePlace>(
  catalogue: SearchCatalogue<P, R, L>,
  context: SearchRecordContext<P>,
): SearchRecord[] {
  const { locale, labels } = context;
  const products = catalogue.products.map((product) =>
    productSearchRecord(product, catalogue.producer(product.data.producer)?.data.name, context),
  );
  const producers = catalogue.producers.map(({ id, data }): SearchRecord => ({
    url: recordPath('producer', locale, id),
    locale,
    title: data.name,
    titleLang: 'vi',
    kind: 'producer',
    text: [
      labels.producerKind(data.kind),
      data.representative ?? '',
      data.address,
      data.commune,
      ...catalogue.productsOf(id).map((product) => localName(product.data, locale).text),
    ],
    filters: { commune: data.commune, kind: 'producer' },
  }));
  const places = catalogue.places.map(({ id, data }): SearchRecord => {
    const name = localName(data, locale);
    return {
      url: recordPath('place', locale, id),
      locale,
      title: name.text,
      titleLang: name.lang,
      kind: data.kind,
      text: [
        name.lang === 'vi' ? '' : data.name,
        labels.placeKind(data.kind),
        (locale === 'en' ? data.en?.description : data.description) ?? '',
        data.address,
        data.commune,
        ...catalogue.productsSoldAt(id).map((product) => localName(product.data, locale).text),
      ],
      filters: { commune: data.commune, kind: data.kind },
    };
  });
  return [...products, ...producers, ...places];
}
