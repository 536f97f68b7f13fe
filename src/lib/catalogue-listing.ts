// A catalogue listing's products in display order, computed once per language and group. A paginated
// listing renders many pages from the same sorted list; sorting it again for each page would make the
// build's work grow with the square of the catalogue.
import type { Locale, ProductGroup } from '../schemas/enums.ts';
import { compareListed, distinctSorted, pageCount, type Listed } from './listing.ts';
import { localName } from './localize.ts';

interface ListableProduct {
  data: {
    name: string;
    en?: { name: string } | undefined;
    group: ProductGroup;
    stars: number;
    commune: string;
    certificate: { date: string };
  };
}

export interface CatalogueListing<P> {
  /** Products with what the filter reads of them, in name order for the language. */
  items: { product: P; listed: Listed }[];
  /** The communes of the listed products, for the commune filter. */
  communes: string[];
  pages: number;
}

const cache = new WeakMap<readonly object[], Map<string, CatalogueListing<unknown>>>();

export function catalogueListing<P extends ListableProduct>(
  products: readonly P[],
  locale: Locale,
  group?: ProductGroup,
): CatalogueListing<P> {
  let byKey = cache.get(products);
  if (!byKey) cache.set(products, (byKey = new Map()));
  const key = `${locale}:${group ?? ''}`;
  const known = byKey.get(key);
  if (known) return known as CatalogueListing<P>;

  const items = (group ? products.filter((product) => product.data.group === group) : products)
    .map((product) => ({
      product,
      listed: {
        name: localName(product.data, locale).text,
        group: product.data.group,
        stars: product.data.stars,
        commune: product.data.commune,
        certified: product.data.certificate.date,
      } satisfies Listed,
    }))
    .sort((a, b) => compareListed('name', locale)(a.listed, b.listed));
  const listing = {
    items,
    communes: distinctSorted(items.map(({ listed }) => listed.commune)),
    pages: pageCount(items.length),
  };
  byKey.set(key, listing);
  return listing;
}
