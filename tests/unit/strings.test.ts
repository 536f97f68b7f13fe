import { describe, expect, it } from 'vitest';
import {
  LOOKUP_STRINGS,
  MAP_STRINGS,
  NOT_FOUND_STRINGS,
  PACK_STRINGS,
  RESULT_STRINGS,
  SEARCH_STRINGS,
  readSlice,
} from '../../src/i18n/slices.ts';
import { stringSlice, useTranslations } from '../../src/i18n/ui.ts';
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
    for (const names of [LOOKUP_STRINGS, NOT_FOUND_STRINGS, SEARCH_STRINGS]) {
      for (const locale of ['vi', 'en'] as const) {
        const slice = stringSlice(locale, names);
        expect(readSlice(JSON.stringify(slice), names)).toEqual(slice);
      }
    }
    const lookup = readSlice(JSON.stringify(stringSlice('en', LOOKUP_STRINGS)), LOOKUP_STRINGS);
    expect(lookup.count).toContain('{count}');
    expect(fill(lookup['verify.validDetail'], { date: '1 March 2027' })).toBe(
      useTranslations('en')('verify.validDetail', { date: '1 March 2027' }),
    );
  });

  it('refuses a slice without one of the strings a script names, rather than show a blank', () => {
    const search = stringSlice('vi', SEARCH_STRINGS);
    expect(() => readSlice(JSON.stringify(search), LOOKUP_STRINGS)).toThrow(/readSlice/);
    const { count: _count, ...withoutCount } = stringSlice('vi', LOOKUP_STRINGS);
    expect(() => readSlice(JSON.stringify(withoutCount), LOOKUP_STRINGS)).toThrow(/readSlice/);
    expect(() => readSlice(JSON.stringify({ ...search, count: 3 }), SEARCH_STRINGS)).toThrow(/readSlice/);
    expect(() => readSlice(undefined, SEARCH_STRINGS)).toThrow(/readSlice/);
    expect(() => readSlice('null', SEARCH_STRINGS)).toThrow(/readSlice/);
  });

  it('gives the lookup and the not-found page the same certificate strings', () => {
    for (const name of Object.keys(RESULT_STRINGS)) {
      expect(LOOKUP_STRINGS).toHaveProperty(name);
      expect(NOT_FOUND_STRINGS).toHaveProperty(name);
    }
  });
});
