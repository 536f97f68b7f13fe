// "Download these results": the catalogue's list as filtered on screen, as CSV. The rows are those of
// /data/products.csv, as the build wrote them; /data/products.json says which products the filter in
// the page's URL keeps. Nothing is fetched until someone asks for the file.
import { compareListed, matchesListing, parseListingQuery, type Listed } from '~/lib/listing.ts';
import type { ProductRecord } from '~/lib/open-data.ts';

/** What the catalogue's filter reads of a product, from its open-data record. */
export const listedOf = (record: ProductRecord): Listed => ({
  name: record.name,
  group: record.group,
  line: record.productLine?.key ?? '',
  stars: record.stars,
  commune: record.commune,
  certified: record.certificate.date,
});

/**
 * The records of a CSV text (RFC 4180: fields in double quotes may hold commas, quotes doubled and
 * line breaks), each as its own text without the line break that ends it.
 */
export function csvRecords(csv: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index < csv.length; index += 1) {
    const char = csv[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (index > start) records.push(csv.slice(start, index));
      start = index + 1;
    }
  }
  if (start < csv.length) records.push(csv.slice(start));
  return records;
}

/**
 * The CSV of the products a listing's URL selects, in the order it chose (names in Vietnamese order,
 * as the full file): the full file's header and its rows for those products, found by their slug (the
 * first column). `group` is the group of a group's own page, whose URL does not name it.
 */
export function filteredCsv(
  records: ProductRecord[],
  csv: string,
  search: string,
  group?: string,
): { csv: string; count: number } {
  const state = parseListingQuery(new URLSearchParams(search));
  if (group) state.group = group;
  const order = compareListed(state.sort, 'vi');
  const chosen = records
    .map((record) => ({ record, listed: listedOf(record) }))
    .filter(({ listed }) => matchesListing(listed, state))
    .sort((a, b) => order(a.listed, b.listed));
  // The full file starts with a byte-order mark so that Excel reads UTF-8; fetch's text() drops it.
  const [header = '', ...rows] = csvRecords(csv.replace(/^\uFEFF/, ''));
  const bySlug = new Map(rows.map((row) => [row.slice(0, row.indexOf(',')), row]));
  const kept = chosen.flatMap(({ record }) => bySlug.get(record.slug) ?? []);
  return { csv: `\uFEFF${[header, ...kept].join('\r\n')}\r\n`, count: kept.length };
}

/**
 * The saved file's name, from the filter: `san-pham-ocop-food-che-4-sao.csv`. `prefix` is the
 * language's name for the list; `starsWord` its word for stars. (The commune is left out: folding
 * its name would cost every catalogue page the folding code.)
 */
export function resultsFileName(prefix: string, starsWord: string, search: string, group?: string): string {
  const state = parseListingQuery(new URLSearchParams(search));
  const parts = [group ?? state.group, state.line, state.stars && `${state.stars}-${starsWord}`];
  const name = [prefix, ...parts]
    .filter(Boolean)
    .join('-')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();
  return `${name}.csv`;
}

/** Fetches the open data, keeps the rows the page's URL selects, and hands the browser a CSV file to save. */
export async function downloadResults(
  files: { json: string; csv: string },
  fileName: string,
  group?: string,
): Promise<void> {
  const [json, csv] = await Promise.all(
    [files.json, files.csv].map(async (file) => {
      const response = await fetch(file);
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      return response.text();
    }),
  );
  const filtered = filteredCsv(JSON.parse(json ?? '[]') as ProductRecord[], csv ?? '', location.search, group);
  const url = URL.createObjectURL(new Blob([filtered.csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the file's address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
