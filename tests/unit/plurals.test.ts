import { describe, expect, it } from 'vitest';
import { usePlurals } from '../../src/i18n/ui.ts';

describe('usePlurals', () => {
  const en = usePlurals('en');
  const vi = usePlurals('vi');
  it('counts a producer’s products by the language’s plural rule, with the other words filled in', () => {
    const vars = { kind: 'Cooperative', commune: 'Bình Lư' };
    expect(en('producer.lead', 1, vars)).toBe(
      'Cooperative in Bình Lư, with 1 OCOP product holding a valid certificate.',
    );
    expect(en('producer.lead', 2, vars)).toBe(
      'Cooperative in Bình Lư, with 2 OCOP products holding a valid certificate.',
    );
    expect(en('producers.products', 1, { groups: 'Food' })).toBe('1 OCOP product: Food');
    expect(en('producers.products', 3, { groups: 'Food' })).toBe('3 OCOP products: Food');
  });
  it('has one form in Vietnamese', () => {
    expect(vi('producers.products', 1, { groups: 'Thực phẩm' })).toBe('1 sản phẩm OCOP: Thực phẩm');
    expect(vi('producers.products', 5, { groups: 'Thực phẩm' })).toBe('5 sản phẩm OCOP: Thực phẩm');
  });
  it('never lets a variable named count override the count', () => {
    expect(en('producers.products', 1, { count: 9, groups: 'Food' })).toBe('1 OCOP product: Food');
  });
});
