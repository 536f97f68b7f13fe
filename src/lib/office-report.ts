import { certificateExpiry, daysUntilExpiry } from './certificate.ts';
import type { Catalogue, Excluded, PlaceLike, ProducerLike, ProductLike } from './catalogue.ts';

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
      return `below 3 stars (${status.stars} ★)`;
  }
}

/** The office's plain-text report: what is published, what is not and why, what lapses soon. */
export function officeReport(catalogue: Catalogue<ReportProduct, ProducerLike, PlaceLike>): string {
  const { asOf } = catalogue;
  const label = (product: ReportProduct) => `${product.data.name} (${product.file ?? product.id})`;
  const lines = [`OCOP content report, reference date ${asOf}`, '', `Published products: ${catalogue.products.length}`];

  lines.push('', `Not published: ${catalogue.excluded.length}`);
  for (const excluded of catalogue.excluded) lines.push(`  - ${label(excluded.product)}: ${exclusionReason(excluded)}`);

  const expiring = catalogue.products
    .map((product) => ({ product, days: daysUntilExpiry(product.data, asOf) ?? Infinity }))
    .filter(({ days }) => days <= EXPIRY_WARNING_DAYS)
    .sort((a, b) => a.days - b.days);
  lines.push('', `Certificates expiring within ${EXPIRY_WARNING_DAYS} days (re-evaluation list): ${expiring.length}`);
  for (const { product, days } of expiring) {
    lines.push(`  - ${label(product)}: expires on ${certificateExpiry(product.data.certificate)}, in ${days} days`);
  }
  return lines.join('\n');
}
