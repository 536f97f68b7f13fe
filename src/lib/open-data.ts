import { stringify } from 'csv-stringify/sync';
import { certificateExpiry, type Certificate } from './certificate.ts';

/** One row of `/data/products.json`: exactly the fields CONTENT-CONTRACT.md lists, in its order. */
export interface ProductRecord {
  slug: string;
  name: string;
  group: string;
  stars: number;
  commune: string;
  producer: { slug: string; name: string };
  certificate: { number: string; date: string; expires: string; issuer: string };
  url: string;
}

interface ExportedProduct {
  id: string;
  data: { name: string; group: string; stars: number; commune: string; producer: string; certificate: Certificate };
}

/** A published product as open data; `url` is its canonical page. */
export function productRecord(product: ExportedProduct, producerName: string, url: string): ProductRecord {
  const { data } = product;
  return {
    slug: product.id,
    name: data.name,
    group: data.group,
    stars: data.stars,
    commune: data.commune,
    producer: { slug: data.producer, name: producerName },
    certificate: {
      number: data.certificate.number,
      date: data.certificate.date,
      expires: certificateExpiry(data.certificate),
      issuer: data.certificate.issuer,
    },
    url,
  };
}

/** The CSV columns: the JSON fields, nested ones flattened with a dot. */
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
  ];
}

/** CSV with a byte-order mark, so that Excel opens it as UTF-8 and shows Vietnamese marks. */
export function productsCsv(records: ProductRecord[]): string {
  return `\uFEFF${stringify([[...CSV_COLUMNS], ...records.map(csvRow)], { record_delimiter: '\r\n' })}`;
}

/** Every published product as open data, in catalogue order; `urlOf` gives a product's canonical URL. */
export function productRecords<P extends ExportedProduct>(
  catalogue: { products: P[]; producer(id: string): { data: { name: string } } | undefined },
  urlOf: (slug: string) => string,
): ProductRecord[] {
  return catalogue.products.map((product) =>
    productRecord(product, catalogue.producer(product.data.producer)?.data.name ?? '', urlOf(product.id)),
  );
}
