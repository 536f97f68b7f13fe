/**
 * What a printed product sheet holds so that it fills one A4 page and nothing on it is cut: the
 * type size of the name, how many sales points are listed, and how much of the description is
 * printed. The sheet (src/components/print/ProductSheet.astro) never clips text; instead the build
 * estimates, from the fonts' measured widths, how many lines each part takes, and shortens only what
 * may be shortened, saying so: the sales-point list ("và 2 điểm bán khác") and the description. Both
 * continue on the product page, which the sheet's QR code opens.
 *
 * Every length here is in millimetres and every type size in points, as in the sheet's print CSS;
 * the two must agree (the numbers below are named after the CSS they mirror). The browser tests
 * measure the printed result (tests/e2e/print.spec.ts): no line overlaps another or is cut.
 */
import type { MarkdownBlock } from './markdown.ts';

/** One point in millimetres. */
const PT = 25.4 / 72;

// Advance widths of Be Vietnam Pro (the sheet's font, self-hosted, so the same on every machine),
// in thousandths of an em, regular and bold, measured in Chromium for each character below. A
// Vietnamese letter is as wide as its base letter (its marks take no room: "ế" is "e"), except ơ and
// ư, whose horn does; anything else counts as the widest letter. Monospace (the URL) falls back to
// each system's own font, so it is counted at a generous 0.62 em.
const MEASURED =
  '0123456789 !"#$%&\'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~đĐơƠưƯ·–—…“”‘’★₫°';
const REGULAR_WIDTHS = [
  676, 385, 651, 660, 710, 660, 680, 603, 634, 680, 230, 280, 318, 807, 645, 849, 740, 179, 439, 439, 497, 608, 285,
  608, 268, 386, 286, 303, 556, 726, 556, 573, 1005, 736, 674, 775, 728, 620, 633, 783, 709, 258, 465, 679, 624, 853,
  732, 826, 644, 822, 668, 635, 650, 725, 724, 1023, 720, 665, 660, 459, 368, 459, 559, 702, 202, 642, 652, 613, 652,
  595, 376, 625, 583, 264, 301, 555, 255, 893, 573, 638, 652, 652, 392, 508, 419, 566, 603, 897, 559, 583, 502, 426,
  408, 426, 468, 680, 788, 642, 826, 603, 772, 255, 682, 868, 726, 370, 407, 287, 217, 896, 591, 475,
];
const BOLD_WIDTHS = [
  700, 431, 664, 680, 720, 682, 700, 623, 668, 700, 230, 341, 391, 845, 660, 871, 763, 222, 453, 453, 513, 652, 317,
  607, 306, 413, 335, 346, 573, 752, 573, 621, 1018, 769, 709, 780, 751, 642, 644, 790, 732, 290, 491, 716, 643, 888,
  749, 828, 679, 826, 712, 677, 686, 738, 758, 1070, 769, 718, 667, 504, 403, 504, 612, 736, 288, 663, 663, 624, 663,
  614, 393, 652, 608, 296, 312, 599, 288, 896, 598, 654, 663, 668, 429, 532, 434, 588, 626, 916, 608, 597, 521, 480,
  434, 480, 490, 691, 784, 669, 828, 641, 789, 305, 704, 869, 863, 444, 456, 262, 234, 896, 637, 471,
];
const UNKNOWN_WIDTH = 1.07;
const MONO_WIDTH = 0.62;
/**
 * Kerning, rounding and the odd wider glyph: text is estimated this much wider than the sum of its
 * characters. Checked against the 1,088 text boxes of the sample's and the awkward fixture's sheets
 * (vi and en) as Chromium printed them: at 1.00 the estimate gave 6 boxes a line too few, at 1.01
 * none, at 1.015 none and 15 a line too many.
 */
const MARGIN = 1.015;

const widths = (values: readonly number[]) =>
  new Map([...MEASURED].map((char, index) => [char, (values[index] ?? 1000) / 1000] as const));
const FACES = { regular: widths(REGULAR_WIDTHS), bold: widths(BOLD_WIDTHS) } as const;
type Face = keyof typeof FACES | 'mono';

/** Width of one character in em. */
function charWidth(char: string, face: Face): number {
  if (face === 'mono') return MONO_WIDTH;
  const table = FACES[face];
  return table.get(char) ?? table.get(char.normalize('NFD').charAt(0)) ?? UNKNOWN_WIDTH;
}

