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

/** A price in đồng from free text such as "250.000 đ / chai 500 ml"; undefined when none is written. */
export function parseVndPrice(text: string): number | undefined {
  const match = /(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*(?:đ|₫|vnđ|vnd|đồng)/i.exec(text);
  return match?.[1] ? Number(match[1].replace(/[.,\s]/g, '')) : undefined;
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
  category: string;
  /** The star rank as people say it, e.g. "OCOP 4 sao". */
  award: string;
  price?: string | undefined;
  manufacturer: OrganizationInput;
}

/** A product as schema.org data; an `Offer` only when the record gives a price. */
export function productJsonLd(product: ProductInput) {
  const amount = product.price ? parseVndPrice(product.price) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${product.url}#product`,
    name: product.name,
    description: product.description,
    url: product.url,
    ...(product.image && { image: [product.image] }),
    category: product.category,
    award: product.award,
    manufacturer: organizationJsonLd(product.manufacturer),
    ...(product.price && {
      offers: {
        '@type': 'Offer',
        description: product.price,
        url: product.url,
        ...(amount !== undefined && { price: amount, priceCurrency: 'VND' }),
      },
    }),
  };
}
