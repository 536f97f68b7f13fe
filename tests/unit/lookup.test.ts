import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { phoneText } from '../../src/lib/format.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import {
  buildLookup,
  ENTRIES_PER_NUMBER_SHARD,
  findCertificates,
  findInShards,
  numberShardCount,
  shardLookup,
  shardsForQuery,
  statusOn,
  normalizeCertificateNumber,
  type LookupEntry,
} from '../../src/lib/lookup.ts';

const url = (slug: string) => ({ vi: `/san-pham/${slug}/`, en: `/en/products/${slug}/` });

// The sample content at the end-to-end reference date: the same facts the built site shows.
const { content } = await checkContentFolder(resolve(import.meta.dirname, '../../content'));
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

describe('a certificate number as it is printed, spoken or pasted (issue #13)', () => {
  // Every way the forms of the issue reach the box: words around it, no marks, the order turned
  // round, look-alike letters, other slashes and dashes, full-width digits from a Chinese or Japanese
  // keyboard.
  const forms = [
    '2871/QĐ-UBND',
    'Số: 2871/QĐ-UBND',
    'số 2871/QĐ-UBND',
    'So 2871/QD-UBND',
    'Quyết định số 2871/QĐ-UBND ngày 30/9/2025',
    '2871 qd',
    '2871/QĐ',
    '2871 qđ ubnd',
    '2871qdubnd',
    'QĐ-UBND 2871',
    '2871/Q\u00d0-UBND',
    '2871\u2044QĐ-UBND',
    '2871\u2215QĐ\u2013UBND',
    '2871 / QĐ \u2014 UBND',
    '2871/QĐ\u2010UBND',
    '\uff12\uff18\uff17\uff11/QĐ-UBND',
    'qđ ubnd 2871',
    ' 2871\u00a0/\u200bQĐ-UBND ',
    '2871/UBND',
    '2871',
  ];
  it.each(forms)('"%s" finds 2871/QĐ-UBND and nothing else', (typed) => {
    expect(find(typed).map((entry) => entry.number)).toEqual(['2871/QĐ-UBND']);
  });
  it('gives one key to the printed number and the typed forms', () => {
    expect(normalizeCertificateNumber('Số: 2871/QĐ-UBND')).toBe('2871qdubnd');
    expect(normalizeCertificateNumber('QĐ-UBND 2871')).toBe('2871qdubnd');
    expect(normalizeCertificateNumber('\uff12\uff18\uff17\uff11\u2044Q\u00d0\u2013UBND')).toBe('2871qdubnd');
  });
  it('still tells one issuer from another, and a number from a longer one', () => {
    expect(find('2871/QĐ-BNNMT')).toEqual([]);
    expect(find('287')).toEqual([]);
    expect(find('2871/2025/QĐ-UBND')).toEqual([]);
  });
});

describe('the lookup over the sample content', () => {
  it('finds a valid certificate, with its expiry and page', () => {
    const [entry, ...rest] = find('2215/qd-ubnd');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      name: 'Chè xanh Tam Đường',
      status: { kind: 'valid' },
      url: url('che-xanh-tam-duong'),
      document: 'https://vanban.laichau.example/quyet-dinh/2215-qd-ubnd-2025.pdf',
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
  it('needs a word of two letters at least to search names', () => {
    expect(find('c')).toEqual([]);
    expect(find('c x')).toEqual([]);
    expect(find('  ')).toEqual([]);
    expect(find('ch x').map((entry) => entry.name)).toContain('Chè xanh Tam Đường');
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
        certificate: { number: '1/QĐ-UBND', date: '2025-01-01', issuer: 'UBND', document: 'https://x.vn/1.pdf' },
        phone: '0213 3875 123',
      },
    };
    const { entries: rows } = buildLookup({ asOf: '2026-01-01', products: [], excluded: [{ product }] }, url);
    expect(rows).toEqual([{ number: '1/QĐ-UBND', name: 'X', stars: 2, status: { kind: 'below-threshold', stars: 2 } }]);
  });
});

describe('the lookup split into shards', () => {
  // A catalogue large enough for many shards: names from a few marked words, numbers with and without
  // the usual suffix, some unpublished.
  const syllables = ['Chè', 'chanh', 'Cá', 'Đào', 'dao', 'Tam', 'Đường', 'Tà', 'Lèng', 'mật', 'ong', 'A', 'Khun', 'Há'];
  const issuers = ['QĐ-UBND', 'QĐ-BNNMT', 'QĐ-UBND', 'QD'];
  const large: LookupEntry[] = Array.from({ length: 700 }, (_, index) => {
    const word = (step: number) => syllables[(index * step + step) % syllables.length]!;
    const entry: LookupEntry = {
      number: `${(index * 37) % 500}/${issuers[index % issuers.length]}`,
      name: `${word(3)} ${word(5)} ${word(7)}`,
      stars: 3 + (index % 3),
      status: index % 5 === 0 ? { kind: 'expired', expires: '2025-01-01' } : { kind: 'valid', expires: '2028-01-01' },
    };
    return index % 5 === 0 ? entry : { ...entry, nameEn: `Product ${index}`, url: url(`p-${index}`) };
  });

  // The shards of each catalogue, made once: the queries below are thousands.
  const shardsOf = new Map<LookupEntry[], ReturnType<typeof shardLookup>>();
  const lookUp = (all: LookupEntry[], query: string) => {
    const count = numberShardCount(all.length);
    const shards = shardsOf.get(all) ?? shardLookup(all, count);
    shardsOf.set(all, shards);
    const { number, name } = shardsForQuery(query, count);
    const needed = {
      number: number === undefined ? undefined : (shards.numbers.get(number) ?? []),
      name: name === undefined ? undefined : (shards.names.get(name) ?? []),
    };
    const downloaded = (needed.number?.length ?? 0) + (needed.name?.length ?? 0);
    return { found: findInShards(needed, query), downloaded };
  };

  const queries = (all: LookupEntry[]) => [
    ...all.flatMap((entry) => [entry.number, normalizeCertificateNumber(entry.number), entry.number.split('/')[0]!]),
    ...all.flatMap((entry) => [entry.name, entry.name.toLowerCase(), entry.nameEn ?? '']),
    'che',
    'ch',
    'dao',
    'Đào tam',
    'mat o',
    'a kh',
    'product 12',
    'c',
    '2760',
    '99999/QĐ-UBND',
    '<img src=x>',
  ];

  it('finds, from the shards a query needs, exactly what the whole data finds', () => {
    for (const all of [entries, large]) {
      for (const query of queries(all)) {
        expect(lookUp(all, query).found, query).toEqual(findCertificates(all, query));
      }
    }
  });

  it('downloads a small part of a large catalogue for a number', () => {
    const { downloaded } = lookUp(large, large[100]!.number);
    expect(numberShardCount(large.length)).toBe(Math.ceil(large.length / ENTRIES_PER_NUMBER_SHARD));
    // The number shard, plus the (empty) name shard of the number's digits.
    expect(downloaded).toBeLessThan(large.length / 4);
  });

  it('keeps unpublished entries to number, name, stars and status in every shard', () => {
    const shards = shardLookup(entries, numberShardCount(entries.length));
    for (const shard of [...shards.numbers.values(), ...shards.names.values()]) {
      for (const entry of shard.filter((row) => row.status.kind !== 'valid')) {
        expect(Object.keys(entry).sort()).toEqual(['name', 'number', 'stars', 'status']);
      }
    }
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
