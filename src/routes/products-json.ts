import type { APIRoute } from 'astro';
import { openDataRecords } from '~/open-data.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(openDataRecords, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
