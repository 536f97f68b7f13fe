/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * Unicode escapes so that record text (a name holding "</script>") can never close the element or
 * open a comment; U+2028 and U+2029 are escaped because older JavaScript parsers end lines there.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// A price as offices write it: "250.000 đ / chai 500 ml", "40.000–60.000 đ / kg theo mùa", "từ
// 150.000 đ (khăn) đến 1.500.000 đ (váy)", "1,2 triệu đồng". Dots (or commas, or spaces) group
// thousands; a comma is a decimal point before "nghìn" or "triệu".
const AMOUNT = String.raw`(\d{1,3}(?:[.,\s]\d{3})+(?!\d)|\d+(?:,\d{1,2})?)`;
const MULTIPLIER = String.raw`(?:\s*(nghìn|ngàn|k|triệu|tr)(?![\p{L}\p{N}]))?`;
const UNIT = String.raw`\s*(?:đồng|đ|₫|vnđ|vnd)(?![\p{L}\p{N}])`;
const RANGE = String.raw`\s*(?:–|—|-|đến|tới|to)\s*`;
const PRICE = new RegExp(`(từ\\s*|from\\s*)?(?:${AMOUNT}${MULTIPLIER}${RANGE})?${AMOUNT}${MULTIPLIER}${UNIT}`, 'giu');
const FACTORS: Readonly<Record<string, number>> = { nghìn: 1e3, ngàn: 1e3, k: 1e3, triệu: 1e6, tr: 1e6 };

function amount(digits: string, multiplier: string | undefined): number {
  const factor = multiplier ? (FACTORS[multiplier.toLowerCase()] ?? 1) : 1;
  return factor === 1
    ? Number(digits.replace(/[.,\s]/g, ''))
    : Math.round(Number(digits.replace(/[.\s]/g, '').replace(',', '.')) * factor);
}

/** The amounts of a price text, in đồng, lowest first; `from`: the text says "từ" (from) before its only amount. */
export interface VndPrices {
  low: number;
  high: number;
  /** Only a lower bound is written ("từ 250.000 đ / giò"). */
  from: boolean;
}

/**
 * Every amount in đồng a free-text price names, as the lowest and highest ("40.000–60.000 đ / kg
 * theo mùa" → 40000 and 60000; a range's first number takes the unit and multiplier of the second);
 * undefined when the text names no amount ("Liên hệ").
 */
export function parseVndPrices(text: string): VndPrices | undefined {
  const amounts: number[] = [];
  let from = false;
  for (const match of text.matchAll(PRICE)) {
    const [, fromWord, first, firstMultiplier, last, lastMultiplier] = match;
    if (first) amounts.push(amount(first, firstMultiplier ?? lastMultiplier));
    amounts.push(amount(last!, lastMultiplier));
    if (fromWord && !first) from = true;
  }
  const valid = amounts.filter((value) => Number.isFinite(value) && value > 0);
  if (valid.length === 0) return undefined;
  return { low: Math.min(...valid), high: Math.max(...valid), from: from && valid.length === 1 };
}

/** A single price in đồng ("250.000 đ / chai 500 ml" → 250000); undefined for none or a range. */
export function parseVndPrice(text: string): number | undefined {
  const prices = parseVndPrices(text);
  return prices && prices.low === prices.high && !prices.from ? prices.low : undefined;
}

/**
 * The schema.org offer for a free-text price (Google's product snippets: an `Offer` needs `price`
 * and `priceCurrency`; an `AggregateOffer` needs `lowPrice` and `priceCurrency`, `highPrice`
 * recommended). One amount: an `Offer`; a range, several amounts or "từ …": an `AggregateOffer`;
 * no amount ("Liên hệ"): no offer at all, since an offer without a price is invalid.
 */
export function offerJsonLd(price: string, url: string) {
  const prices = parseVndPrices(price);
  if (!prices) return undefined;
  if (prices.low === prices.high && !prices.from) {
    return { '@type': 'Offer', price: prices.low, priceCurrency: 'VND', description: price, url };
  }
  return {
    '@type': 'AggregateOffer',
    lowPrice: prices.low,
    ...(prices.high > prices.low && { highPrice: prices.high }),
    priceCurrency: 'VND',
    description: price,
    url,
  };
}

export interface PostalAddress {
  streetAddress: string;
  addressLocality: string;
}

export interface OrganizationInput {
  name: string;
  url: string;
  address: PostalAddress;
  telephone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  location?: { lat: number; lng: number } | undefined;
}

/**
 * A producer as schema.org data: a `LocalBusiness` when it has a place on the map (people can go
 * there), otherwise an `Organization`.
 */
export function organizationJsonLd(producer: OrganizationInput) {
  return {
    '@type': producer.location ? 'LocalBusiness' : 'Organization',
    '@id': `${producer.url}#producer`,
    name: producer.name,
    url: producer.url,
    ...(producer.website && { sameAs: [producer.website] }),
    ...(producer.telephone && { telephone: producer.telephone }),
    ...(producer.email && { email: producer.email }),
    address: { '@type': 'PostalAddress', ...producer.address, addressCountry: 'VN' },
    ...(producer.location && {
      geo: { '@type': 'GeoCoordinates', latitude: producer.location.lat, longitude: producer.location.lng },
    }),
  };
}

export interface ProductInput {
  name: string;
  description: string;
  url: string;
  image?: string | undefined;
  /** The OCOP group; `tourism` products are places to visit, not goods. */
  group: string;
  category: string;
  /** The star rank as people say it, e.g. "OCOP 4 sao". */
  award: string;
  price?: string | undefined;
  /** Where a tourism product is; its commune. */
  location?: { lat: number; lng: number } | undefined;
  commune: string;
  manufacturer: OrganizationInput;
}

/**
 * A product page's schema.org item, in the type that fits what Google reads from it:
 * - a tourism product (a village, a homestay) is a `TouristAttraction` with its place, and no offer
 *   (a `Product` without offers, review or rating is an invalid product snippet);
 * - goods with a price in đồng are a `Product` with an `Offer` or `AggregateOffer` (`offerJsonLd`);
 * - goods without one ("Liên hệ") get no `Product` either, for the same reason: the page describes
 *   their producer (`organizationJsonLd`), which is valid on its own.
 */
export function productJsonLd(product: ProductInput) {
  const common = {
    '@context': 'https://schema.org',
    name: product.name,
    description: product.description,
    url: product.url,
    ...(product.image && { image: [product.image] }),
  };
  if (product.group === 'tourism') {
    return {
      ...common,
      '@type': 'TouristAttraction',
      '@id': `${product.url}#place`,
      address: { '@type': 'PostalAddress', addressLocality: product.commune, addressCountry: 'VN' },
      ...(product.location && {
        geo: { '@type': 'GeoCoordinates', latitude: product.location.lat, longitude: product.location.lng },
      }),
      additionalProperty: [{ '@type': 'PropertyValue', name: 'OCOP', value: product.award }],
    };
  }
  const offers = product.price ? offerJsonLd(product.price, product.url) : undefined;
  if (!offers) return { '@context': 'https://schema.org', ...organizationJsonLd(product.manufacturer) };
  return {
    ...common,
    '@type': 'Product',
    '@id': `${product.url}#product`,
    category: product.category,
    award: product.award,
    manufacturer: organizationJsonLd(product.manufacturer),
    offers,
  };
}
