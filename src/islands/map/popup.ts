import { telHref } from '~/lib/format.ts';
import type { MapPointDetails } from '~/lib/map-details.ts';
import { geoHref, osmDirectionsHref } from '~/lib/map-points.ts';
import { saveOfflineAttributes } from '~/lib/offline.ts';
import type { Locale } from '~/schemas/enums.ts';
import type { MapStrings } from '~/i18n/slices.ts';

type Child = Node | string;

/** A tiny element builder: text is always set as text, never parsed as HTML. */
function h(tag: string, attributes: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A name in the reader's language, with `lang` when it falls back to the other one. */
function localText(vi: string, en: string | undefined, locale: Locale): { text: string; lang?: string } {
  if (locale === 'en' && en) return { text: en };
  return locale === 'vi' ? { text: vi } : { text: vi, lang: 'vi' };
}

/** The popup of one point: the same facts as its entry in the server-rendered list. */
export function popupContent(details: MapPointDetails, locale: Locale, s: MapStrings): HTMLElement {
  const name = localText(details.name, details.nameEn, locale);
  const rows: HTMLElement[] = [];
  // Addresses and hours are written in Vietnamese only.
  const vi = locale === 'vi' ? undefined : 'vi';
  const row = (label: string, value: Child, lang?: string) => rows.push(h('dt', {}, label), h('dd', { lang }, value));
  if (details.address) row(s.address, details.address, vi);
  if (details.hours) row(s.hours, details.hours, vi);
  if (details.phone) row(s.phone, h('a', { href: telHref(details.phone) }, details.phone));

  const parts: Child[] = [
    h('h3', { class: 'map-popup__name', tabindex: '-1', lang: name.lang }, name.text),
    h('p', { class: 'map-popup__kind' }, s[`kind.${details.kind}`]),
  ];
  if (details.description) {
    const description = localText(details.description, details.descriptionEn, locale);
    parts.push(h('p', { lang: description.lang }, description.text));
  }
  if (rows.length > 0) parts.push(h('dl', {}, ...rows));
  if (details.products.length > 0) {
    parts.push(
      h('p', { class: 'map-popup__label' }, details.kind === 'producer' ? s.madeHere : s.soldHere),
      h(
        'ul',
        {},
        ...details.products.map((product) => {
          const label = localText(product.name, product.nameEn, locale);
          return h('li', {}, h('a', { href: product.url[locale], lang: label.lang }, label.text));
        }),
      ),
    );
  }
  if (details.url) parts.push(h('p', {}, h('a', { href: details.url[locale] }, s.page)));
  parts.push(
    h(
      'p',
      { class: 'map-popup__directions' },
      `${s.directions}: `,
      h('a', { href: geoHref(details) }, s.geo),
      ' · ',
      h('a', { href: osmDirectionsHref(details), rel: 'external' }, s.osm),
    ),
  );
  // "Save for offline", as in the list: src/scripts/save-offline.ts (on the map page) builds its button.
  const strings = {
    save: s.save,
    hint: s.saveHint,
    saving: s.saving,
    saved: s.saved,
    failed: s.saveFailed,
    savedLink: s.savedLink,
  };
  parts.push(
    h('save-offline', {
      ...saveOfflineAttributes(
        {
          id: details.id,
          name: { text: name.text, lang: name.lang === 'vi' ? 'vi' : locale },
          locale,
          ...(details.url && { pages: [details.url[locale]] }),
        },
        strings,
      ),
      hidden: '',
    }),
  );
  return h('div', { class: 'map-popup' }, ...parts);
}
