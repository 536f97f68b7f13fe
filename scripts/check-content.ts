// `npm run check`, content half: validates the content folder and prints the office's report.
import { buildCatalogue } from '../src/lib/catalogue.ts';
import { checkContentFolder } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { contentDir, referenceDate } from '../src/lib/env.ts';
import { officeReport, recordsToFill } from '../src/lib/office-report.ts';

const root = contentDir();
let asOf: string;
try {
  asOf = referenceDate();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { problems, ignored, warnings, content } = await checkContentFolder(root);

if (ignored.length > 0) {
  console.log(`Not read, on purpose (${ignored.length}):`);
  for (const { file, reason } of ignored)
    console.log(`  ${formatProblem({ file, field: 'ignored', message: reason })}`);
  console.log();
}

if (problems.length > 0 || !content) {
  console.error(`Content folder ${root} has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

console.log(
  `Content folder ${root}: ${content.products.length} products, ${content.producers.length} producers, ${content.places.length} places, no problems.\n`,
);
const catalogue = buildCatalogue({ ...content, asOf });
console.log(officeReport(catalogue, warnings));
const toFill = recordsToFill(catalogue);
console.log(`\nStill to fill (published, but incomplete): ${toFill.length}`);
for (const line of toFill) console.log(`  - ${line}`);
