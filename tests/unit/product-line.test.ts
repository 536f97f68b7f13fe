import { describe, expect, it } from 'vitest';
import { otherTonePlacement } from '../../src/lib/fold.ts';
import { productLineKey, productLines, sortedLines } from '../../src/lib/product-line.ts';
import { productLineName } from '../../src/i18n/product-lines.ts';
import { PRODUCT_GROUPS } from '../../src/schemas/enums.ts';

describe('otherTonePlacement', () => {
  it('moves the tone mark between the vowels of a final oa, oe, uy, both ways', () => {
    expect(otherTonePlacement('hòa')).toBe('hoà');
    expect(otherTonePlacement('hoà')).toBe('hòa');
    expect(otherTonePlacement('Thủy')).toBe('Thuỷ');
    expect(otherTonePlacement('khoẻ')).toBe('khỏe');
    expect(otherTonePlacement('HÓA')).toBe('HOÁ');
  });
  it('leaves words with one spelling alone', () => {
    for (const word of ['quý', 'hoàn', 'thuyền', 'hoa', 'chè', 'Đường', 'loại']) {
      expect(otherTonePlacement(word)).toBeUndefined();
    }
  });
  it('reads decomposed input', () => {
    expect(otherTonePlacement('tho\u0309a')).toBe('thoả');
  });
});

describe('productLineKey', () => {
  it('groups the spellings of one line under one key', () => {
    const key = productLineKey('Chè tươi, chế biến');
    expect(key).toBe('che-tuoi-che-bien');
    for (const spelling of ['chè tươi - chế biến', ' Chè  tươi; chế biến ', 'Che\u0300 tươi, chế biến']) {
      expect(productLineKey(spelling)).toBe(key);
    }
    expect(productLineKey('Thuỷ sản tươi sống')).toBe(productLineKey('Thủy sản tươi sống'));
  });
  it('has no key without a line', () => {
    expect(productLineKey(undefined)).toBeUndefined();
    expect(productLineKey(' - ')).toBeUndefined();
  });
});

describe('productLines', () => {
  const product = (subgroup: string | undefined, group = 'food') => ({ data: { subgroup, group } });
  const products = [
    product('Chè'),
    product('chè', 'beverage'),
    product('Chè'),
    product('Mật ong'),
    product(undefined),
    product('Thuỷ sản tươi sống'),
    product('Thủy sản tươi sống'),
  ];
  const lines = productLines(products);
  it('labels each line with the spelling most records use, and counts its products', () => {
    expect(lines.get('che')).toEqual({ key: 'che', label: 'Chè', group: 'food', count: 3 });
    expect(lines.get('thuy-san-tuoi-song')?.count).toBe(2);
    expect(lines.size).toBe(3);
  });
  it('orders lines by the programme’s groups, then by name', () => {
    const mixed = productLines([product('Rượu trắng', 'beverage'), product('Mật ong'), product('Chè')]);
    expect(sortedLines(mixed.values(), PRODUCT_GROUPS).map((line) => line.label)).toEqual([
      'Chè',
      'Mật ong',
      'Rượu trắng',
    ]);
  });
  it('names a known line in English and keeps an unknown one in Vietnamese, marked as such', () => {
    expect(productLineName({ key: 'che', label: 'Chè' }, 'en')).toEqual({ text: 'Tea', lang: 'en' });
    expect(productLineName({ key: 'che', label: 'Chè' }, 'vi')).toEqual({ text: 'Chè', lang: 'vi' });
    expect(productLineName({ key: 'banh-day', label: 'Bánh dày' }, 'en')).toEqual({ text: 'Bánh dày', lang: 'vi' });
  });
});
