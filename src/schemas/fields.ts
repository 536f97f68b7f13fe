import { z } from 'astro/zod';
import { isIsoDate } from '../lib/dates.ts';

/** A non-empty line of text; surrounding spaces are trimmed. */
export const text = () => z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/**
 * A calendar date `YYYY-MM-DD`, as a string: a timestamp (`2025-05-28T01:00:00+07:00`) is refused,
 * since turning a moment into a day shifts it across time zones (issue #18). Unquoted YAML dates are
 * strings to the content reader; a YAML 1.1 reader hands one over as midnight UTC, taken as that day.
 */
export const isoDate = () =>
  z.preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().replace(/T00:00:00\.000Z$/, '')
        : value,
    z.string({ error: 'must be a date written YYYY-MM-DD' }).refine(isIsoDate, {
      error: ({ input }) =>
        /^\d{4}-\d{2}-\d{2}[T ]\d/.test(String(input))
          ? `"${String(input)}" is a date and time; write the day alone, YYYY-MM-DD`
          : `"${String(input)}" is not a real date (write YYYY-MM-DD)`,
    }),
  );

/** Vietnam's bounding box (CONTENT-CONTRACT.md): anything outside, swapped pairs included, is an error. */
export const VIETNAM_BOUNDS = { lat: [8, 24], lng: [102, 110] } as const;

const inRange = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

/** Why a coordinate pair is not in Vietnam, or undefined when it is. */
export function outsideVietnam(lat: number, lng: number): string | undefined {
  if (inRange(lat, VIETNAM_BOUNDS.lat) && inRange(lng, VIETNAM_BOUNDS.lng)) return undefined;
  return inRange(lng, VIETNAM_BOUNDS.lat) && inRange(lat, VIETNAM_BOUNDS.lng)
    ? `lat ${lat} and lng ${lng} look swapped: latitude comes first and lies between 8 and 24`
    : `(${lat}, ${lng}) is outside Vietnam (latitude 8–24, longitude 102–110)`;
}

export const latLng = () =>
  z
    .strictObject({
      lat: z.number({ error: 'must be a number (degrees north)' }),
      lng: z.number({ error: 'must be a number (degrees east)' }),
    })
    .superRefine(({ lat, lng }, ctx) => {
      const problem = outsideVietnam(lat, lng);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** Vietnamese phone numbers: 0 or +84, then 9–10 digits; spaces, dots and hyphens allowed. */
export const VIETNAMESE_PHONE = /^(?:\+84|0)\d{9,10}$/;
export const phone = () =>
  text().refine((value) => VIETNAMESE_PHONE.test(value.replace(/[\s.()-]/g, '')), {
    error: (issue) =>
      `"${String(issue.input)}" is not a Vietnamese phone number (e.g. "0213 3875 123" or "+84 913 456 789")`,
  });

export const email = () => z.email({ error: (issue) => `"${String(issue.input)}" is not an e-mail address` });

export const webUrl = () =>
  z.url({
    protocol: /^https?$/,
    error: (issue) => `"${String(issue.input)}" is not a web address starting with http:// or https://`,
  });

/** Text in both site languages. */
export const localized = () => z.strictObject({ vi: text(), en: text() });

export const stars = () =>
  z.int({ error: 'must be a whole number of stars from 1 to 5' }).min(1, { error: 'must be from 1 to 5' }).max(5, {
    error: 'must be from 1 to 5',
  });

/** Counts characters as people see them (NFC), not UTF-16 units. */
export const shortText = (max: number) =>
  text().refine((value) => [...value.normalize('NFC')].length <= max, {
    error: (issue) =>
      `is ${[...String(issue.input).normalize('NFC')].length} characters long; at most ${max} are allowed`,
  });

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `"${String(issue.input)}" is not one of: ${values.join(', ')}` });
