import { describe, expect, it } from 'vitest';
import { countByCommune, expiriesByQuarter, newestCertifiedFirst, quarterOf } from '../../src/lib/stats.ts';

const product = (id: string, commune: string, date: string, expires?: string) => ({
  id,
  data: { commune, certificate: { number: '1/QĐ-UBND', date, issuer: 'UBND tỉnh Lai Châu', expires } },
});

describe('statistics', () => {
  it('counts products per commune in Vietnamese order', () => {
    const products = [
      product('a', 'Tả Lèng', '2025-01-01'),
      product('b', 'Bình Lư', '2025-01-01'),
      product('c', 'Bản Bo', '2025-01-01'),
      product('d', 'Bình Lư', '2025-01-01'),
    ];
    expect(countByCommune(products)).toEqual([
      { key: 'Bản Bo', count: 1 },
      { key: 'Bình Lư', count: 2 },
      { key: 'Tả Lèng', count: 1 },
    ]);
  });
  it('names calendar quarters', () => {
    expect(quarterOf('2027-01-01')).toBe('2027-Q1');
    expect(quarterOf('2027-03-31')).toBe('2027-Q1');
    expect(quarterOf('2027-04-01')).toBe('2027-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });
  it('counts expiries per quarter from the reference quarter on, quiet quarters as zero', () => {
    const products = [
      product('a', 'x', '2024-02-10'), // 36 months: 2027-02-10
      product('b', 'x', '2025-08-15', '2027-08-15'),
      product('c', 'x', '2023-12-20'), // 2026-12-20
      product('d', 'x', '2024-03-01'), // 2027-03-01
    ];
    expect(expiriesByQuarter(products, '2026-11-29')).toEqual([
      { key: '2026-Q4', count: 1 },
      { key: '2027-Q1', count: 2 },
      { key: '2027-Q2', count: 0 },
      { key: '2027-Q3', count: 1 },
    ]);
    expect(expiriesByQuarter([], '2026-11-29')).toEqual([]);
  });
  it('puts the newest certificate first', () => {
    const products = [
      product('old', 'x', '2024-01-01'),
      product('new', 'x', '2026-09-10'),
      product('mid', 'x', '2025-05-05'),
    ];
    expect(newestCertifiedFirst(products).map((p) => p.id)).toEqual(['new', 'mid', 'old']);
  });
});
