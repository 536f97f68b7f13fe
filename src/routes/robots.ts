import type { APIRoute } from 'astro';
import { site } from '~/content.ts';
import { pagePath, sitemapPath } from '~/lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: ${pagePath('home', 'vi')}\n\nSitemap: ${new URL(sitemapPath(), site.url).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
