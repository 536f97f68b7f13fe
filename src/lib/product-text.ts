import type { Locale } from '../schemas/enums.ts';
import { certificateExpiry, type Certificate } from './certificate.ts';
import type { IsoDate } from './dates.ts';
import { localName, localSummary, localText, type Localized } from './localize.ts';

/**
 * A product's Markdown description in the reader's language: the record's `en.description` on
 * English pages when it has one, otherwise the Vietnamese body (marked as such by the caller).
 */
export function localDescription(
  record: { en?: { description?: string | undefined } | undefined },
  body: string,
  locale: Locale,
): Localized {
  return localText(body, record.en?.description?.trim(), locale);
}

/** A prefilled `mailto:` link: the recipient, then a subject and body that name the product. */
export function mailtoHref(to: string, subject: string, body: string): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * A producer's website as shown, on the page's contact card and the printed sheet alike: without
 * its scheme and without a trailing slash ("https://htx.example.vn/" → "htx.example.vn").
 */
export function websiteText(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** The minimum a product record must hold for its page and sheet (an Astro entry or a test's literal). */
export interface ProductTextRecord {
  id: string;
  body?: string | undefined;
  data: {
    name: string;
    summary: string;
    producer: string;
    certificate: Certificate;
    en?: { name: string; summary?: string; description?: string | undefined } | undefined;
  };
}

/**
 * What a product page and its printed sheet both show of a product, derived once (issue #17: the
 * sheet re-derived the description without the trim, the sales points, and behaved differently
 * without a producer). The page computes these facts and hands the same object to the sheet.
 * - `name`, `summary`, `description`: in the reader's language, else Vietnamese, with the `lang` the
 *   text is really in (`localName`, `localSummary`, `localDescription`);
 * - `expires`: the certificate's expiry (`certificateExpiry`), `YYYY-MM-DD`;
 * - `producer`: the producer the catalogue shows, or `undefined` (the content check refuses a product
 *   whose producer does not exist, so a build never has one; given none, page and sheet both show
 *   no producer block and no call to one);
 * - `salesPoints`: the catalogue's `salesPointsOf` (record order, unknown slugs left out).
 */
export function productFacts<P extends ProductTextRecord, R, L>(
  catalogue: { producer(id: string): R | undefined; salesPointsOf(product: P): L[] },
  product: P,
  locale: Locale,
): ProductFacts<R, L> {
  const { data } = product;
  return {
    name: localName(data, locale),
    summary: localSummary(data, locale),
    description: localDescription(data, product.body ?? '', locale),
    expires: certificateExpiry(data.certificate),
    producer: catalogue.producer(data.producer),
    salesPoints: catalogue.salesPointsOf(product),
  };
}

export interface ProductFacts<R, L> {
  name: Localized;
  summary: Localized;
  description: Localized;
  expires: IsoDate;
  producer: R | undefined;
  salesPoints: L[];
}
