import QRCode from 'qrcode';

/**
 * A QR code for a printed sheet, as an SVG string made at build time (no script on the page).
 * Level M survives a smudged or creased print; the 4-module quiet zone is what scanners expect.
 */
export async function qrSvg(text: string): Promise<string> {
  // Cost matters: two codes per product, 17,000 at 10,000 products (BENCHMARKS.md). One byte-mode
  // segment: a URL has lower-case letters, so byte mode is what the encoder picks for nearly all of it
  // anyway, and this skips its search for the shortest mix of modes. A fixed mask pattern: the
  // encoder otherwise draws all eight and scores each, most of the cost. Every reader decodes any
  // mask; the checkerboard (pattern 0) breaks up large blocks, and level M error correction covers
  // the rest. Together: 0.77 ms to 0.06 ms a code here.
  const svg = await QRCode.toString([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: 'M',
    maskPattern: 0,
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // The caller labels the code; the drawing itself is decoration for assistive technology.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
