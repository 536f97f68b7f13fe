// Text is normalised where it is read: the schemas' field builders (src/schemas/fields.ts) and the
// Markdown body (src/lib/content/read.ts). The content check and Astro's loaders both read through
// them, so these tests hold for the built site too (tests/e2e/awkward-content.spec.ts builds it).
import { describe, expect, it } from 'vitest';
import { parseMarkdownRecord } from '../../src/lib/content/read.ts';
import { countByCommune } from '../../src/lib/stats.ts';
import { communesOf } from '../../src/lib/search/facets.ts';
import { placeSchema } from '../../src/schemas/place.ts';
import { producerSchema } from '../../src/schemas/producer.ts';
import { productSchema } from '../../src/schemas/product.ts';
import { z } from 'astro/zod';

const product = productSchema(z.string());
const record = (overrides: Record<string, unknown>) => ({
  name: 'Chè xanh Tả Lèng',
  producer: 'htx-ta-leng',
  group: 'food',
  stars: 3,
  certificate: { number: '3047/QĐ-UBND', date: '2025-06-02', issuer: 'UBND tỉnh Lai Châu' },
  commune: 'Tả Lèng',
  summary: 'Chè xanh.',
  ...overrides,
});
const nfd = (text: string) => text.normalize('NFD');

describe('one-line fields', () => {
  it('are NFC whatever the file was saved in', () => {
    const parsed = product.parse(record({ commune: nfd('Tả Lèng'), name: nfd('Chè xanh Tả Lèng') }));
    expect(nfd('Tả Lèng')).not.toBe('Tả Lèng');
    expect(parsed.commune).toBe('Tả Lèng');
    expect(parsed.name).toBe('Chè xanh Tả Lèng');
  });
  it('collapse runs of white space, as spreadsheet cells often have', () => {
    expect(product.parse(record({ commune: 'Bản  Bo' })).commune).toBe('Bản Bo');
    expect(product.parse(record({ commune: ' Bản\u00a0Bo\t' })).commune).toBe('Bản Bo');
    expect(
      producerSchema.parse({ name: 'HTX  Bản Bo', kind: 'cooperative', commune: 'Bản Bo', address: 'Bản  Bo' }),
    ).toMatchObject({ name: 'HTX Bản Bo', address: 'Bản Bo' });
  });
  it('are normalised in every record kind and nested field', () => {
    const place = placeSchema.parse({
      name: nfd('Chợ Bình Lư'),
      kind: 'sales-point',
      location: { lat: 22.4, lng: 103.5 },
      commune: 'Bình  Lư',
      address: nfd('Tổ 1, xã Bình Lư'),
      en: { name: 'Bình  Lư market' },
    });
    expect(place).toMatchObject({ name: 'Chợ Bình Lư', commune: 'Bình Lư', address: 'Tổ 1, xã Bình Lư' });
    expect(place.en?.name).toBe('Bình Lư market');
    const nested = product.parse(
      record({ certificate: { number: '3047/QĐ-UBND', date: '2025-06-02', issuer: nfd('UBND  tỉnh') } }),
    );
    expect(nested.certificate.issuer).toBe('UBND tỉnh');
  });
  it('so that one commune counts once in the statistics and the facets (10, not 1 + 9)', () => {
    const records = [nfd('Tả Lèng'), ...Array.from({ length: 9 }, () => 'Tả Lèng')].map((commune) => ({
      data: product.parse(record({ commune })),
    }));
    expect(countByCommune(records)).toEqual([{ key: 'Tả Lèng', count: 10 }]);
    expect(communesOf(records)).toEqual(['Tả Lèng']);
  });
});

describe('Markdown descriptions', () => {
  it('are NFC, with line breaks kept', () => {
    const { body } = parseMarkdownRecord(`---\nname: x\n---\n${nfd('Chè Shan tuyết.')}\r\n\r\n- ${nfd('Bảo quản')}\n`);
    expect(body).toBe('Chè Shan tuyết.\n\n- Bảo quản\n');
  });
  it('in English too', () => {
    const parsed = product.parse(
      record({ en: { name: 'Tea', summary: 'Tea.', description: nfd('Tả Lèng tea.\r\n\r\nMore.') } }),
    );
    expect(parsed.en?.description).toBe('Tả Lèng tea.\n\nMore.');
  });
});
