import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { searchRecords } from '../../src/lib/search/records.ts';

const certificate = (date: string) => ({ number: '1/QĐ-UBND', date, issuer: 'UBND huyện Tam Đường' });
const product = (
  id: string,
  group: 'food' | 'beverage' | 'tourism',
  stars: number,
  date: string,
  salesPoints?: string[],
) => ({
  id,
  body: `Mô tả **${id}**.`,
  data: {
    name: `Sản phẩm ${id}`,
    summary: `Tóm tắt ${id}`,
    group,
    stars,
    producer: 'htx',
    commune: 'Bình Lư',
    certificate: certificate(date),
    ...(salesPoints && { salesPoints }),
  },
});
const products = [
  product('che', 'beverage', 4, '2025-01-10', ['cho', 'khong-co']),
  product('mat-ong', 'food', 3, '2025-03-01'),
  product('gao', 'food', 4, '2025-06-01'),
  product('du-lich', 'tourism', 5, '2024-12-01', ['cho']),
  product('cu', 'food', 2, '2025-06-01'),
];
const catalogue = buildCatalogue({
  products,
  producers: [
    { id: 'htx', data: { name: 'HTX Chè', kind: 'cooperative' as const, address: 'Bản Hon', commune: 'Bình Lư' } },
  ],
  places: [
    {
      id: 'cho',
      data: { name: 'Chợ Tam Đường', kind: 'sales-point' as const, address: 'Thị trấn', commune: 'Bình Lư' },
    },
  ],
  asOf: '2026-01-01',
});

describe('the catalogue’s queries', () => {
  it('lists the groups that have published products, in the programme’s order, with counts', () => {
    // The 2-star product is not published: food counts two.
    expect(catalogue.groupsInUse).toEqual([
      { key: 'food', count: 2 },
      { key: 'beverage', count: 1 },
      { key: 'tourism', count: 1 },
    ]);
  });

  it('features the most stars first, then the most recently certified', () => {
    expect(catalogue.featuredProducts(3).map((p) => p.id)).toEqual(['du-lich', 'gao', 'che']);
    expect(catalogue.featuredProducts(10)).toHaveLength(4);
  });

  it('gives a product’s sales points, leaving out a slug that names no place', () => {
    expect(catalogue.salesPointsOf(catalogue.product('che')!).map((place) => place.id)).toEqual(['cho']);
    expect(catalogue.salesPointsOf(catalogue.product('gao')!)).toEqual([]);
  });
});

describe('searchRecords', () => {
  const records = searchRecords(catalogue, {
    locale: 'en',
    labels: { group: (group) => `G:${group}`, producerKind: (kind) => `K:${kind}`, placeKind: (kind) => `P:${kind}` },
    thumbnail: (item) => (item.id === 'che' ? '/thumb.webp' : undefined),
  });

  it('builds one record per published product, shown producer and place, from the catalogue only', () => {
    expect(records.map((record) => `${record.kind} ${record.url}`)).toEqual([
      'product /en/products/che/',
      'product /en/products/du-lich/',
      'product /en/products/gao/',
      'product /en/products/mat-ong/',
      'producer /en/producers/htx/',
      'sales-point /en/places/cho/',
    ]);
  });

  it('labels with the words it is given, keeps the Vietnamese name searchable in English, and a thumbnail', () => {
    const che = records[0]!;
    expect(che.title).toBe('Sản phẩm che');
    expect(che.titleLang).toBe('vi');
    expect(che.text).toContain('G:beverage');
    expect(che.image).toBe('/thumb.webp');
    expect(che.producer).toBe('HTX Chè');
    expect(che.filters).toMatchObject({ group: 'beverage', stars: '4', commune: 'Bình Lư', kind: 'product' });
    expect(records[4]!.text).toContain('K:cooperative');
    expect(records[5]!.text).toContain('P:sales-point');
    expect(records[5]!.text).toContain('Sản phẩm che');
  });
});
