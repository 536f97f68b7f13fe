import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import sharp from 'sharp';
import { injectManifest } from 'workbox-build';
import { useTranslations } from '../i18n/ui.ts';
import { readSiteFile } from '../lib/content/read.ts';
import { buildId, contentDir, referenceDate } from '../lib/env.ts';
import { formatDate } from '../lib/format.ts';
import {
  KEPT_RECORD_PAGES,
  pageWithoutBuild,
  type BuildStamp,
  type PublishedPages,
  type PublishedSlugs,
} from '../lib/offline.ts';
import { describePrecache, gzipBytes, precacheUrl, selectPrecache } from '../lib/precache.ts';
import { OFFLINE_FILES, RECORD_PAGES, siteBase, withBase } from '../lib/routes.ts';
import { tileSources } from '../lib/security-headers.ts';
import { APP_ICONS, appColours, webManifest } from '../lib/web-manifest.ts';
import { siteSchema } from '../schemas/site.ts';

const LOCALES = ['vi', 'en'] as const;

/**
 * The app icons, rendered from the site's own artwork (public/favicon.svg). The maskable icon (Android
 * crops it to a circle or a squircle) and Apple's (it rounds the corners itself) are the artwork on a
 * full square of its own background colour, the maskable one within the middle 80 % (the safe zone).
 */
async function writeIcons(svg: Buffer, dir: string, background: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  // The artwork is 32 units wide; density sets the pixels per unit (72 dpi is 1:1).
  const render = (pixels: number) =>
    sharp(svg, { density: (72 * pixels) / 32 })
      .resize(pixels, pixels)
      .png();
  for (const icon of APP_ICONS) {
    const image =
      icon.purpose === 'any'
        ? render(icon.size)
        : sharp({ create: { width: icon.size, height: icon.size, channels: 4, background } })
            .composite([
              { input: await render(Math.round(icon.size * (icon.purpose === 'maskable' ? 0.8 : 1))).toBuffer() },
            ])
            .png();
    await image.toFile(join(dir, icon.file));
  }
}

/**
 * Gives each slug of `/sw-published.json` (its route lists the published record pages) the digest of
 * its built pages in both languages, less the build's id and reference date (pageWithoutBuild): the
 * service worker fetches a stored page again when its digest changes, so that a page kept without
 * signal never shows a record as it was before a newer build (more stars, a lapsed product still
 * listed). Throws if a listed page was not built. 10 characters of base64url SHA-256 (60 bits).
 */
function digestPublished(out: string, build: Pick<BuildStamp, 'asOf' | 'asOfText'>): void {
  const file = join(out, OFFLINE_FILES.published);
  const slugs = JSON.parse(readFileSync(file, 'utf8')) as PublishedSlugs;
  const digest = (page: (typeof KEPT_RECORD_PAGES)[number], slug: string) => {
    const hash = createHash('sha256');
    for (const locale of LOCALES) {
      const html = join(out, RECORD_PAGES[page][locale], slug, 'index.html');
      if (!existsSync(html))
        throw new Error(`${OFFLINE_FILES.published} lists the ${page} ${slug}, but ${html} was not built`);
      hash.update(pageWithoutBuild(readFileSync(html, 'utf8'), build)).update('\0');
    }
    return hash.digest('base64url').slice(0, 10);
  };
  const published = Object.fromEntries(
    KEPT_RECORD_PAGES.map((page) => [page, Object.fromEntries(slugs[page].map((slug) => [slug, digest(page, slug)]))]),
  ) as PublishedPages;
  writeFileSync(file, JSON.stringify(published));
}

/**
 * The installable, offline site (issue #15), after the search index is written (its runtime is
 * precached): the app icons and one web app manifest per language, then the service worker
 * (src/service-worker/), bundled with esbuild and given its precache list by Workbox (injectManifest;
 * src/lib/precache.ts chooses the files).
 */
export function offline(): AstroIntegration {
  let root = '';
  return {
    name: 'ocop:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = siteSchema.parse(readSiteFile(contentDir(root), [])?.data);
        // The path the site is served under: every URL the worker and the manifests name starts with it.
        const base = siteBase(site.url);
        const colours = appColours(readFileSync(join(root, 'src/styles/tokens.css'), 'utf8'));

        await writeIcons(readFileSync(join(root, 'public/favicon.svg')), join(out, OFFLINE_FILES.icons), colours.theme);
        for (const locale of LOCALES) {
          const t = useTranslations(locale);
          const manifest = webManifest(site, locale, colours, t('home.title', { region: site.region[locale] }), base);
          writeFileSync(join(out, OFFLINE_FILES.manifest[locale]), `${JSON.stringify(manifest, null, 2)}\n`);
        }

        const asOf = referenceDate();
        const stamp: BuildStamp & { tileOrigins: string[] } = {
          id: buildId(),
          asOf,
          asOfText: { vi: formatDate(asOf, 'vi'), en: formatDate(asOf, 'en') },
          tileOrigins: tileSources(site.map.tiles),
        };
        digestPublished(out, stamp);
        const bundled = await build({
          entryPoints: [join(root, 'src/service-worker/index.ts')],
          bundle: true,
          format: 'iife',
          target: 'es2022',
          minify: true,
          write: false,
          legalComments: 'none',
          define: {
            OCOP_BUILD: JSON.stringify(stamp),
            // As Vite does for pages: the route table's helpers read the base from it.
            'import.meta.env': JSON.stringify({ BASE_URL: base }),
            'process.env.NODE_ENV': '"production"',
          },
        });
        const temporary = mkdtempSync(join(tmpdir(), 'ocop-sw-'));
        try {
          const source = join(temporary, 'sw.js');
          writeFileSync(source, bundled.outputFiles[0]!.text);
          const selection = selectPrecache(out);
          const { count, warnings } = await injectManifest({
            swSrc: source,
            swDest: join(out, OFFLINE_FILES.serviceWorker),
            globDirectory: out,
            globPatterns: selection.patterns,
            // Astro's file names carry their content's hash: no revision needed.
            dontCacheBustURLsMatching: /^_astro\//,
            maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
            manifestTransforms: [
              (entries) => ({
                manifest: entries.map((entry) => ({ ...entry, url: withBase(precacheUrl(entry.url), base) })),
                warnings: [],
              }),
            ],
          });
          for (const warning of warnings) logger.warn(warning);
          if (count !== selection.files.length) {
            throw new Error(`Workbox precached ${count} files where ${selection.files.length} were chosen`);
          }
          // The benchmark (scripts/bench/) reads this line.
          logger.info(describePrecache(selection, gzipBytes(out, selection.files)));
        } finally {
          rmSync(temporary, { recursive: true, force: true });
        }
      },
    },
  };
}
