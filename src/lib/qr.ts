import QRCode from 'qrcode';

/**
 * A QR code for a printed sheet, as an SVG string made at build time (no script on the page).
 * Level M survives a smudged or creased print; the 4-module quiet zone is what scanners expect.
 */
export function qrSvg(text: string): Promise<string> {
  // The product page and its sheet preview print the same code: draw each once per build.
  let svg = drawn.get(text);
  if (!svg) drawn.set(text, (svg = draw(text)));
  return svg;
}

const drawn = new Map<string, Promise<string>>();

async function draw(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // The caller labels the code; the drawing itself is decoration for assistive technology.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
