// What the build writes for other programs to read, checked as they are served: calendar files,
// feeds and structured data. Expected values come from the sample records themselves.
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { recordPath } from '../../src/lib/routes.ts';
import { sample, sampleCatalogue } from './catalogue-data.ts';
import { filesUnder, DIST } from './dist.ts';
import { expect, test } from './fixtures.ts';

const encoder = new TextEncoder();
const calendars = () => filesUnder(DIST, (file) => file.endsWith('.ics'));

test.describe('calendar files', () => {
  test('every line of every calendar is at most 75 octets, folded between characters', async ({ request }) => {
    const files = calendars();
    expect(files.length).toBeGreaterThan(2);
    let multiOctetFolds = 0;
    for (const file of files) {
      const path = file.slice(DIST.length).replaceAll('\\', '/');
      const bytes = await (await request.get(path)).body();
      // Decoding fails loudly (fatal) if a fold cut a UTF-8 sequence in two.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const lines = text.split('\r\n');
      for (const line of lines) expect(encoder.encode(line).length, `${path}: ${line}`).toBeLessThanOrEqual(75);
      multiOctetFolds += lines.filter((line) => line.startsWith(' ') && /[^ -~]/.test(line)).length;
      const unfolded = text.replace(/\r\n /g, '');
      expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(unfolded))).toBe(unfolded);
    }
    // Vietnamese text was folded, so the rule was exercised.
    expect(multiOctetFolds).toBeGreaterThan(0);
  });

  test("an evaluation round's category is one category, its comma escaped", async ({ request }) => {
    const evaluation = sample.events.find((event) => event.data.kind === 'evaluation')!;
    const text = await (await request.get(`/su-kien/${evaluation.id}.ics`)).text();
    expect(text.replace(/\r\n /g, '')).toContain('\r\nCATEGORIES:Đánh giá\\, phân hạng\r\n');
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstProperty('categories')!.getValues()).toEqual(['Đánh giá, phân hạng']);
    // Every other TEXT value is escaped the same way: the title's comma too.
    expect(event.getFirstPropertyValue('summary')).toBe(evaluation.data.title);
  });

  test('descriptions lose inline Markdown without gaining a space', async ({ request }) => {
    // A sample event writes "tổ chức **trước ngày 20/10/2025**." in its description.
    const event = sample.events.find((candidate) => candidate.body?.includes('**trước ngày 20/10/2025**.'))!;
    expect(event).toBeDefined();
    const text = await (await request.get(`/su-kien/${event.id}.ics`)).text();
    const description = new ICAL.Component(ICAL.parse(text))
      .getFirstSubcomponent('vevent')!
      .getFirstPropertyValue('description') as string;
    expect(description).toContain('tổ chức trước ngày 20/10/2025.');
    expect(description).not.toMatch(/\s[.,;:]/);

    const rss = new XMLParser().parse(await (await request.get('/su-kien.xml')).text()) as {
      rss: { channel: { item: { title: string; description: string }[] } };
    };
    const item = rss.rss.channel.item.find((candidate) => candidate.title === event.data.title)!;
    expect(item.description).toContain('tổ chức trước ngày 20/10/2025.');
    expect(item.description).not.toMatch(/\s[.,;:]/);
  });
});

/** The JSON-LD items of a built page. */
async function jsonLd(request: import('@playwright/test').APIRequestContext, path: string) {
  const html = parseHtml(await (await request.get(path)).text());
  return html
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}

test.describe('structured data (Google product snippets)', () => {
  const products = sampleCatalogue.products;

  test('a price range is an AggregateOffer from the lowest to the highest price, in VND', async ({ request }) => {
    const product = products.find((candidate) => candidate.data.price === '40.000–60.000 đ / kg theo mùa')!;
    expect(product).toBeDefined();
    const [item] = await jsonLd(request, recordPath('product', 'vi', product.id));
    expect(item).toMatchObject({
      '@type': 'Product',
      offers: { '@type': 'AggregateOffer', lowPrice: 40000, highPrice: 60000, priceCurrency: 'VND' },
    });
    expect(item!.offers).not.toHaveProperty('price');
  });

  test('a product whose price is "Liên hệ" has no offer, and is no Product without one', async ({ request }) => {
    const product = products.find((candidate) => candidate.data.price === 'Liên hệ')!;
    expect(product).toBeDefined();
    for (const item of await jsonLd(request, recordPath('product', 'vi', product.id))) {
      expect(JSON.stringify(item)).not.toMatch(/"(Aggregate)?Offer"|"offers"/);
      expect(item['@type']).not.toBe('Product');
    }
  });

  test('every product page is valid for Google: a Product always has an offer with a price', async ({ request }) => {
    for (const product of products) {
      for (const item of await jsonLd(request, recordPath('product', 'en', product.id))) {
        if (item['@type'] !== 'Product') continue;
        const offers = item.offers as Record<string, unknown> | undefined;
        expect(offers, product.id).toBeDefined();
        expect(offers!.priceCurrency).toBe('VND');
        expect(offers!['@type'] === 'Offer' ? offers!.price : offers!.lowPrice, product.id).toEqual(expect.any(Number));
      }
    }
  });

  test('tourism products are a TouristAttraction, not a Product', async ({ request }) => {
    const tourism = products.filter((product) => product.data.group === 'tourism');
    expect(tourism.length).toBeGreaterThan(0);
    for (const product of tourism) {
      const items = await jsonLd(request, recordPath('product', 'vi', product.id));
      expect(items.map((item) => item['@type'])).toEqual(['TouristAttraction']);
      expect(items[0]).toMatchObject({
        name: product.data.name,
        geo: { latitude: product.data.location!.lat, longitude: product.data.location!.lng },
      });
      expect(JSON.stringify(items)).not.toContain('"Product"');
    }
  });
});

test('a phone written "+84 (0) …" dials as +84 without the trunk 0', async ({ page }) => {
  const producer = sample.producers.find((candidate) => candidate.data.phone?.includes('(0)'))!;
  expect(producer).toBeDefined();
  await page.goto(recordPath('producer', 'vi', producer.id));
  const digits = producer.data.phone!.replace(/\(0\)/, '').replace(/\D/g, '');
  await expect(page.getByRole('link', { name: producer.data.phone! }).first()).toHaveAttribute(
    'href',
    `tel:+${digits}`,
  );
});
