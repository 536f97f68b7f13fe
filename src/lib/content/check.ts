import { z } from 'astro/zod';
import { eventSchema, type EventData } from '../../schemas/event.ts';
import { placeSchema } from '../../schemas/place.ts';
import { producerSchema } from '../../schemas/producer.ts';
import { productSchema } from '../../schemas/product.ts';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { inspectImage } from './images.ts';
import { fieldPath, type Problem } from './problem.ts';
import {
  readRecordFolder,
  readSiteFile,
  realContentRoot,
  type Ignored,
  type RawRecord,
  type RecordFolder,
  type RecordFolderContents,
} from './read.ts';
import { contentWarnings } from './warnings.ts';

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

export interface CheckResult {
  problems: Problem[];
  /** Files skipped on purpose (hidden files, OS and editor droppings): the build skips them too. */
  ignored: Ignored[];
  /** What the office should look at although the site is built (src/lib/content/warnings.ts). */
  warnings: Problem[];
  /** The validated content; only when there is no problem at all. */
  content?: CheckedContent;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required but missing';
  return issue.message;
}

/** Validates one record against its schema; every issue becomes a problem naming file and field. */
export function validateRecord<Schema extends z.ZodType>(
  record: Pick<RawRecord, 'file' | 'data'>,
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

// References are checked on every record as read, whether or not it passed its schema, so that one run
// names every problem of a record (issue #18): a field of the wrong type is the schema's problem and is
// skipped here. Slugs are looked up among every record file present, so one bad producer file is
// reported once, not again in each product that names it.
const field = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
const slugs = (value: unknown): [number, string][] =>
  Array.isArray(value) ? value.flatMap((slug, index) => (typeof slug === 'string' ? [[index, slug] as [number, string]] : [])) : [];

interface Ids {
  producers: Set<string>;
  products: Set<string>;
  places: Set<string>;
}

function checkReference(file: string, name: string, value: unknown, ids: Set<string>, what: string, path: string, problems: Problem[]) {
  if (typeof value === 'string' && !ids.has(value)) {
    problems.push({ file, field: name, message: `"${value}" is not a ${what}: there is no ${path.replace('*', value)}` });
  }
}

async function checkProductReferences(root: string, products: RawRecord[], ids: Ids, problems: Problem[]): Promise<void> {
  for (const { file, data } of products) {
    checkReference(file, 'producer', field(data, 'producer'), ids.producers, 'producer', 'producers/*.json', problems);
    for (const [index, slug] of slugs(field(data, 'salesPoints'))) {
      checkReference(file, `salesPoints[${index}]`, slug, ids.places, 'place', 'places/*.json', problems);
    }
    const images = field(data, 'images');
    if (!Array.isArray(images)) continue;
    for (const [index, image] of images.entries()) {
      const src = field(image, 'src');
      if (typeof src !== 'string' || src.length === 0) continue;
      const inspection = await inspectImage(root, file, src);
      if ('problem' in inspection) problems.push({ file, field: `images[${index}].src`, message: inspection.problem });
    }
  }
}

function checkEventReferences(events: RawRecord[], ids: Ids, problems: Problem[]): void {
  for (const { file, data } of events) {
    checkReference(file, 'place', field(data, 'place'), ids.places, 'place', 'places/*.json', problems);
    for (const [index, slug] of slugs(field(data, 'products'))) {
      checkReference(file, `products[${index}]`, slug, ids.products, 'product', 'products/*.md', problems);
    }
    for (const [index, slug] of slugs(field(data, 'producers'))) {
      checkReference(file, `producers[${index}]`, slug, ids.producers, 'producer', 'producers/*.json', problems);
    }
  }
}

/**
 * Reads and validates a whole content folder against CONTENT-CONTRACT.md, collecting every problem of
 * every record in one pass, references and images included, so that the office can fix them all at
 * once. Files are listed and read by `readRecordFolder`, exactly as the build's loaders read them.
 * `keepParsed`: leave each parse for the loaders of the build that follows in this process.
 * `warnings` (src/lib/content/warnings.ts) do not stop the build; they are computed for a folder
 * without problems.
 */
export async function checkContentFolder(
  contentRoot: string,
  { keepParsed = false }: { keepParsed?: boolean } = {},
): Promise<CheckResult> {
  const root = realContentRoot(contentRoot);
  const problems: Problem[] = [];
  const ignored: Ignored[] = [];
  const read = (folder: RecordFolder): RecordFolderContents => {
    const contents = readRecordFolder(root, folder, { keepParsed });
    problems.push(...contents.problems);
    ignored.push(...contents.ignored);
    return contents;
  };
  const siteRecord = readSiteFile(root, problems);
  const site = siteRecord && validateRecord(siteRecord, siteSchema, problems);
  const producerFiles = read('producers');
  const placeFiles = read('places');
  const productFiles = read('products');
  const eventFiles = read('events');
  const producers = validateFolder(producerFiles.records, producerSchema, problems);
  const places = validateFolder(placeFiles.records, placeSchema, problems);
  const products = validateFolder(productFiles.records, productWithPaths, problems);
  const events = validateFolder(eventFiles.records, eventSchema, problems);
  const ids = { producers: producerFiles.ids, products: productFiles.ids, places: placeFiles.ids };
  await checkProductReferences(root, productFiles.records, ids, problems);
  checkEventReferences(eventFiles.records, ids, problems);
  // Grouped by file, in the order the files were read, so that a record's problems are read together.
  const order = new Map<string, number>();
  for (const { file } of problems) if (!order.has(file)) order.set(file, order.size);
  problems.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  if (problems.length > 0 || !site) return { problems, ignored, warnings: [] };
  const content = { site, producers, products, places, events };
  return { problems, ignored, warnings: contentWarnings(content), content };
}
