/** Size limits the site is held to, checked by the browser tests against the built site. Bytes. */
export const budgets = {
  /** Every script the map page loads, gzip-compressed, Leaflet and the island's framework included. */
  mapPageJsGzip: 80 * 1024,
};
