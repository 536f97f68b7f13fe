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