/** The sheet's print CSS, in mm and pt (ProductSheet.astro). */
export const SHEET = {
  width: 186,
  height: 271,
  /** Space between the sheet's blocks (`gap`). */
  gap: 2.5,
  body: { size: 10, lineHeight: 1.4 },
  masthead: { size: 9, lineHeight: 1.4, below: 1.5 + 0.6 },
  cover: 70,
  /** The star badge at 13 pt: measured 40.7, 45.1 and 49.3 mm wide with 3, 4 and 5 stars. */
  title: { lineHeight: 1.25, gap: 4, badge: { width: (stars: number) => 28.5 + 4.3 * stars, height: 9 } },
  summary: { size: 11, lineHeight: 1.4 },
  facts: { columnGap: 5, rowGap: 0.5, labelGap: 3, padding: 2 * 2 + 2 * 0.3 },
  heading: { size: 10, lineHeight: 1.4, below: 1 },
  list: { indent: 4 },
  paragraph: { below: 1.5 },
  footer: { above: 2 + 0.6, qr: 30, gap: 5, scan: 11, url: 9, asOf: 8, below: 1 },
} as const;

/** Sizes the name may take, largest first, each with the most lines it may fill at that size. */
export const NAME_SIZES = [
  { size: 20, lines: 2 },
  { size: 16, lines: 2 },
  { size: 14, lines: 3 },
  { size: 12, lines: 4 },
  { size: 10, lines: Infinity },
] as const;
export type NameSize = (typeof NAME_SIZES)[number]['size'];

/**
 * Lines of description the sales points leave at least (or the whole description, if shorter):
 * where to buy comes first, but a sheet that is only a list says too little about the product.
 */
export const DESCRIPTION_LINES_KEPT = 4;

/**
 * How many lines `text` takes in a box `width` mm wide at `size` pt, wrapped as the browser does:
 * at spaces, after a hyphen or a slash inside a word (a web address), and, for a piece too long for
 * any line, anywhere (the sheet's `overflow-wrap: anywhere`). `tracking`: letter spacing in em.
 */
export function lineCount(text: string, width: number, size: number, face: Face = 'regular', tracking = 0): number {
  const em = size * PT * MARGIN;
  const advance = (char: string) => (charWidth(char, face) + tracking) * em;
  const measure = (piece: string) => [...piece].reduce((sum, char) => sum + advance(char), 0);
  const space = advance(' ');
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const [index, piece] of (word.match(/[^-/]+[-/]*|[-/]+/g) ?? [word]).entries()) {
      const gap = index === 0 && used > 0 ? space : 0;
      const pieceWidth = measure(piece);
      if (used + gap + pieceWidth <= width) {
        used += gap + pieceWidth;
      } else if (pieceWidth <= width) {
        lines += 1;
        used = pieceWidth;
      } else {
        // Broken anywhere: as many characters on each line as fit.
        for (const char of piece) {
          if (used + advance(char) > width && used > 0) {
            lines += 1;
            used = 0;
          }
          used += advance(char);
        }
      }
    }
  }
  return lines;
}

/** Width of `text` on one line, in mm. */
function textWidth(text: string, size: number, face: Face): number {
  return [...text].reduce((sum, char) => sum + charWidth(char, face), 0) * size * PT * MARGIN;
}

const lineHeight = (size: number, factor: number) => size * factor * PT;
const bodyLine = lineHeight(SHEET.body.size, SHEET.body.lineHeight);

/** A label and its value, as the sheet's definition lists show them. */
export interface Field {
  label: string;
  value: string;
}

/** The text of a sheet, as the component renders it. */
export interface SheetText {
  masthead: [string, string];
  hasCover: boolean;
  name: string;
  /** The star rank, which sets the width of the badge beside the name. */
  stars: number;
  summary: string;
  /** The certificate's status under the name ("Còn hiệu lực — hết hạn vào ngày …"), one body-size paragraph. */
  validity: string;
  facts: Field[];
  producer?: { heading: string; name: string; contacts: Field[] } | undefined;
  /** Each sales point as one line of text: name · address · phone. */
  salesPoints: string[];
  salesHeading: string;
  description: MarkdownBlock[];
  footer: { scan: string; url: string; asOf: string };
}

