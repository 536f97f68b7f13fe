import type { CertificateStatus, Certified } from './certificate.ts';
import { certificateStatus } from './certificate.ts';
import type { IsoDate } from './dates.ts';
import { foldDiacritics } from './fold.ts';
import type { Locale } from '../schemas/enums.ts';

/**
 * One row of the certificate-status lookup. The contract lets the lookup show an unpublished
 * product's certificate number, name, stars and status, and nothing else: contacts, producer,
 * pictures and the page link exist only for published products.
 */
export interface LookupEntry {
  number: string;
  name: string;
  stars: number;
  status: CertificateStatus;
  /** Published products only. */
  nameEn?: string;
  /** Published products only: the product page in each language. */
  url?: Record<Locale, string>;
}

export interface LookupData {
  asOf: IsoDate;
  entries: LookupEntry[];
}

interface LookupProduct {
  id: string;
  data: Certified & { name: string; en?: { name: string } | undefined };
}

/**
 * The lookup's data from the catalogue: every product, published or not. Fields are copied one by
 * one (never spread) so that a new field on the record cannot leak an unpublished product's details.
 */
export function buildLookup(
  catalogue: { asOf: IsoDate; products: LookupProduct[]; excluded: { product: LookupProduct }[] },
  productUrl: (slug: string) => Record<Locale, string>,
): LookupData {
  const { asOf } = catalogue;
  const row = (product: LookupProduct): LookupEntry => ({
    number: product.data.certificate.number,
    name: product.data.name,
    stars: product.data.stars,
    status: certificateStatus(product.data, asOf),
  });
  const published = catalogue.products.map((product) => ({
    ...row(product),
    ...(product.data.en && { nameEn: product.data.en.name }),
    url: productUrl(product.id),
  }));
  const unpublished = catalogue.excluded.map(({ product }) => row(product));
  return { asOf, entries: [...published, ...unpublished] };
}

/** A certificate number as people type it: "123/QĐ-UBND", "123 qd ubnd" and "123/QD-UBND" are one. */
export function normalizeCertificateNumber(text: string): string {
  return foldDiacritics(text).replace(/[^a-z0-9]/g, '');
}

const words = (text: string) =>
  foldDiacritics(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function matchesNumber(entry: LookupEntry, query: string): boolean {
  const typed = normalizeCertificateNumber(query);
  if (!typed) return false;
  const number = normalizeCertificateNumber(entry.number);
  // Only the digits ("1562") find every decision with that number, whatever the issuer's suffix.
  if (/^\d+$/.test(typed)) return number.match(/^\d+/)?.[0] === typed;
  return number === typed;
}

function matchesName(entry: LookupEntry, query: string): boolean {
  const typed = words(query);
  if (typed.join('').length < 2) return false;
  const names = [...words(entry.name), ...(entry.nameEn ? words(entry.nameEn) : [])];
  return typed.every((word) => names.some((name) => name.startsWith(word)));
}

/**
 * The entries a typed query finds: by certificate number when it looks like one and matches,
 * otherwise by the words of the product's name (each typed word starts a word of the name).
 */
export function findCertificates(entries: LookupEntry[], query: string): LookupEntry[] {
  const byNumber = /\d/.test(query) ? entries.filter((entry) => matchesNumber(entry, query)) : [];
  if (byNumber.length > 0) return byNumber;
  return entries.filter((entry) => matchesName(entry, query));
}

/**
 * The status on the visitor's own date: a certificate valid when the site was built may have lapsed
 * since, and the lookup must not call it valid.
 */
export function statusOn(status: CertificateStatus, today: IsoDate): CertificateStatus {
  return status.kind === 'valid' && today >= status.expires ? { kind: 'expired', expires: status.expires } : status;
}
