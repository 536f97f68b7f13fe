// The record pages this build publishes, by kind (src/lib/offline.ts, PublishedPages). The service
// worker reads it when a new build arrives, to drop stored pages that are no longer published.
import type { APIRoute } from 'astro';
import { catalogue } from '~/content.ts';
import type { PublishedPages } from '~/lib/offline.ts';

export const GET: APIRoute = () => {
  const published: PublishedPages = {
    product: catalogue.products.map((product) => product.id),
    producer: catalogue.producers.map((producer) => producer.id),
  };
  return Response.json(published);
};
