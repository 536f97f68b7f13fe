/**
 * The rules a certificate's validity is judged by, and the tags dates are written with, in one place
 * (issue #17 "one rule, one place"). The build (Node) and the visitor's browser (the product page's
 * lapse script, the certificate lookup, the not-found page) import this same module, so a page built
 * before an expiry and opened after it reaches the same verdict the next build will. It imports no
 * code (only a type), so a browser script that uses it stays a few hundred bytes.
 */
import type { Locale } from '../schemas/enums.ts';

/** The contract's reference time zone (CONTENT-CONTRACT.md): "today" is always today in Vietnam. */
export const OCOP_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Vietnam's offset from UTC (no daylight saving): the start of a calendar day there is `T00:00:00+07:00`. */
export const OCOP_UTC_OFFSET = '+07:00';

/** BCP 47 tags of the site's two languages, for Intl formatting, feeds and Open Graph. */
export const LOCALE_TAGS = { vi: 'vi-VN', en: 'en-GB' } as const satisfies Record<Locale, string>;

/** Open Graph writes the same tags with an underscore: `vi_VN`. */
export const openGraphLocale = (locale: Locale): string => LOCALE_TAGS[locale].replace('-', '_');

/**
 * The star ranks that receive a certificate and are published (OCOP.md: "Only 3★ and above receive a
 * certificate"); the first is the threshold.
 */
export const PUBLISHED_STAR_RANKS = [3, 4, 5] as const;
export const MIN_PUBLISHED_STARS: number = PUBLISHED_STAR_RANKS[0];

/** A calendar day `YYYY-MM-DD`, as records write it. */
type Day = string;

/** Today's date in a time zone (Vietnam's by default) as `YYYY-MM-DD` (en-CA writes dates that way). */
export function todayIn(timeZone: string = OCOP_TIME_ZONE, now: Date = new Date()): Day {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}

/** Today's date in Vietnam, `YYYY-MM-DD`. */
export const todayInVietnam = (now: Date = new Date()): Day => todayIn(OCOP_TIME_ZONE, now);

/**
 * The lapse rule: a certificate is valid up to the day before its expiry date; on the expiry date
 * itself and after, it has lapsed. Both arguments are `YYYY-MM-DD`, which compare as strings.
 */
export function hasLapsedOn(expires: Day, day: Day): boolean {
  return day >= expires;
}

/** Whether a certificate has lapsed at an instant, judged by the date in Vietnam at that instant. */
export function hasLapsed(expires: Day, now: Date = new Date()): boolean {
  return hasLapsedOn(expires, todayInVietnam(now));
}
