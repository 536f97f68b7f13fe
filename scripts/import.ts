// `npm run import -- <file.xlsx|file.csv> [--write] [--issuer "UBND tỉnh …"]`: proposes records from the
// office's spreadsheet of recognition decisions (src/lib/import/); a dry run unless --write.
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/env.ts';
import { importSpreadsheet } from '../src/lib/import/index.ts';

const USAGE = `Usage: npm run import -- <file.xlsx|file.csv> [--write] [--issuer "UBND tỉnh Lai Châu"]

Reads the spreadsheet of OCOP recognition decisions and says which products and producers it would
add or change in the content folder (OCOP_CONTENT_DIR, default content/). --write writes them.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { write: { type: 'boolean', default: false }, issuer: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const result = await importSpreadsheet(positionals[0]!, contentDir(), { write: values.write, issuer: values.issuer });
if (!result.ok) {
  console.error(result.report);
  process.exit(1);
}
console.log(result.report);
