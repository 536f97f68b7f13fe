// The product line (bộ sản phẩm) of a product: its free-text `subgroup`, grouped under one canonical key
// so that "Chè tươi, chế biến", "chè tươi - chế biến" and "Chè  tươi, chế biến" are one line in the
// catalogue's filter, the search facets and the open data.
import { compareVietnamese } from './collate.ts';
import { textKey } from './fold.ts';
import { normalizeLine } from './text.ts';

/**
 * The canonical key of a product line: the text normalised (`normalizeLine`), then `textKey`: folded
 * to unmarked lowercase ASCII (so the old and new tone placements of "Thủy"/"Thuỷ" and any capitals
 * agree), every run of punctuation and spaces made one hyphen. It doubles as the value in
 * URLs (`?bo-san-pham=che-tuoi-che-bien`) and in the data files. Two lines that differ only by their
 * marks share a key; the OCOP programme's lines (Decision 148/QĐ-TTg) never do.
 * `undefined` when the text has no letter or digit.
 *
 * `productLineKey("Chè tươi, chế biến")` → `"che-tuoi-che-bien"`.
 */
export function productLineKey(subgroup: string | undefined): string | undefined {
  if (subgroup === undefined) return undefined;
  return textKey(normalizeLine(subgroup)) || undefined;
}

/** One product line as the site shows it: its key and the Vietnamese label the records use most. */
export interface ProductLine {
  key: string;
  /** The spelling most products of the line use (ties: the first in Vietnamese order). */
  label: string;
  /** The product group most of its products are in, to arrange lines by group. */
  group: string;
  count: number;
}

interface HasSubgroup {
  data: { subgroup?: string | undefined; group: string };
}

const cache = new WeakMap<readonly object[], Map<string, ProductLine>>();

/**
 * Every product line of a list of products, by key, computed once per list. The label of a key is
 * chosen from all the products given, so pass the whole catalogue wherever labels must agree.
 */
export function productLines(products: readonly HasSubgroup[]): Map<string, ProductLine> {
  const known = cache.get(products);
  if (known) return known;
  const spellings = new Map<string, Map<string, number>>();
  const groups = new Map<string, Map<string, number>>();
  const tally = (counts: Map<string, Map<string, number>>, key: string, value: string) => {
    let byValue = counts.get(key);
    if (!byValue) counts.set(key, (byValue = new Map()));
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
  };
  for (const { data } of products) {
    const key = productLineKey(data.subgroup);
    if (!key || data.subgroup === undefined) continue;
    tally(spellings, key, normalizeLine(data.subgroup));
    tally(groups, key, data.group);
  }
  const most = (counts: Map<string, number>) =>
    [...counts].sort(([a, m], [b, n]) => n - m || compareVietnamese(a, b))[0]?.[0] ?? '';
  const lines = new Map<string, ProductLine>();
  for (const [key, counts] of spellings) {
    lines.set(key, {
      key,
      label: most(counts),
      group: most(groups.get(key) ?? new Map()),
      count: [...counts.values()].reduce((sum, count) => sum + count, 0),
    });
  }
  cache.set(products, lines);
  return lines;
}

/** Product lines in the order a filter lists them: by the order of `groups`, then by label. */
export function sortedLines(lines: Iterable<ProductLine>, groups: readonly string[]): ProductLine[] {
  const rank = (group: string) => (groups.includes(group) ? groups.indexOf(group) : groups.length);
  return [...lines].sort((a, b) => rank(a.group) - rank(b.group) || compareVietnamese(a.label, b.label));
}
