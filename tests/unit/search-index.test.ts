import { describe, expect, it } from 'vitest';
import { mergeEntries } from '../../src/integrations/search-index.ts';

describe('mergeEntries', () => {
  const vi = {
    version: '1.6.0',
    languages: { vi: { hash: 'vi_1', wasm: null, page_count: 3 } },
    include_characters: ['_'],
  };
  const en = {
    version: '1.6.0',
    languages: { en: { hash: 'en_2', wasm: 'en', page_count: 3 } },
    include_characters: ['_'],
  };

  it('lists every language of the separate runs, so the browser finds both indexes', () => {
    expect(mergeEntries([vi, en])).toEqual({
      version: '1.6.0',
      languages: { vi: vi.languages.vi, en: en.languages.en },
      include_characters: ['_'],
    });
  });

  it('refuses runs of different Pagefind versions, and no run at all', () => {
    expect(() => mergeEntries([vi, { ...en, version: '1.7.0' }])).toThrow(/versions 1.6.0 and 1.7.0/);
    expect(() => mergeEntries([])).toThrow(/no index/);
  });
});
