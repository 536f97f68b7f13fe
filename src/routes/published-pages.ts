// The record pages this build publishes, by kind (src/lib/offline.ts, PublishedSlugs). Once every page
// is built, src/integrations/offline.ts gives each slug its pages' digest (PublishedPages). The service
// worker reads it when a new build arrives, to drop stored pages that are no longer published and
// fetch again those that changed.
import type { APIRoute } from 'astro';
import { catalogue } from '~/content.ts';
import type { PublishedSlugs } from '~/lib/offline.ts';

export const GET: APIRoute = () => {
  const published: PublishedSlugs = {
    product: catalogue.products.map((product) => product.id),
    producer: catalogue.producers.map((producer) => producer.id),
    place: catalogue.places.map((place) => place.id),
  };
  return Response.json(published);
};
