import { phoneText, telHref } from '~/lib/format.ts';
import { langIfDifferent, localText, type Localized } from '~/lib/localize.ts';
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

/**
 * Text in the reader's language (`localText`), as the list's entry shows it: Vietnamese text on an
 * English page is marked `lang="vi"` (`viLang`) and followed by "(in Vietnamese)", as the list's
 * `InVietnamese` component does.
 */
function shown(text: Localized, locale: Locale, s: MapStrings): Child[] {
  const lang = langIfDifferent(text, locale);
  return lang ? [h('span', { lang }, text.text), ' ', h('span', { class: 'in-vi' }, s.inVietnamese)] : [text.text];
}

/** The popup of one point: the same facts as its entry in the server-rendered list (MapPage.astro). */
export function popupContent(details: MapPointDetails, locale: Locale, s: MapStrings): HTMLElement {
  const name = localText(details.name, details.nameEn, locale);
  const rows: HTMLElement[] = [];
  const row = (label: string, ...value: Child[]) => rows.push(h('dt', {}, label), h('dd', {}, ...value));
  // Addresses are written in Vietnamese only; hours may have an English version.
  if (details.address) row(s.address, ...shown(localText(details.address, undefined, locale), locale, s));
  if (details.hours) row(s.hours, ...shown(localText(details.hours, details.hoursEn, locale), locale, s));
  // The number as the list shows it (spaces that do not break), dialled as written in the tel: link.
  if (details.phone) row(s.phone, h('a', { href: telHref(details.phone) }, phoneText(details.phone)));

  const parts: Child[] = [
    h('h3', { class: 'map-popup__name', tabindex: '-1', lang: langIfDifferent(name, locale) }, name.text),
    h('p', { class: 'map-popup__kind' }, s[`kind.${details.kind}`]),
  ];
  if (details.description) {
    parts.push(h('p', {}, ...shown(localText(details.description, details.descriptionEn, locale), locale, s)));
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
          return h('li', {}, h('a', { href: product.url[locale], lang: langIfDifferent(label, locale) }, label.text));
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
          name,
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
