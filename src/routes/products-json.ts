import type { APIRoute } from 'astro';
import { catalogue, site } from '~/content.ts';
import { recordPath } from '~/lib/routes.ts';
import { productRecords } from '~/lib/open-data.ts';

const urlOf = (slug: string) => new URL(recordPath('product', 'vi', slug), site.url).href;

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(productRecords(catalogue, urlOf), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
