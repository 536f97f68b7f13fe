import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { phoneText } from '../../src/lib/format.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import {
  buildLookup,
  findCertificates,
  normalizeCertificateNumber,
  statusOn,
  type LookupEntry,
} from '../../src/lib/lookup.ts';

const url = (slug: string) => ({ vi: `/san-pham/${slug}/`, en: `/en/products/${slug}/` });

// The sample content at the end-to-end reference date: the same facts the built site shows.
const { content } = checkContentFolder(resolve(import.meta.dirname, '../../content'));
if (!content) throw new Error('the sample content folder must pass its check');
const catalogue = buildCatalogue({ ...content, asOf: '2026-11-29' });
const { entries } = buildLookup(catalogue, url);
const find = (query: string) => findCertificates(entries, query);

describe('certificate numbers as people type them', () => {
  it.each(['2215/QĐ-UBND', '2215/qđ-ubnd', '2215/QD-UBND', '2215 QĐ UBND', '2215/qd ubnd', ' 2215 - QĐ - UBND '])(
    '"%s" is one number',
    (typed) => expect(normalizeCertificateNumber(typed)).toBe('2215qdubnd'),
  );
});

describe('the lookup over the sample content', () => {
  it('finds a valid certificate, with its expiry and page', () => {
    const [entry, ...rest] = find('2215/qd-ubnd');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      name: 'Chè xanh Tam Đường',
      status: { kind: 'valid' },
      url: url('che-xanh-tam-duong'),
    });
  });
  it('finds an expired certificate typed without marks', () => {
    expect(find('415 QD UBND').map((entry) => [entry.name, entry.status.kind])).toEqual([
      ['Rượu táo mèo Khun Há', 'expired'],
    ]);
  });
  it('finds a revoked certificate with the date and reason', () => {
    const [entry] = find('1562/QĐ-UBND');
    expect(entry?.status).toEqual({
      kind: 'revoked',
      date: '2026-05-12',
      reason: 'Không duy trì chất lượng theo tiêu chuẩn đã công bố',
    });
  });
  it('finds by the digits of the number alone', () => {
    expect(find('2760').map((entry) => entry.name)).toEqual(['Chanh leo Bản Giang']);
  });
  it('finds nothing for an unknown number, nor for a known number with another issuer', () => {
    expect(find('9999/QĐ-UBND')).toEqual([]);
    expect(find('2215/QĐ-BNNMT')).toEqual([]);
  });
  it('finds by the words of the name, without marks', () => {
    expect(find('mang kho').map((entry) => entry.name)).toEqual(['Măng khô Nà Tăm']);
    expect(find('che xanh').map((entry) => entry.name)).toContain('Chè xanh Tam Đường');
    expect(find('green tea').map((entry) => entry.name)).toContain('Chè xanh Tam Đường');
  });
  it('needs more than one letter to search names', () => {
    expect(find('c')).toEqual([]);
    expect(find('  ')).toEqual([]);
  });
});

describe('what the lookup may say about unpublished products', () => {
  const unpublished = entries.filter((entry) => entry.status.kind !== 'valid');

  it('lists every product of the content, published or not', () => {
    expect(entries).toHaveLength(content.products.length);
    expect(unpublished).toHaveLength(catalogue.excluded.length);
  });
  it('gives only number, name, stars and status: no link, no English promotion, no contacts', () => {
    for (const entry of unpublished) expect(Object.keys(entry).sort()).toEqual(['name', 'number', 'stars', 'status']);
  });
  it('never copies a field it was not asked for', () => {
    const product = {
      id: 'x',
      data: {
        name: 'X',
        stars: 2,
        certificate: { number: '1/QĐ-UBND', date: '2025-01-01', issuer: 'UBND' },
        phone: '0213 3875 123',
      },
    };
    const { entries: rows } = buildLookup({ asOf: '2026-01-01', products: [], excluded: [{ product }] }, url);
    expect(rows).toEqual([{ number: '1/QĐ-UBND', name: 'X', stars: 2, status: { kind: 'below-threshold', stars: 2 } }]);
  });
});

describe('status on the visitor’s date', () => {
  const valid: LookupEntry['status'] = { kind: 'valid', expires: '2027-03-15' };
  it('stays valid up to the day before expiry', () => expect(statusOn(valid, '2027-03-14')).toBe(valid));
  it('has lapsed on the expiry date', () =>
    expect(statusOn(valid, '2027-03-15')).toEqual({ kind: 'expired', expires: '2027-03-15' }));
});

describe('phone numbers as shown', () => {
  it('keep their groups together on one line', () =>
    expect(phoneText('0213 3875 123')).toBe('0213\u00a03875\u00a0123'));
});
