import QRCode from 'qrcode';

/** Error correction of every printed code: level M (about 15 % of the symbol can be lost). */
export const QR_ERROR_CORRECTION = 'M';
/** The quiet zone around every code, in modules: ISO/IEC 18004 asks for 4, and scanners expect it. */
export const QR_QUIET_ZONE = 4;

/**
 * How large a printed code must be to scan from a distance: its symbol (the modules, quiet zone
 * excluded) at least a tenth of the distance, the usual 10:1 distance-to-size rule for phone cameras.
 * A shelf label read from 30 cm needs 30 mm, a poster read from 1 m needs 100 mm.
 */
export const SCAN_DISTANCE_PER_SIZE = 10;
export const minSymbolMm = (distanceMm: number): number => distanceMm / SCAN_DISTANCE_PER_SIZE;
/** The two printed uses of the sales-point kit (issue #13): the distance each is read from, in mm. */
export const SCAN_DISTANCE_MM = { label: 300, poster: 1000 } as const;

export interface QrOptions {
  /**
   * Print the symbol at least this wide, in millimetres: the SVG gets `width` and `height` in mm
   * (quiet zone included, rounded up to 0.1 mm), which a stylesheet may shrink on screen only.
   */
  symbolMm?: number;
}

/**
 * A QR code for a printed sheet, as an SVG string made at build time (no script on the page).
 * Level M survives a smudged or creased print; the 4-module quiet zone is what scanners expect.
 */
export async function qrSvg(text: string, { symbolMm }: QrOptions = {}): Promise<string> {
  // Cost matters: two codes per product, 17,000 at 10,000 products (BENCHMARKS.md). One byte-mode
  // segment: a URL has lower-case letters, so byte mode is what the encoder picks for nearly all of it
  // anyway, and this skips its search for the shortest mix of modes. A fixed mask pattern: the
  // encoder otherwise draws all eight and scores each, most of the cost. Every reader decodes any
  // mask; the checkerboard (pattern 0) breaks up large blocks, and level M error correction covers
  // the rest. Together: 0.77 ms to 0.06 ms a code here.
  const svg = await QRCode.toString([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: QR_ERROR_CORRECTION,
    maskPattern: 0,
    margin: QR_QUIET_ZONE,
    color: { dark: '#000000', light: '#ffffff' },
  });
  let size = '';
  if (symbolMm !== undefined) {
    const total = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    const mm = Math.ceil(((symbolMm * total) / (total - 2 * QR_QUIET_ZONE)) * 10) / 10;
    size = `width="${mm}mm" height="${mm}mm" `;
  }
  // The caller labels the code; the drawing itself is decoration for assistive technology.
  return svg.replace('<svg ', `<svg ${size}aria-hidden="true" focusable="false" `);
}
