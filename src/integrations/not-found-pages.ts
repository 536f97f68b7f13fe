import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NOT_FOUND } from '../lib/routes.ts';

/** The English not-found page as Astro builds it (route `notFound`), and where hosts look for it. */
export const ENGLISH_NOT_FOUND = { built: `${NOT_FOUND.en}/index.html`, served: `${NOT_FOUND.en}.html` };

/**
 * Moves the English not-found page to `en/404.html`, the name Cloudflare Pages looks for under /en/
 * (the nearest 404.html up the tree) and nginx can be pointed at. Astro writes only the root 404 page
 * as `404.html`; a nested one becomes `en/404/index.html`. Runs after every build hook that reads Astro's list of pages (the
 * security headers read the files Astro listed); the page's bytes do not change.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'ocop:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const built = join(out, ENGLISH_NOT_FOUND.built);
        if (!existsSync(built)) return;
        renameSync(built, join(out, ENGLISH_NOT_FOUND.served));
        rmdirSync(join(built, '..'));
      },
    },
  };
}
