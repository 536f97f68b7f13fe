import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteFile } from '../lib/content/read.ts';
import { contentDir } from '../lib/env.ts';
import { headersFile } from '../lib/security-headers.ts';
import { siteSchema } from '../schemas/site.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Writes dist/_headers (Netlify, Cloudflare Pages) after the build: the tile host comes from
 * site.json, and any inline script or <style> the build still emitted is allowed by its hash, never
 * by 'unsafe-inline'. Scripts of type application/json or ld+json are data: CSP does not apply.
 */
export function securityHeaders(): AstroIntegration {
  let root = '';
  return {
    name: 'ocop:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = siteSchema.parse(readSiteFile(contentDir(root), [])?.data);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const html = readFileSync(join(out, page), 'utf8');
          for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
            const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs!)?.[1];
            const runs = !type || type === 'module' || /javascript/i.test(type);
            if (runs && !/\bsrc=/i.test(attrs!) && body) scripts.add(sha256(body));
          }
          for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(sha256(body!));
        }
        writeFileSync(
          join(out, '_headers'),
          headersFile({ tiles: site.map.tiles, scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort() }),
        );
        logger.info(`_headers written (${scripts.size} inline script and ${styles.size} inline style hashes)`);
      },
    },
  };
}
