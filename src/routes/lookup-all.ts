// The whole certificate lookup in one compact file (src/lib/lookup-offline.ts): the service worker
// keeps it so that the lookup answers without signal. The lookup page itself never loads it.
import type { APIRoute } from 'astro';
import { offlineLookup } from '~/lookup-shards.ts';

export const GET: APIRoute = () => Response.json(offlineLookup);
