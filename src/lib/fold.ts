/**
 * Folds Vietnamese text to unmarked lowercase ASCII the way people type on a phone without an IME:
 * "Tam Đường" → "tam duong". `đ` is a letter of its own, not a mark, so Unicode decomposition alone
 * leaves it; it is mapped explicitly.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
