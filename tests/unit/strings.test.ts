import { describe, expect, it } from 'vitest';
import { MAP_STRINGS, PACK_STRINGS } from '../../src/i18n/slices.ts';
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
