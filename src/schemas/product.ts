import { z } from 'astro/zod';
import { PRODUCT_GROUPS } from './enums.ts';
import { certificateNumber, enumOf, isoDate, latLng, markdownText, shortText, stars, text, webUrl } from './fields.ts';

export const SUMMARY_MAX = 200;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugRef = (what: string) =>
  text().regex(SLUG, { error: (issue) => `"${String(issue.input)}" is not a ${what} slug` });

// Built once: Astro calls the collection's schema function once per record (so that `image()` can
// resolve paths next to it), and constructing Zod schemas is costly at 10,000 records (BENCHMARKS.md).
// Only the image part is made per call.
const fieldsBeforeImages = {
  name: text(),
  producer: slugRef('producer'),
  group: enumOf(PRODUCT_GROUPS),
  subgroup: text().optional(),
  stars: stars(),
  certificate: z.strictObject({
    number: certificateNumber(),
    date: isoDate(),
    issuer: text(),
    expires: isoDate().optional(),
    /** The signed decision (a scan or the issuer's own page), for anyone who wants to see it. */
    document: webUrl().optional(),
  }),
  revoked: z.strictObject({ date: isoDate(), reason: text() }).optional(),
  commune: text(),
  formerCommune: text().optional(),
  summary: shortText(SUMMARY_MAX),
};
const imageAlt = text();
const fieldsAfterImages = {
  location: latLng().optional(),
  salesPoints: z.array(slugRef('place')).optional(),
  price: text().optional(),
  en: z
    .strictObject({
      name: text(),
      summary: shortText(SUMMARY_MAX),
      description: markdownText().optional(),
    })
    .optional(),
};

type ProductFields = z.infer<z.ZodObject<typeof fieldsBeforeImages & typeof fieldsAfterImages>>;

function checkProduct(product: ProductFields, ctx: z.RefinementCtx): void {
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
}

/**
 * `products/<slug>.md` front matter. `image` is Astro's `image()` in the content layer and a plain
 * path in the stand-alone content check, which then checks that the file exists.
 */
export function productSchema<Image extends z.ZodType>(image: Image) {
  return z
    .strictObject({
      ...fieldsBeforeImages,
      images: z.array(z.strictObject({ src: image, alt: imageAlt })).optional(),
      ...fieldsAfterImages,
    })
    .superRefine(checkProduct);
}
