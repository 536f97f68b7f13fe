import { describe, expect, it } from 'vitest';
import {
  langAttribute,
  langIfDifferent,
  localName,
  localSummary,
  localText,
  localeOf,
  viLang,
} from '../../src/lib/localize.ts';

describe('localText: the reader’s language, else Vietnamese', () => {
  it('gives the Vietnamese text on a Vietnamese page, even where there is English', () => {
    expect(localText('Chè Shan Tuyết', 'Shan Tuyet tea', 'vi')).toEqual({ text: 'Chè Shan Tuyết', lang: 'vi' });
    expect(localText('Chè Shan Tuyết', undefined, 'vi')).toEqual({ text: 'Chè Shan Tuyết', lang: 'vi' });
  });

  it('gives the English text on an English page when there is one', () => {
    expect(localText('Chè Shan Tuyết', 'Shan Tuyet tea', 'en')).toEqual({ text: 'Shan Tuyet tea', lang: 'en' });
  });

  it('falls back to the Vietnamese text, said to be Vietnamese, when the English is missing or empty', () => {
    expect(localText('Chè Shan Tuyết', undefined, 'en')).toEqual({ text: 'Chè Shan Tuyết', lang: 'vi' });
    expect(localText('Chè Shan Tuyết', '', 'en')).toEqual({ text: 'Chè Shan Tuyết', lang: 'vi' });
  });

  it('is the rule of a record’s name and summary', () => {
    const translated = { name: 'Mật ong', summary: 'Mật ong rừng', en: { name: 'Honey', summary: 'Wild honey' } };
    const untranslated = { name: 'Mật ong', summary: 'Mật ong rừng' };
    const nameOnly = { name: 'Mật ong', summary: 'Mật ong rừng', en: { name: 'Honey' } };
    expect(localName(translated, 'en')).toEqual({ text: 'Honey', lang: 'en' });
    expect(localName(translated, 'vi')).toEqual({ text: 'Mật ong', lang: 'vi' });
    expect(localName(untranslated, 'en')).toEqual({ text: 'Mật ong', lang: 'vi' });
    expect(localSummary(translated, 'en')).toEqual({ text: 'Wild honey', lang: 'en' });
    expect(localSummary(nameOnly, 'en')).toEqual({ text: 'Mật ong rừng', lang: 'vi' });
  });
});

describe('lang attributes: marked only where the text is not in the page’s language', () => {
  it('marks Vietnamese-only text on an English page, and nothing on a Vietnamese one', () => {
    expect(viLang('en')).toBe('vi');
    expect(viLang('vi')).toBeUndefined();
  });

  it('marks a fallback, not a translation', () => {
    expect(langIfDifferent(localText('Mật ong', undefined, 'en'), 'en')).toBe('vi');
    expect(langIfDifferent(localText('Mật ong', 'Honey', 'en'), 'en')).toBeUndefined();
    expect(langIfDifferent(localText('Mật ong', 'Honey', 'vi'), 'vi')).toBeUndefined();
    expect(langAttribute('en', 'vi')).toBe('en');
    expect(langAttribute('vi', 'en')).toBe(viLang('en'));
  });
});

describe('localeOf', () => {
  it('reads a locale a page wrote into its markup, Vietnamese otherwise', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf('vi')).toBe('vi');
    expect(localeOf(undefined)).toBe('vi');
    expect(localeOf('fr')).toBe('vi');
  });
});
