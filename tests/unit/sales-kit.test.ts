import { describe, expect, it } from 'vitest';
import { distanceKm, formatDistance, nearbyPlaces } from '../../src/lib/places.ts';
import { labelBox, labelSheets, LABELS_PER_SHEET, SHELF_LABEL_STOCK } from '../../src/lib/sales-kit.ts';

describe('the shelf-label sheet (Avery L7165)', () => {
  it('fits the stock on A4: 2 × 4 labels inside the paper, touching down, 2.5 mm apart across', () => {
    const { sheet, label } = SHELF_LABEL_STOCK;
    expect(LABELS_PER_SHEET).toBe(8);
    const boxes = Array.from({ length: LABELS_PER_SHEET }, (_, index) => labelBox(index));
    for (const box of boxes) {
      expect(box.left).toBeGreaterThan(0);
      expect(box.top).toBeGreaterThan(0);
      expect(box.left + box.width).toBeLessThan(sheet.width);
      expect(box.top + box.height).toBeLessThan(sheet.height);
    }
    expect(boxes[1]!.left - (boxes[0]!.left + label.width)).toBeCloseTo(2.5, 5);
    expect(boxes[2]!.top).toBeCloseTo(boxes[0]!.top + label.height, 5);
    // The stock is symmetric: the margins left and right, top and bottom, are equal.
    expect(sheet.width - (boxes[1]!.left + label.width)).toBeCloseTo(boxes[0]!.left, 5);
    expect(sheet.height - (boxes[7]!.top + label.height)).toBeCloseTo(boxes[0]!.top, 5);
    expect(labelBox(8)).toEqual(labelBox(0));
  });

  it('takes 8 labels a sheet, in order, and no sheet for no label', () => {
    const items = Array.from({ length: 19 }, (_, index) => index);
    expect(labelSheets(items).map((sheet) => sheet.length)).toEqual([8, 8, 3]);
    expect(labelSheets(items).flat()).toEqual(items);
    expect(labelSheets([])).toEqual([]);
  });
});

describe('places nearby', () => {
  const at = (id: string, lat: number, lng: number) => ({ id, data: { location: { lat, lng } } });
  const here = at('here', 22.4137, 103.6035);

  it('measures great-circle distances', () => {
    // One degree of latitude is about 111.2 km; Bình Lư market to Lai Châu city about 15 km.
    expect(distanceKm({ lat: 22, lng: 103.5 }, { lat: 23, lng: 103.5 })).toBeCloseTo(111.2, 0);
    expect(distanceKm(here.data.location, { lat: 22.3962, lng: 103.4589 })).toBeCloseTo(15, 0);
  });

  it('lists the nearest others first, within reach, never the place itself', () => {
    const places = [here, at('far', 21.0, 105.8), at('b', 22.42, 103.61), at('a', 22.414, 103.604)];
    expect(nearbyPlaces(here, places).map(({ place }) => place.id)).toEqual(['a', 'b']);
    expect(nearbyPlaces(here, places, { count: 1, maxKm: 30 }).map(({ place }) => place.id)).toEqual(['a']);
  });

  it('writes distances as people read them', () => {
    expect(formatDistance(2.44, 'vi')).toBe('2,4 km');
    expect(formatDistance(2.44, 'en')).toBe('2.4 km');
    expect(formatDistance(0.43, 'en')).toBe('450 m');
    expect(formatDistance(0.01, 'vi')).toBe('50 m');
  });
});
