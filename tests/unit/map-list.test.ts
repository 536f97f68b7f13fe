import { describe, expect, it } from 'vitest';
import { mapListPagePath } from '../../src/lib/routes.ts';
import { mapListPage, mapListPageOf, MAP_LIST_PRODUCTS_SHOWN, productsShown } from '../../src/lib/map-list.ts';
import { mapPoints, type MapPlaceLike } from '../../src/lib/map-points.ts';

const place = (id: string, kind: 'sales-point' | 'tourism', commune: string, name: string): MapPlaceLike => ({
  id,
  data: { name, kind, commune, address: commune, location: { lat: 22.4, lng: 103.5 } },
});
const points = mapPoints({
  places: [
    place('t1', 'tourism', 'Bản Bo', 'Bản Hon'),
    place('s1', 'sales-point', 'Đông Phong', 'Quầy B'),
    place('s2', 'sales-point', 'Dào San', 'Quầy A'),
    place('s3', 'sales-point', 'Dào San', 'Chợ C'),
    place('t2', 'tourism', 'Bản Bo', 'Bản Bo'),
  ],
  products: [],
  producers: [],
  productsSoldAt: () => [],
  productsOf: () => [],
});
const names = (page: ReturnType<typeof mapListPage>) =>
  page.groups.flatMap((kind) => kind.communes.flatMap((commune) => commune.points.map((point) => point.name)));

describe('mapListPageOf', () => {
  it('finds the page of the list that holds a point, the same page mapListPage shows it on', () => {
    for (const size of [1, 2, 3, 48]) {
      for (const point of points) {
        const page = mapListPageOf(points, 'vi', point.id, size);
        expect(names(mapListPage(points, 'vi', page, size)), `${point.id} at ${size} a page`).toContain(point.name);
      }
    }
    expect(mapListPageOf(points, 'vi', 'b-not-there', 2)).toBe(1);
  });
});

describe('mapListPage', () => {
  it('fits a short list on one page, in the order of the whole list', () => {
    const page = mapListPage(points, 'vi', 1);
    expect(page).toMatchObject({ page: 1, pages: 1, from: 1, to: 5 });
    expect(names(page)).toEqual(['Chợ C', 'Quầy A', 'Quầy B', 'Bản Bo', 'Bản Hon']);
  });

  it('splits a long list into pages that follow one another, each grouped by kind and commune', () => {
    const pages = [1, 2, 3].map((number) => mapListPage(points, 'vi', number, 2));
    expect(pages.map(names)).toEqual([['Chợ C', 'Quầy A'], ['Quầy B', 'Bản Bo'], ['Bản Hon']]);
    expect(pages.map(({ pages: count, from, to }) => [count, from, to])).toEqual([
      [3, 1, 2],
      [3, 3, 4],
      [3, 5, 5],
    ]);
    // A page that straddles two kinds heads each with its own kind and commune.
    expect(pages[1]!.groups.map((kind) => [kind.kind, kind.communes.map((commune) => commune.commune)])).toEqual([
      ['sales-point', ['Đông Phong']],
      ['tourism', ['Bản Bo']],
    ]);
  });
});

describe('productsShown', () => {
  it('names a few products and counts the rest, so an entry stays short', () => {
    const many = Array.from({ length: MAP_LIST_PRODUCTS_SHOWN + 4 }, (_, index) => `p${index}`);
    expect(productsShown(many)).toEqual({ shown: many.slice(0, MAP_LIST_PRODUCTS_SHOWN), more: 4 });
    expect(productsShown(['a'])).toEqual({ shown: ['a'], more: 0 });
  });
});

describe('mapListPagePath', () => {
  it('keeps the map’s own URL for the first page and numbers the later ones', () => {
    expect(mapListPagePath('vi', 1)).toBe('/ban-do/');
    expect(mapListPagePath('vi', 2)).toBe('/ban-do/trang/2/');
    expect(mapListPagePath('en', 3)).toBe('/en/map/page/3/');
  });
});
