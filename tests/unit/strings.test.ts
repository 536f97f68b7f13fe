import { describe, expect, it } from 'vitest';
import {
  LOOKUP_STRINGS,
  MAP_STRINGS,
  NOT_FOUND_STRINGS,
  PACK_STRINGS,
  RESULT_STRINGS,
  SEARCH_STRINGS,
  readSlice,
  type LookupStrings,
} from '../../src/i18n/slices.ts';
import { stringSlice, useTranslations, type StringSlice } from '../../src/i18n/ui.ts';
import { fill } from '../../src/lib/fill.ts';

describe('fill', () => {
  it('fills {name} placeholders and leaves those without a value as written', () => {
    expect(fill('Bỏ {name}', { name: 'Chè' })).toBe('Bỏ Chè');
    expect(fill('{name}: vị trí {position} trên {count}.', { name: 'Chè', position: 2, count: 3 })).toBe(
      'Chè: vị trí 2 trên 3.',
    );
    expect(fill('{name} và {other}', { name: 'Chè' })).toBe('Chè và {other}');
    expect(fill('{toString}')).toBe('{toString}');
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});

describe('stringSlice', () => {
  it('gives an island exactly the strings it names, in the page language, placeholders left in', () => {
    const en = stringSlice('en', PACK_STRINGS);
    expect(Object.keys(en).sort()).toEqual(Object.keys(PACK_STRINGS).sort());
    expect(en.remove).toBe('Remove {name}');
    expect(en.starsLabel).toContain('{stars}');
    expect(fill(stringSlice('vi', PACK_STRINGS).remove, { name: 'Chè' })).toBe('Bỏ Chè');
    expect(fill(en.remove, { name: 'Chè' })).toBe(useTranslations('en')('pack.remove', { name: 'Chè' }));
    const map = stringSlice('vi', MAP_STRINGS);
    expect(map['kind.tourism']).toBe(useTranslations('vi')('placeKind.tourism'));
  });
});

describe('readSlice', () => {
  it('reads back the slice a page hands a browser script as JSON, placeholders left in', () => {
    const slices = [
      ['lookup', LOOKUP_STRINGS],
      ['not-found', NOT_FOUND_STRINGS],
      ['search', SEARCH_STRINGS],
    ] as const;
    for (const [, names] of slices) {
      for (const locale of ['vi', 'en'] as const) {
        const slice = stringSlice(locale, names);
        expect(Object.keys(slice).sort()).toEqual(Object.keys(names).sort());
        expect(readSlice<StringSlice<typeof names>>(JSON.stringify(slice))).toEqual(slice);
      }
    }
    const lookup = readSlice<LookupStrings>(JSON.stringify(stringSlice('en', LOOKUP_STRINGS)));
    expect(lookup.count).toContain('{count}');
    expect(fill(lookup['verify.validDetail'], { date: '1 March 2027' })).toBe(
      useTranslations('en')('verify.validDetail', { date: '1 March 2027' }),
    );
  });

  it('refuses anything but an object of strings, rather than show a blank', () => {
    const search = stringSlice('vi', SEARCH_STRINGS);
    expect(() => readSlice(JSON.stringify({ ...search, count: 3 }))).toThrow(/readSlice/);
    expect(() => readSlice(undefined)).toThrow(/readSlice/);
    expect(() => readSlice('null')).toThrow(/readSlice/);
    expect(() => readSlice('"Đang tìm…"')).toThrow(/readSlice/);
  });

  it('gives the lookup and the not-found page the same certificate strings', () => {
    for (const name of Object.keys(RESULT_STRINGS)) {
      expect(LOOKUP_STRINGS).toHaveProperty(name);
      expect(NOT_FOUND_STRINGS).toHaveProperty(name);
    }
  });
});
