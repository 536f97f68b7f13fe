// The not-found page's script. It shows the half of the page in the address's language (the root
// 404.html holds both, for hosts that serve only that one), and, when the address is a product page
// that is not published, fetches that product's slug shard (/tra-cuu/sp/<slug>.json, src/lib/lookup.ts)
// and says what the certificate lookup says of it.
import { lookupShardPath, pagePath, RECORD_PAGES, withBase } from '~/lib/routes.ts';
import type { UnpublishedProduct } from '~/lib/lookup.ts';
import type { Locale } from '~/schemas/enums.ts';
import { readSlice, type NotFoundStrings } from '~/i18n/slices.ts';
import { certificateResult, element } from '~/scripts/certificate-result.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The language of an address: English under /en/ (below the site's base), else Vietnamese. */
function addressLanguage(pathname: string): Locale {
  return pathname.startsWith(pagePath('home', 'en')) ? 'en' : 'vi';
}

/** The product a product address names (`/san-pham/<slug>/`, `/en/products/<slug>/`), if it is one. */
function productSlug(pathname: string): string | undefined {
  // Both languages' product paths, read from the route table (not LOCALES: the enums module would
  // cost this page's budget some 90 bytes).
  for (const path of Object.values(RECORD_PAGES.product)) {
    const prefix = withBase(path);
    if (!pathname.startsWith(prefix)) continue;
    const slug = pathname.slice(prefix.length).replace(/\/(index\.html)?$/, '');
    if (SLUG.test(slug)) return slug;
  }
  return undefined;
}

/** The status file of an unpublished product, or undefined when there is none (any other address). */
async function unpublished(slug: string): Promise<UnpublishedProduct | undefined> {
  try {
    const response = await fetch(lookupShardPath('slug', slug));
    // Some hosts answer unknown files with an HTML page: only JSON is a status.
    if (!response.ok || !response.headers.get('content-type')?.includes('json')) return undefined;
    return (await response.json()) as UnpublishedProduct;
  } catch {
    return undefined;
  }
}

function showStatus(section: HTMLElement, product: UnpublishedProduct, locale: Locale) {
  const box = section.querySelector<HTMLElement>('[data-product-status]');
  if (!box) return;
  const s = readSlice<NotFoundStrings>(section.dataset.strings);
  const next = element('p', undefined, { class: 'next' });
  next.append(
    element('a', s.check, {
      href: `${section.dataset.verify ?? ''}?q=${encodeURIComponent(product.number)}`,
    }),
    element('a', s.catalogue, { href: section.dataset.catalogue ?? '' }),
  );
  box.replaceChildren(
    element('h2', s.heading),
    element('p', s.lead),
    certificateResult(product, product.status, locale, s, { heading: 'h3', tag: 'div' }),
    next,
  );
  box.hidden = false;
}

const language = addressLanguage(location.pathname);
const sections = [...document.querySelectorAll<HTMLElement>('[data-not-found]')];
const section = sections.find((candidate) => candidate.dataset.notFound === language) ?? sections[0];
if (section && sections.length > 1) {
  for (const other of sections) other.hidden = other !== section;
  // The half shown alone leads the page: its heading becomes the page's h1.
  const heading = section.querySelector('h2');
  if (heading && section !== sections[0]) {
    const h1 = element('h1', heading.textContent ?? '', { id: heading.id });
    heading.replaceWith(h1);
  }
}
const slug = productSlug(location.pathname);
if (section && slug) {
  const product = await unpublished(slug);
  if (product) showStatus(section, product, language);
}
