import { describe, expect, it } from 'vitest';
import { distanceKm, formatDistance, nearbyPlaces } from '../../src/lib/places.ts';
import { minSymbolMm, QR_QUIET_ZONE, qrSvg, SCAN_DISTANCE_MM } from '../../src/lib/qr.ts';
import { labelBox, labelSheets, LABELS_PER_SHEET, SHELF_LABEL_STOCK } from '../../src/lib/sales-kit.ts';

/** The dark modules of a qrSvg drawing (quiet zone included), as rows of booleans. */
function modulesOf(svg: string): boolean[][] {
  const total = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
  const grid = Array.from({ length: total }, () => Array<boolean>(total).fill(false));
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (command === 'm') [x, y] = [x + Number(a), y + Math.round(Number(b))];
    else {
      for (let column = x; column < x + Number(a); column++) grid[y]![column] = true;
      x += Number(a);
    }
  }
  return grid;
}

/**
 * The error correction level and mask a symbol declares in its format information (ISO/IEC 18004
 * 7.9): 15 bits down column 8 beside the top-left and bottom-left finder patterns, masked with 0x5412.
 */
function formatInfo(svg: string): { level: 'L' | 'M' | 'Q' | 'H'; mask: number } {
  const all = modulesOf(svg);
  const symbol = all.slice(QR_QUIET_ZONE, -QR_QUIET_ZONE).map((row) => row.slice(QR_QUIET_ZONE, -QR_QUIET_ZONE));
  const size = symbol.length;
  const rows = [0, 1, 2, 3, 4, 5, 7, 8, ...Array.from({ length: 7 }, (_, i) => size - 7 + i)];
  const bits = rows.reduce((value, row, index) => value | (Number(symbol[row]![8]) << index), 0);
  const data = (bits ^ 0x5412) >> 10;
  return { level: (['M', 'L', 'H', 'Q'] as const)[data >> 3]!, mask: data & 7 };
}

describe('printed QR codes', () => {
  const url = 'https://ocop.tamduong.example/dia-diem/diem-ocop-binh-lu/';

  it('use error correction level M, whatever they encode', async () => {
    for (const text of [url, 'https://example.vn/', `https://ocop.example.vn/${'a'.repeat(150)}/`]) {
      expect(formatInfo(await qrSvg(text))).toEqual({ level: 'M', mask: 0 });
    }
  });

  it('keep a quiet zone of 4 light modules on every side', async () => {
    const grid = modulesOf(await qrSvg(url));
    const band = grid.flatMap((row, y) =>
      row.filter((_, x) => Math.min(x, y, grid.length - 1 - x, grid.length - 1 - y) < QR_QUIET_ZONE),
    );
    expect(band.length).toBeGreaterThan(0);
    expect(band.every((dark) => !dark)).toBe(true);
    // …and the symbol starts right after it: the top-left finder pattern's corner is dark.
    expect(grid[QR_QUIET_ZONE]![QR_QUIET_ZONE]).toBe(true);
  });

  it('size the symbol to a tenth of the scanning distance: 30 mm for a shelf label, 100 mm for a poster', async () => {
    expect(minSymbolMm(SCAN_DISTANCE_MM.label)).toBe(30);
    expect(minSymbolMm(SCAN_DISTANCE_MM.poster)).toBe(100);
    for (const symbolMm of [30, 100]) {
      const svg = await qrSvg(url, { symbolMm });
      const total = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
      const width = Number(/ width="([\d.]+)mm"/.exec(svg)?.[1]);
      expect(/ height="([\d.]+)mm"/.exec(svg)?.[1]).toBe(String(width));
      const symbol = (width * (total - 2 * QR_QUIET_ZONE)) / total;
      expect(symbol).toBeGreaterThanOrEqual(symbolMm);
      expect(symbol).toBeLessThan(symbolMm + 0.1);
    }
    // Without a size the code fills its box, as the product sheet wants.
    expect(await qrSvg(url)).not.toMatch(/ width="/);
  });
});

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
