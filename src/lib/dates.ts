import { addMonths, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

/** A calendar date as written in records and shown to people: `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

function toDate(iso: IsoDate): Date {
  return parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

/** Calendar months later; a day that does not exist in the target month clamps to its last day. */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return format(addMonths(toDate(iso), months), 'yyyy-MM-dd');
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  const date = toDate(iso);
  date.setDate(date.getDate() + days);
  return format(date, 'yyyy-MM-dd');
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}
