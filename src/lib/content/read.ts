// Reading a content folder: the one way the content check (check.ts) and every content-layer loader
// (src/loaders/content-records.ts, src/content.config.ts) list and read record files, so that they
// can never disagree about which files are records or what a file says (issue #18). A content folder
// is data from outside (an office, a spreadsheet import, an editor in the browser, a pull request):
// nothing here follows a symbolic link, imports a file, or prints a file's contents in a message.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { SLUG } from '../../schemas/product.ts';
import { normalizeMultiline } from '../text.ts';
import { fieldPath, type Problem } from './problem.ts';

/** A record as read from disk, before validation. */
export interface RawRecord {
  /** The file name without its extension. */
  id: string;
  /** Path relative to the content root. */
  file: string;
  /** Absolute path. */
  path: string;
  data: unknown;
  /** Markdown body, for `.md` records. */
  body?: string;
  /** The file's text as read (after its byte-order mark, if any): what a loader's digest is made of. */
  text: string;
}

/** A file in a record folder that is deliberately not read, and why (reported, never an error). */
export interface Ignored {
  file: string;
  reason: string;
}

/** What one record folder holds. */
export interface RecordFolderContents {
  /** Every record that could be read, sorted by file name. */
  records: RawRecord[];
  /** The slug of every well-named record file, read or not: references are checked against these. */
  ids: Set<string>;
  problems: Problem[];
  ignored: Ignored[];
}

/** The record folders of the contract and the one file extension each takes. */
export const RECORD_FOLDERS = {
  producers: { extension: '.json', required: true },
  products: { extension: '.md', required: true },
  places: { extension: '.json', required: true },
  events: { extension: '.md', required: false },
} as const;
export type RecordFolder = keyof typeof RECORD_FOLDERS;

/** A record file larger than this is refused unread: the largest sample record is under 4 KB. */
export const MAX_RECORD_BYTES = 1024 * 1024;

/**
 * Why a name in a content folder is not content but something an operating system or an editor left
 * behind, or undefined when it is meant to be read. Such files are skipped by the check and the build
 * alike, and listed as ignored. Hidden files (a leading dot) include macOS `._x.md` resource forks,
 * `.DS_Store` and editors' swap files; a hidden draft such as `.ban-nhap.md` is not published.
 */
