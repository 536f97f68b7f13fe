import type { APIRoute } from 'astro';
import { catalogue, site } from '~/content.ts';
import { recordPath } from '~/lib/routes.ts';
import { productRecords, productsCsv } from '~/lib/open-data.ts';

const urlOf = (slug: string) => new URL(recordPath('product', 'vi', slug), site.url).href;

export const GET: APIRoute = () =>
  new Response(productsCsv(productRecords(catalogue, urlOf)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