/** What the sheet shows of `SheetText`. */
export interface SheetLayout {
  nameSize: NameSize;
  cover: boolean;
  /** How many of the sales points are listed, from the first. */
  salesListed: number;
  /** The description blocks printed; the last may be a shortened copy ending in "…". */
  description: MarkdownBlock[];
  /** Whether any of the description was left out. */
  descriptionShortened: boolean;
}

/** Height of a definition list whose labels take their widest label's width (`max-content`). */
function fieldsHeight(fields: Field[], width: number): number {
  if (fields.length === 0) return 0;
  const labelWidth = Math.max(...fields.map(({ label }) => textWidth(label, SHEET.body.size, 'bold')));
  const valueWidth = width - labelWidth - SHEET.facts.labelGap;
  const rows = fields.map(({ value }) => lineCount(value, valueWidth, SHEET.body.size));
  // Chromium rounds each grid row up a little (measured: 0.19 mm on a 10 pt line).
  return rows.reduce((sum, lines) => sum + lines * bodyLine + 0.2, 0) + (fields.length - 1) * SHEET.facts.rowGap;
}

const headingHeight = lineHeight(SHEET.heading.size, SHEET.heading.lineHeight) + SHEET.heading.below;

function blockHeight(block: Pick<MarkdownBlock, 'kind' | 'text'>, width: number): number {
  const inner = block.kind === 'li' ? width - SHEET.list.indent : width;
  return lineCount(block.text, inner, SHEET.body.size) * bodyLine + SHEET.paragraph.below;
}

const nameWidth = (stars: number) => SHEET.width - SHEET.title.badge.width(stars) - SHEET.title.gap;

/** The name's type size: the largest at which it takes no more lines than that size allows. */
export function nameSize(name: string, stars: number): NameSize {
  const width = nameWidth(stars);
  return (NAME_SIZES.find(({ size, lines }) => lineCount(name, width, size, 'bold') <= lines) ?? NAME_SIZES.at(-1)!)
    .size;
}

/** The estimated height of each block but the sales points and the description, in mm. */
export function blockHeights(text: SheetText, size: NameSize, cover: boolean): Record<string, number> {
  const { width } = SHEET;
  const column = (width - SHEET.facts.columnGap) / 2;
  const masthead =
    Math.max(...text.masthead.map((part) => lineCount(part.toUpperCase(), column, SHEET.masthead.size, 'bold', 0.03))) *
      lineHeight(SHEET.masthead.size, SHEET.masthead.lineHeight) +
    SHEET.masthead.below;
  const title = Math.max(
    lineCount(text.name, nameWidth(text.stars), size, 'bold') * lineHeight(size, SHEET.title.lineHeight),
    SHEET.title.badge.height,
  );
  // Counted bold throughout (only its first words are): a wider estimate never costs a cut line.
  const validity = lineCount(text.validity, width, SHEET.body.size, 'bold') * bodyLine;
  const summary =
    lineCount(text.summary, width, SHEET.summary.size) * lineHeight(SHEET.summary.size, SHEET.summary.lineHeight);
  const producer = text.producer
    ? headingHeight +
      lineCount(text.producer.name, column, SHEET.body.size, 'bold') * bodyLine +
      SHEET.heading.below +
      fieldsHeight(text.producer.contacts, column)
    : 0;
  const facts = SHEET.facts.padding + Math.max(fieldsHeight(text.facts, column), producer);
  const { footer } = SHEET;
  const linkWidth = width - footer.qr - footer.gap;
  const link =
    lineCount(text.footer.scan, linkWidth, footer.scan, 'bold') * lineHeight(footer.scan, 1.4) +
    lineCount(text.footer.url, linkWidth, footer.url, 'mono') * lineHeight(footer.url, 1.4) +
    lineCount(text.footer.asOf, linkWidth, footer.asOf) * lineHeight(footer.asOf, 1.4) +
    3 * footer.below;
  return {
    masthead,
    ...(cover && { cover: SHEET.cover }),
    title,
    validity,
    summary,
    facts,
    footer: footer.above + Math.max(footer.qr, link),
  };
}

