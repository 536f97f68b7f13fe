import { useEffect, useRef, useState } from 'preact/hooks';
import { concurrencyLimit } from '~/lib/concurrency.ts';
import { packItemOfSheet, type PackItem } from '~/lib/fair-pack.ts';
import { recordPath } from '~/lib/routes.ts';

/** Sheets fetched at once from their product pages: enough to be quick, few enough to spare a fair's Wi-Fi. */
const FETCH_AT_ONCE = 4;

/** Where the page puts the fetched sheets: `<div data-pack-sheets>`, outside the island, printed in order. */
const SHEETS = '[data-pack-sheets]';

/**
 * A product's sheet taken from its static product page, which carries it for printing (hidden on
 * screen, as the pack's sheets are: print.css shows them on paper only).
 */
async function fetchSheet(locale: 'vi' | 'en', slug: string): Promise<HTMLElement> {
  const response = await fetch(recordPath('product', locale, slug));
  if (!response.ok) throw new Error(`${response.status} for the sheet of ${slug}`);
  const html = new DOMParser().parseFromString(await response.text(), 'text/html');
  const sheet = html.querySelector<HTMLElement>(`.print-page[data-sheet="${CSS.escape(slug)}"]`);
  if (!sheet) throw new Error(`no sheet in the product page of ${slug}`);
  // A pack is printed on a day of its own, from pages built earlier (a cached site, a fair after an
  // expiry): it keeps the sheet's dated facts ("Hết hạn ngày …") and drops the line that says the
  // certificate is still valid, which only the page's lapse script can keep true.
  const imported = document.importNode(sheet, true);
  for (const line of imported.querySelectorAll('[data-still-valid]')) line.remove();
  return imported;
}

const sheetsIn = (container: Element) =>
  new Map([...container.querySelectorAll<HTMLElement>('[data-sheet]')].map((sheet) => [sheet.dataset.sheet, sheet]));

/** Shows the chosen sheets in the chosen order and hides the others. */
function arrange(container: Element, selection: readonly string[]) {
  const sheets = sheetsIn(container);
  for (const [slug, sheet] of sheets) sheet.hidden = !slug || !selection.includes(slug);
  for (const slug of selection) {
    const sheet = sheets.get(slug);
    if (sheet) container.append(sheet);
  }
}

/** What the pack knows of its sheets: how many are still coming and which could not be fetched. */
export interface SheetsState {
  pending: ReadonlySet<string>;
  failed: ReadonlySet<string>;
}

/**
 * The sheet loader: fetches each chosen product's printed sheet from its product page (a few at a
 * time), puts it in the page's sheet container in the chosen order, and tells `remember` the name and
 * stars the sheet declares (a bookmarked pack knows nothing else of its products). The sheets are the
 * product pages' static HTML, not components, so this hook is the one place that moves DOM nodes.
 * A failed sheet is tried again once it is unticked and ticked again.
 */
export function useSheets(
  locale: 'vi' | 'en',
  selection: readonly string[],
  ready: boolean,
  remember: (items: PackItem[]) => void,
): SheetsState {
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const limit = useRef(concurrencyLimit(FETCH_AT_ONCE));
  const latest = useRef(selection);

  useEffect(() => {
    latest.current = selection;
    const container = document.querySelector(SHEETS);
    if (container) arrange(container, selection);
  }, [selection]);

  // Fetch the chosen sheets that are not in the page yet.
  useEffect(() => {
    const container = document.querySelector(SHEETS);
    if (!ready || !container) return;
    const inPage = sheetsIn(container);
    const missing = selection.filter((slug) => !inPage.has(slug) && !pending.has(slug) && !failed.has(slug));
    if (missing.length === 0) return;
    setPending((current) => new Set([...current, ...missing]));
    const settle = (slug: string, ok: boolean) => {
      setPending((current) => new Set([...current].filter((other) => other !== slug)));
      if (!ok) setFailed((current) => new Set([...current, slug]));
    };
    for (const slug of missing) {
      void limit.current(async () => {
        try {
          const sheet = await fetchSheet(locale, slug);
          container.append(sheet);
          remember([packItemOfSheet(sheet.dataset, slug, locale)]);
          arrange(container, latest.current);
          settle(slug, true);
        } catch {
          settle(slug, false);
        }
      });
    }
    // pending and failed change as sheets arrive; only a new selection asks for more.
  }, [selection, ready, locale]);

  // Forget the failure of a sheet no longer chosen, so that ticking it again tries again.
  useEffect(() => {
    const dropped = [...failed].filter((slug) => !selection.includes(slug));
    if (dropped.length > 0) setFailed((current) => new Set([...current].filter((slug) => !dropped.includes(slug))));
  }, [selection, failed]);

  return { pending, failed };
}
