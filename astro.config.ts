import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { NOT_FOUND, PAGES } from './src/lib/routes.ts';
import { adminEditor } from './src/integrations/admin.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentImages } from './src/integrations/content-images.ts';
import { offline } from './src/integrations/offline.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { routes } from './src/integrations/routes.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sheets } from './src/integrations/sheets.ts';

// Pages that exist only for visitors (search results) stay out of the sitemap; every other page is
// built from published records only, so the sitemap lists published pages only.
// The office's expiry page is a tool for staff, not a page for search engines; the offline page is
// the visitor's own.
const unlisted = new Set<string>([
  ...Object.values(PAGES.search),
  ...Object.values(PAGES.expiries),
  ...Object.values(PAGES.offline),
  ...Object.values(NOT_FOUND).map((path) => `${path}/`),
]);
const routing = routes();

export default defineConfig({
  output: 'static',
  // scripts/build.ts gives each build a cache folder of its own, removed afterwards: Astro's data store
  // holds every record, unpublished ones included, and must not outlive the build or leak into the next.
  ...(process.env.OCOP_BUILD_CACHE_DIR && { cacheDir: process.env.OCOP_BUILD_CACHE_DIR }),
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) glues words of adjacent inline elements together, which the search
  // index then sees as one word; lossless compression keeps them apart.
  compressHTML: true,
  integrations: [
    // First: it checks the content and sets `site` and `base` (from site.json), which the others need.
    contentCheck(),
    // Every page and file of the site, from the route table (src/lib/routes.ts): there is no src/pages/.
    routing,
    // Product photos: read as bytes and re-encoded with sharp, never imported (see src/lib/images.ts).
    contentImages(),
    // Islands (src/islands/) are Preact components, rendered by Preact in dev and build alike; no
    // React API is needed, so no preact/compat (docs/ARCHITECTURE.md, "Islands").
    preact({ include: ['**/islands/**/*.tsx'] }),
    sitemap({ filter: (page) => !unlisted.has(routing.pathOnSite(page)) }),
    searchIndex(),
    // After the search index (the fair pack it prints reads it): the PDF sheets, when OCOP_SHEETS=1.
    sheets(),
    // After the pages: it hashes their inline scripts into the Content-Security-Policy.
    securityHeaders(),
    // /admin/: the office's editor, its configuration generated from the schemas (after _headers: see admin.ts).
    adminEditor(),
    // After it: moves the English not-found page to en/404.html, where hosts look for it.
    notFoundPages(),
    // Last: the service worker precaches files as they are finally written, the search index's
    // runtime (src/lib/precache.ts) and both not-found pages (en/404.html exists only after the move
    // above) among them; its page digests read the pages with their policy in place.
    offline(),
  ],
  // Styles and scripts are emitted as files, never inlined, so that the Content-Security-Policy of
  // deploy/ and dist/_headers can say `'self'` and nothing else (see src/lib/security-headers.ts).
  // concurrency: a page waits on the disk (a folder and a file each); rendering the next ones
  // meanwhile cut page rendering by about a quarter at 2,000 products (BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  prefetch: false,
  devToolbar: { enabled: false },
});
