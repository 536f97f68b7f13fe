import { describe, expect, it } from 'vitest';
import { minSymbolMm, QR_QUIET_ZONE, qrSvg, SCAN_DISTANCE_MM } from '../../src/lib/qr.ts';
import jsQR from 'jsqr';

describe('qrSvg', () => {
  it('draws a scalable SVG hidden from assistive technology', async () => {
    const svg = await qrSvg('https://ocop.tamduong.example/san-pham/che-xanh-tam-duong/');
    expect(svg.startsWith('<svg aria-hidden="true"')).toBe(true);
    expect(svg).toMatch(/viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('<path');
  });

  it('grows with the text it encodes', async () => {
    const size = async (text: string) => Number(/viewBox="0 0 (\d+)/.exec(await qrSvg(text))?.[1]);
    expect(await size(`https://example.vn/${'a'.repeat(120)}/`)).toBeGreaterThan(await size('https://example.vn/'));
  });
});

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

/** Paints the SVG's dark modules into RGBA pixels, `scale` per module. */
function rasterize(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const modules = modulesOf(svg);
  const size = modules.length * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const offset = ((y * scale + dy) * size + x * scale) * 4;
        data.fill(0, offset, offset + scale * 4);
      }
    }),
  );
  // fill(0) blackened the alpha too: make every pixel opaque again.
  for (let offset = 3; offset < data.length; offset += 4) data[offset] = 255;
  return { data, size };
}

describe('qrSvg as a phone reads it', () => {
  it('decodes back to the exact address, for short and long product pages in both languages', async () => {
    const addresses = [
      'https://ocop.tamduong.example/san-pham/che-xanh-tam-duong/',
      'https://ocop.tamduong.example/en/products/mat-ong-rung-tam-duong/',
      `https://ocop.example.vn/en/products/${'ruou-ngo-men-la-ban-hon-'.repeat(5)}9124/`,
      ...Array.from({ length: 20 }, (_, i) => `https://ocop.example.vn/san-pham/san-pham-${i * 7919}/`),
    ];
    for (const address of addresses) {
      const { data, size } = rasterize(await qrSvg(address));
      expect(jsQR(data, size, size)?.data, address).toBe(address);
    }
  });
});

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
