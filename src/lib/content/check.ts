import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { eventSchema, type EventData } from '../../schemas/event.ts';
import { placeSchema } from '../../schemas/place.ts';
import { producerSchema } from '../../schemas/producer.ts';
import { productSchema } from '../../schemas/product.ts';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { fieldPath, type Problem } from './problem.ts';
import { readRecordFolder, readSiteFile, type RawRecord } from './read.ts';

const productWithPaths = productSchema(z.string({ error: 'must be a path to an image file' }).min(1));
export type ProductData = z.output<typeof productWithPaths>;
export type ProducerData = z.output<typeof producerSchema>;
export type PlaceData = z.output<typeof placeSchema>;

export interface Entry<Data> {
  id: string;
  data: Data;
  body?: string;
  /** Path relative to the content root. */
  file: string;
}

export interface CheckedContent {
  site: Site;
  producers: Entry<ProducerData>[];
  products: Entry<ProductData>[];
  places: Entry<PlaceData>[];
  /** Optional folder: empty when the content root has no `events/`. */
  events: Entry<EventData>[];
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required but missing';
  return issue.message;
}

/** Validates one record against its schema; every issue becomes a problem naming file and field. */
export function validateRecord<Schema extends z.ZodType>(
  record: RawRecord,
  schema: Schema,
  problems: Problem[],
): z.output<Schema> | undefined {
  const result = schema.safeParse(record.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file: record.file, field: fieldPath([...issue.path, key]), message: 'is not a field of this record (a typo?)' });
      }
    } else {
      problems.push({ file: record.file, field: fieldPath(issue.path), message: describeIssue(issue) });
    }
  }
  return undefined;
}

function validateFolder<Schema extends z.ZodType>(
  records: RawRecord[],
  schema: Schema,
  problems: Problem[],
): Entry<z.output<Schema>>[] {
  return records.flatMap((record) => {
    const data = validateRecord(record, schema, problems);
    return data === undefined ? [] : [{ id: record.id, data, file: record.file, ...(record.body !== undefined && { body: record.body }) }];
  });
}

function checkProductReferences(
  products: Entry<ProductData>[],
  producerIds: Set<string>,
  placeIds: Set<string>,
  root: string,
  problems: Problem[],
): void {
  for (const { file, data } of products) {
    if (!producerIds.has(data.producer)) {
      problems.push({ file, field: 'producer', message: `"${data.producer}" is not a producer: there is no producers/${data.producer}.json` });
    }
    data.salesPoints?.forEach((slug, index) => {
      if (!placeIds.has(slug)) {
        problems.push({ file, field: `salesPoints[${index}]`, message: `"${slug}" is not a place: there is no places/${slug}.json` });
      }
    });
    data.images?.forEach(({ src }, index) => {
      const path = resolve(dirname(resolve(root, file)), src);
      if (!existsSync(path)) {
        problems.push({ file, field: `images[${index}].src`, message: `"${src}" does not exist (paths are relative to the record's own file)` });
      }
    });
  }
}

function checkEventReferences(
  events: Entry<EventData>[],
  ids: { products: Set<string>; producers: Set<string>; places: Set<string> },
  problems: Problem[],
): void {
  for (const { file, data } of events) {
    if (data.place && !ids.places.has(data.place)) {
      problems.push({ file, field: 'place', message: `"${data.place}" is not a place: there is no places/${data.place}.json` });
    }
    data.products?.forEach((slug, index) => {
      if (!ids.products.has(slug)) {
        problems.push({ file, field: `products[${index}]`, message: `"${slug}" is not a product: there is no products/${slug}.md` });
      }
    });
    data.producers?.forEach((slug, index) => {
      if (!ids.producers.has(slug)) {
        problems.push({ file, field: `producers[${index}]`, message: `"${slug}" is not a producer: there is no producers/${slug}.json` });
      }
    });
  }
}

/**
 * Reads and validates a whole content folder against CONTENT-CONTRACT.md, collecting every problem
 * in one pass so that the office can fix them all at once.
 */
export function checkContentFolder(
  root: string,
  { keepParsed = false }: { keepParsed?: boolean } = {},
): { problems: Problem[]; content?: CheckedContent } {
  const problems: Problem[] = [];
  const siteRecord = readSiteFile(root, problems);
  const site = siteRecord && validateRecord(siteRecord, siteSchema, problems);
  const rawProducers = readRecordFolder(root, 'producers', problems);
  const rawPlaces = readRecordFolder(root, 'places', problems);
  const producers = validateFolder(rawProducers, producerSchema, problems);
  const places = validateFolder(rawPlaces, placeSchema, problems);
  const rawProducts = readRecordFolder(root, 'products', problems, keepParsed);
  const products = validateFolder(rawProducts, productWithPaths, problems);
  const events = validateFolder(readRecordFolder(root, 'events', problems, keepParsed), eventSchema, problems);
  // References are checked against every file present, so one bad producer file is reported once,
  // not again in each product that names it.
  const ids = (records: RawRecord[]) => new Set(records.map((record) => record.id));
  checkProductReferences(products, ids(rawProducers), ids(rawPlaces), root, problems);
  checkEventReferences(
    events,
    { products: ids(rawProducts), producers: ids(rawProducers), places: ids(rawPlaces) },
    problems,
  );
  if (problems.length > 0 || !site) return { problems };
  return { problems, content: { site, producers, products, places, events } };
}