/** Height of everything but the sales points and the description, blocks and gaps included. */
function fixedHeight(text: SheetText, size: NameSize, cover: boolean): number {
  const blocks = Object.values(blockHeights(text, size, cover));
  return blocks.reduce((sum, height) => sum + height, 0) + (blocks.length - 1) * SHEET.gap;
}

/** Height of the sales-point section listing `listed` of them (and a line for the rest), its gap included. */
export function salesHeight(text: SheetText, listed: number): number {
  if (text.salesPoints.length === 0) return 0;
  const lines = text.salesPoints
    .slice(0, listed)
    .reduce((sum, line) => sum + lineCount(line, SHEET.width - SHEET.list.indent, SHEET.body.size), 0);
  const more = listed < text.salesPoints.length ? 1 : 0;
  return SHEET.gap + headingHeight + (lines + more) * bodyLine;
}

/** Cuts a block's text at a word so that it takes at most `lines` lines, ending in "…". */
function shortened(block: MarkdownBlock, lines: number, width: number): MarkdownBlock | undefined {
  const inner = block.kind === 'li' ? width - SHEET.list.indent : width;
  const words = block.text.split(' ');
  for (let count = words.length - 1; count > 0; count -= 1) {
    const text = `${words
      .slice(0, count)
      .join(' ')
      .replace(/[\s,;:.–-]+$/u, '')}…`;
    if (lineCount(text, inner, SHEET.body.size) <= lines) return { kind: block.kind, text, html: escapeHtml(text) };
  }
  return undefined;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Height of the description's first `lines` lines (its first blocks, whole), or all of it if shorter. */
function descriptionStart(blocks: MarkdownBlock[], lines: number): number {
  let height = 0;
  let left = lines;
  for (const block of blocks) {
    if (left <= 0) break;
    const inner = block.kind === 'li' ? SHEET.width - SHEET.list.indent : SHEET.width;
    const taken = Math.min(left, lineCount(block.text, inner, SHEET.body.size));
    height += taken * bodyLine + SHEET.paragraph.below;
    left -= taken;
  }
  return height === 0 ? 0 : SHEET.gap + height;
}

/**
 * Lays out a sheet. The name takes the largest size that keeps it to a few lines. Every sales point
 * is listed if all of them leave room for the first `DESCRIPTION_LINES_KEPT` lines of the
 * description; otherwise as many as do (at least one) and a line saying how many more. The
 * description then fills what the page still holds: whole blocks first, the next one cut at a word
 * and ending in "…", and a line saying it continues. No line is held in reserve: the estimate errs
 * wide instead (MARGIN). If even the first sales point does not fit, the cover photo goes first.
 */
export function sheetLayout(text: SheetText): SheetLayout {
  const size = nameSize(text.name, text.stars);
  const wanted = descriptionStart(text.description, DESCRIPTION_LINES_KEPT);
  const free = (cover: boolean, listed: number) =>
    SHEET.height - fixedHeight(text, size, cover) - salesHeight(text, listed);
  const withCover = text.hasCover && free(true, Math.min(1, text.salesPoints.length)) >= 0;
  let salesListed = text.salesPoints.length;
  while (salesListed > 1 && free(withCover, salesListed) < wanted) salesListed -= 1;
  let left = free(withCover, salesListed) - SHEET.gap;
  const moreLine = bodyLine + SHEET.paragraph.below;
  const heights = text.description.map((block) => blockHeight(block, SHEET.width));
  const whole = heights.reduce((sum, height) => sum + height, 0);
  if (whole <= left) {
    return {
      nameSize: size,
      cover: withCover,
      salesListed,
      description: text.description,
      descriptionShortened: false,
    };
  }
  // Shortened: whole blocks while they leave room for the line that says the description continues,
  // then the next block cut at a word.
  const description: MarkdownBlock[] = [];
  left -= moreLine;
  for (const [index, block] of text.description.entries()) {
    const height = heights[index]!;
    if (height <= left) {
      description.push(block);
      left -= height;
      continue;
    }
    const lines = Math.floor((left - SHEET.paragraph.below) / bodyLine);
    const part = lines >= 1 ? shortened(block, lines, SHEET.width) : undefined;
    if (part) description.push(part);
    break;
  }
  return { nameSize: size, cover: withCover, salesListed, description, descriptionShortened: true };
}
