// Reading what the browser printed: page count and size (pdf-lib), text (pdf.js), QR codes (jsQR),
// whole pages as images (pdf.js drawing on @napi-rs/canvas, which pdf.js installs for Node).
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';

/** A4 in PDF points (1/72 inch). */
export const A4 = { width: 595.28, height: 841.89 };

export async function pdfPageSizes(pdf: Buffer): Promise<{ width: number; height: number }[]> {
  const document = await PDFDocument.load(pdf);
  return document.getPages().map((page) => page.getSize());
}

/** The text of each page, NFC-normalised so Vietnamese compares as typed. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  const document = await task.promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    // Chromium splits runs at Vietnamese combining marks, so items are joined as they stand.
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
    texts.push(text.normalize('NFC').replace(/\s+/g, ' '));
  }
  await task.destroy();
  return texts;
}

export function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/**
 * One page of a PDF drawn as a PNG, `scale` pixels per PDF point (2: 144 dpi), to read what is on
 * the paper, e.g. a QR code anywhere on the page with `decodeQr`. `number` counts from 1.
 */
export async function pdfPagePng(pdf: Buffer, number = 1, scale = 2): Promise<Buffer> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const document = await task.promise;
  const page = await document.getPage(number);
  const viewport = page.getViewport({ scale });
  // pdf.js types its canvas factory loosely; in Node it makes @napi-rs/canvas canvases.
  const factory = document.canvasFactory as {
    create: (width: number, height: number) => { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
  };
  const { canvas, context } = factory.create(viewport.width, viewport.height);
  // White paper: the PDF's background is transparent where nothing is printed.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, viewport.width, viewport.height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  const png = (canvas as unknown as { toBuffer: (type: string) => Buffer }).toBuffer('image/png');
  await task.destroy();
  return png;
}

/** A run of text on a PDF page, in points from the page's bottom-left corner. */
export interface TextBox {
  text: string;
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** The boxes of the text runs of each page (pdf.js), for checking that no text is drawn over other text. */
export async function pdfTextBoxes(pdf: Buffer): Promise<TextBox[][]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  const document = await task.promise;
  const pages: TextBox[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items.flatMap((item) => {
        if (!('str' in item) || !item.str.trim()) return [];
        const [, , , , x, y] = item.transform as number[];
        return [{ text: item.str, left: x!, bottom: y!, right: x! + item.width, top: y! + item.height }];
      }),
    );
  }
  await task.destroy();
  return pages;
}

/** Pairs of text boxes that overlap by more than `tolerance` points both ways (touching runs do not). */
export function overlappingText(boxes: TextBox[], tolerance = 1): [string, string][] {
  const pairs: [string, string][] = [];
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
      if (across > tolerance && down > tolerance) pairs.push([a.text, b.text]);
    }
  });
  return pairs;
}

/** A PNG as RGBA pixels, and a part of it. */
export function readPng(png: Buffer): { data: Uint8Array; width: number; height: number } {
  const image = PNG.sync.read(png);
  return { data: image.data, width: image.width, height: image.height };
}

export interface DecodedQr {
  text: string;
  /** The symbol's width (quiet zone excluded), in pixels of the image. */
  symbolPx: number;
  /** Whether the 4 modules around the symbol are all light, as the quiet zone must be. */
  quietZone: boolean;
}

/** The QR code in a region of an image (x, y, width, height in pixels), decoded and measured. */
export function decodeQrIn(
  image: { data: Uint8Array; width: number; height: number },
  region = { x: 0, y: 0, width: image.width, height: image.height },
): DecodedQr | undefined {
  const x0 = Math.max(0, Math.round(region.x));
  const y0 = Math.max(0, Math.round(region.y));
  const width = Math.min(image.width - x0, Math.round(region.width));
  const height = Math.min(image.height - y0, Math.round(region.height));
  const crop = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const from = ((y0 + row) * image.width + x0) * 4;
    crop.set(image.data.subarray(from, from + width * 4), row * width * 4);
  }
  const found = jsQR(crop, width, height);
  if (!found) return undefined;
  const { topLeftCorner: a, topRightCorner: b, bottomLeftCorner: c } = found.location;
  const symbolPx = Math.hypot(b.x - a.x, b.y - a.y);
  const module = symbolPx / (17 + 4 * found.version);
  // Every pixel between half a module and four modules out from the symbol's edges must be light.
  const left = Math.min(a.x, c.x);
  const top = Math.min(a.y, b.y);
  const right = left + symbolPx;
  const bottom = top + Math.hypot(c.x - a.x, c.y - a.y);
  const light = (px: number, py: number) => {
    const offset = (Math.round(py) * width + Math.round(px)) * 4;
    return (crop[offset]! + crop[offset + 1]! + crop[offset + 2]!) / 3 > 160;
  };
  let quietZone =
    left - 4 * module >= 0 && top - 4 * module >= 0 && right + 4 * module < width && bottom + 4 * module < height;
  for (let py = top - 4 * module; quietZone && py <= bottom + 4 * module; py += 1) {
    for (let px = left - 4 * module; px <= right + 4 * module; px += 1) {
      const inner =
        px > left - module / 2 && px < right + module / 2 && py > top - module / 2 && py < bottom + module / 2;
      if (!inner && !light(px, py)) {
        quietZone = false;
        break;
      }
    }
  }
  return { text: found.data, symbolPx, quietZone };
}
