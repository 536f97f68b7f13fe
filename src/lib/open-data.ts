import { stringify } from 'csv-stringify/sync';
import { certificateExpiry, type Certificate } from './certificate.ts';

/** Text in both site languages; `en` is null where the site has no English for it. */
export interface BothLanguages {
  vi: string;
  en: string | null;
}

/** A sales point of a product, as the open data lists it. */
export interface SalesPointRecord {
  slug: string;
  name: string;
  address: string;
  commune: string;
  phone: string | null;
  hours: string | null;
  /** The point on the site's map. */
  url: string;
}

/**
 * One row of `/data/products.json`. The contract's fields come first, in its order, and keep their
 * meaning; the project's additions (docs/CONTENT-CONTRACT.md, "Additions") follow them, inside
 * `producer` and `certificate` and after `url`. An absent optional value is `null`, never left out,
 * so that every row has the same keys.
 */
export interface ProductRecord {
  slug: string;
  name: string;
  group: string;
  stars: number;
  commune: string;
  producer: {
    slug: string;
    name: string;
    kind: string;
    phone: string | null;
    email: string | null;
    website: string | null;
    address: string;
    commune: string;
    /** The producer's page on the site. */
    url: string;
  };
  certificate: {
    number: string;
    date: string;
    expires: string;
    issuer: string;
    /** The date the file was built and the certificate found valid (`OCOP_AS_OF`): valid from then until `expires`. */
    validAsOf: string;
    /** The signed decision's URL (`certificate.document`); null when the record gives none. */
    document: string | null;
  };
  url: string;
  groupLabel: { vi: string; en: string };
  /** The product line (bộ sản phẩm) by its canonical key (src/lib/product-line.ts); null without one. */
  productLine: (BothLanguages & { key: string }) | null;
  price: string | null;
  salesPoints: SalesPointRecord[];
}

interface ExportedProduct {
  id: string;
  data: {
    name: string;
    group: string;
    subgroup?: string | undefined;
    stars: number;
    commune: string;
    producer: string;
    certificate: Certificate;
    price?: string | undefined;
    salesPoints?: string[] | undefined;
  };
}

interface ExportedProducer {
  id: string;
  data: {
    name: string;
    kind: string;
    commune: string;
    address: string;
    phone?: string | undefined;
    email?: string | undefined;
    website?: string | undefined;
  };
}

interface ExportedPlace {
  id: string;
  data: { name: string; commune: string; address: string; phone?: string | undefined; hours?: string | undefined };
}

/** What the open data needs besides the records: absolute URLs, the date, and labels in both languages. */
export interface OpenDataContext {
  asOf: string;
  productUrl: (slug: string) => string;
  producerUrl: (slug: string) => string;
  mapPointUrl: (slug: string) => string;
  groupLabel: (group: string) => { vi: string; en: string };
  /** The product line of a `subgroup`, or null when it has none. */
  productLine: (subgroup: string | undefined) => ProductRecord['productLine'];
}

const orNull = (value: string | undefined) => value ?? null;

/**
 * A published product as open data, with its producer and its sales points as the catalogue gives
 * them (`salesPointsOf`, src/lib/catalogue.ts: in the record's order, a slug that names no place left out).
 */
export function productRecord(
  product: ExportedProduct,
  producer: ExportedProducer | undefined,
  salesPoints: ExportedPlace[],
  context: OpenDataContext,
): ProductRecord {
  const { data } = product;
  return {
    slug: product.id,
    name: data.name,
    group: data.group,
    stars: data.stars,
    commune: data.commune,
    producer: {
      slug: data.producer,
      name: producer?.data.name ?? '',
      kind: producer?.data.kind ?? '',
      phone: orNull(producer?.data.phone),
      email: orNull(producer?.data.email),
      website: orNull(producer?.data.website),
      address: producer?.data.address ?? '',
      commune: producer?.data.commune ?? '',
      url: context.producerUrl(data.producer),
    },
    certificate: {
      number: data.certificate.number,
      date: data.certificate.date,
      expires: certificateExpiry(data.certificate),
      issuer: data.certificate.issuer,
      validAsOf: context.asOf,
      document: orNull(data.certificate.document),
    },
    url: context.productUrl(product.id),
    groupLabel: context.groupLabel(data.group),
    productLine: context.productLine(data.subgroup),
    price: orNull(data.price),
    salesPoints: salesPoints.map((place) => ({
      slug: place.id,
      name: place.data.name,
      address: place.data.address,
      commune: place.data.commune,
      phone: orNull(place.data.phone),
      hours: orNull(place.data.hours),
      url: context.mapPointUrl(place.id),
    })),
  };
}

/**
 * The CSV columns: the JSON fields, nested ones flattened with a dot; the contract's first, then the
 * additions. Sales points, a list, take one cell: "name, address" of each, separated by " | ".
 */
export const CSV_COLUMNS = [
  'slug',
  'name',
  'group',
  'stars',
  'commune',
  'producer.slug',
  'producer.name',
  'certificate.number',
  'certificate.date',
  'certificate.expires',
  'certificate.issuer',
  'url',
  'group.vi',
  'group.en',
  'productLine.key',
  'productLine.vi',
  'productLine.en',
  'price',
  'certificate.validAsOf',
  'producer.kind',
  'producer.phone',
  'producer.email',
  'producer.website',
  'producer.address',
  'producer.commune',
  'producer.url',
  'salesPoints',
  'certificate.document',
] as const;

export function csvRow(record: ProductRecord): (string | number)[] {
  return [
    record.slug,
    record.name,
    record.group,
    record.stars,
    record.commune,
    record.producer.slug,
    record.producer.name,
    record.certificate.number,
    record.certificate.date,
    record.certificate.expires,
    record.certificate.issuer,
    record.url,
    record.groupLabel.vi,
    record.groupLabel.en,
    record.productLine?.key ?? '',
    record.productLine?.vi ?? '',
    record.productLine?.en ?? '',
    record.price ?? '',
    record.certificate.validAsOf,
    record.producer.kind,
    record.producer.phone ?? '',
    record.producer.email ?? '',
    record.producer.website ?? '',
    record.producer.address,
    record.producer.commune,
    record.producer.url,
    record.salesPoints.map((point) => `${point.name}, ${point.address}`).join(' | '),
    record.certificate.document ?? '',
  ];
}

/**
 * How every CSV export is written: CRLF rows, and no cell a spreadsheet would run as a formula
 * (CSV injection, OWASP): csv-stringify's `escape_formulas` puts a `'` before any text cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or their full-width forms), so
 * `=HYPERLINK(…)` opens as the text it is. Numbers stay numbers. The JSON export keeps the text as written.
 */
export const CSV_OPTIONS = { record_delimiter: '\r\n', escape_formulas: true } as const;

/** CSV with a byte-order mark, so that Excel opens it as UTF-8 and shows Vietnamese marks. */
export function productsCsv(records: ProductRecord[]): string {
  return `\uFEFF${stringify([[...CSV_COLUMNS], ...records.map(csvRow)], CSV_OPTIONS)}`;
}

/** Every published product as open data, in catalogue order. */
export function productRecords<P extends ExportedProduct>(
  catalogue: {
    products: P[];
    producer(id: string): ExportedProducer | undefined;
    salesPointsOf(product: P): ExportedPlace[];
  },
  context: OpenDataContext,
): ProductRecord[] {
  return catalogue.products.map((product) =>
    productRecord(product, catalogue.producer(product.data.producer), catalogue.salesPointsOf(product), context),
  );
}
