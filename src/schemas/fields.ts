import { z } from 'astro/zod';
import { certificateNumberProblem } from '../lib/certificate-number.ts';
import { isIsoDate } from '../lib/dates.ts';
import { dialNumber } from '../lib/phone.ts';
import { normalizeLine, normalizeMultiline } from '../lib/text.ts';

// Text is normalised here, where it is read, so that the content check and Astro's loaders (which
// both parse records with these builders) hand every page the same NFC string: "Tả Lèng" saved in
// NFD by macOS and "Bản  Bo" with a spreadsheet's doubled space are one commune, not two.

/** Applies `normalize` to a string input and leaves any other input for the schema to refuse. */
const normalized = (normalize: (text: string) => string) => (value: unknown) =>
  typeof value === 'string' ? normalize(value) : value;

/**
 * A non-empty line of text, normalised by `normalizeLine` (src/lib/text.ts): NFC, look-alike
 * letters, invisible characters removed, runs of white space made one space, ends trimmed.
 */
export const text = () =>
  z.string({ error: 'must be text' }).overwrite(normalizeLine).min(1, { error: 'must not be empty' });

/** Markdown text (an English description), normalised by `normalizeMultiline`: line breaks keep their meaning. */
export const markdownText = () => z.string({ error: 'must be text' }).overwrite(normalizeMultiline);

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

/**
 * A Vietnamese phone number, kept as written (pages show it so) once `dialNumber` (src/lib/phone.ts)
 * can dial it: "0213 3875 123", "+84 913 456 789", "+84 (0) 912 345 678". Retired numbers pass
 * here and get a warning from the content check.
 */
export const phone = () =>
  text().refine((value) => dialNumber(value) !== undefined, {
    error: (issue) =>
      `"${String(issue.input)}" is not a Vietnamese phone number (e.g. "0213 3875 123" or "+84 913 456 789")`,
  });

/** A zalo.me link to an account or group, with or without `https://` (as Zalo's "share" gives it). */
export const ZALO_LINK = /^(?:https?:\/\/)?zalo\.me\/[\w.~-]+(?:\/[\w.~-]+)*\/?$/i;

/**
 * How to reach a producer on Zalo, where Vietnamese producers sell (issue #13): the phone number of
 * the Zalo account, read as `phone()` reads it (`dialNumber`, src/lib/phone.ts), or a zalo.me link.
 */
export const zalo = () =>
  text().refine((value) => dialNumber(value) !== undefined || ZALO_LINK.test(value), {
    error: (issue) =>
      `"${String(issue.input)}" is neither a Vietnamese phone number (e.g. "0912 345 678") nor a zalo.me link (e.g. "https://zalo.me/0912345678")`,
  });

export const email = () =>
  z.preprocess(
    normalized(normalizeLine),
    z.email({ error: (issue) => `"${String(issue.input)}" is not an e-mail address` }),
  );

export const webUrl = () =>
  z.preprocess(
    normalized(normalizeLine),
    z.url({
      protocol: /^https?$/,
      error: (issue) => `"${String(issue.input)}" is not a web address starting with http:// or https://`,
    }),
  );

/**
 * The number of a recognition decision, and nothing else: "3047/QĐ-UBND", not "Số: 3047/QĐ-UBND"
 * nor "3048/QĐ-UBND ngày 02/6/2025" (the rule: `certificateNumberProblem`, src/lib/certificate-number.ts).
 */
export const certificateNumber = () =>
  text().superRefine((value, ctx) => {
    const problem = certificateNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Text in both site languages. */
export const localized = () => z.strictObject({ vi: text(), en: text() });

export const stars = () =>
  z.int({ error: 'must be a whole number of stars from 1 to 5' }).min(1, { error: 'must be from 1 to 5' }).max(5, {
    error: 'must be from 1 to 5',
  });

/** Counts characters as people see them (code points of the NFC text `text()` made), not UTF-16 units. */
export const shortText = (max: number) =>
  text().refine((value) => [...value].length <= max, {
    error: (issue) =>
      `is ${[...normalizeLine(String(issue.input))].length} characters long; at most ${max} are allowed`,
  });

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `"${String(issue.input)}" is not one of: ${values.join(', ')}` });
