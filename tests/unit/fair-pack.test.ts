import { describe, expect, it } from 'vitest';
import {
  moveInSelection,
  packItemOfResult,
  packItemOfSheet,
  packPageNumbers,
  packQuery,
  packSearchFilters,
  parsePackQuery,
  slugOfProductPath,
  toggleInSelection,
} from '../../src/lib/fair-pack.ts';

describe('packSearchFilters', () => {
  it('always asks for products, plus the group, stars and commune chosen', () => {
    expect(packSearchFilters({})).toEqual({ kind: 'product' });
    expect(packSearchFilters({ group: 'food', stars: 4, commune: 'Bình Lư' })).toEqual({
      kind: 'product',
      group: 'food',
      stars: '4',
      commune: 'Bình Lư',
    });
  });
});

describe('slugOfProductPath', () => {
  it('takes the slug from a product page in either language', () => {
    expect(slugOfProductPath('/san-pham/che-xanh/')).toBe('che-xanh');
    expect(slugOfProductPath('/en/products/mien-dong/')).toBe('mien-dong');
    expect(slugOfProductPath('/')).toBeUndefined();
    expect(slugOfProductPath('/san-pham/Che Xanh/')).toBeUndefined();
  });
});

describe('packItemOfResult', () => {
  const result = {
    url: '/en/products/mien-dong/',
    meta: { title: 'Miến dong', producer: 'HTX Bình Lư' },
    filters: { kind: ['product'], stars: ['4'], commune: ['Bình Lư'], titleLang: ['vi'], group: ['food'] },
  };

  it('reads what the chooser shows from a search result', () => {
    expect(packItemOfResult(result)).toEqual({
      slug: 'mien-dong',
      name: 'Miến dong',
      nameLang: 'vi',
      stars: 4,
      commune: 'Bình Lư',
      producer: 'HTX Bình Lư',
    });
  });

  it('ignores producers and map points', () => {
    expect(packItemOfResult({ ...result, url: '/chu-the/htx/', filters: { kind: ['producer'] } })).toBeUndefined();
  });
});

describe('moveInSelection', () => {
  it('swaps with the neighbour and stops at either end', () => {
    expect(moveInSelection(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveInSelection(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveInSelection(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveInSelection(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(moveInSelection(['a', 'b'], 'x', 1)).toEqual(['a', 'b']);
  });
});

describe('toggleInSelection', () => {
  it('appends new slugs once and removes the given ones', () => {
    expect(toggleInSelection(['b'], ['a', 'b', 'c'], true)).toEqual(['b', 'a', 'c']);
    expect(toggleInSelection(['a', 'b', 'c'], ['a', 'c'], false)).toEqual(['b']);
  });
});

describe('pack query', () => {
  it('starts empty when the address names no selection', () => {
    expect(parsePackQuery('').selection).toEqual([]);
    expect(parsePackQuery('?sp=').selection).toEqual([]);
  });

  it('keeps the order given and drops repeated slugs and anything not shaped like a slug', () => {
    expect(parsePackQuery('?sp=ghe-may,../x,che-xanh,ghe-may,Nope').selection).toEqual(['ghe-may', 'che-xanh']);
  });

  it('round-trips a pack with a cover', () => {
    const state = {
      selection: ['mien-dong', 'che-xanh'],
      cover: true,
      contents: true,
      coverFields: { fair: 'Hội chợ OCOP & Xuân', dates: '1–3/12/2026', place: 'Lai Châu', organiser: '' },
    };
    const query = packQuery(state);
    expect(query).toContain('sp=mien-dong,che-xanh');
    expect(query).not.toContain('btc=');
    expect(parsePackQuery(query)).toEqual(state);
  });

  it('leaves cover fields out of the address when there is no cover', () => {
    const query = packQuery({
      selection: ['che-xanh'],
      cover: false,
      contents: false,
      coverFields: { fair: 'X', dates: '', place: '', organiser: '' },
    });
    expect(query).toBe('?sp=che-xanh');
  });
});

describe('packPageNumbers', () => {
  it('numbers sheets after the cover and contents pages', () => {
    expect([...packPageNumbers({ selection: ['a', 'b'], cover: true, contents: true })]).toEqual([
      ['a', 3],
      ['b', 4],
    ]);
    expect(packPageNumbers({ selection: ['a'], cover: false, contents: false }).get('a')).toBe(1);
  });
});

describe('packItemOfSheet', () => {
  it('reads the name, its language and the stars a product sheet declares in data-* attributes', () => {
    expect(packItemOfSheet({ sheet: 'che', name: 'Chè Shan tuyết', nameLang: 'vi', stars: '4' }, 'che', 'en')).toEqual({
      slug: 'che',
      name: 'Chè Shan tuyết',
      nameLang: 'vi',
      stars: 4,
    });
  });
  it('shows the slug for a sheet without a name, in the page language', () => {
    expect(packItemOfSheet({ name: '  ', nameLang: 'fr', stars: '3' }, 'che', 'en')).toEqual({
      slug: 'che',
      name: 'che',
      nameLang: 'en',
      stars: 3,
    });
  });
});
