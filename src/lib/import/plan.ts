/**
 * What an import would do to a content folder: which products and producers it adds, which products
 * it changes (stars, a new decision) and which rows it rejects. Nothing here writes; `write.ts`
 * applies a plan. Matching: a producer by its name (normalised, abbreviations expanded: "HTX" is
 * "Hợp tác xã"), a product by its name and producer.
 */
import type { ProducerKind, ProductGroup } from '../../schemas/enums.ts';
import { SUMMARY_MAX } from '../../schemas/product.ts';
import type { IsoDate } from '../dates.ts';
import { producerKey, producerKindOf, producerSlug, productKey, slugify } from './cells.ts';
import { COLUMNS } from './columns.ts';
import type { Decision, RowProblem } from './decisions.ts';

/** A record already in the content folder, as read from disk (not necessarily valid). */
export interface ExistingRecord {
  id: string;
  data: unknown;
}

export interface NewProducer {
  slug: string;
  data: { name: string; kind: ProducerKind; commune: string; address: string };
  /** The kind was not in the name: `other` is a default the office should check. */
  kindGuessed: boolean;
  row: number;
}

export interface NewProduct {
  slug: string;
  data: {
    name: string;
    producer: string;
    group: ProductGroup;
    subgroup?: string;
    stars: number;
    certificate: { number: string; date: IsoDate; issuer: string };
    commune: string;
    summary: string;
  };
  row: number;
}

/** Fields the import sets on an existing product; nothing else of the record is touched. */
export interface ProductChange {
  slug: string;
  row: number;
  stars?: { from: unknown; to: number };
  certificate?: {
    from: { number?: unknown; date?: unknown; issuer?: unknown };
    to: { number: string; date: IsoDate; issuer: string };
  };
  /** The record's `certificate.expires` belonged to the old decision and is removed. */
  dropsExpires: boolean;
  /** Things the office should look at by hand (a revoked certificate, …). */
  notes: string[];
}

export interface ImportPlan {
  addProducers: NewProducer[];
  addProducts: NewProduct[];
  changeProducts: ProductChange[];
  /** Rows whose product is already recorded with this decision. */
  unchanged: { row: number; slug: string }[];
  rejected: RowProblem[];
}

export interface PlanOptions {
  /** Who issued the decisions, when the sheet has no such column ("UBND tỉnh Lai Châu"). */
  issuer?: string | undefined;
}

/**
 * The one-line summary the import writes for a new product, which the office replaces with its
 * own (the content report lists products that still carry it: `isImportedSummary`). Facts only:
 * the producer, the commune and the decision.
 */
export function importedSummary(product: {
  producerName: string;
  commune: string;
  stars: number;
  number: string;
}): string {
  const summary = `Sản phẩm của ${product.producerName}, xã ${product.commune}; xếp hạng ${product.stars} sao OCOP theo Quyết định ${product.number}.`;
  if ([...summary].length <= SUMMARY_MAX) return summary;
  return `Sản phẩm OCOP ${product.stars} sao, xã ${product.commune}, theo Quyết định ${product.number}.`;
}

