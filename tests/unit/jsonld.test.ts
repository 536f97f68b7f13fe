import { describe, expect, it } from 'vitest';
import { organizationJsonLd, parseVndPrice, productJsonLd, serializeJsonLd } from '../../src/lib/jsonld.ts';

describe('serializeJsonLd', () => {
  const hostile = { name: '</script><script>alert(1)</script>', note: 'a & b <!-- c -->', lines: 'x\u2028y\u2029z' };
  const json = serializeJsonLd(hostile);

  it('cannot close the script element or open a comment', () => {
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });
  it('still parses back to the same data', () => {
    expect(JSON.parse(json)).toEqual(hostile);
  });
});

describe('parseVndPrice', () => {
  it('reads đồng amounts written the Vietnamese way', () => {
    expect(parseVndPrice('250.000 đ / chai 500 ml')).toBe(250000);
    expect(parseVndPrice('1.200.000đ / bộ')).toBe(1200000);
    expect(parseVndPrice('45000 VND')).toBe(45000);
  });
  it('gives nothing when no amount is written', () => {
    expect(parseVndPrice('Liên hệ')).toBeUndefined();
  });
});

const producer = {
  name: 'HTX Nuôi ong',
  url: 'https://example.vn/chu-the/htx/',
  address: { streetAddress: 'Bản Chu Va 6', addressLocality: 'Khun Há' },
};

describe('productJsonLd', () => {
  const base = {
    name: 'Mật ong',
    description: 'Mật ong rừng',
    url: 'https://example.vn/san-pham/mat-ong/',
    category: 'Thực phẩm',
    award: 'OCOP 4 sao',
    manufacturer: producer,
  };
  it('names the producer as manufacturer', () => {
    expect(productJsonLd(base).manufacturer).toMatchObject({ '@type': 'Organization', name: 'HTX Nuôi ong' });
  });
  it('has an Offer only when a price is given', () => {
    expect(productJsonLd(base)).not.toHaveProperty('offers');
    expect(productJsonLd({ ...base, price: '250.000 đ / chai' }).offers).toMatchObject({
      '@type': 'Offer',
      price: 250000,
      priceCurrency: 'VND',
    });
  });
});

describe('organizationJsonLd', () => {
  it('is a LocalBusiness when the producer has a place to visit', () => {
    expect(organizationJsonLd(producer)['@type']).toBe('Organization');
    expect(organizationJsonLd({ ...producer, location: { lat: 22.4, lng: 103.6 } })['@type']).toBe('LocalBusiness');
  });
});
