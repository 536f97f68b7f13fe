// Measuring what a printed sheet shows, in the browser's print emulation: every line of text as a
// box (a text node's client rects, one per line), checked against every other line, against each
// element that clips it, and against anything painted over it. A screenshot cannot tell a line that
// is cut from one that ends; these boxes can.
import type { Locator, Page } from '@playwright/test';

/** The printable area of an A4 page with print.css's 12 mm margins, in CSS pixels (96 per inch). */
export const A4_CONTENT = { width: Math.round((186 / 25.4) * 96), height: Math.round((273 / 25.4) * 96) };

/**
 * Lays the page out as paper does: print media and a viewport as wide as the printable area, so
 * that the sheet's boxes are the ones the PDF gets.
 */
export async function emulatePaper(page: Page): Promise<void> {
  await page.setViewportSize(A4_CONTENT);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
}

/** Everything wrong with how a sheet shows its text; empty when every line is whole and alone. */
export function sheetLayoutProblems(sheet: Locator): Promise<string[]> {
  return sheet.evaluate((root: HTMLElement) => {
    interface Line {
      text: string;
      element: Element;
      rect: DOMRect;
      /** The line's em box: its font size tall, centred on the line, where the glyphs are drawn. */
      ink: { top: number; bottom: number; left: number; right: number };
    }
    const problems: string[] = [];
    const lines: Line[] = [];
    const describe = (line: Line) => `"${line.text.slice(0, 40)}" (<${line.element.tagName.toLowerCase()}>)`;
    root.scrollIntoView();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!node.textContent?.trim() || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      const fontSize = parseFloat(getComputedStyle(element).fontSize);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        // The text of this one line: the characters whose boxes lie in it.
        const middle = rect.top + rect.height / 2;
        const text = [...node.textContent]
          .filter((_, index) => {
            const char = document.createRange();
            char.setStart(node, index);
            char.setEnd(node, index + 1);
            const box = char.getBoundingClientRect();
            return (
              box.height > 0 &&
              box.top <= middle &&
              box.bottom >= middle &&
              box.left >= rect.left - 1 &&
              box.right <= rect.right + 1
            );
          })
          .join('')
          .trim();
        if (!text) continue;
        const half = Math.min(rect.height, fontSize) / 2;
        lines.push({
          text,
          element,
          rect,
          ink: { top: middle - half, bottom: middle + half, left: rect.left, right: rect.right },
        });
      }
    }
    if (lines.length === 0) return ['the sheet shows no text'];

    // No two lines overprint each other.
    for (let i = 0; i < lines.length; i += 1) {
      for (let j = i + 1; j < lines.length; j += 1) {
        const a = lines[i]!.ink;
        const b = lines[j]!.ink;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 1 && height > 1) problems.push(`${describe(lines[i]!)} overlaps ${describe(lines[j]!)}`);
      }
    }

    // Every line lies on the sheet, whose box is the printed page's.
    const page = root.getBoundingClientRect();
    for (const line of lines) {
      const { rect } = line;
      if (
        rect.top < page.top - 0.5 ||
        rect.bottom > page.bottom + 0.5 ||
        rect.left < page.left - 0.5 ||
        rect.right > page.right + 0.5
      ) {
        problems.push(`${describe(line)} runs off the sheet`);
      }
    }

    // No line is cut by an element that clips its content, the sheet included.
    const clips = (element: Element) => {
      const style = getComputedStyle(element);
      return (
        style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain)
      );
    };
    for (const line of lines) {
      for (let box: Element | null = line.element; box; box = box === root ? null : box.parentElement) {
        if (!clips(box)) continue;
        const outer = box.getBoundingClientRect();
        const style = getComputedStyle(box);
        const inner = {
          top: outer.top + parseFloat(style.borderTopWidth),
          bottom: outer.bottom - parseFloat(style.borderBottomWidth),
          left: outer.left + parseFloat(style.borderLeftWidth),
          right: outer.right - parseFloat(style.borderRightWidth),
        };
        const { rect } = line;
        const inside =
          rect.top >= inner.top - 0.5 &&
          rect.bottom <= inner.bottom + 0.5 &&
          rect.left >= inner.left - 0.5 &&
          rect.right <= inner.right + 0.5;
        if (!inside) {
          const hidden =
            rect.bottom <= inner.top ||
            rect.top >= inner.bottom ||
            rect.right <= inner.left ||
            rect.left >= inner.right;
          problems.push(
            `${describe(line)} is ${hidden ? 'hidden' : 'cut'} by <${box.tagName.toLowerCase()} class="${box.className}">`,
          );
          break;
        }
      }
    }

    // Nothing is painted over a line (a fade, a veil, another box).
    for (const line of lines) {
      const x = (line.ink.left + line.ink.right) / 2;
      const y = (line.ink.top + line.ink.bottom) / 2;
      const top = document.elementFromPoint(x, y);
      if (top && top !== line.element && !line.element.contains(top)) {
        problems.push(`${describe(line)} is covered by <${top.tagName.toLowerCase()} class="${top.className}">`);
      }
    }
    return problems;
  });
}
