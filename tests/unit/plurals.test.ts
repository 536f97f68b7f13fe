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
  it('says "1 OCOP product" and "1 producer" in every English count of the catalogue', () => {
    const one = [
      en('catalogue.lead', 1),
      en('stats.lead', 1, { date: '29 November 2026' }),
      en('producers.lead', 1),
      en('home.lead', 1, { producers: en('home.producers', 1) }),
    ];
    for (const text of one) expect(text).not.toMatch(/\b1 (OCOP )?(products|producers)\b/);
    expect(en('home.lead', 1, { producers: en('home.producers', 1) })).toContain('1 OCOP product rated');
    expect(en('home.lead', 1, { producers: en('home.producers', 1) })).toContain('from 1 producer.');
    expect(en('home.lead', 7, { producers: en('home.producers', 2) })).toContain('7 OCOP products rated');
    expect(en('home.lead', 7, { producers: en('home.producers', 2) })).toContain('from 2 producers.');
    expect(vi('home.lead', 7, { producers: vi('home.producers', 2) })).toContain('từ 2 chủ thể sản xuất.');
  });
});
