// Runs in the visitor's browser: no imports, so the product page's script stays a few hundred bytes.

/** The contract's reference time zone (same as OCOP_TIME_ZONE in env.ts, which needs Node). */
const VIETNAM = 'Asia/Ho_Chi_Minh';

/** Today's date in Vietnam as `YYYY-MM-DD` (en-CA writes dates that way). */
export function todayInVietnam(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM }).format(now);
}

/** A certificate has lapsed on its expiry date and after (the same rule as certificateStatus). */
export function hasLapsed(expires: string, now: Date): boolean {
  return todayInVietnam(now) >= expires;
}
