// Size budgets of the built site, checked by tests/e2e/budgets.spec.ts against dist/. One place for
// every limit, so that raising one is a visible decision.
export const BUDGETS = {
  /** JavaScript a product page loads by itself, gzip bytes (inline and bundled, lazy imports excluded). */
  productPageJs: 3 * 1024,
  /** All the site's CSS, gzip bytes (style sheets plus distinct inline <style> blocks). */
  siteCss: 30 * 1024,
} as const;
