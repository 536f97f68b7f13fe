import { describe, expect, it } from 'vitest';
import {
  directoryEntries,
  directoryQuery,
  facetValues,
  matchesDirectory,
  parseDirectoryQuery,
} from '../../src/lib/producer-directory.ts';
import { producerFacetPath } from '../../src/lib/routes.ts';
import { PRODUCER_KINDS, PRODUCT_GROUPS } from '../../src/schemas/enums.ts';

const producers = [
  { id: 'htx-che', data: { kind: 'cooperative', commune: 'Bản Bo' } },
  { id: 'hkd-ruou', data: { kind: 'household', commune: 'Tả Lèng' } },
  { id: 'cty-ca', data: { kind: 'enterprise', commune: 'Tả Lèng' } },
];
const products: Record<string, { data: { group: string } }[]> = {
  'htx-che': [{ data: { group: 'beverage' } }, { data: { group: 'food' } }, { data: { group: 'food' } }],
  'hkd-ruou': [{ data: { group: 'beverage' } }],
  'cty-ca': [{ data: { group: 'food' } }],
};
const entries = directoryEntries(producers, (id) => products[id] ?? [], PRODUCT_GROUPS);

describe('directoryEntries', () => {
  it('gives each producer its product groups in the programme’s order, its commune’s key and kind', () => {
    expect(entries[0]).toMatchObject({
      groups: ['food', 'beverage'],
      commune: 'ban-bo',
      communeName: 'Bản Bo',
      kind: 'cooperative',
      products: 3,
    });
  });
});

describe('facetValues', () => {
  it('counts producers per value: groups and kinds in order, communes alphabetically', () => {
    expect(facetValues(entries, 'group', PRODUCT_GROUPS)).toEqual([
      { value: 'food', count: 2 },
      { value: 'beverage', count: 2 },
    ]);
    expect(facetValues(entries, 'commune')).toEqual([
      { value: 'ban-bo', name: 'Bản Bo', count: 1 },
      { value: 'ta-leng', name: 'Tả Lèng', count: 2 },
    ]);
    expect(facetValues(entries, 'kind', PRODUCER_KINDS).map(({ value }) => value)).toEqual([
      'cooperative',
      'enterprise',
      'household',
    ]);
  });
});

describe('the directory filter', () => {
  it('combines group, commune and kind', () => {
    const pick = (search: string) =>
      entries.filter((entry) => matchesDirectory(entry, parseDirectoryQuery(new URLSearchParams(search))));
    expect(pick('nhom=beverage&xa=ta-leng').map((entry) => entry.producer.id)).toEqual(['hkd-ruou']);
    expect(pick('loai=enterprise').map((entry) => entry.producer.id)).toEqual(['cty-ca']);
    expect(pick('')).toHaveLength(3);
  });
  it('keeps its state in the URL', () => {
    expect(directoryQuery({ kind: 'cooperative', group: 'food' })).toBe('?nhom=food&loai=cooperative');
    expect(parseDirectoryQuery(new URLSearchParams('?nhom=food&loai=cooperative'))).toEqual({
      group: 'food',
      kind: 'cooperative',
    });
    expect(directoryQuery({})).toBe('');
  });
  it('has a static page for each value, in both languages', () => {
    expect(producerFacetPath('vi', 'kind', 'cooperative')).toBe('/chu-the/loai/cooperative/');
    expect(producerFacetPath('en', 'commune', 'ta-leng')).toBe('/en/producers/commune/ta-leng/');
  });
});
