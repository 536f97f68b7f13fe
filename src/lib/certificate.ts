import { addMonthsIso, daysBetween, type IsoDate } from './dates.ts';
import { hasLapsedOn, MIN_PUBLISHED_STARS } from './validity.ts';

/** Certificates last 36 months unless the decision says otherwise (OCOP.md). */
export const CERTIFICATE_VALIDITY_MONTHS = 36;

export interface Certificate {
  number: string;
  date: IsoDate;
  issuer: string;
  expires?: IsoDate | undefined;
  /** URL of the signed decision (optional). */
  document?: string | undefined;
}

export interface Revocation {
  date: IsoDate;
  reason: string;
}

/** The part of a product record that the publication rule reads. */
export interface Certified {
  stars: number;
  certificate: Certificate;
  revoked?: Revocation | undefined;
}

export type CertificateStatus =
  | { kind: 'valid'; expires: IsoDate }
  | { kind: 'expired'; expires: IsoDate }
  | { kind: 'revoked'; date: IsoDate; reason: string }
  | { kind: 'below-threshold'; stars: number };

export function certificateExpiry(certificate: Certificate): IsoDate {
  return certificate.expires ?? addMonthsIso(certificate.date, CERTIFICATE_VALIDITY_MONTHS);
}

/**
 * The status of a product's certificate on a reference date: revoked, below the star threshold, or
 * valid until it lapses on its expiry date (the rules of src/lib/validity.ts).
 */
export function certificateStatus(product: Certified, asOf: IsoDate): CertificateStatus {
  if (product.revoked) {
    return { kind: 'revoked', date: product.revoked.date, reason: product.revoked.reason };
  }
  if (product.stars < MIN_PUBLISHED_STARS) return { kind: 'below-threshold', stars: product.stars };
  const expires = certificateExpiry(product.certificate);
  return hasLapsedOn(expires, asOf) ? { kind: 'expired', expires } : { kind: 'valid', expires };
}

/** The contract's publication rule: 3 stars or more, not revoked, reference date before expiry. */
export function isPublished(product: Certified, asOf: IsoDate): boolean {
  return certificateStatus(product, asOf).kind === 'valid';
}

/** Days left before a published product's certificate lapses; undefined when it is not published. */
export function daysUntilExpiry(product: Certified, asOf: IsoDate): number | undefined {
  const status = certificateStatus(product, asOf);
  return status.kind === 'valid' ? daysBetween(asOf, status.expires) : undefined;
}
