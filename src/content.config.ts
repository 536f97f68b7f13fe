// The content contract (docs/CONTENT-CONTRACT.md) as Astro collections. The schemas live in
// src/schemas/ so that the stand-alone content check (scripts/check-content.ts) uses the same ones, and
// every collection is read by src/loaders/content-records.ts through the function the check reads with.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { IMAGE_FORMATS, type ImageFormat } from '~/lib/content/images.ts';
import { hasRecords } from '~/lib/content/read.ts';
import { contentDir } from '~/lib/env.ts';
import { contentRecords, siteRecord } from '~/loaders/content-records.ts';
import { eventSchema } from '~/schemas/event.ts';
import { placeSchema } from '~/schemas/place.ts';
import { producerSchema } from '~/schemas/producer.ts';
import { productSchema } from '~/schemas/product.ts';
import { siteSchema } from '~/schemas/site.ts';

/** A product image as the loader hands it over: checked, with its size (src/lib/content/images.ts). */
const checkedImage = z.strictObject({
  file: z.string(),
  width: z.int().positive(),
  height: z.int().positive(),
  format: z.enum(Object.keys(IMAGE_FORMATS) as [ImageFormat, ...ImageFormat[]]),
  usedAt: z.strictObject({ file: z.string(), field: z.string() }).optional(),
});

export const collections = {
  site: defineCollection({ loader: siteRecord(), schema: siteSchema }),
  producers: defineCollection({ loader: contentRecords('producers'), schema: producerSchema }),
  places: defineCollection({ loader: contentRecords('places'), schema: placeSchema }),
  // Descriptions are rendered by src/lib/markdown.ts, which never lets raw HTML through.
  products: defineCollection({ loader: contentRecords('products'), schema: productSchema(checkedImage) }),
  events: defineCollection({
    // events/ is optional in the contract: a folder without it has no events, and no loader warning.
    loader: hasRecords(contentDir(), 'events') ? contentRecords('events') : () => [],
    schema: eventSchema,
  }),
};
