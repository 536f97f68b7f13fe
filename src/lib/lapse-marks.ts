/**
 * Static pages outlive their build: a page saved, cached or printed from before a certificate's
 * expiry is opened after it, and a fair pack prints sheets fetched from such pages. Every element
 * under `root` that carries `data-expires` (`YYYY-MM-DD`) is marked `data-lapsed` once the date in
 * Vietnam has reached that expiry (`hasLapsed`, src/lib/validity.ts); its CSS then shows the lapse
 * (a struck badge) or hides what is no longer true (`data-still-valid`, `data-promotes`). An element
 * with `data-lapse-notice` is shown, one with `data-lapsed-label` takes that accessible name. Run by
 * the product page's lapse script on the document and by the fair pack on each sheet it fetches.
 */
import { hasLapsed } from './validity.ts';

export function markLapsed(root: ParentNode, now: Date = new Date()): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-expires]')) {
    const expires = element.dataset.expires;
    if (!expires || !hasLapsed(expires, now)) continue;
    element.dataset.lapsed = '';
    if (element.hasAttribute('data-lapse-notice')) element.hidden = false;
    const label = element.dataset.lapsedLabel;
    if (label) element.setAttribute('aria-label', label);
  }
}
