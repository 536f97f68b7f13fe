import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SLUG } from '../../schemas/product.ts';
import type { Problem } from './problem.ts';

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
}

/** The record folders of the contract and the one file extension each takes. */
export const RECORD_FOLDERS = {
  producers: { extension: '.json', required: true },
  products: { extension: '.md', required: true },
  places: { extension: '.json', required: true },
  events: { extension: '.md', required: false },
} as const;
export type RecordFolder = keyof typeof RECORD_FOLDERS;

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown record into its YAML front matter and its body. */
export function parseMarkdownRecord(source: string): { data: unknown; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error('has no YAML front matter: the file must start with a line "---"');
  return { data: parseYaml(match[1] ?? '', { uniqueKeys: true }) ?? {}, body: source.slice(match[0].length) };
}

type ParsedMarkdown = ReturnType<typeof parseMarkdownRecord>;

// In `astro build` the content check and then the records loader (src/loaders/markdown-records.ts)
// read the same Markdown files in one process. The check leaves each parse here, keyed by the file's
// exact text, and the loader takes it back out, so front matter is parsed once instead of twice
// (YAML is most of the check's time: BENCHMARKS.md). On globalThis because the loader runs inside
// Vite's module runner, with its own copy of this module.
const parsedMarkdown: Map<string, ParsedMarkdown> = ((globalThis as { ocopParsedMarkdown?: Map<string, ParsedMarkdown> })
  .ocopParsedMarkdown ??= new Map());

/** The parse of this exact text, from the content check if it read it, else parsed now. Taken once. */
export function takeMarkdownRecord(source: string): ParsedMarkdown {
  const parsed = parsedMarkdown.get(source);
  if (!parsed) return parseMarkdownRecord(source);
  parsedMarkdown.delete(source);
  return parsed;
}

function parseRecord(path: string, extension: string, keep: boolean): { data: unknown; body?: string } {
  const source = readFileSync(path, 'utf8');
  if (extension === '.json') return { data: JSON.parse(source.replace(/^\uFEFF/, '')) };
  const parsed = parseMarkdownRecord(source);
  // Neither the check nor Astro's parseData modifies a parse (Zod builds new objects), so one can be shared.
  if (keep) parsedMarkdown.set(source, parsed);
  return parsed;
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `cannot be read: ${message}`;
}

/** Reads one record folder; every file that is not a well-named record is a problem. */
/** `keepParsed`: leave each Markdown parse for the records loader to take (see `takeMarkdownRecord`). */
export function readRecordFolder(
  root: string,
  folder: RecordFolder,
  problems: Problem[],
  keepParsed = false,
): RawRecord[] {
  const { extension, required } = RECORD_FOLDERS[folder];
  const dir = join(root, folder);
  if (!existsSync(dir)) {
    if (required) problems.push({ file: `${folder}/`, field: '(folder)', message: 'is missing' });
    return [];
  }
  const records: RawRecord[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const file = `${folder}/${name}`;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      problems.push({ file, field: '(file)', message: `is a folder; ${folder}/ holds only ${extension} files` });
      continue;
    }
    const ext = extname(name);
    const id = name.slice(0, name.length - ext.length);
    if (ext !== extension) {
      problems.push({ file, field: '(file)', message: `is not a ${extension} file; ${folder}/ holds only ${extension} records` });
      continue;
    }
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
    try {
      records.push({ id, file, path, ...parseRecord(path, extension, keepParsed) });
    } catch (error) {
      problems.push({ file, field: '(file)', message: describeParseError(error) });
    }
  }
  return records;
}

export function readSiteFile(root: string, problems: Problem[]): RawRecord | undefined {
  const path = join(root, 'site.json');
  if (!existsSync(path)) {
    problems.push({ file: 'site.json', field: '(file)', message: 'is missing' });
    return undefined;
  }
  try {
    return { id: 'site', file: 'site.json', path, ...parseRecord(path, '.json', false) };
  } catch (error) {
    problems.push({ file: 'site.json', field: '(file)', message: describeParseError(error) });
    return undefined;
  }
}

/** True when an optional record folder exists and holds at least one record file. */
export function hasRecords(root: string, folder: RecordFolder): boolean {
  const dir = join(root, folder);
  const { extension } = RECORD_FOLDERS[folder];
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith(extension) && !name.startsWith('.'));
}
