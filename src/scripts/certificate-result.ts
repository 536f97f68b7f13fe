// One certificate as the lookup states it, built in the browser: the lookup page (/tra-cuu/) lists
// what a query finds this way, and the not-found page says the same of an old product link. Each part
// of a result (verdict, facts, links) is a list, so a new fact or link is one more entry.
import { certificateVerdict, VERDICT_KEYS, VERDICT_SEPARATOR } from '~/lib/certificate-verdict.ts';
import type { LookupEntry, UnpublishedProduct } from '~/lib/lookup.ts';
import type { UiKey } from '~/i18n/ui.ts';
import type { Locale } from '~/schemas/enums.ts';

/** The strings a result needs, handed to the browser unfilled (the script fills `{date}`, `{stars}`). */
export const RESULT_STRING_KEYS = [
  ...VERDICT_KEYS,
  'verify.reason',
  'verify.number',
  'verify.rank',
  'verify.productPage',
  'verify.document',
  'stars.label',
] as const satisfies readonly UiKey[];

export type Fill = (key: string, vars?: Record<string, string | number>) => string;

/** A translation function over strings handed over as JSON: `{name}` placeholders filled from vars. */
export function translator(strings: Record<string, string>): Fill {
  return (key, vars = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in vars ? String(vars[name]) : placeholder,
    );
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** A lookup entry, or the part of it the not-found page has: a status may come without a reason. */
export type ShownCertificate = Pick<LookupEntry, 'number' | 'name' | 'stars'> &
  Partial<Pick<LookupEntry, 'nameEn' | 'url' | 'document'>>;
export type ShownStatus = LookupEntry['status'] | UnpublishedProduct['status'];

/**
 * One certificate: its name as a heading, the verdict on the visitor's date, the facts (number,
 * rank), and a link to the product page only while the certificate is valid, so that the lookup
 * never promotes a product that is not published.
 */
export function certificateResult(
  entry: ShownCertificate,
  status: ShownStatus,
  locale: Locale,
  t: Fill,
  { heading = 'h3', tag = 'li' }: { heading?: 'h2' | 'h3'; tag?: 'li' | 'div' } = {},
): HTMLElement {
  const item = element(tag, undefined, { class: `result ${status.kind}` });
  const english = locale === 'en' && entry.nameEn;
  item.append(element(heading, english ? entry.nameEn : entry.name, english ? {} : { lang: 'vi' }));

  const { word, detail } = certificateVerdict(status, locale, t);
  const line = element('p', undefined, { class: 'verdict' });
  line.append(element('strong', word), `${VERDICT_SEPARATOR}${detail}`);
  item.append(line);
  if (status.kind === 'revoked' && 'reason' in status && status.reason) {
    const reason = element('p', `${t('verify.reason')} `);
    reason.append(element('span', status.reason, { lang: 'vi' }));
    item.append(reason);
  }

  const facts: [string, string, Record<string, string>][] = [
    [t('verify.number'), entry.number, { lang: 'vi' }],
    [t('verify.rank'), t('stars.label', { stars: entry.stars }), {}],
  ];
  const list = element('dl');
  for (const [term, value, attrs] of facts) list.append(element('dt', term), element('dd', value, attrs));
  item.append(list);

  const links: [string, Record<string, string>][] = [];
  if (status.kind === 'valid' && entry.url) {
    links.push([t('verify.productPage'), { href: entry.url[locale] }]);
    // The signed decision (`certificate.document`), which the office links for published products.
    if (entry.document) links.push([t('verify.document'), { href: entry.document, rel: 'noopener' }]);
  }
  for (const [text, attrs] of links) {
    const paragraph = element('p');
    paragraph.append(element('a', text, attrs));
    item.append(paragraph);
  }
  return item;
}
