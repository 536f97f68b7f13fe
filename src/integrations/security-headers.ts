import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteFile } from '../lib/content/read.ts';
import { contentDir } from '../lib/env.ts';
import { headersFile } from '../lib/security-headers.ts';
import { siteSchema } from '../schemas/site.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const OPENERS = ['<script', '<style'].map((tag) => ({
  open: Buffer.from(tag),
  close: Buffer.from(`</${tag.slice(1)}>`),
}));

/** Every `<script …>…</script>` and `<style …>…</style>` in a page, as text. */
function* inlineElements(html: Buffer): Generator<string> {
  for (const { open, close } of OPENERS) {
    for (let start = html.indexOf(open); start !== -1; start = html.indexOf(open, start + 1)) {
      const end = html.indexOf(close, start);
      if (end === -1) break;
      yield html.toString('utf8', start, end + close.length);
    }
  }
}

/**
 * Writes dist/_headers (Netlify, Cloudflare Pages) after the build: the tile host comes from
 * site.json, and any inline script or <style> the build still emitted is allowed by its hash, never
 * by 'unsafe-inline'. Scripts of type application/json or ld+json are data: CSP does not apply.
 */
export function securityHeaders(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'ocop:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const site = siteSchema.parse(readSiteFile(contentDir(root), [])?.data);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        // Astro lists the files it wrote (no walk over dist/), and a page is searched as bytes: only
        // the few <script> and <style> elements are decoded. At 10,000 products this pass read
        // 500 MB of HTML as text (BENCHMARKS.md).
        const pages = [...assets.values()].flat().filter((file) => file.pathname.endsWith('.html'));
        for (const page of pages) {
          for (const element of inlineElements(readFileSync(page))) {
            const [, tag, attrs, body] = /^<(script|style)\b([^>]*)>([\s\S]*)<\/\1>$/i.exec(element) ?? [];
            if (!body) continue;
            if (tag!.toLowerCase() === 'style') {
              styles.add(sha256(body));
              continue;
            }
            const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs!)?.[1];
            const runs = !type || type === 'module' || /javascript/i.test(type);
            if (runs && !/\bsrc=/i.test(attrs!)) scripts.add(sha256(body));
          }
        }
        writeFileSync(
          join(out, '_headers'),
          headersFile({
            tiles: site.map.tiles,
            scriptHashes: [...scripts].sort(),
            styleHashes: [...styles].sort(),
            base,
          }),
        );
        logger.info(`_headers written (${scripts.size} inline script and ${styles.size} inline style hashes)`);
      },
    },
  };
}
