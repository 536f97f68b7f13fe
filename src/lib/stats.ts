import { certificateExpiry, type Certificate } from './certificate.ts';
import { compareVietnamese } from './collate.ts';
import type { IsoDate } from './dates.ts';
import { PRODUCT_GROUPS, type ProductGroup } from '../schemas/enums.ts';
import { PUBLISHED_STAR_RANKS } from './validity.ts';

/** How many products fall under each key, in the order of `keys`, zeros included. */
export function countBy<T, K extends string | number>(
  items: T[],
  keys: readonly K[],
  keyOf: (item: T) => K,
): { key: K; count: number }[] {
  const counts = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

interface Ranked {
  data: { stars: number; group: ProductGroup };
}

export const countByStars = (products: Ranked[]) =>
  countBy(products, PUBLISHED_STAR_RANKS, (p) => p.data.stars as 3 | 4 | 5);
export const countByGroup = (products: Ranked[]) => countBy(products, PRODUCT_GROUPS, (p) => p.data.group);

/** Products per commune, communes in Vietnamese alphabetical order; only communes that have products. */
export function countByCommune(products: { data: { commune: string } }[]) {
  const communes = [...new Set(products.map((p) => p.data.commune))].sort(compareVietnamese);
  return countBy(products, communes, (p) => p.data.commune);
}

/** A calendar quarter, written `2027-Q1`. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

export function quarterOf(date: IsoDate): Quarter {
  const month = Number(date.slice(5, 7));
  return `${Number(date.slice(0, 4))}-Q${Math.ceil(month / 3) as 1 | 2 | 3 | 4}`;
}

function quartersBetween(first: Quarter, last: Quarter): Quarter[] {
  const index = (q: Quarter) => Number(q.slice(0, 4)) * 4 + Number(q.slice(-1)) - 1;
  const quarters: Quarter[] = [];
  for (let i = index(first); i <= index(last); i += 1) {
    quarters.push(`${Math.floor(i / 4)}-Q${((i % 4) + 1) as 1 | 2 | 3 | 4}`);
  }
  return quarters;
}

/**
 * How many certificates lapse in each quarter, from the quarter of the reference date to the last
 * expiry, quiet quarters included (zeros). Give it published products: their expiries all lie after
 * `asOf`. This is the office's re-evaluation calendar.
 */
export function expiriesByQuarter(products: { data: { certificate: Certificate } }[], asOf: IsoDate) {
  const quarterOfExpiry = (p: { data: { certificate: Certificate } }) =>
    quarterOf(certificateExpiry(p.data.certificate));
  const last = products.map(quarterOfExpiry).sort().at(-1);
  const quarters = last ? quartersBetween(quarterOf(asOf), last) : [];
  return countBy(products, quarters, quarterOfExpiry);
}

/** Newest certificate first (the "newly certified" feed); the same day by product slug, for a stable order. */
export function newestCertifiedFirst<P extends { id: string; data: { certificate: Certificate } }>(products: P[]): P[] {
  return [...products].sort(
    (a, b) => b.data.certificate.date.localeCompare(a.data.certificate.date) || a.id.localeCompare(b.id),
  );
}
