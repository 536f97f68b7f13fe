/**
 * The columns of a recognition-decision spreadsheet, found by their Vietnamese headers with or
 * without marks and in any order, below however many title rows.
 */
import { cellText, foldKey, type Cell } from './cells.ts';

export interface ColumnSpec {
  /** The header as the office's template writes it, used in every message. */
  label: string;
  /** Folded headers (no marks, lowercase) that mean this column; a header may also start with one. */
  headers: readonly string[];
  /** Needed in every file; the others are needed only by the rows that create a new record. */
  required: boolean;
}

export const COLUMNS = {
  name: { label: 'Tên sản phẩm', headers: ['ten san pham', 'san pham', 'ten sp', 'ten san pham ocop'], required: true },
  producer: {
    label: 'Chủ thể',
    headers: ['chu the', 'ten chu the', 'chu the san xuat', 'chu the ocop', 'don vi san xuat', 'co so san xuat'],
    required: true,
  },
  address: { label: 'Địa chỉ', headers: ['dia chi', 'dia chi chu the'], required: false },
  commune: { label: 'Xã', headers: ['xa', 'xa phuong', 'phuong xa', 'xa phuong thi tran', 'dia ban'], required: false },
  group: {
    label: 'Nhóm',
    headers: ['nhom', 'nhom san pham', 'bo san pham', 'nhom bo san pham', 'phan nhom', 'nganh hang'],
    required: false,
  },
  stars: { label: 'Hạng sao', headers: ['hang sao', 'so sao', 'xep hang', 'ket qua xep hang', 'hang'], required: true },
  number: {
    label: 'Số quyết định',
    headers: ['so quyet dinh', 'so qd', 'quyet dinh so', 'so quyet dinh cong nhan', 'quyet dinh'],
    required: true,
  },
  date: {
    label: 'Ngày quyết định',
    headers: ['ngay quyet dinh', 'ngay qd', 'ngay ban hanh', 'ngay cong nhan', 'ngay ky'],
    required: true,
  },
  issuer: {
    label: 'Cơ quan ban hành',
    headers: ['co quan ban hanh', 'cap cong nhan', 'co quan cong nhan', 'don vi cong nhan'],
    required: false,
  },
} as const satisfies Record<string, ColumnSpec>;

export type ColumnKey = keyof typeof COLUMNS;
const KEYS = Object.keys(COLUMNS) as ColumnKey[];
const REQUIRED = KEYS.filter((key) => COLUMNS[key].required);

/** The column a header names, if any: an exact folded match first, then the longest prefix. */
export function columnOf(header: Cell): ColumnKey | undefined {
  const folded = foldKey(cellText(header));
  if (!folded) return undefined;
  const exact = KEYS.find((key) => (COLUMNS[key].headers as readonly string[]).includes(folded));
  if (exact) return exact;
  let best: { key: ColumnKey; length: number } | undefined;
  for (const key of KEYS) {
    for (const synonym of COLUMNS[key].headers) {
      if (folded.startsWith(`${synonym} `) && synonym.length > (best?.length ?? 0))
        best = { key, length: synonym.length };
    }
  }
  return best?.key;
}

export type ColumnMap = Partial<Record<ColumnKey, number>>;

export type HeaderResult = { ok: true; headerIndex: number; columns: ColumnMap } | { ok: false; message: string };

/** How many rows from the top may hold titles before the header. */
const HEADER_SEARCH_ROWS = 30;

/**
 * Finds the header row: the first row (of the first 30) that names every required column. A file
 * where none does gets a message listing the columns found (in the best row) and those still
 * needed.
 */
export function findHeader(rows: readonly (readonly Cell[])[]): HeaderResult {
  let best: { index: number; columns: ColumnMap } | undefined;
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns: ColumnMap = {};
    row.forEach((cell, column) => {
      const key = columnOf(cell);
      if (key && columns[key] === undefined) columns[key] = column;
    });
    if (REQUIRED.every((key) => columns[key] !== undefined)) return { ok: true, headerIndex: index, columns };
    if (Object.keys(columns).length > Object.keys(best?.columns ?? {}).length) best = { index, columns };
  }
  const found = KEYS.filter((key) => best?.columns[key] !== undefined).map((key) => COLUMNS[key].label);
  const missing = REQUIRED.filter((key) => best?.columns[key] === undefined).map((key) => COLUMNS[key].label);
  const where = best ? ` (best match: row ${best.index + 1})` : '';
  return {
    ok: false,
    message:
      `the header row could not be found${where}. Columns found: ${found.length ? found.join(', ') : 'none'}. ` +
      `Columns needed: ${missing.join(', ')}. Name them in one row, e.g. ` +
      `${REQUIRED.map((key) => `"${COLUMNS[key].label}"`).join(', ')}; marks and order do not matter.`,
  };
}
