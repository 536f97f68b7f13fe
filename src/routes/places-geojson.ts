import type { APIRoute } from 'astro';
import { points } from '~/content.ts';
import { toGeoJson } from '~/lib/geojson.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toGeoJson(points)), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
