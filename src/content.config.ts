// The content contract (docs/CONTENT-CONTRACT.md) as Astro collections. The schemas live in
// src/schemas/ so that the stand-alone content check (scripts/check-content.ts) uses the same ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { hasRecords } from '~/lib/content/read.ts';
import { contentDir } from '~/lib/env.ts';
import { markdownRecords } from '~/loaders/markdown-records.ts';
import { eventSchema } from '~/schemas/event.ts';
import { placeSchema } from '~/schemas/place.ts';
import { producerSchema } from '~/schemas/producer.ts';
import { productSchema } from '~/schemas/product.ts';
import { siteSchema } from '~/schemas/site.ts';

const root = contentDir();
const folder = (name: string) => pathToFileURL(join(root, name, '/')).href;
/** A record's id is its slug: the file name without its extension. */
const slugOf = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

export const collections = {
  site: defineCollection({
    loader: () => ({ site: JSON.parse(readFileSync(join(root, 'site.json'), 'utf8')) }),
    schema: siteSchema,
  }),
  producers: defineCollection({
    loader: glob({ pattern: '*.json', base: folder('producers'), generateId: slugOf }),
    schema: producerSchema,
  }),
  places: defineCollection({
    loader: glob({ pattern: '*.json', base: folder('places'), generateId: slugOf }),
    schema: placeSchema,
  }),
  products: defineCollection({
    // Descriptions are rendered by src/lib/markdown.ts, which never lets raw HTML through.
    loader: markdownRecords(join(root, 'products')),
    schema: ({ image }) => productSchema(image()),
  }),
  events: defineCollection({
    // events/ is optional in the contract: a folder without it has no events, and no loader warning.
    loader: hasRecords(root, 'events') ? markdownRecords(join(root, 'events')) : () => [],
    schema: eventSchema,
  }),
};
