/**
 * The rows of a recognition-decision spreadsheet as decisions: one product, its producer, stars
 * and decision each. Title rows above the header, empty rows and section rows ("I. NHÓM THỰC
 * PHẨM", often merged across the table) are skipped; a section row that names a group gives that
 * group to the rows under it that have none.
 */
import type { ProductGroup } from '../../schemas/enums.ts';
import type { IsoDate } from '../dates.ts';
import {
  cellText,
  communeInAddress,
  groupNamed,
  parseCommune,
  parseDecisionDate,
  parseDecisionNumber,
  parseGroup,
  parseStars,
  type Cell,
} from './cells.ts';
import { COLUMNS, findHeader, type ColumnKey, type ColumnMap } from './columns.ts';
import type { Sheet } from './spreadsheet.ts';

/** One product row, every value clean. Optional values are missing when the sheet has none. */
export interface Decision {
  /** The spreadsheet row number, as Excel shows it. */
  row: number;
  name: string;
  producer: string;
  address?: string;
  commune?: string;
  group?: ProductGroup;
  /** The group or bộ sản phẩm cell as written, when it names more than the group ("Chè"). */
  subgroup?: string;
  stars: number;
  number: string;
  date: IsoDate;
  issuer?: string;
}

/** A row that cannot become a record: `row N: column: what is wrong`. */
export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

export const formatRowProblem = ({ row, column, message }: RowProblem): string => `row ${row}: ${column}: ${message}`;

export type DecisionSheet =
  | {
      ok: true;
      headerRow: number;
      columns: ColumnMap;
      decisions: Decision[];
      problems: RowProblem[];
      /** How many product rows the sheet has (read or not). */
      productRows: number;
      issuer?: string;
    }
  | { ok: false; message: string };

/** "…của UBND tỉnh Lai Châu)" in a title row names who issued the decision the list belongs to. */
function issuerInTitle(rows: readonly (readonly Cell[])[]): string | undefined {
  for (const row of rows) {
    for (const cell of row) {
      const match = /\bcủa\s+((?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+[^)(;]+?)\s*\)?\s*$/iu.exec(cellText(cell));
      if (match) return match[1]!.replace(/^(?:ủy|uỷ) ban nhân dân/iu, 'UBND');
    }
  }
  return undefined;
}

/**
 * Reads the decisions of a sheet. Rows that cannot be read are reported, each problem naming the
 * row and the column; the rest are returned in sheet order.
 */
export function readDecisions(sheet: Sheet): DecisionSheet {
  const header = findHeader(sheet.rows);
  if (!header.ok) return header;
  const { headerIndex, columns } = header;
  const decisions: Decision[] = [];
  const problems: RowProblem[] = [];
  let sectionGroup: ProductGroup | undefined;
  let productRows = 0;

  for (let index = headerIndex + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index]!;
    const row = sheet.rowNumbers[index]!;
    const at = (key: ColumnKey): Cell => (columns[key] === undefined ? undefined : cells[columns[key]]);
    const filled = cells.map(cellText).filter(Boolean);
    if (filled.length === 0) continue;
    // A section row ("I | NHÓM THỰC PHẨM"), a total or a signature: no producer, stars or decision.
    if ((['producer', 'stars', 'number', 'date'] as const).every((key) => !cellText(at(key)))) {
      const heading = filled.join(' ').replace(/^[IVXLC\d]+[.)]?\s+/i, '');
      const group = /^nh[oó]m\s/iu.test(heading) ? parseGroup(heading) : undefined;
      if (group?.ok) sectionGroup = group.value;
      continue;
    }
    // A row of column numbers under the header ("1 2 3 4 …") is part of the header.
    if (filled.every((text) => /^\(?\d+\)?$/.test(text)) && filled.length >= 4) continue;

    productRows++;
    const rowProblems: RowProblem[] = [];
    const problem = (key: ColumnKey, message: string) => rowProblems.push({ row, column: COLUMNS[key].label, message });
    const text = (key: ColumnKey) => cellText(at(key));

    const name = text('name');
    if (!name) problem('name', 'is empty');
    const producer = text('producer');
    if (!producer) {
      problem('producer', 'is empty (if the cell is merged with the one above, unmerge it and fill every row)');
    }
    const stars = parseStars(at('stars'));
    if (!stars.ok) problem('stars', stars.problem);
    const number = parseDecisionNumber(at('number'));
    if (!number.ok) problem('number', number.problem);
    const date = parseDecisionDate(at('date'));
    if (!date.ok) problem('date', date.problem);

    const decision: Partial<Decision> = { row };
    const address = text('address');
    if (address) decision.address = address;
    const commune = parseCommune(at('commune'));
    const communeFromAddress = address ? communeInAddress(address) : undefined;
    if (commune.ok) decision.commune = commune.value;
    else if (communeFromAddress) decision.commune = communeFromAddress;
    const groupText = text('group');
    if (groupText) {
      const group = parseGroup(groupText);
      if (group.ok) {
        decision.group = group.value;
        // "Chè" or "Rượu trắng" says more than the group: keep it as the bộ sản phẩm.
        if (!groupNamed(groupText)) decision.subgroup = groupText;
      } else problem('group', group.problem);
    } else if (sectionGroup) decision.group = sectionGroup;
    const issuer = text('issuer');
    if (issuer) decision.issuer = issuer;

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    decisions.push({
      ...decision,
      name,
      producer,
      stars: (stars as { value: number }).value,
      number: (number as { value: string }).value,
      date: (date as { value: IsoDate }).value,
    } as Decision);
  }
  const issuer = issuerInTitle(sheet.rows.slice(0, headerIndex));
  return {
    ok: true,
    headerRow: sheet.rowNumbers[headerIndex]!,
    columns,
    decisions,
    problems,
    productRows,
    ...(issuer && { issuer }),
  };
}