/** True when a product's summary is still the one the import wrote. */
export function isImportedSummary(
  summary: string,
  product: { producerName: string; commune: string; stars: number; number: string },
): boolean {
  return summary === importedSummary(product);
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base || 'san-pham';
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/**
 * Plans the import of `decisions` into a folder holding `existing` records. Rows are taken in
 * sheet order; a row repeating an earlier one is rejected as a duplicate; a second import of the
 * same sheet plans no change.
 */
export function planImport(
  decisions: readonly Decision[],
  existing: { products: readonly ExistingRecord[]; producers: readonly ExistingRecord[] },
  options: PlanOptions = {},
): ImportPlan {
  const plan: ImportPlan = { addProducers: [], addProducts: [], changeProducts: [], unchanged: [], rejected: [] };
  const producerSlugs = new Set(existing.producers.map((p) => p.id));
  const productSlugs = new Set(existing.products.map((p) => p.id));
  const producersByKey = new Map<string, { slug: string; name: string }>();
  for (const producer of existing.producers) {
    const name = str(record(producer.data).name);
    if (name && !producersByKey.has(producerKey(name)))
      producersByKey.set(producerKey(name), { slug: producer.id, name });
  }
  const productsByKey = new Map<string, { slug: string; data: Record<string, unknown> }>();
  for (const product of existing.products) {
    const data = record(product.data);
    productsByKey.set(`${productKey(str(data.name))}|${str(data.producer)}`, { slug: product.id, data });
  }
  const seenRows = new Map<string, Decision>();
  const reject = (row: number, column: keyof typeof COLUMNS, message: string) =>
    plan.rejected.push({ row, column: COLUMNS[column].label, message });

  for (const decision of decisions) {
    const pKey = producerKey(decision.producer);
    const rowKey = `${productKey(decision.name)}|${pKey}`;
    const earlier = seenRows.get(rowKey);
    if (earlier) {
      const same =
        earlier.number === decision.number && earlier.stars === decision.stars && earlier.date === decision.date;
      reject(
        decision.row,
        'name',
        same
          ? `repeats row ${earlier.row} (same product, producer and decision): skipped`
          : `names the same product and producer as row ${earlier.row} with another decision: keep one row per product`,
      );
      continue;
    }
    seenRows.set(rowKey, decision);
    const issuer = decision.issuer ?? options.issuer;

    let producer = producersByKey.get(pKey);
    const existingProduct = producer && productsByKey.get(`${productKey(decision.name)}|${producer.slug}`);
    if (existingProduct) {
      planChange(plan, existingProduct, decision, issuer);
      continue;
    }

    // A new product: it needs what the decision list may lack.
    const before = plan.rejected.length;
    if (!decision.group) reject(decision.row, 'group', 'is empty: a new product needs one of the six OCOP groups');
    if (!decision.commune) reject(decision.row, 'commune', 'is empty, and the address names no commune');
    if (decision.group === 'tourism') {
      reject(
        decision.row,
        'group',
        'a tourism product needs its location on the map: add it in /admin/ (Sản phẩm → Thêm mới), not from the spreadsheet',
      );
    }
    if (!issuer) {
      reject(
        decision.row,
        'issuer',
        'is unknown: add a column "Cơ quan ban hành" or run the import with --issuer "UBND tỉnh …"',
      );
    }
    if (!producer && !decision.address && !decision.commune) {
      reject(decision.row, 'address', 'is empty: a new producer needs an address');
    }
    if (plan.rejected.length > before) continue;
    const commune = decision.commune!;

    if (!producer) {
      const slug = uniqueSlug(producerSlug(decision.producer), producerSlugs);
      const { kind, guessed } = producerKindOf(decision.producer);
      plan.addProducers.push({
        slug,
        data: { name: decision.producer, kind, commune, address: decision.address ?? `xã ${commune}` },
        kindGuessed: guessed,
        row: decision.row,
      });
      producer = { slug, name: decision.producer };
      producersByKey.set(pKey, producer);
    }
    const slug = uniqueSlug(slugify(decision.name), productSlugs);
    const data: NewProduct['data'] = {
      name: decision.name,
      producer: producer.slug,
      group: decision.group!,
      ...(decision.subgroup && { subgroup: decision.subgroup }),
      stars: decision.stars,
      certificate: { number: decision.number, date: decision.date, issuer: issuer! },
      commune,
      summary: importedSummary({
        producerName: producer.name,
        commune,
        stars: decision.stars,
        number: decision.number,
      }),
    };
    plan.addProducts.push({ slug, data, row: decision.row });
    productsByKey.set(`${productKey(decision.name)}|${producer.slug}`, { slug, data });
  }
  return plan;
}

function planChange(
  plan: ImportPlan,
  existing: { slug: string; data: Record<string, unknown> },
  decision: Decision,
  issuer: string | undefined,
): void {
  const certificate = record(existing.data.certificate);
  const sameDecision = str(certificate.number) === decision.number;
  const change: ProductChange = { slug: existing.slug, row: decision.row, dropsExpires: false, notes: [] };
  if (sameDecision) {
    // The same decision: only a corrected star rank or date changes the record.
    if (existing.data.stars !== decision.stars) change.stars = { from: existing.data.stars, to: decision.stars };
    if (str(certificate.date) !== decision.date) {
      change.certificate = {
        from: { number: certificate.number, date: certificate.date, issuer: certificate.issuer },
        to: { number: decision.number, date: decision.date, issuer: str(certificate.issuer) || issuer || '' },
      };
    }
  } else {
    const recorded = str(certificate.date);
    if (recorded && decision.date <= recorded) {
      plan.rejected.push({
        row: decision.row,
        column: COLUMNS.date.label,
        message: `decision ${decision.number} of ${decision.date} is not newer than the one products/${existing.slug}.md records (${str(certificate.number)} of ${recorded}): not changed`,
      });
      return;
    }
    const newIssuer = issuer ?? str(certificate.issuer);
    if (!newIssuer) {
      plan.rejected.push({
        row: decision.row,
        column: COLUMNS.issuer.label,
        message: 'is unknown: add a column "Cơ quan ban hành" or run the import with --issuer "UBND tỉnh …"',
      });
      return;
    }
    change.certificate = {
      from: { number: certificate.number, date: certificate.date, issuer: certificate.issuer },
      to: { number: decision.number, date: decision.date, issuer: newIssuer },
    };
    change.dropsExpires = certificate.expires !== undefined;
    if (existing.data.stars !== decision.stars) change.stars = { from: existing.data.stars, to: decision.stars };
    if (existing.data.revoked) {
      change.notes.push('the record has "revoked": if this decision reinstates the product, remove "revoked" by hand');
    }
  }
  if (change.stars || change.certificate) plan.changeProducts.push(change);
  else plan.unchanged.push({ row: decision.row, slug: existing.slug });
}
