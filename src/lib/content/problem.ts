/** One thing wrong in a content folder, in the office's words: which file, which field, what is wrong. */
export interface Problem {
  /** Path relative to the content root, e.g. `products/mien-dong.md`. */
  file: string;
  /** Dotted field path, e.g. `certificate.date`; `(file)` when the file as a whole is wrong. */
  field: string;
  message: string;
}

// Line breaks and other control characters from a file's name or a quoted value are shown escaped, so
// that a record cannot add lines of its own to the report (a forged "no problems", a fake file name).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const visible = (text: string) =>
  text.replace(CONTROL, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `file: field: message`, one line whatever the record holds. */
export function formatProblem({ file, field, message }: Problem): string {
  return visible(`${file}: ${field}: ${message}`);
}

export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
