import { z } from 'astro/zod';
import { PRODUCER_KINDS } from './enums.ts';
import { email, enumOf, latLng, phone, text, webUrl, zalo } from './fields.ts';

/** `producers/<slug>.json`: a chủ thể OCOP. */
export const producerSchema = z.strictObject({
  name: text(),
  kind: enumOf(PRODUCER_KINDS),
  commune: text(),
  address: text(),
  representative: text().optional(),
  phone: phone().optional(),
  /** Optional: a phone number or a zalo.me link, shown as "Nhắn Zalo" beside the phone. */
  zalo: zalo().optional(),
  email: email().optional(),
  website: webUrl().optional(),
  location: latLng().optional(),
});
