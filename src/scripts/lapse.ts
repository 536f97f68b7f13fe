// Static pages outlive their build: a page saved, cached or printed from before a certificate's expiry
// is opened after it. Every element that carries `data-expires` is marked `data-lapsed` once the
// visitor's date (in Vietnam) has reached that expiry; its CSS then shows the lapse. An element with
// `data-lapse-notice` is shown, one with `data-lapsed-label` takes that accessible name.
import { hasLapsed } from '~/lib/validity.ts';

const now = new Date();
for (const element of document.querySelectorAll<HTMLElement>('[data-expires]')) {
  const expires = element.dataset.expires;
  if (!expires || !hasLapsed(expires, now)) continue;
  element.dataset.lapsed = '';
  if (element.hasAttribute('data-lapse-notice')) element.hidden = false;
  const label = element.dataset.lapsedLabel;
  if (label) element.setAttribute('aria-label', label);
}
