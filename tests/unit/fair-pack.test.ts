import { describe, expect, it } from 'vitest';
import {
  filterPackItems,
  moveInSelection,
  packPageNumbers,
  packQuery,
  parsePackQuery,
  toggleInSelection,
  type PackItem,
} from '../../src/lib/fair-pack.ts';

const items: PackItem[] = [
  { slug: 'che-xanh', name: 'Chè xanh', nameLang: 'vi', group: 'beverage', stars: 3, commune: 'Bản Bo' },
  { slug: 'mien-dong', name: 'Miến dong', nameLang: 'vi', group: 'food', stars: 4, commune: 'Bình Lư' },
  { slug: 'ghe-may', name: 'Ghế mây', nameLang: 'vi', group: 'handicraft', stars: 3, commune: 'Bình Lư' },
];
const known = items.map((item) => item.slug);

describe('filterPackItems', () => {
  it('keeps products matching every filter given', () => {
    expect(filterPackItems(items, {}).map((item) => item.slug)).toEqual(known);
    expect(filterPackItems(items, { commune: 'Bình Lư' }).map((item) => item.slug)).toEqual(['mien-dong', 'ghe-may']);
    expect(filterPackItems(items, { commune: 'Bình Lư', stars: 3 }).map((item) => item.slug)).toEqual(['ghe-may']);
    expect(filterPackItems(items, { group: 'beverage', stars: 4 })).toEqual([]);
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
  it('chooses the whole catalogue when the address names no selection', () => {
    expect(parsePackQuery('', known).selection).toEqual(known);
    expect(parsePackQuery('?sp=', known).selection).toEqual([]);
  });

  it('starts from the given fallback instead when the catalogue is too large to choose whole', () => {
    expect(parsePackQuery('', known, []).selection).toEqual([]);
    expect(parsePackQuery('?sp=che-xanh', known, []).selection).toEqual(['che-xanh']);
  });

  it('keeps the order given and drops unknown or repeated slugs', () => {
    expect(parsePackQuery('?sp=ghe-may,nope,che-xanh,ghe-may', known).selection).toEqual(['ghe-may', 'che-xanh']);
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
    expect(parsePackQuery(query, known)).toEqual(state);
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
