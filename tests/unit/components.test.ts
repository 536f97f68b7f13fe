// The components that show or print a product, rendered with the Astro Container API from literal
// records (no content folder): the product page's article (ProductArticle), the printed sheet
// (ProductSheet), the certificate block and the contact card. Both the page and the sheet are given the
// facts `productFacts` derives once; these tests prove they then say the same thing (issue #17 item 6).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import CertificateBlock from '~/components/CertificateBlock.astro';
import ContactCard from '~/components/ContactCard.astro';
import ProductCard from '~/components/ProductCard.astro';
import ProductArticle from '~/components/ProductArticle.astro';
import ProductSheet from '~/components/print/ProductSheet.astro';
import type { Place, Producer, Product } from '~/content.ts';
import { buildCatalogue } from '~/lib/catalogue.ts';
import { certificateExpiry } from '~/lib/certificate.ts';
import { formatDate } from '~/lib/format.ts';
import { productFacts } from '~/lib/product-text.ts';
import type { Locale } from '~/schemas/enums.ts';

// Literal records, shaped as the content layer gives them (only the fields these components read).
const producer = {
  id: 'htx-che',
  data: {
    name: 'HTX Chè Sà Dề Phìn',
    kind: 'cooperative',
    commune: 'Sơn Bình',
    address: 'Bản Sà Dề Phìn, xã Sơn Bình',
    phone: '0213 3876 888',
    email: 'che@example.vn',
    website: 'https://che-sadephin.example.vn/',
    zalo: '0912 345 678',
  },
} as unknown as Producer;
const place = {
  id: 'diem-ocop-binh-lu',
  data: { name: 'Điểm giới thiệu sản phẩm OCOP', kind: 'sales-point', commune: 'Bình Lư', address: 'Quốc lộ 4D' },
} as unknown as Place;
const record = (id: string, data: Record<string, unknown>, body: string) =>
  ({
    id,
    body,
    data: {
      name: 'Chè Shan tuyết',
      producer: producer.id,
      group: 'food',
      stars: 4,
      commune: 'Sơn Bình',
      summary: 'Chè từ cây Shan tuyết cổ thụ.',
      certificate: { number: '2871/QĐ-UBND', date: '2025-09-30', issuer: 'UBND tỉnh Lai Châu' },
      salesPoints: [place.id, 'a-closed-shop'],
      ...data,
    },
  }) as unknown as Product;
const BODY = 'Chè được sao suốt thủ công trên chảo gang.';
// English name and summary, but an English description that is only white space: English pages fall
// back to the Vietnamese description, marked lang="vi" (the sheet used to take the blank English one).
const tea = record(
  'che-shan-tuyet',
  { en: { name: 'Shan tuyet tea', summary: 'Tea from old Shan tuyet trees.', description: '  \n' } },
  BODY,
);
const untranslated = record('che-xanh', { name: 'Chè xanh' }, 'Chè xanh sao tay.');
const orphan = record('che-mo-coi', { name: 'Chè mồ côi', producer: 'htx-not-shown' }, BODY);
const AS_OF = '2026-11-29';
const catalogue = buildCatalogue({
  products: [tea, untranslated, orphan],
  producers: [producer],
  places: [place],
  asOf: AS_OF,
});
const site = {
  name: { vi: 'OCOP Tam Đường', en: 'OCOP Tam Đường' },
  region: { vi: 'Tam Đường, Lai Châu', en: 'Tam Đường, Lai Châu' },
  url: 'https://ocop.example.vn',
};
const EXPIRES = certificateExpiry(tea.data.certificate);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The product page's article and the printed sheet of one product, from the same facts. */
async function pageAndSheet(product: Product, locale: Locale): Promise<{ page: HTMLElement; sheet: HTMLElement }> {
  const facts = productFacts(catalogue, product, locale);
  const page = await container.renderToString(ProductArticle, {
    props: {
      product,
      facts,
      locale,
      url: `${site.url}/en/products/${product.id}/`,
      mapLink: (id: string) => `/en/map/?diem=${id}`,
      officeEmail: 'ocop@example.vn',
    },
  });
  const sheet = await container.renderToString(ProductSheet, {
    props: { product, facts, locale, site, asOf: AS_OF },
  });
  return { page: parse(page), sheet: parse(sheet) };
}

