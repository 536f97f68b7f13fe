/** Vietnamese alphabetical order (ICU): Đ after D, unmarked before marked vowels, as in a dictionary. */
const vietnamese = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const english = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnamese.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function compareText(locale: 'vi' | 'en', a: string, b: string): number {
  return locale === 'vi' ? compareVietnamese(a, b) : english.compare(a, b);
}
