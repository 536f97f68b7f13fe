import { describe, expect, it } from 'vitest';
import { compareVietnamese } from '../../src/lib/collate.ts';
import { foldDiacritics } from '../../src/lib/fold.ts';

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
