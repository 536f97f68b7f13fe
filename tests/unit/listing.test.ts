import { describe, expect, it } from 'vitest';
import {
  compareListed,
  distinctSorted,
  laterPages,
  LISTING_PAGE_SIZE,
  listingQuery,
  matchesListing,
  pageCount,
  pageItems,
  pageLinks,
  parseListingQuery,
  type Listed,
} from '../../src/lib/listing.ts';

const item = (
  name: string,
  stars: number,
  certified: string,
  group = 'food',
  commune = 'Bình Lư',
  line = '',
): Listed => ({
  name,
  group,
  line,
  stars,
  commune,
  certified,
});
const items = [
  item('Đào bích', 3, '2025-01-01'),
  item('Du lịch bản Hon', 4, '2024-06-01', 'tourism', 'Bản Bo'),
  item('Gạo Séng Cù', 5, '2023-03-01'),
  item('Dê núi', 4, '2025-06-01', 'food', 'Tả Lèng'),
];
const names = (list: Listed[]) => list.map((listed) => listed.name);

describe('compareListed', () => {
  it('puts Đ after D in Vietnamese name order', () => {
    expect(names([...items].sort(compareListed('name', 'vi')))).toEqual([
      'Dê núi',
      'Du lịch bản Hon',
      'Đào bích',
      'Gạo Séng Cù',
    ]);
  });
  it('sorts by stars, highest first, then by name', () => {
    expect(names([...items].sort(compareListed('stars', 'vi')))).toEqual([
      'Gạo Séng Cù',
      'Dê núi',
      'Du lịch bản Hon',
      'Đào bích',
    ]);
  });
  it('sorts by newest certificate first', () => {
    expect(names([...items].sort(compareListed('newest', 'vi')))).toEqual([
      'Dê núi',
      'Đào bích',
      'Du lịch bản Hon',
      'Gạo Séng Cù',
    ]);
  });
});

describe('listing state in the URL', () => {
  it('round-trips through the query string', () => {
    const state = { group: 'food', line: 'che-tuoi-che-bien', stars: 4, commune: 'Tả Lèng', sort: 'newest' } as const;
    expect(parseListingQuery(new URLSearchParams(listingQuery(state)))).toEqual(state);
  });
  it('keeps the default view at the plain URL and ignores nonsense', () => {
    expect(listingQuery({ sort: 'name' })).toBe('');
    expect(parseListingQuery(new URLSearchParams('sao=abc&sap-xep=random'))).toEqual({
      group: undefined,
      line: undefined,
      stars: undefined,
      commune: undefined,
      sort: 'name',
    });
  });
});

describe('matchesListing', () => {
  it('applies every filter given', () => {
    const matching = items.filter((listed) => matchesListing(listed, { group: 'food', stars: 4, sort: 'name' }));
    expect(names(matching)).toEqual(['Dê núi']);
    expect(items.filter((listed) => matchesListing(listed, { commune: 'Bình Lư', sort: 'name' }))).toHaveLength(2);
  });
  it('filters by product line: "all 4-star tea"', () => {
    const withTea = [...items, item('Chè xanh', 4, '2025-02-01', 'food', 'Bình Lư', 'che')];
    const tea = withTea.filter((listed) => matchesListing(listed, { line: 'che', stars: 4, sort: 'name' }));
    expect(names(tea)).toEqual(['Chè xanh']);
  });
});

describe('distinctSorted', () => {
  it('lists each commune once, in Vietnamese order', () => {
    expect(distinctSorted(['Tả Lèng', 'Bình Lư', 'Bản Bo', 'Bình Lư'])).toEqual(['Bản Bo', 'Bình Lư', 'Tả Lèng']);
  });
});

describe('listing pages', () => {
  it('counts the pages a listing takes, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(LISTING_PAGE_SIZE)).toBe(1);
    expect(pageCount(LISTING_PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(10_000, 48)).toBe(209);
    expect(laterPages(LISTING_PAGE_SIZE)).toEqual([]);
    expect(laterPages(101, 50)).toEqual([2, 3]);
  });

  it('slices each page, the last one short, without losing or repeating an item', () => {
    const all = Array.from({ length: 101 }, (_, index) => index);
    expect(pageItems(all, 1, 50)).toEqual(all.slice(0, 50));
    expect(pageItems(all, 3, 50)).toEqual([100]);
    expect([1, 2, 3].flatMap((page) => pageItems(all, page, 50))).toEqual(all);
  });

  it('links the first, the last and the pages next to the current one, with gaps between', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageLinks(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageLinks(10, 10)).toEqual([1, null, 9, 10]);
    // A gap of one page shows that page rather than an ellipsis.
    expect(pageLinks(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(pageLinks(5, 10, 2)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
  });
});
