/**
 * Size budgets of the built site, in bytes after gzip: the one place they are written. The budget
 * test (tests/e2e/budgets.spec.ts) measures dist/ against them and prints the figures.
 * Raise a limit only with a reason in the commit message; a visitor on a 3G phone in the mountains pays.
 */
export const budgets = {
  /**
   * JavaScript a page loads up front: its module scripts, what they import statically, modulepreloads
   * and inline scripts. Code loaded on demand (dynamic import(), e.g. Leaflet after a click) is not counted.
   * Keys are URL paths; a key ending in '*' covers every path that starts with it.
   */
  pageJsGzip: {
    default: 4 * 1024,
    // Product pages ship at most 3 KB of their own.
    '/san-pham/*': 3 * 1024,
    '/en/products/*': 3 * 1024,
    // The catalogue's listings under the same prefix are not product pages: they carry the in-page
    // filter (group, product line, stars, commune, sort) and "download these results" (issue #16), and
    // get the site's default.
    '/san-pham/': 4 * 1024,
    '/en/products/': 4 * 1024,
    '/san-pham/nhom/*': 4 * 1024,
    '/en/products/group/*': 4 * 1024,
    '/san-pham/trang/*': 4 * 1024,
    '/en/products/page/*': 4 * 1024,
    // The lookup: 5 → 5.25 KB (issue #17 item 3). Main measured 4.83 KB with the notice's inline
    // script (issue #16 item 7); its strings as a typed slice (readSlice, src/i18n/slices.ts), filled by
    // the site's one fill and named with localText/viLang instead of its own translator, make 5.17 KB
    // (node scripts/bench/page-weights.ts dist; pageJs of /tra-cuu/: 4941 → 5290 bytes).
    '/tra-cuu/': 5.25 * 1024,
    '/en/verify/': 5.25 * 1024,
    '/tim-kiem/': 25 * 1024,
    '/en/search/': 25 * 1024,
    // The fair pack builder island: Preact (the islands' runtime) and its own code,
    // which searches the index for products (the page itself carries none, whatever the catalogue's size).
    // Its chooser searches by the search page's rule (marks as typed, issue #16): 16 → 17 KB.
    '/in-an/': 17 * 1024,
    '/en/print/': 17 * 1024,
    '/ban-do/': 80 * 1024,
    '/en/map/': 80 * 1024,
  } as Record<string, number>,
  /** Every stylesheet of the site together (fonts' @font-face rules included, font files not). */
  cssTotalGzip: 30 * 1024,
  /** Each HTML page. */
  htmlGzip: 40 * 1024,
  /**
   * The offline site (issue #15). The precache is what the service worker downloads and stores on a
   * first visit (src/lib/precache.ts), in bytes as stored (before gzip), 1 MB = 10^6 bytes: on the
   * sample site (the budget test), and at 10,000 products (`npm run bench`, BENCHMARKS.md).
   */
  precacheBytes: 1.5e6,
  precacheBytesAt10000: 4e6,
  /** JavaScript the service worker's page script (registration, notices) adds to a product page. */
  offlineJsGzip: 2 * 1024,
};

/** The JavaScript budget of one page. */
export function pageJsBudget(path: string): number {
  const { pageJsGzip } = budgets;
  if (pageJsGzip[path] !== undefined) return pageJsGzip[path];
  const prefix = Object.keys(pageJsGzip)
    .filter((key) => key.endsWith('*') && path.startsWith(key.slice(0, -1)))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? pageJsGzip[prefix]! : pageJsGzip.default!;
}
