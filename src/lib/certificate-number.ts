/**
 * The rule for `certificate.number` in a record: the decision's number only, as printed on its
 * first line ("Số: 3047/QĐ-UBND" is written "3047/QĐ-UBND"), because the lookup, the exports and
 * printed sheets show and match it as it is written. A visitor's query may be messy (the lookup in
 * src/lib/lookup.ts forgives "Số:" and dates); a record must be clean.
 */

/** "Số:", "Số", "So.", "No.", "Quyết định số", "QĐ số" before the number. */
const NUMBER_PREFIX = /^(?:(?:quyết định|qđ)\s*)?(?:số|so|no)(?!\p{L})\s*[:.]?\s*/iu;

/** A date written inside the number: "ngày 02/6/2025", "02/06/2025", "2-6-2025", "2025-06-02". */
const DATE_INSIDE =
  /[\s,;(]*(?:(?<![\p{L}\p{N}])ngày(?![\p{L}\p{N}])|(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)).*$/iu;

/** A number's parts: the prefix before it and the date after it, if any, and the number between. */
function parts(number: string): { prefix?: string; date?: string; bare: string } {
  const prefix = NUMBER_PREFIX.exec(number)?.[0];
  const date = DATE_INSIDE.exec(number)?.[0];
  const bare = number
    .slice(prefix?.length ?? 0, date ? number.length - date.length : undefined)
    .replace(/[\s,;:.]+$/u, '');
  return { prefix, date, bare };
}

/**
 * The decision number alone, as a record writes it: a "Số:"-like prefix and a date written after
 * the number are dropped ("Số: 3048/QĐ-UBND ngày 02/6/2025" → "3048/QĐ-UBND"); text that is only a
 * number comes back as it is. Used where a number is taken from an office's own papers (the
 * spreadsheet import), so that what is taken passes `certificateNumberProblem`.
 */
export function bareCertificateNumber(number: string): string {
  return parts(number).bare;
}

/**
 * What is wrong with a (normalised) certificate number, naming the clean number to write, or
 * undefined when it is only a number. Refused: a "Số:"-like prefix, and a date inside the number
 * (the date has its own field, `certificate.date`).
 *
 * `certificateNumberProblem("Số: 3047/QĐ-UBND")` → `starts with "Số:": write the decision number only, "3047/QĐ-UBND"`.
 */
export function certificateNumberProblem(number: string): string | undefined {
  const { prefix, date, bare: clean } = parts(number);
  if (!prefix && !date) return undefined;
  const example = clean ? `"${clean}"` : 'e.g. "3047/QĐ-UBND"';
  const problems = [
    ...(prefix ? [`starts with "${prefix.trim()}"`] : []),
    ...(date ? [`holds a date ("${date.replace(/^[\s,;(]+|[\s)]+$/gu, '')}"), which belongs in certificate.date`] : []),
  ];
  return `${problems.join(' and ')}: write the decision number only, ${example}`;
}
