/**
 * Reads the office's spreadsheet file into rows of cells: `.xlsx` with read-excel-file, `.csv` with
 * csv-parse. CSV is UTF-8 (with or without a byte-order mark) or, when it is not valid UTF-8,
 * Windows-1258, the code page of Excel's "CSV" on Vietnamese Windows (decoded with iconv-lite,
 * whose combining tone marks `normalizeLine` later composes). Old `.xls` files and other formats
 * get a message that says what to do.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import type { Cell } from './cells.ts';

export interface Sheet {
  /** The sheet's name (xlsx) or the file's encoding and separator (csv), for the report. */
  description: string;
  rows: Cell[][];
  /** The spreadsheet row number (1-based, as Excel shows it) of each entry of `rows`. */
  rowNumbers: number[];
}

/** A file the importer cannot read, with what the office should do about it. */
export class SpreadsheetError extends Error {}

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');

/** UTF-8 (a BOM, or bytes that are valid UTF-8) or else Windows-1258. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 with BOM' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'windows-1258'), encoding: 'Windows-1258' };
  }
}

/**
 * CSV rows. The separator is a comma or a semicolon (Excel uses the list separator of Windows'
 * regional settings, a semicolon where the decimal mark is a comma, as in Vietnamese): the one
 * that gives the most rows of the same width wins.
 */
export function parseCsv(text: string): { rows: string[][]; rowNumbers: number[]; delimiter: string } {
  let best: { rows: string[][]; rowNumbers: number[]; delimiter: string; score: number } | undefined;
  for (const delimiter of [',', ';', '\t']) {
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, info: true }) as unknown as {
        record: string[];
        info: { lines: number };
      }[];
    } catch {
      continue;
    }
    const widths = new Map<number, number>();
    for (const { record } of records) {
      if (record.length > 1) widths.set(record.length, (widths.get(record.length) ?? 0) + 1);
    }
    const [width = 1, count = 0] = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [];
    const score = width > 1 ? count * width : 0;
    if (!best || score > best.score) {
      best = {
        rows: records.map(({ record }) => record),
        // info.lines is the line the record ends on: the row number Excel shows for one-line rows.
        rowNumbers: records.map(({ info }) => info.lines),
        delimiter,
        score,
      };
    }
  }
  if (!best || best.score === 0) throw new SpreadsheetError('has no rows with more than one column');
  return best;
}

const SEPARATOR_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** Reads a spreadsheet file; throws SpreadsheetError with the fix when it cannot. */
export async function readSpreadsheet(path: string): Promise<Sheet> {
  const bytes = await readFile(path);
  const extension = extname(path).toLowerCase();
  if (bytes.subarray(0, 8).equals(OLE2_MAGIC) || extension === '.xls') {
    throw new SpreadsheetError(
      'is an old Excel file (.xls), which cannot be read: open it in Excel or LibreOffice and save it as ' +
        '"Excel Workbook (.xlsx)", then import the .xlsx file',
    );
  }
  if (extension === '.xlsx' || (bytes.subarray(0, 4).equals(ZIP_MAGIC) && extension !== '.csv')) {
    if (extension !== '.xlsx') {
      throw new SpreadsheetError(`is a ${extension || 'zip'} file: save it as .xlsx (Excel Workbook) or .csv`);
    }
    let rows: Cell[][];
    try {
      rows = (await readSheet(bytes)) as Cell[][];
    } catch (error) {
      throw new SpreadsheetError(
        `cannot be read as an Excel workbook (${error instanceof Error ? error.message : String(error)}): ` +
          'open it in Excel and save it again as .xlsx',
      );
    }
    return { description: 'first sheet', rows, rowNumbers: rows.map((_, index) => index + 1) };
  }
  if (extension === '.csv' || extension === '.txt') {
    const { text, encoding } = decodeCsv(bytes);
    const { rows, rowNumbers, delimiter } = parseCsv(text);
    return { description: `${encoding}, ${SEPARATOR_NAMES[delimiter]}-separated`, rows, rowNumbers };
  }
  throw new SpreadsheetError(`is not a spreadsheet the import reads: save it as .xlsx or .csv`);
}