const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim();

describe('the product page and its printed sheet agree', () => {
  it('on an English page: English name, Vietnamese description marked lang="vi" when the English one is blank', async () => {
    const { page, sheet } = await pageAndSheet(tea, 'en');
    expect(page.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
    expect(text(page.querySelector('h1'))).toBe('Shan tuyet tea');
    expect(text(sheet.querySelector('h2'))).toBe('Shan tuyet tea');
    expect(sheet.querySelector('h2')?.getAttribute('lang')).toBeUndefined();
    for (const description of [page.querySelector('.description'), sheet.querySelector('.description')]) {
      expect(description?.getAttribute('lang')).toBe('vi');
      expect(text(description)).toContain(BODY);
    }
  });

  it('on an English page of an untranslated product: the Vietnamese name and summary, each marked lang="vi"', async () => {
    const { page, sheet } = await pageAndSheet(untranslated, 'en');
    for (const heading of [page.querySelector('h1'), sheet.querySelector('h2')]) {
      expect(heading?.getAttribute('lang')).toBe('vi');
      expect(text(heading)).toBe('Chè xanh');
    }
    for (const summary of [page.querySelector('.summary'), sheet.querySelector('.summary')]) {
      expect(summary?.getAttribute('lang')).toBe('vi');
    }
  });

  it('shows the producer’s website the same way: no scheme, no trailing slash', async () => {
    const { page, sheet } = await pageAndSheet(tea, 'vi');
    const onPage = page
      .querySelectorAll('.contact-card a')
      .find((link) => link.getAttribute('href') === producer.data.website);
    const onSheet = sheet.querySelectorAll('.contacts dd').map(text);
    expect(text(onPage)).toBe('che-sadephin.example.vn');
    expect(onSheet).toContain('che-sadephin.example.vn');
  });

  it('lists the same sales points, from the catalogue (a slug that names no place is left out)', async () => {
    const { page, sheet } = await pageAndSheet(tea, 'vi');
    expect(page.querySelectorAll('.sales-points .place-name').map(text)).toEqual([place.data.name]);
    expect(sheet.querySelectorAll('.sales li strong').map(text)).toEqual([place.data.name]);
  });

  it('without a producer, neither shows a producer, a phone or a message to one', async () => {
    const { page, sheet } = await pageAndSheet(orphan, 'vi');
    expect(text(page.querySelector('h1'))).toBe('Chè mồ côi');
    for (const html of [page, sheet]) {
      expect(html.querySelector('.contact-card, .producer')).toBeNull();
      expect(html.querySelectorAll('a[href^="tel:"], a[href*="zalo.me"], a[href^="mailto:"]')).toHaveLength(0);
    }
    // The certificate's facts stay.
    expect(text(page.querySelector('.certificate'))).toContain(orphan.data.certificate.number);
  });

  for (const [locale, words] of [
    ['vi', `Còn hiệu lực — hết hạn vào ngày ${formatDate(EXPIRES, 'vi')}.`],
    ['en', `Valid — expires on ${formatDate(EXPIRES, 'en')}.`],
  ] as const) {
    it(`says a valid certificate is valid, in the lookup's words, until its expiry (${locale})`, async () => {
      const { page, sheet } = await pageAndSheet(tea, locale);
      for (const line of [page.querySelector('[data-still-valid]'), sheet.querySelector('[data-still-valid]')]) {
        expect(text(line)).toBe(words);
        // The lapse script marks it on the expiry day, and the CSS then hides it.
        expect(line?.getAttribute('data-expires')).toBe(EXPIRES);
      }
    });
  }

  it('a lapsed certificate: both carry the same notice, and every call or sale on the page goes with the lapse', async () => {
    const { page, sheet } = await pageAndSheet(tea, 'vi');
    const lapsed = `Chứng nhận OCOP đã hết hiệu lực từ ngày ${formatDate(EXPIRES, 'vi')}.`;
    const pageNotice = page.querySelector('.lapse-top');
    const sheetNotice = sheet.querySelector('.sheet-lapsed');
    for (const notice of [pageNotice, sheetNotice]) {
      expect(notice?.hasAttribute('hidden')).toBe(true);
      expect(notice?.hasAttribute('data-lapse-notice')).toBe(true);
      expect(notice?.getAttribute('data-expires')).toBe(EXPIRES);
      expect(text(notice)).toContain(lapsed);
    }
    // The notice keeps the way to the lookup.
    expect(pageNotice?.querySelector('a')?.getAttribute('href')).toBe(
      `/tra-cuu/?q=${encodeURIComponent(tea.data.certificate.number)}`,
    );
    // Every call, message, share, place and fair-pack link sits in a block hidden once the date has passed.
    const promoting = page.querySelectorAll(
      'a[href^="tel:"], a[href*="zalo.me"], a[href^="mailto:"], a[href^="/dia-diem/"], a[href*="?diem="], a[href*="?sp="], share-link, .contact-card, .quick-contact',
    );
    expect(promoting.length).toBeGreaterThan(6);
    for (const element of promoting) {
      const block = element.closest('[data-promotes]');
      expect(block, element.outerHTML.slice(0, 80)).not.toBeNull();
      expect(block?.getAttribute('data-expires')).toBe(EXPIRES);
    }
    // The certificate's facts are not among them.
    expect(page.querySelector('.certificate')?.closest('[data-promotes]')).toBeNull();
  });
});

describe('CertificateBlock', () => {
  it('states the certificate from its props, and what it will say once lapsed', async () => {
    const html = parse(
      await container.renderToString(CertificateBlock, {
        props: { certificate: tea.data.certificate, stars: 4, locale: 'en' },
      }),
    );
    const facts = html.querySelectorAll('dd').map(text);
    expect(facts).toEqual([
      '2871/QĐ-UBND',
      'UBND tỉnh Lai Châu',
      formatDate('2025-09-30', 'en'),
      formatDate(EXPIRES, 'en'),
    ]);
    expect(html.querySelector('dd[lang="vi"]')?.textContent).toBe('UBND tỉnh Lai Châu');
    const notice = html.querySelector('[data-lapse-notice]');
    expect(notice?.getAttribute('data-expires')).toBe(EXPIRES);
    expect(notice?.hasAttribute('hidden')).toBe(true);
    expect(html.querySelector('[role="img"]')?.getAttribute('data-lapsed-label')).toBe(
      '4-star OCOP, certificate lapsed',
    );
  });
});

describe('ContactCard', () => {
  it('shows the producer from its props, its map link only when given one', async () => {
    const render = async (props: Record<string, unknown>) =>
      parse(await container.renderToString(ContactCard, { props: { producer, locale: 'en', ...props } }));
    const card = await render({ mapHref: '/en/map/?diem=htx-che#diem-htx-che' });
    expect(text(card.querySelector('.name'))).toBe(producer.data.name);
    expect(card.querySelector('.name')?.getAttribute('lang')).toBe('vi');
    expect(card.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:+842133876888');
    expect(card.querySelector('a[href*="zalo.me"]')?.getAttribute('href')).toBe('https://zalo.me/0912345678');
    expect(card.querySelector('a[href="/en/map/?diem=htx-che#diem-htx-che"]')).not.toBeNull();
    expect((await render({})).querySelector('a[href*="?diem="]')).toBeNull();
  });
});

describe('ProductCard', () => {
  it('names the producer it is given, marked lang="vi" on an English page, and none without one', async () => {
    const render = async (given: Producer | undefined, locale: Locale) =>
      parse(await container.renderToString(ProductCard, { props: { product: tea, producer: given, locale } }));
    const withProducer = await render(producer, 'en');
    expect(text(withProducer.querySelector('h3'))).toBe('Shan tuyet tea');
    expect(text(withProducer.querySelector('.producer'))).toBe(producer.data.name);
    expect(withProducer.querySelector('.producer')?.getAttribute('lang')).toBe('vi');
    expect((await render(undefined, 'vi')).querySelector('.producer')).toBeNull();
  });
});
