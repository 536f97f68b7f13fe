// A sales point's printable kit (issue #13): an A4 poster and A4 sheets of shelf labels.

/**
 * How many products the poster names; more are counted ("and 3 more") and the QR code leads to all.
 * Six one-line rows fit under a 100 mm code on one A4 page, whatever the length of the place's name.
 */
export const POSTER_PRODUCTS_SHOWN = 6;

/**
 * The sheet of shelf labels a sales point prints: A4 label stock Avery L7165 and its
 * equivalents (J8165, and other makers' "99.1 × 67.7 mm, 8 per sheet"): 2 columns × 4 rows of
 * 99.1 × 67.7 mm labels, 4.65 mm from the sheet's side, 13.1 mm from its top, 101.6 mm apart across
 * (a 2.5 mm gap) and touching down. Chosen over smaller stock because a label must hold a QR code of
 * 30 mm (src/lib/qr.ts, read from 30 cm) with its quiet zone, and the name, stars, certificate number
 * and validity beside it in print that can be read on a shelf. Sizes in millimetres.
 *
 * src/components/kit/ShelfLabels.astro lays the sheet out with these figures in its CSS (no inline style may carry them,
 * under the Content-Security-Policy); the print test measures the printed labels against them.
 */
export const SHELF_LABEL_STOCK = {
  name: 'Avery L7165',
  sheet: { width: 210, height: 297 },
  columns: 2,
  rows: 4,
  label: { width: 99.1, height: 67.7 },
  pitch: { across: 101.6, down: 67.7 },
  margin: { top: 13.1, left: 4.65 },
} as const;

/** Labels on one sheet. */
export const LABELS_PER_SHEET = SHELF_LABEL_STOCK.columns * SHELF_LABEL_STOCK.rows;

/** The labels split into sheets, in order; no sheet for no label. */
export function labelSheets<T>(items: readonly T[], perSheet: number = LABELS_PER_SHEET): T[][] {
  const sheets: T[][] = [];
  for (let start = 0; start < items.length; start += perSheet) sheets.push(items.slice(start, start + perSheet));
  return sheets;
}

/** Where label `index` (0-based, across then down) of a sheet lies on the paper, in mm. */
export function labelBox(index: number): { left: number; top: number; width: number; height: number } {
  const { columns, label, pitch, margin } = SHELF_LABEL_STOCK;
  const slot = index % LABELS_PER_SHEET;
  return {
    left: margin.left + (slot % columns) * pitch.across,
    top: margin.top + Math.floor(slot / columns) * pitch.down,
    width: label.width,
    height: label.height,
  };
}
