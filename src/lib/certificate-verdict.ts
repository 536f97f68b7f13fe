/**
 * What a certificate's status reads as, in one place: the lookup's answer (src/scripts/certificate-result.ts,
 * in the browser), the product page's first screen and the printed sheet all say "Còn hiệu lực — hết hạn
 * vào ngày 30/09/2028." / "Valid — expires on 30 September 2028." the same way (issue #13: a certificate
 * is never shown as better than it is, and never in two wordings). The words are the dictionary's
 * `verify.*` strings; the caller passes its translation function (the server's `t` or the browser's
 * slice). Browser-safe: it imports only `formatDate`.
 */
import type { Locale } from '../schemas/enums.ts';
import type { IsoDate } from './dates.ts';
import { formatDate } from './format.ts';

/** The dictionary keys a verdict is written with (src/i18n/strings/verify.ts). */
export const VERDICT_KEYS = [
  'verify.valid',
  'verify.validDetail',
  'verify.expired',
  'verify.expiredDetail',
  'verify.revoked',
  'verify.revokedDetail',
  'verify.below',
  'verify.belowDetail',
] as const;
export type VerdictKey = (typeof VERDICT_KEYS)[number];

/** A certificate's status as the lookup and the pages know it (a revocation's reason is not needed here). */
export type VerdictStatus =
  | { kind: 'valid'; expires: IsoDate }
  | { kind: 'expired'; expires: IsoDate }
  | { kind: 'revoked'; date: IsoDate }
  | { kind: 'below-threshold'; stars: number };

/** Between the status word and its detail: "Còn hiệu lực — hết hạn vào ngày …". */
export const VERDICT_SEPARATOR = ' — ';

/**
 * The status word ("Còn hiệu lực", "Hết hạn") and its detail ("hết hạn vào ngày 30/09/2028.",
 * "từ ngày 15/02/2026."), dates in the reader's language. `t` fills `{date}` and `{stars}`.
 */
export function certificateVerdict(
  status: VerdictStatus,
  locale: Locale,
  t: (key: VerdictKey, vars: Record<string, string | number>) => string,
): { word: string; detail: string } {
  const date = (iso: IsoDate) => ({ date: formatDate(iso, locale) });
  switch (status.kind) {
    case 'valid':
      return { word: t('verify.valid', {}), detail: t('verify.validDetail', date(status.expires)) };
    case 'expired':
      return { word: t('verify.expired', {}), detail: t('verify.expiredDetail', date(status.expires)) };
    case 'revoked':
      return { word: t('verify.revoked', {}), detail: t('verify.revokedDetail', date(status.date)) };
    case 'below-threshold':
      return { word: t('verify.below', {}), detail: t('verify.belowDetail', { stars: status.stars }) };
  }
}
