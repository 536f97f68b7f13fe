import { describe, expect, it } from 'vitest';
import { compareVietnamese } from '../../src/lib/collate.ts';
import { foldDiacritics } from '../../src/lib/fold.ts';
import { normalizeLine, normalizeMultiline } from '../../src/lib/text.ts';

describe('foldDiacritics', () => {
  it('folds đ, which Unicode decomposition leaves alone', () => {
    expect(foldDiacritics('Tam Đường')).toBe('tam duong');
    expect(foldDiacritics('Gạo nếp cẩm đen')).toBe('gao nep cam den');
  });
  it('folds decomposed input the same as precomposed', () => {
    expect(foldDiacritics('Che\u0300 Shan tuye\u0302\u0301t')).toBe(foldDiacritics('Chè Shan tuyết'));
  });
});

describe('compareVietnamese', () => {
  it('puts Đ after D and before E', () => {
    const names = ['Đào bích', 'Dứa', 'Ếch', 'Dong riềng', 'Chè'];
    expect([...names].sort(compareVietnamese)).toEqual(['Chè', 'Dong riềng', 'Dứa', 'Đào bích', 'Ếch']);
  });
  it('orders vowels with marks after the plain vowel (a, ă, â)', () => {
    expect(['Ấm', 'Ăn', 'An'].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ấm']);
  });
});

describe('normalizeLine', () => {
  it('makes NFD text the same string as NFC text', () => {
    expect(normalizeLine('Ta\u0309 Le\u0300ng')).toBe('Tả Lèng');
    expect(normalizeLine('Ta\u0309 Le\u0300ng')).not.toBe('Ta\u0309 Le\u0300ng');
  });
  it('collapses runs of white space and trims the ends', () => {
    expect(normalizeLine(' Bản  Bo\u00a0\t')).toBe('Bản Bo');
    expect(normalizeLine('Bản\nBo')).toBe('Bản Bo');
  });
  it('replaces look-alike letters and drops invisible characters', () => {
    expect(normalizeLine('2871/Q\u00d0-UBND')).toBe('2871/QĐ-UBND');
    expect(normalizeLine('\u0189\u00f0a\u200bo')).toBe('Đđao');
  });
});

describe('normalizeMultiline', () => {
  it('keeps line breaks and spaces, which Markdown reads, and makes line endings \\n', () => {
    expect(normalizeMultiline('Mo\u0323\u0302t\r\n\r\n  - hai  ')).toBe('Một\n\n  - hai  ');
  });
});

describe('Vietnamese collation of names that differ only in tone', () => {
  it('orders names that differ only in tone as a dictionary does: Hòa, Hỏa, Hóa', () => {
    expect(['bà Hóa', 'bà Hỏa', 'bà Hòa', 'bà Họa', 'bà Hoa', 'bà Hõa'].sort(compareVietnamese)).toEqual([
      'bà Hoa',
      'bà Hòa',
      'bà Hỏa',
      'bà Hõa',
      'bà Hóa',
      'bà Họa',
    ]);
  });
  it('still orders by letters first, tone second', () => {
    expect(['Hóa Bình', 'Hòa An', 'Hoa Bình'].sort(compareVietnamese)).toEqual(['Hòa An', 'Hoa Bình', 'Hóa Bình']);
  });
  it('is a total order: only identical text compares equal', () => {
    expect(compareVietnamese('Bà Hoa', 'bà Hoa')).not.toBe(0);
    expect(compareVietnamese('Tả Lèng', 'Tả Lèng')).toBe(0);
  });
});
