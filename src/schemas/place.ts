import { z } from 'astro/zod';
import { PLACE_KINDS } from './enums.ts';
import { enumOf, latLng, phone, text } from './fields.ts';

/** `places/<slug>.json`: an OCOP sales point or a community-tourism site. */
export const placeSchema = z.strictObject({
  name: text(),
  kind: enumOf(PLACE_KINDS),
  location: latLng(),
  commune: text(),
  address: text(),
  phone: phone().optional(),
  hours: text().optional(),
  description: text().optional(),
  // English for visitors who read no Vietnamese; `hours` added for issue #16 (CONTENT-CONTRACT.md, Additions).
  en: z.strictObject({ name: text(), description: text().optional(), hours: text().optional() }).optional(),
});
