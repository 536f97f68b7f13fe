/**
 * `npm run import -- <file>`: the office's recognition-decision spreadsheet into the content folder.
 * A dry run by default (the report says what would be added, changed and rejected); `write: true`
 * writes the records. See docs/GUIDE.md ("Nhập từ bảng tính") for the office's side.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readRecordFolder } from '../content/read.ts';
import { COLUMNS } from './columns.ts';
import { formatRowProblem, readDecisions } from './decisions.ts';
import { planImport, type ImportPlan } from './plan.ts';
import { readSpreadsheet, SpreadsheetError } from './spreadsheet.ts';
import { writePlan } from './write.ts';

export interface ImportOptions {
  /** Write the records; otherwise only report. */
  write?: boolean;
  /** Who issued the decisions when the sheet has no "Cơ quan ban hành" column. */
  issuer?: string | undefined;
}

export type ImportResult =
  { ok: true; plan: ImportPlan; report: string; written: string[] } | { ok: false; report: string };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The plan in the office's words: one line per record or rejected row. */
export function formatPlan(plan: ImportPlan, write: boolean): string {
  const would = write ? '' : 'Would ';
  const lines: string[] = [];
  const added = `${plural(plan.addProducts.length, 'product', 'products')} and ${plural(plan.addProducers.length, 'producer', 'producers')}`;
  lines.push(`${would}${write ? 'Added' : 'add'} ${added}:`);
  for (const producer of plan.addProducers) {
    const kind = producer.kindGuessed ? `${producer.data.kind}, not in the name: check it` : producer.data.kind;
    lines.push(`  + producers/${producer.slug}.json: ${producer.data.name} (${kind}) (row ${producer.row})`);
  }
  for (const { slug, data, row } of plan.addProducts) {
    const note = data.stars < 3 ? '; below 3 stars: recorded, not published' : '';
    lines.push(
      `  + products/${slug}.md: ${data.name}, ${data.stars} sao, ${data.certificate.number} of ${data.certificate.date}${note} (row ${row})`,
    );
  }
  lines.push(`${would}${write ? 'Changed' : 'change'} ${plural(plan.changeProducts.length, 'product', 'products')}:`);
  for (const change of plan.changeProducts) {
    const parts: string[] = [];
    if (change.stars) parts.push(`stars ${String(change.stars.from)} → ${change.stars.to}`);
    if (change.certificate) {
      const { from, to } = change.certificate;
      parts.push(`decision ${String(from.number)} of ${String(from.date)} → ${to.number} of ${to.date}`);
    }
    if (change.dropsExpires) parts.push('certificate.expires removed (it belonged to the old decision)');
    parts.push(...change.notes);
    lines.push(`  ~ products/${change.slug}.md: ${parts.join('; ')} (row ${change.row})`);
  }
  lines.push(`Already recorded, unchanged: ${plural(plan.unchanged.length, 'row', 'rows')}`);
  lines.push(`Rejected: ${plan.rejected.length}`);
  for (const problem of plan.rejected) lines.push(`  ${formatRowProblem(problem)}`);
  return lines.join('\n');
}

/** Reads `file`, plans the import into the content folder `root`, and writes it when asked. */
export async function importSpreadsheet(
  file: string,
  root: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  let sheet;
  try {
    sheet = await readSpreadsheet(file);
  } catch (error) {
    if (error instanceof SpreadsheetError) return { ok: false, report: `${file} ${error.message}` };
    throw error;
  }
  const decisions = readDecisions(sheet);
  if (!decisions.ok) return { ok: false, report: `${file}: ${decisions.message}` };
  if (!existsSync(join(root, 'site.json'))) {
    return {
      ok: false,
      report: `${root} has no site.json: a content folder starts with one (copy content/site.json and change it)`,
    };
  }
  const existing = {
    products: existsSync(join(root, 'products')) ? readRecordFolder(root, 'products').records : [],
    producers: existsSync(join(root, 'producers')) ? readRecordFolder(root, 'producers').records : [],
  };
  const plan = planImport(decisions.decisions, existing, { issuer: options.issuer ?? decisions.issuer });
  plan.rejected.unshift(...decisions.problems);
  plan.rejected.sort((a, b) => a.row - b.row);
  const found = Object.entries(decisions.columns)
    .map(([key, column]) => `${COLUMNS[key as keyof typeof COLUMNS].label} (${columnLetter(column)})`)
    .join(', ');
  const header = [
    `${file} (${sheet.description}): header on row ${decisions.headerRow}; columns ${found}.`,
    `${plural(decisions.productRows, 'product row', 'product rows')}; content folder ${root}.`,
    '',
  ];
  const written = options.write ? writePlan(root, plan) : [];
  const footer = options.write
    ? [
        '',
        `Wrote ${plural(written.length, 'file', 'files')}. Run npm run check to see what the office must still fill.`,
      ]
    : ['', 'Dry run: nothing was written. Run the same command with --write to write these records.'];
  return { ok: true, plan, report: [...header, formatPlan(plan, !!options.write), ...footer].join('\n'), written };
}

/** 0 → A, 27 → AB: how Excel names a column. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
