import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearchState, queryPlan, searchStateToQuery } from '../../src/lib/search/query.ts';
import { otherSpellings, recordHtml, type SearchRecord } from '../../src/lib/search/record.ts';

describe('queryPlan', () => {
  it('searches an unmarked query folded only', () => {
    expect(queryPlan('  tam   duong ')).toEqual({ folded: 'tam duong' });
    expect(queryPlan('Tam Duong')).toEqual({ folded: 'tam duong' });
  });
  it('searches a marked query with its marks, and folded for the rest', () => {
    expect(queryPlan('Tỏi đen')).toEqual({ folded: 'toi den', marked: 'Tỏi đen' });
    expect(queryPlan('đào')).toEqual({ folded: 'dao', marked: 'đào' });
    expect(queryPlan('chè')).toEqual({ folded: 'che', marked: 'chè' });
  });
  it('normalises the query as a record is normalised (NFC, look-alike letters, spaces)', () => {
    expect(queryPlan('Che\u0300  Shan\u00a0')).toEqual({ folded: 'che shan', marked: 'Chè Shan' });
    expect(queryPlan('\u00f0en')).toEqual({ folded: 'den', marked: 'đen' });
  });
});

describe('otherSpellings', () => {
  it('folds the words with a đ, which Pagefind keeps as a letter of its own', () => {
    expect(otherSpellings('Tỏi đen Tam Đường')).toBe('den duong');
  });
  it('adds the other tone placement of oa, oe, uy, so "hoà" and "hòa" find each other', () => {
    expect(otherSpellings('Thủy sản, hoà bình, khỏe')).toBe('Thuỷ hòa khoẻ');
    expect(otherSpellings('Quý, hoàn thành, thuyền')).toBe('');
  });
  it('adds nothing for words Pagefind folds itself', () => {
    expect(otherSpellings('Mật ong rừng, chè Shan tuyết')).toBe('');
  });
});

describe('search state in the URL', () => {
  it('reads words and facets, and writes them back in a stable order', () => {
    const state = parseSearchState(new URLSearchParams('stars=5&q=+che+&stars=4&commune=Khun+H%C3%A1&stars=4'));
    expect(state).toEqual({ q: 'che', facets: { group: [], line: [], stars: ['5', '4'], commune: ['Khun Há'] } });
    expect(searchStateToQuery(state)).toBe('?q=che&stars=4&stars=5&commune=Khun+H%C3%A1');
    expect(searchStateToQuery(parseSearchState(new URLSearchParams('')))).toBe('');
  });
  it('reads the product-line facet', () => {
    const state = parseSearchState(new URLSearchParams('q=ch%C3%A8&line=che&stars=4'));
    expect(state.facets.line).toEqual(['che']);
    expect(searchStateToQuery(state)).toBe('?q=ch%C3%A8&line=che&stars=4');
    expect(pagefindFilters(state)).toEqual({ line: { any: ['che'] }, stars: { any: ['4'] } });
  });
  it('turns facets into Pagefind filters: any value within a facet, all facets together', () => {
    const state = parseSearchState(new URLSearchParams('group=food&stars=4&stars=5'));
    expect(pagefindFilters(state)).toEqual({ group: { any: ['food'] }, stars: { any: ['4', '5'] } });
    expect(pagefindFilters(state, 'stars')).toEqual({ group: { any: ['food'] } });
  });
});

describe('recordHtml', () => {
  const record: SearchRecord = {
    url: '/san-pham/toi-den-tam-duong/',
    locale: 'vi',
    title: 'Tỏi đen Tam Đường',
    titleLang: 'vi',
    kind: 'product',
    text: ['Tỏi <b>một nhánh</b>', '', 'Bình Lư'],
    image: '/_astro/toi.webp',
    producer: 'Công ty "Xanh"',
    filters: { group: 'food', stars: '3', commune: 'Bình Lư', kind: 'product' },
  };
  const html = recordHtml(record);
  it('weights the original text above its folded copy, which holds only the words with a đ', () => {
    expect(html).toContain('<h1 data-pagefind-weight="10">Tỏi đen Tam Đường</h1>');
    expect(html).toContain('<p data-pagefind-weight="4">den duong</p>');
    const withD = recordHtml({ ...record, text: ['Mật ong Đông Pao', 'Bình Lư'] });
    expect(withD).toContain('<p data-pagefind-weight="1">Mật ong Đông Pao. Bình Lư</p>');
    expect(withD).toContain('<p data-pagefind-weight="0.4">dong</p>');
  });
  it('adds no folded copy for marks Pagefind folds itself', () => {
    expect(html).toContain('<p data-pagefind-weight="1">Tỏi &lt;b&gt;một nhánh&lt;/b&gt;. Bình Lư</p>');
    expect(html).not.toContain('data-pagefind-weight="0.4"');
  });
  it('escapes text and attribute values, so a record cannot inject markup', () => {
    expect(html).not.toContain('<b>');
    expect(html).toContain('data-pagefind-meta="producer:Công ty &quot;Xanh&quot;"');
  });
  it('carries facets and display data as filters, never as searchable metadata', () => {
    expect(html).toContain('data-pagefind-filter="stars:3"');
    expect(html).toContain('data-pagefind-filter="titleLang:vi"');
    expect(html).not.toContain('data-pagefind-meta="stars');
  });
  it('adds no folded copy to text without marks', () => {
    const english = recordHtml({ ...record, locale: 'en', title: 'Black garlic', text: ['Aged garlic'] });
    expect(english).not.toContain('data-pagefind-weight="4"');
    expect(english).not.toContain('data-pagefind-weight="0.4"');
  });
});
