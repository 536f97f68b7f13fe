/** One thing wrong in a content folder, in the office's words: which file, which field, what is wrong. */
export interface Problem {
  /** Path relative to the content root, e.g. `products/mien-dong.md`. */
  file: string;
  /** Dotted field path, e.g. `certificate.date`; `(file)` when the file as a whole is wrong. */
  field: string;
  message: string;
}

export function formatProblem({ file, field, message }: Problem): string {
  return `${file}: ${field}: ${message}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
