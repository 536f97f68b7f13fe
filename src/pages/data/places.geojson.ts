import type { APIRoute } from 'astro';
import { catalogue } from '../../content.ts';
import { toGeoJson } from '../../lib/geojson.ts';
import { mapPoints } from '../../lib/map-points.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toGeoJson(mapPoints(catalogue))), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
