import { z } from 'astro/zod';
import { PRODUCER_KINDS } from './enums.ts';
import { email, enumOf, latLng, phone, text, webUrl } from './fields.ts';

/** `producers/<slug>.json`: a chủ thể OCOP. */
export const producerSchema = z.strictObject({
  name: text(),
  kind: enumOf(PRODUCER_KINDS),
  commune: text(),
  address: text(),
  representative: text().optional(),
  phone: phone().optional(),
  email: email().optional(),
  website: webUrl().optional(),
  location: latLng().optional(),
});
