import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteFile, realContentRoot } from '../lib/content/read.ts';
import { contentDir } from '../lib/env.ts';
import {
  CSP_META_PLACEHOLDER,
  fillCspMetaAfterBuild,
  headersFile,
  inlineCodeHashes,
  metaContentSecurityPolicy,
} from '../lib/security-headers.ts';
import { siteSchema } from '../schemas/site.ts';

/**
 * After the build: writes dist/_headers (Netlify, Cloudflare Pages) and fills each page's
 * `<meta http-equiv="Content-Security-Policy">` (every other host). The tile hosts come from
 * site.json, parsed (src/lib/tiles.ts); the inline scripts and <style> elements the build still
 * emitted are allowed by their hash, found by an HTML parser (`inlineCodeHashes`), never by
 * 'unsafe-inline'. The header allows every page's hashes; a page's meta only its own.
 */
export function securityHeaders(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'ocop:security-headers',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') fillCspMetaAfterBuild();
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const site = siteSchema.parse(readSiteFile(realContentRoot(contentDir(root)), [])?.data);
        const tiles = site.map.tiles;
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const marker = Buffer.from(`content="${CSP_META_PLACEHOLDER}"`);
        // Astro lists the files it wrote (no walk over dist/); a page is only parsed when a byte scan
        // finds a script or style with a body in it (at 10,000 products, reading every page as text
        // took 500 MB: BENCHMARKS.md).
        const pages = [...assets.values()].flat().filter((file) => file.pathname.endsWith('.html'));
        let metas = 0;
        for (const page of pages) {
          const path = fileURLToPath(page);
          const html = readFileSync(path);
          const found = inlineCodeHashes(html);
          found.scripts.forEach((hash) => scripts.add(hash));
          found.styles.forEach((hash) => styles.add(hash));
          const at = html.indexOf(marker);
          if (at === -1) continue;
          const policy = metaContentSecurityPolicy({ tiles, scriptHashes: found.scripts, styleHashes: found.styles });
          writeFileSync(
            path,
            Buffer.concat([
              html.subarray(0, at),
              Buffer.from(`content="${policy}"`),
              html.subarray(at + marker.length),
            ]),
          );
          metas++;
        }
        writeFileSync(
          join(out, '_headers'),
          headersFile({ tiles, scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort(), base }),
        );
        logger.info(
          `_headers written (${scripts.size} inline script and ${styles.size} inline style hashes); policy in ${metas} of ${pages.length} pages`,
        );
      },
    },
  };
}
