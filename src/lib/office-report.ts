import { certificateExpiry, daysUntilExpiry } from './certificate.ts';
import type { Catalogue, Excluded, PlaceLike, ProducerLike, ProductLike } from './catalogue.ts';
import { isImportedSummary } from './import/plan.ts';
import { formatProblem, type Problem } from './content/problem.ts';
import { MIN_PUBLISHED_STARS } from './validity.ts';

/** The re-evaluation window: certificates lapsing within this many days are listed for the office. */
export const EXPIRY_WARNING_DAYS = 90;

type ReportProduct = ProductLike & { file?: string };

function exclusionReason({ status }: Excluded<ReportProduct>): string {
  switch (status.kind) {
    case 'expired':
      return `expired on ${status.expires}`;
    case 'revoked':
      return `revoked on ${status.date} (${status.reason})`;
    case 'below-threshold':
      return `below ${MIN_PUBLISHED_STARS} stars (${status.stars} ★)`;
  }
}

/** A published product whose certificate lapses within the re-evaluation window. */
export interface Expiring<P> {
  product: P;
  /** `certificate.expires`, or the decision date + 36 months. */
  expires: string;
  /** Whole days from the reference date to the expiry. */
  days: number;
}

/**
 * The re-evaluation list: published products whose certificate lapses within
 * `EXPIRY_WARNING_DAYS` of the catalogue's reference date, soonest first. Published only: a
 * product already lapsed, revoked or below 3 stars is off the site and has nothing to renew here.
 */
export function expiringSoon<P extends ProductLike>(
  catalogue: Pick<Catalogue<P, ProducerLike, PlaceLike>, 'asOf' | 'products'>,
): Expiring<P>[] {
  return catalogue.products
    .map((product) => ({
      product,
      expires: certificateExpiry(product.data.certificate),
      days: daysUntilExpiry(product.data, catalogue.asOf) ?? Infinity,
    }))
    .filter(({ days }) => days <= EXPIRY_WARNING_DAYS)
    .sort((a, b) => a.days - b.days);
}

/**
 * The office's plain-text report: what is published, what is not and why, what lapses soon, and the
 * content check's warnings (src/lib/content/warnings.ts) when there are any.
 */
export function officeReport(
  catalogue: Catalogue<ReportProduct, ProducerLike, PlaceLike>,
  warnings: Problem[] = [],
): string {
  const { asOf } = catalogue;
  const label = (product: ReportProduct) => `${product.data.name} (${product.file ?? product.id})`;
  const lines = [`OCOP content report, reference date ${asOf}`, '', `Published products: ${catalogue.products.length}`];

  lines.push('', `Not published: ${catalogue.excluded.length}`);
  for (const excluded of catalogue.excluded) lines.push(`  - ${label(excluded.product)}: ${exclusionReason(excluded)}`);

  const expiring = expiringSoon(catalogue);
  lines.push('', `Certificates expiring within ${EXPIRY_WARNING_DAYS} days (re-evaluation list): ${expiring.length}`);
  for (const { product, days, expires } of expiring) {
    lines.push(`  - ${label(product)}: expires on ${expires}, in ${days} days`);
  }
  if (warnings.length > 0) {
    lines.push('', `Warnings (the site is built; check these records): ${warnings.length}`);
    for (const warning of warnings) lines.push(`  - ${formatProblem(warning)}`);
  }
  return lines.join('\n');
}

interface FillableProduct extends ReportProduct {
  file: string;
  body?: string;
  data: ReportProduct['data'] & {
    commune: string;
    summary: string;
    images?: unknown[] | undefined;
  };
}
interface FillableProducer {
  id: string;
  file: string;
  data: { name: string; phone?: string | undefined; email?: string | undefined; website?: string | undefined };
}

/**
 * What the office must still fill in records that pass the check: published products that still
 * carry the summary `npm run import` wrote, or have no description or photo, and shown producers
 * with no way to contact them. Each line is `file: field: what to do`, like the check's problems,
 * but none stops the build.
 */
export function recordsToFill(catalogue: Catalogue<FillableProduct, FillableProducer, PlaceLike>): string[] {
  const lines: string[] = [];
  for (const product of catalogue.products) {
    const { data, file } = product;
    const producerName = catalogue.producer(data.producer)?.data.name ?? '';
    if (
      isImportedSummary(data.summary, {
        producerName,
        commune: data.commune,
        stars: data.stars,
        number: data.certificate.number,
      })
    ) {
      lines.push(`${file}: summary: still the sentence the import wrote; write the product's own one-line pitch`);
    }
    if (!product.body?.trim())
      lines.push(`${file}: description: empty; write a few lines about the product below the front matter`);
    if (!data.images?.length) lines.push(`${file}: images: none; add at least one photo`);
  }
  for (const producer of catalogue.producers) {
    if (!producer.data.phone && !producer.data.email && !producer.data.website) {
      lines.push(`${producer.file}: phone: none, and no e-mail or website; buyers have no way to reach this producer`);
    }
  }
  return lines;
}
