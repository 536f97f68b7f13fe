import { describe, expect, it } from 'vitest';
import {
  organizationJsonLd,
  parseVndPrice,
  parseVndPrices,
  productJsonLd,
  serializeJsonLd,
} from '../../src/lib/jsonld.ts';

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

describe('parseVndPrices', () => {
  it('reads a range as its lowest and highest amount', () => {
    expect(parseVndPrices('40.000–60.000 đ / kg theo mùa')).toEqual({ low: 40000, high: 60000, from: false });
    expect(parseVndPrices('40-60 nghìn đồng / kg')).toEqual({ low: 40000, high: 60000, from: false });
    expect(parseVndPrices('từ 150.000 đ (khăn) đến 1.500.000 đ (váy)')).toEqual({
      low: 150000,
      high: 1500000,
      from: false,
    });
    expect(parseVndPrices('35.000 đ / kg; túi 5 kg 165.000 đ')).toEqual({ low: 35000, high: 165000, from: false });
  });
  it('marks a lower bound ("từ")', () => {
    expect(parseVndPrices('từ 250.000 đ / giò')).toEqual({ low: 250000, high: 250000, from: true });
  });
  it('reads millions written with a decimal comma', () => {
    expect(parseVndPrices('1,2 triệu đồng / bộ')).toEqual({ low: 1200000, high: 1200000, from: false });
  });
  it('gives nothing when no amount is written', () => {
    expect(parseVndPrices('Liên hệ')).toBeUndefined();
    expect(parseVndPrices('Hộp 500 g, liên hệ để biết giá')).toBeUndefined();
  });
});

describe('productJsonLd', () => {
  const base = {
    name: 'Mật ong',
    description: 'Mật ong rừng',
    url: 'https://example.vn/san-pham/mat-ong/',
    group: 'food',
    category: 'Thực phẩm',
    award: 'OCOP 4 sao',
    commune: 'Khun Há',
    manufacturer: producer,
  };
  it('is a Product naming the producer as manufacturer when it has a price', () => {
    const item = productJsonLd({ ...base, price: '250.000 đ / chai' });
    expect(item['@type']).toBe('Product');
    expect(item).toMatchObject({ manufacturer: { '@type': 'Organization', name: 'HTX Nuôi ong' } });
  });
  it('has one Offer for one price', () => {
    expect(productJsonLd({ ...base, price: '250.000 đ / chai' })).toMatchObject({
      offers: { '@type': 'Offer', price: 250000, priceCurrency: 'VND', description: '250.000 đ / chai' },
    });
  });
  it('has an AggregateOffer for a range, not its last number', () => {
    const { offers } = productJsonLd({ ...base, price: '40.000–60.000 đ / kg theo mùa' }) as { offers: object };
    expect(offers).toEqual({
      '@type': 'AggregateOffer',
      lowPrice: 40000,
      highPrice: 60000,
      priceCurrency: 'VND',
      description: '40.000–60.000 đ / kg theo mùa',
      url: base.url,
    });
    expect(offers).not.toHaveProperty('price');
  });
  it('has no offer, and so is no Product, without an amount ("Liên hệ") or without a price', () => {
    for (const price of ['Liên hệ', undefined]) {
      const item = productJsonLd({ ...base, price });
      expect(item).not.toHaveProperty('offers');
      expect(item['@type']).not.toBe('Product');
      expect(item).toMatchObject({ '@type': 'Organization', name: 'HTX Nuôi ong' });
    }
  });
  it('describes a tourism product as a TouristAttraction with its place, never a Product', () => {
    const item = productJsonLd({
      ...base,
      group: 'tourism',
      price: 'Homestay từ 150.000 đ / người / đêm',
      location: { lat: 22.41, lng: 103.52 },
    });
    expect(item).toMatchObject({
      '@type': 'TouristAttraction',
      name: 'Mật ong',
      geo: { '@type': 'GeoCoordinates', latitude: 22.41, longitude: 103.52 },
      address: { addressLocality: 'Khun Há', addressCountry: 'VN' },
    });
    expect(item).not.toHaveProperty('offers');
    expect(item).not.toHaveProperty('manufacturer');
  });
});

describe('organizationJsonLd', () => {
  it('is a LocalBusiness when the producer has a place to visit', () => {
    expect(organizationJsonLd(producer)['@type']).toBe('Organization');
    expect(organizationJsonLd({ ...producer, location: { lat: 22.4, lng: 103.6 } })['@type']).toBe('LocalBusiness');
  });
});
