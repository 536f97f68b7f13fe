// One certificate as the lookup states it, built in the browser: the lookup page (/tra-cuu/) lists
// what a query finds this way, and the not-found page says the same of an old product link. Each part
// of a result (verdict, facts, links) is a list, so a new fact or link is one more entry.
import { certificateVerdict, VERDICT_SEPARATOR } from '~/lib/certificate-verdict.ts';
import { fill } from '~/lib/fill.ts';
import { localText, viLang } from '~/lib/localize.ts';
import type { LookupEntry, UnpublishedProduct } from '~/lib/lookup.ts';
import type { ResultStrings } from '~/i18n/slices.ts';
import type { Locale } from '~/schemas/enums.ts';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string | undefined> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  return node;
}

/** A lookup entry, or the part of it the not-found page has: a status may come without a reason. */
export type ShownCertificate = Pick<LookupEntry, 'number' | 'name' | 'stars'> &
  Partial<Pick<LookupEntry, 'nameEn' | 'url' | 'document'>>;
export type ShownStatus = LookupEntry['status'] | UnpublishedProduct['status'];

/**
 * One certificate: its name as a heading, the verdict on the visitor's date, the facts (number,
 * rank), and a link to the product page only while the certificate is valid, so that the lookup
 * never promotes a product that is not published. Strings come as the page's `ResultStrings` slice
 * (src/i18n/slices.ts). The name states its language (`lang="vi"` or `"en"`) wherever it is shown, as
 * the not-found page places a result in either half of a bilingual page; other Vietnamese-only text
 * (number, reason) is marked by `viLang`.
 */
export function certificateResult(
  entry: ShownCertificate,
  status: ShownStatus,
  locale: Locale,
  s: ResultStrings,
  { heading = 'h3', tag = 'li' }: { heading?: 'h2' | 'h3'; tag?: 'li' | 'div' } = {},
): HTMLElement {
  const item = element(tag, undefined, { class: `result ${status.kind}` });
  const name = localText(entry.name, entry.nameEn, locale);
  item.append(element(heading, name.text, { lang: name.lang }));

  // The verdict's strings are named by their dictionary keys in the slice, so the slice is its `t`.
  const { word, detail } = certificateVerdict(status, locale, (key, vars) => fill(s[key], vars));
  const line = element('p', undefined, { class: 'verdict' });
  line.append(element('strong', word), `${VERDICT_SEPARATOR}${detail}`);
  item.append(line);
  if (status.kind === 'revoked' && 'reason' in status && status.reason) {
    const reason = element('p', `${s.reason} `);
    reason.append(element('span', status.reason, { lang: viLang(locale) }));
    item.append(reason);
  }

  const facts: [string, string, Record<string, string | undefined>][] = [
    [s.number, entry.number, { lang: viLang(locale) }],
    [s.rank, fill(s.starsLabel, { stars: entry.stars }), {}],
  ];
  const list = element('dl');
  for (const [term, value, attrs] of facts) list.append(element('dt', term), element('dd', value, attrs));
  item.append(list);

  const links: [string, Record<string, string>][] = [];
  if (status.kind === 'valid' && entry.url) {
    links.push([s.productPage, { href: entry.url[locale] }]);
    // The signed decision (`certificate.document`), which the office links for published products.
    if (entry.document) links.push([s.document, { href: entry.document, rel: 'noopener' }]);
  }
  for (const [text, attrs] of links) {
    const paragraph = element('p');
    paragraph.append(element('a', text, attrs));
    item.append(paragraph);
  }
  return item;
}
