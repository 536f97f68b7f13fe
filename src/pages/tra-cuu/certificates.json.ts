// The certificate lookup's data (LOOKUP_DATA_PATH): read by the lookup page's script, built from the
// whole catalogue so that expired and revoked labels can be recognised too.
import type { APIRoute } from 'astro';
import { catalogue } from '../../content.ts';
import { recordPath } from '../../i18n/routes.ts';
import { buildLookup } from '../../lib/lookup.ts';

export const GET: APIRoute = () =>
  Response.json(
    buildLookup(catalogue, (slug) => ({
      vi: recordPath('product', 'vi', slug),
      en: recordPath('product', 'en', slug),
    })),
  );
