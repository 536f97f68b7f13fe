import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routePatterns } from '../lib/routes.ts';

/** The folder of route files, the only place Astro takes pages and endpoints from (no src/pages/). */
export const ROUTE_FILES_DIR = new URL('../routes/', import.meta.url);

/**
 * Hands every route of the table (src/lib/routes.ts) to Astro: each language's pattern of a route
 * is injected with the same route file, which tells the languages apart by the pattern it is
 * rendered for (`routeLocale`), as Starlight injects its routes. So every URL segment is written
 * once, in the table, and a route file serves both languages.
 * Throws, naming the route, when a route file is missing.
 *
 * `pathOnSite(url)` gives a built page's URL as the table writes it, from the site's root without
 * the base (`https://org.github.io/repo/tim-kiem/` → `/tim-kiem/`), once Astro's config is done:
 * for hooks of other integrations (the sitemap's filter) that see full URLs.
 */
export function routes(): AstroIntegration & { pathOnSite: (url: string) => string } {
  let base = '/';
  return {
    name: 'ocop:routes',
    pathOnSite: (url) => {
      const path = new URL(url, 'http://localhost').pathname;
      return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
    },
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:config:setup': ({ injectRoute }) => {
        for (const { name, pattern, file } of routePatterns()) {
          const entrypoint = new URL(file, ROUTE_FILES_DIR);
          if (!existsSync(entrypoint)) {
            throw new Error(`route ${name} (${pattern}): no route file ${fileURLToPath(entrypoint)}`);
          }
          injectRoute({ pattern, entrypoint, prerender: true });
        }
      },
    },
  };
}
