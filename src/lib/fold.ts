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

/**
 * A key for free text that people spell in several ways: folded (`foldDiacritics`), every run of
 * anything but letters and digits made one hyphen. It is readable in a URL and groups spellings
 * that differ only in marks, tone placement, capitals, punctuation or spacing:
 * `textKey("Chè tươi, chế biến")` → `"che-tuoi-che-bien"`; `textKey("Tả Lèng")` → `"ta-leng"`.
 * Empty when the text has no letter or digit. The caller normalises the text first (`normalizeLine`).
 */
export function textKey(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The five Vietnamese tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/** A word ending in a vowel pair whose tone mark may sit on either vowel, decomposed (NFD). */
const OPEN_PAIR = new RegExp(`^(.*?)([oOuU])(${TONE})?([aAeEyY])(${TONE})?$`, 'u');

/**
 * The other accepted spelling of a word whose tone mark sits on a syllable-final "oa", "oe" or "uy":
 * the older convention marks the first vowel ("hòa", "khỏe", "thủy"), the newer one the second ("hoà",
 * "khoẻ", "thuỷ"). Both are in use (Vietnamese keyboards offer either), so search treats them as one
 * word. `undefined` for every other word: "quý" (its "u" belongs to "qu"), and words where a consonant
 * follows the pair ("hoàn", "thuyền"), which have one spelling only.
 *
 * `otherTonePlacement("hòa")` → `"hoà"`; `otherTonePlacement("Thuỷ")` → `"Thủy"`.
 */
export function otherTonePlacement(word: string): string | undefined {
  const match = OPEN_PAIR.exec(word.normalize('NFD'));
  if (!match) return undefined;
  const [, before = '', first = '', toneOnFirst, second = '', toneOnSecond] = match;
  const pair = `${first}${second}`.toLowerCase();
  if (!['oa', 'oe', 'uy'].includes(pair) || (pair === 'uy' && /[qQ]$/.test(before))) return undefined;
  // Exactly one tone mark, on one of the two vowels (no mark at all: nothing to move).
  if (Boolean(toneOnFirst) === Boolean(toneOnSecond)) return undefined;
  const moved = toneOnFirst
    ? `${before}${first}${second}${toneOnFirst}`
    : `${before}${first}${toneOnSecond ?? ''}${second}`;
  return moved.normalize('NFC');
}
