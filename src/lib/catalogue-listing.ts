// A catalogue listing's products in display order, computed once per language and group. A paginated
// listing renders many pages from the same sorted list; sorting it again for each page would make the
// build's work grow with the square of the catalogue.
import type { Locale, ProductGroup } from '../schemas/enums.ts';
import { compareListed, distinctSorted, pageCount, type Listed } from './listing.ts';
import { localName } from './localize.ts';
import { productLineKey, productLines, sortedLines, type ProductLine } from './product-line.ts';
import { PRODUCT_GROUPS } from '../schemas/enums.ts';

interface ListableProduct {
  data: {
    name: string;
    en?: { name: string } | undefined;
    group: ProductGroup;
    subgroup?: string | undefined;
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
  /** The product lines of the listed products, for the product-line filter, by group then label. */
  lines: ProductLine[];
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
        line: productLineKey(product.data.subgroup) ?? '',
        stars: product.data.stars,
        commune: product.data.commune,
        certified: product.data.certificate.date,
      } satisfies Listed,
    }))
    .sort((a, b) => compareListed('name', locale)(a.listed, b.listed));
  // Labels come from every product given (the whole catalogue), so a line reads the same on every page.
  const allLines = productLines(products);
  const listedLines = new Set(items.map(({ listed }) => listed.line));
  const listing = {
    items,
    communes: distinctSorted(items.map(({ listed }) => listed.commune)),
    lines: sortedLines(
      [...allLines.values()].filter((line) => listedLines.has(line.key)),
      PRODUCT_GROUPS,
    ),
    pages: pageCount(items.length),
  };
  byKey.set(key, listing);
  return listing;
}
