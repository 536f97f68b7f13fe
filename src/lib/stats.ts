import { PRODUCT_GROUPS, PUBLISHED_STAR_RANKS, type ProductGroup } from '../schemas/enums.ts';

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
