import type { APIRoute } from 'astro';
import { productsCsv } from '~/lib/open-data.ts';
import { openDataRecords } from '~/open-data.ts';

export const GET: APIRoute = () =>
  new Response(productsCsv(openDataRecords), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
