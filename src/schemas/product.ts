import { z } from 'astro/zod';
import { PRODUCT_GROUPS } from './enums.ts';
import { enumOf, isoDate, latLng, shortText, stars, text } from './fields.ts';

export const SUMMARY_MAX = 200;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugRef = (what: string) =>
  text().regex(SLUG, { error: (issue) => `"${String(issue.input)}" is not a ${what} slug` });

/**
 * `products/<slug>.md` front matter. `image` is Astro's `image()` in the content layer and a plain
 * path in the stand-alone content check, which then checks that the file exists.
 */
export function productSchema<Image extends z.ZodType>(image: Image) {
  return z
    .strictObject({
      name: text(),
      producer: slugRef('producer'),
      group: enumOf(PRODUCT_GROUPS),
      subgroup: text().optional(),
      stars: stars(),
      certificate: z.strictObject({
        number: text(),
        date: isoDate(),
        issuer: text(),
        expires: isoDate().optional(),
      }),
      revoked: z.strictObject({ date: isoDate(), reason: text() }).optional(),
      commune: text(),
      formerCommune: text().optional(),
      summary: shortText(SUMMARY_MAX),
      images: z.array(z.strictObject({ src: image, alt: text() })).optional(),
      location: latLng().optional(),
      salesPoints: z.array(slugRef('place')).optional(),
      price: text().optional(),
      en: z
        .strictObject({
          name: text(),
          summary: shortText(SUMMARY_MAX),
          description: z.string().optional(),
        })
        .optional(),
    })
    .superRefine((product, ctx) => {
      if (product.group === 'tourism' && !product.location) {
        ctx.addIssue({
          code: 'custom',
          path: ['location'],
          message: 'is required for a tourism product (group: tourism)',
        });
      }
      const { date, expires } = product.certificate;
      if (expires && expires <= date) {
        ctx.addIssue({
          code: 'custom',
          path: ['certificate', 'expires'],
          message: `must be after certificate.date (${date})`,
        });
      }
    });
}
