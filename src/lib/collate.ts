// Vietnamese alphabetical order (ICU's `vi` tailoring): Đ after D, a before ă before â, and names
// that differ only in tone in dictionary order: Hoa, Hòa, Hỏa, Hõa, Hóa, Họa (không dấu, huyền, hỏi,
// ngã, sắc, nặng). ICU compares letters over the whole string first, then marks, then case, so
// "Đào" still sorts after "Dứa"; the last tie, text identical to the collator, goes by code point.
// (With `sensitivity: 'base'` names differing only in tone tied and fell back to code points:
// Hòa, Hóa, Hỏa.)
const collators = {
  vi: new Intl.Collator('vi', { sensitivity: 'variant', numeric: true }),
  en: new Intl.Collator('en', { sensitivity: 'variant', numeric: true }),
} as const;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Compares two names in the reader's language for sorting: a total order (0 only for identical
 * strings), so that a list sorts the same on every build. `compareText('vi', 'bà Hỏa', 'bà Hóa')` < 0.
 */
export function compareText(locale: 'vi' | 'en', a: string, b: string): number {
  return collators[locale].compare(a, b) || byCodePoint(a, b);
}

/** `compareText('vi', …)`: Vietnamese dictionary order, for `Array.prototype.sort`. */
export function compareVietnamese(a: string, b: string): number {
  return compareText('vi', a, b);
}