export function ignoredReason(name: string): string | undefined {
  if (name.startsWith('._')) return 'a macOS resource-fork file (._…), not a record';
  if (name.startsWith('.')) return 'a hidden file (its name starts with a dot)';
  if (name.startsWith('~$')) return 'an Office lock file (~$…)';
  if (name.endsWith('~') || /\.(?:bak|swp|swo|tmp)$/i.test(name)) return 'an editor backup or temporary file';
  if (/^#.*#$/.test(name)) return 'an editor autosave file (#…#)';
  if (/^(?:thumbs\.db|ehthumbs\.db|desktop\.ini)$/i.test(name) || name === 'Icon\r') return 'folder settings of the operating system';
  return undefined;
}

/** A content file that cannot be read, in the office's words; never carries the file's contents. */
export class UnreadableFile extends Error {}

const SYSTEM_ERRORS: Record<string, string> = {
  ELOOP: 'is a symbolic link; content files must be real files inside the content folder, not links',
  ENOENT: 'does not exist',
  EACCES: 'cannot be read: permission denied',
  EISDIR: 'is a folder, not a file',
};

/**
 * The bytes of one file, read without following a symbolic link (O_NOFOLLOW, decided by the same
 * system call that opens it, so a file cannot be swapped for a link in between) and without blocking
 * on a pipe or device (O_NONBLOCK). Throws `UnreadableFile` when the path is a link, not a regular
 * file, or larger than `maxBytes`.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UnreadableFile(SYSTEM_ERRORS[code] ?? `cannot be read (${code || 'unknown error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UnreadableFile('is not a regular file');
    if (stat.size > maxBytes) {
      throw new UnreadableFile(`is ${formatBytes(stat.size)}; a file here may be at most ${formatBytes(maxBytes)}`);
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * A file's bytes as UTF-8 text, a leading byte-order mark dropped (Notepad writes one). Throws
 * `UnreadableFile` for UTF-16 ("Unicode" in Notepad) and for anything that is not valid UTF-8, such as
 * Windows-1258 ("ANSI"), which would otherwise publish mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UnreadableFile('is saved as UTF-16 ("Unicode"); save it again as UTF-8');
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new UnreadableFile(
      'is not UTF-8 text (it was probably saved as "ANSI" / Windows-1258, e.g. by Notepad); save it again as UTF-8',
    );
  }
}

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'a field appears twice; keep one',
  BAD_INDENT: 'the indentation is wrong',
  TAB_AS_INDENT: 'a tab is used for indentation; use spaces',
  MULTILINE_IMPLICIT_KEY: 'a value runs over several lines without quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a value runs over several lines without quotes',
  BAD_DQ_ESCAPE: 'a "\\" in double quotes starts an unknown escape',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  UNEXPECTED_TOKEN: 'unexpected character',
  BAD_ALIAS: 'an alias (*…) names no anchor',
  MULTIPLE_DOCS: 'the front matter holds more than one YAML document',
};

/** A YAML error in plain words, with its line in the file (the front matter starts on line 2). */
function yamlProblem(error: YAMLParseError): string {
  const what = YAML_ERRORS[error.code] ?? error.code.toLowerCase().replaceAll('_', ' ');
  const line = error.linePos?.[0]?.line;
  return `the YAML front matter is not valid${line ? ` (line ${line + 1})` : ''}: ${what}`;
}

export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a Markdown record into its YAML front matter and its body. A field given twice is an error
 * (YAML's rule); so is an explicit tag: `!!timestamp` would turn a date into a moment in UTC, and
 * `!!binary` into bytes. Errors are `UnreadableFile`s that say where, never what the file says. The
 * body, the Vietnamese description, is normalised here by `normalizeMultiline` (src/lib/text.ts),
 * where the check and the loaders both read it; front matter fields are normalised by their schema
 * (src/schemas/fields.ts).
 */
export function parseMarkdownRecord(source: string): { data: unknown; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new UnreadableFile('has no YAML front matter: the file must start with a line "---"');
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '', { uniqueKeys: true, resolveKnownTags: false, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    if (error instanceof YAMLParseError) throw new UnreadableFile(yamlProblem(error));
    throw new UnreadableFile('the YAML front matter cannot be read');
  }
  return { data: data ?? {}, body: normalizeMultiline(source.slice(match[0].length)) };
}

const JSON_ERRORS: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  ValueExpected: 'a value is missing',
  PropertyNameExpected: 'a field name in double quotes is expected',
  ColonExpected: 'a ":" is missing',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is more text after the end',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a closing quote is missing',
  InvalidEscapeCharacter: 'a "\\" starts an unknown escape',
  InvalidCharacter: 'a line break or control character inside quotes',
};

/** A JSON error in plain words: what and where (line, column), never the text around it. */
function jsonProblem(text: string, { error, offset }: ParseError): string {
  const before = text.slice(0, offset).split('\n');
  const code = printParseErrorCode(error);
  return `is not valid JSON (line ${before.length}, column ${before.at(-1)!.length + 1}): ${JSON_ERRORS[code] ?? code}`;
}

/**
 * Parses a JSON record. Syntax errors throw `UnreadableFile`; a key given twice in one object (which
 * `JSON.parse` silently resolves to the last value) is returned in `duplicates` as a field path.
 */
export function parseJsonRecord(text: string): { data: unknown; duplicates: string[] } {
  const errors: ParseError[] = [];
  const duplicates: string[] = [];
  const objects: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        objects.push(new Set());
      },
      onObjectEnd: () => {
        objects.pop();
      },
      onObjectProperty: (property, _offset, _length, _line, _character, pathSupplier) => {
        const keys = objects.at(-1);
        if (keys?.has(property)) duplicates.push(fieldPath([...pathSupplier(), property]));
        keys?.add(property);
      },
      onError: (error, offset) => {
        errors.push({ error, offset, length: 0 });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (errors[0]) throw new UnreadableFile(jsonProblem(text, errors[0]));
  try {
    return { data: JSON.parse(text), duplicates };
  } catch {
    throw new UnreadableFile('is not valid JSON');
  }
}

type Parsed = { data: unknown; body?: string; duplicates?: string[] };

// In `astro build` the content check and then the loaders read the same files in one process. The
// check leaves each parse here, keyed by the file's exact text, and the loader takes it back out, so a
// record is parsed once instead of twice (YAML is most of the check's time: BENCHMARKS.md). On
// globalThis because the loaders run inside Vite's module runner, with their own copy of this module.
const parsedRecords: Map<string, Parsed> = ((globalThis as { ocopParsedRecords?: Map<string, Parsed> })
  .ocopParsedRecords ??= new Map());

function parseRecord(text: string, extension: string, keep: boolean): Parsed {
  const key = `${extension}\0${text}`;
  const kept = parsedRecords.get(key);
  if (kept) {
    parsedRecords.delete(key);
    return kept;
  }
  // Neither the check nor Astro's parseData modifies a parse (Zod builds new objects), so one can be shared.
  const parsed = extension === '.json' ? parseJsonRecord(text) : parseMarkdownRecord(text);
  if (keep) parsedRecords.set(key, parsed);
  return parsed;
}

/** Reads, decodes and parses one record file; problems are pushed, the record returned if it could be read. */
function readRecord(
  root: string,
  file: string,
  extension: string,
  problems: Problem[],
  keep: boolean,
): Omit<RawRecord, 'id'> | undefined {
  const path = join(root, file);
  try {
    const text = decodeText(readRegularFile(path, MAX_RECORD_BYTES));
    const { data, body, duplicates = [] } = parseRecord(text, extension, keep);
    for (const field of duplicates) {
      problems.push({ file, field, message: 'is given twice; JSON would silently keep the last value: keep one' });
    }
    return { file, path, data, text, ...(body !== undefined && { body }) };
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    problems.push({ file, field: '(file)', message: error.message });
    return undefined;
  }
}

/**
 * The content root as a real path (a link given as OCOP_CONTENT_DIR is the operator's choice and is
 * resolved once); every path read below it is then checked not to leave it.
 */
export function realContentRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/** Lists a folder of the content root: undefined with a problem when it is a link or not a folder. */
function listFolder(root: string, folder: string, problems: Problem[]): Dirent[] | undefined {
  const dir = join(root, folder);
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) {
    problems.push({ file: `${folder}/`, field: '(folder)', message: SYSTEM_ERRORS.ELOOP! });
    return [];
  }
  if (!stat.isDirectory()) {
    problems.push({ file: `${folder}/`, field: '(folder)', message: 'is not a folder' });
    return [];
  }
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Lists and reads one record folder: the one function through which the content check and the
 * loaders see records. Every file that is not a well-named record of the folder's kind is a problem;
 * OS and editor droppings (`ignoredReason`) are skipped and listed in `ignored`; links and anything
 * that is not a regular UTF-8 file are problems. `keepParsed`: leave each parse for the next reader
 * of the same text in this process (the check does, so that the loaders do not parse again).
 */
export function readRecordFolder(
  root: string,
  folder: RecordFolder,
  { keepParsed = false }: { keepParsed?: boolean } = {},
): RecordFolderContents {
  const { extension, required } = RECORD_FOLDERS[folder];
  const contents: RecordFolderContents = { records: [], ids: new Set(), problems: [], ignored: [] };
  const { problems } = contents;
  const names = listFolder(root, folder, problems);
  if (!names) {
    if (required) problems.push({ file: `${folder}/`, field: '(folder)', message: 'is missing' });
    return contents;
  }
  const seen = new Map<string, string>();
  for (const entry of names) {
    const { name } = entry;
    const file = `${folder}/${name}`;
    const reason = ignoredReason(name);
    if (reason) {
      contents.ignored.push({ file, reason });
      continue;
    }
    if (entry.isDirectory()) {
      problems.push({ file, field: '(file)', message: `is a folder; ${folder}/ holds only ${extension} files` });
      continue;
    }
    if (!name.endsWith(extension)) {
      problems.push({ file, field: '(file)', message: `is not a ${extension} file; ${folder}/ holds only ${extension} records` });
      continue;
    }
    const id = name.slice(0, -extension.length);
    const twin = seen.get(id.toLowerCase());
    if (twin) problems.push({ file, field: '(file)', message: `has the same slug as ${twin}` });
    seen.set(id.toLowerCase(), file);
    if (!SLUG.test(id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${id}" is not a valid slug: use lowercase letters a–z, digits and single hyphens, e.g. "che-shan-tuyet"`,
      });
    }
    contents.ids.add(id);
    const record = readRecord(root, file, extension, problems, keepParsed);
    if (record) contents.records.push({ id, ...record });
  }
  return contents;
}

/** Reads `site.json` through the same rules as every record; undefined, with a problem, when it cannot be. */
export function readSiteFile(root: string, problems: Problem[]): RawRecord | undefined {
  try {
    lstatSync(join(root, 'site.json'));
  } catch {
    problems.push({ file: 'site.json', field: '(file)', message: 'is missing' });
    return undefined;
  }
  const record = readRecord(root, 'site.json', '.json', problems, false);
  return record && { id: 'site', ...record };
}

/** True when an optional record folder exists and holds at least one file that would be read as a record. */
export function hasRecords(root: string, folder: RecordFolder): boolean {
  const entries = listFolder(root, folder, []) ?? [];
  return entries.some(({ name }) => name.endsWith(RECORD_FOLDERS[folder].extension) && !ignoredReason(name));
}
