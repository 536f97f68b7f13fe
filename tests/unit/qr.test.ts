import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr.ts';

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
