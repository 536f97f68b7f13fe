import { describe, expect, it } from 'vitest';
import { mapPointPath } from '../../src/lib/routes.ts';
import { hasLapsed, todayInVietnam } from '../../src/lib/validity.ts';
import { localDescription, mailtoHref } from '../../src/lib/product-text.ts';
import { relatedProducts } from '../../src/lib/related.ts';

describe('hasLapsed', () => {
  it('reads the date in Vietnam, not in the visitor’s own zone', () => {
    // 18:00 UTC on 29 September is already 30 September in Vietnam.
    const evening = new Date('2028-09-29T18:00:00Z');
    expect(todayInVietnam(evening)).toBe('2028-09-30');
    expect(hasLapsed('2028-09-30', evening)).toBe(true);
    expect(hasLapsed('2028-09-30', new Date('2028-09-29T16:00:00Z'))).toBe(false);
  });
});

describe('localDescription', () => {
  const record = { en: { description: 'Forest honey.' } };
  it('uses the English description on English pages when there is one', () => {
    expect(localDescription(record, 'Mật ong rừng.', 'en')).toEqual({ text: 'Forest honey.', lang: 'en' });
  });
  it('falls back to the Vietnamese text otherwise', () => {
    expect(localDescription({}, 'Mật ong rừng.', 'en')).toEqual({ text: 'Mật ong rừng.', lang: 'vi' });
    expect(localDescription(record, 'Mật ong rừng.', 'vi')).toEqual({ text: 'Mật ong rừng.', lang: 'vi' });
  });
});

describe('mailtoHref', () => {
  it('encodes the subject and body', () => {
    expect(mailtoHref('a@b.vn', 'Hỏi về: Mật ong', 'Xin chào,\n')).toBe(
      'mailto:a@b.vn?subject=H%E1%BB%8Fi%20v%E1%BB%81%3A%20M%E1%BA%ADt%20ong&body=Xin%20ch%C3%A0o%2C%0A',
    );
  });
});

describe('relatedProducts', () => {
  const p = (id: string, producer: string, group: string) => ({ id, data: { producer, group } });
  const products = [p('a', 'x', 'food'), p('b', 'y', 'food'), p('c', 'x', 'herbal'), p('d', 'z', 'tourism')];
  it('suggests the same producer first, then the same group, never the product itself', () => {
    const of = (product: (typeof products)[number]) =>
      relatedProducts(product, {
        sameProducer: products.filter((other) => other.data.producer === product.data.producer),
        sameGroup: products.filter((other) => other.data.group === product.data.group),
      }).map((related) => related.id);
    expect(of(products[0]!)).toEqual(['c', 'b']);
    expect(of(products[3]!)).toEqual([]);
  });
  it('stops at the limit', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => p(id, 'x', 'food'));
    expect(relatedProducts(many[0]!, { sameProducer: many, sameGroup: many }).map((product) => product.id)).toEqual([
      'b',
      'c',
      'd',
    ]);
  });
});

describe('mapPointPath', () => {
  it('opens the map of the reader’s language on one point, at its entry in the list', () => {
    expect(mapPointPath('vi', 'diem-ocop-binh-lu')).toBe('/ban-do/?diem=diem-ocop-binh-lu#diem-diem-ocop-binh-lu');
    expect(mapPointPath('en', 'ban-hon')).toBe('/en/map/?diem=ban-hon#diem-ban-hon');
  });
  it('names the page of the list that holds the point, for reading without the map', () => {
    expect(mapPointPath('vi', 'ban-hon', 3)).toBe('/ban-do/trang/3/?diem=ban-hon#diem-ban-hon');
    expect(mapPointPath('en', 'ban-hon', 2)).toBe('/en/map/page/2/?diem=ban-hon#diem-ban-hon');
  });
});
