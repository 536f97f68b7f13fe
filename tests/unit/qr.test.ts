import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr.ts';
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

/** Paints the SVG's dark runs ("M x y.5 h n m dx dy h n …") into RGBA pixels, `scale` per module. */
function rasterize(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const modules = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (command === 'm') [x, y] = [x + Number(a), y + Math.round(Number(b))];
    else {
      for (let column = x; column < x + Number(a); column++) {
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const offset = ((y * scale + dy) * size + column * scale + dx) * 4;
            data.fill(0, offset, offset + 3);
          }
        }
      }
      x += Number(a);
    }
  }
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
