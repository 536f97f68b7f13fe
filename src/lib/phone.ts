/**
 * Vietnamese phone numbers as offices write them, made dialable: the one place that reads a phone
 * field. Records keep the number as written (pages show it so); links dial `dialNumber`'s result.
 *
 * Numbering plan (source: the Ministry of Information and Communications' plan, Circular
 * 22/2014/TT-BTTTT): a national number is a trunk `0`, then 9 digits for a mobile (`09x`, `03x`…)
 * or 10 for a fixed line (`02xx` area code and subscriber number). From abroad and on any phone the
 * trunk `0` gives way to `+84`.
 */

/**
 * The number in E.164 form, `+84` and 9 or 10 digits ("+84912345678"), for a `tel:` link; undefined
 * when the text is not one Vietnamese number. Spaces, dots, hyphens and brackets are ignored; the
 * country code may be written `+84` or `0084`; a trunk `0` written after it, as in "+84 (0) 912 345
 * 678" or "+84 0912 345 678", is dropped, because `+840…` cannot be dialled.
 */
export function dialNumber(written: string): string | undefined {
  const compact = written.replace(/[\s.\-()/]/g, '');
  const national = /^(?:\+84|0084)0?(\d+)$/.exec(compact)?.[1] ?? /^0(\d+)$/.exec(compact)?.[1];
  if (national === undefined || !/^[1-9]\d{8,9}$/.test(national)) return undefined;
  return `+84${national}`;
}

/**
 * 11-digit mobile prefixes retired in 2018, with the prefix each became (Decision 798/QĐ-BTTTT,
 * in force from 15 September 2018).
 */
const RETIRED_MOBILE_PREFIXES: Readonly<Record<string, string>> = {
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  '0186': '056',
  '0188': '058',
  '0199': '059',
};

/**
 * Area codes retired in 2017 that no province uses today, with the code that replaced them
 * (Circular 15/2014/TT-BTTTT): Lai Châu's 0231 and its neighbour Điện Biên's 0230. Older codes that
 * were handed to another province (Lào Cai's 020 is now the start of Quảng Ninh's 0203) cannot be
 * told apart from a current number, so they are not listed.
 */
const RETIRED_AREA_CODES: Readonly<Record<string, { code: string; province: string }>> = {
  '0231': { code: '0213', province: 'Lai Châu' },
  '0230': { code: '0215', province: 'Điện Biên' },
};

/** A national number grouped as offices write it: "0389 123 456" (mobile), "0213 3875 123" (fixed line). */
const grouped = (national: string) =>
  national.length === 10
    ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
    : `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`;

/**
 * Why a dialable number no longer reaches anyone, with the number to write instead; undefined for a
 * current number or text that is not a number (the schema refuses those). A warning, not an error:
 * the office may not know the new number yet.
 */
export function retiredPhoneWarning(written: string): string | undefined {
  const e164 = dialNumber(written);
  if (!e164) return undefined;
  const national = `0${e164.slice(3)}`;
  const prefix = national.slice(0, 4);
  const mobile = RETIRED_MOBILE_PREFIXES[prefix];
  if (mobile && national.length === 11) {
    return `"${written}" is an 11-digit mobile number; ${prefix} numbers became ${mobile} in 2018: write "${grouped(mobile + national.slice(4))}" if that is the number`;
  }
  const area = RETIRED_AREA_CODES[prefix];
  if (area && national.length === 11) {
    return `"${written}" uses ${prefix}, ${area.province}'s area code until 2017; it is now ${area.code}: write "${grouped(area.code + national.slice(4))}" if that is the number`;
  }
  return undefined;
}
