import { z } from 'astro/zod';
import { parseTileTemplate } from '../lib/tiles.ts';
import { email, localized, outsideVietnam, phone, text } from './fields.ts';

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/** `site.json`: the publishing office's own settings. */
export const siteSchema = z.strictObject({
  name: localized(),
  region: localized(),
  url: z
    .url({ protocol: /^https$/, error: (issue) => `"${String(issue.input)}" is not an absolute https:// address` })
    .transform((url) => url.replace(/\/+$/, '')),
  office: z.strictObject({
    name: text(),
    phone: phone().optional(),
    email: email().optional(),
    address: text().optional(),
  }),
  map: z.strictObject({
    center: z
      .tuple([z.number(), z.number()], { error: 'must be [latitude, longitude]' })
      .superRefine(([lat, lng], ctx) => {
        const problem = outsideVietnam(lat, lng);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    zoom: z.int({ error: 'must be a whole zoom level from 1 to 19' }).min(1).max(19),
    // It reaches the Content-Security-Policy header: only as origins parsed by src/lib/tiles.ts.
    tiles: z
      .string({ error: 'must be a tile URL template' })
      .superRefine((url, ctx) => {
        const parsed = parseTileTemplate(url);
        if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
      })
      .default(OSM_TILES),
    attribution: text().default(OSM_ATTRIBUTION),
  }),
  sampleData: z.boolean({ error: 'must be true or false' }).default(false),
});

export type Site = z.output<typeof siteSchema>;
