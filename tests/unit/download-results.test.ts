import { describe, expect, it } from 'vitest';
import { productRecord, productsCsv, type OpenDataContext } from '../../src/lib/open-data.ts';
import { csvRecords, filteredCsv, resultsFileName } from '../../src/scripts/download-results.ts';

const context: OpenDataContext = {
  asOf: '2026-11-29',
  productUrl: (slug) => `https://example.vn/san-pham/${slug}/`,
  producerUrl: (slug) => `https://example.vn/chu-the/${slug}/`,
  mapPointUrl: (slug) => `https://example.vn/ban-do/?diem=${slug}`,
  groupLabel: (group) => ({ vi: group, en: group }),
  productLine: (subgroup) => (subgroup ? { key: subgroup === 'Chè' ? 'che' : 'other', vi: subgroup, en: null } : null),
};
const producer = { id: 'p', data: { name: 'HTX', kind: 'cooperative', commune: 'Bình Lư', address: 'Bản A\nBản B' } };
const product = (slug: string, name: string, stars: number, subgroup: string, date: string) =>
  productRecord(
    {
      id: slug,
      data: {
        name,
        group: 'food',
        subgroup,
        stars,
        commune: 'Bình Lư',
        producer: 'p',
        certificate: { number: `${slug}/QĐ`, date, issuer: 'UBND' },
      },
    },
    producer,
    [],
    context,
  );
const records = [
  product('che-o-long', 'Chè Ô long, "đặc biệt"', 4, 'Chè', '2025-01-01'),
  product('che-xanh', 'Chè xanh', 3, 'Chè', '2025-06-01'),
  product('mat-ong', 'Mật ong', 4, 'Mật ong', '2024-01-01'),
];
const csv = productsCsv(records);

describe('csvRecords', () => {
  it('splits records at line breaks outside quotes only', () => {
    expect(csvRecords('a,b\r\n"x\r\ny",z\r\n"q ""r"", s",t\r\n')).toEqual(['a,b', '"x\r\ny",z', '"q ""r"", s",t']);
  });
});

describe('filteredCsv', () => {
  it('keeps the full file’s header and exactly its rows for the products the URL selects', () => {
    const { csv: filtered, count } = filteredCsv(records, csv, '?bo-san-pham=che&sao=4');
    expect(count).toBe(1);
    const full = csvRecords(csv.slice(1));
    expect(filtered).toBe(`\uFEFF${full[0]}\r\n${full[1]}\r\n`);
  });
  it('follows the chosen order and a group page’s own group', () => {
    const newest = filteredCsv(records, csv, '?sap-xep=newest', 'food');
    expect(csvRecords(newest.csv.slice(1)).map((row) => row.split(',')[0])).toEqual([
      'slug',
      'che-xanh',
      'che-o-long',
      'mat-ong',
    ]);
    expect(filteredCsv(records, csv, '', 'tourism').count).toBe(0);
  });
});

describe('resultsFileName', () => {
  it('names the file after the filter', () => {
    expect(resultsFileName('san-pham-ocop', 'sao', '?bo-san-pham=che&sao=4&xa=B%C3%ACnh+L%C6%B0')).toBe(
      'san-pham-ocop-che-4-sao.csv',
    );
    expect(resultsFileName('ocop-products', 'stars', '', 'beverage')).toBe('ocop-products-beverage.csv');
  });
});
