/**
 * Text as it is read from a record, a spreadsheet cell or a visitor's query, made comparable: the
 * one place where Vietnamese text is normalised (issue "Correct in every detail"). Pages never patch
 * text where it is shown; they show what these functions returned when the text was read.
 */

/**
 * Letters from other alphabets that look like Vietnamese ones and reach records through copy and
 * paste or foreign keyboard layouts: Icelandic eth `Ð` (U+00D0) and African `Ɖ` (U+0189) for `Đ`
 * (U+0110), and eth `ð` (U+00F0) for `đ` (U+0111). Only letters a Vietnamese text never means.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = { '\u00d0': 'Đ', '\u0189': 'Đ', '\u00f0': 'đ' };
const LOOK_ALIKE = /[\u00d0\u0189\u00f0]/g;

/** Characters that take no space or print nothing: zero-width spaces and joiners, the BOM, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Normalises a one-line text field: Unicode NFC (a record saved in NFD by macOS or Word becomes the
 * same string as one typed in NFC), look-alike letters replaced, invisible characters removed, every
 * run of white space (tabs, no-break spaces, line breaks, doubled spaces from a spreadsheet cell)
 * made one space, and the ends trimmed.
 *
 * `normalizeLine("Ta\u0309 Le\u0300ng  ")` → `"Tả Lèng"`; `normalizeLine("Bản  Bo")` → `"Bản Bo"`.
 */
export function normalizeLine(text: string): string {
  return normalizeLetters(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Normalises multi-line text (a Markdown description): NFC, look-alike letters and invisible
 * characters as `normalizeLine`, and line endings made `\n`; spaces and line breaks otherwise stay,
 * because Markdown gives them meaning.
 */
export function normalizeMultiline(text: string): string {
  return normalizeLetters(text).replace(/\r\n?/g, '\n');
}

function normalizeLetters(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(LOOK_ALIKE, (letter) => LOOK_ALIKES[letter] ?? letter);
}
