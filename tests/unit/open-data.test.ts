import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, productRecord, productRecords, productsCsv } from '../../src/lib/open-data.ts';

const product = {
  id: 'mat-ong',
  data: {
    name: 'Mật ong "rừng", Tam Đường',
    group: 'food',
    stars: 4,
    commune: 'Khun Há',
    producer: 'htx-ong',
    certificate: { number: '2871/QĐ-UBND', date: '2025-09-30', issuer: 'UBND tỉnh Lai Châu' },
  },
};
const url = 'https://example.vn/san-pham/mat-ong/';

describe('productRecord', () => {
  const record = productRecord(product, 'HTX Nuôi ong', url);
  it('has exactly the contract fields, in the contract order', () => {
    expect(Object.keys(record)).toEqual([
      'slug',
      'name',
      'group',
      'stars',
      'commune',
      'producer',
      'certificate',
      'url',
    ]);
    expect(Object.keys(record.producer)).toEqual(['slug', 'name']);
    expect(Object.keys(record.certificate)).toEqual(['number', 'date', 'expires', 'issuer']);
  });
  it('fills the default expiry, 36 months after the decision', () => {
    expect(record.certificate.expires).toBe('2028-09-30');
  });
});

describe('productRecords', () => {
  it('names each product’s producer and URL', () => {
    const records = productRecords(
      { products: [product], producer: () => ({ data: { name: 'HTX Nuôi ong' } }) },
      (slug) => `https://example.vn/san-pham/${slug}/`,
    );
    expect(records[0]).toMatchObject({ producer: { slug: 'htx-ong', name: 'HTX Nuôi ong' }, url });
  });
});

describe('productsCsv', () => {
  const csv = productsCsv([productRecord(product, 'HTX Nuôi ong', url)]);
  it('starts with a byte-order mark so Excel reads UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
  it('has a header row and quotes text holding commas and quotes', () => {
    const [header, row] = csv.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toContain('"Mật ong ""rừng"", Tam Đường"');
  });
});
