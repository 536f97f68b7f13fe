/**
 * Applies an import plan to a content folder: new producers as `producers/<slug>.json`, new
 * products as `products/<slug>.md` (front matter, empty description), and for existing products
 * only the fields the plan changes (`stars`, `certificate.*`), edited in place in the YAML so that
 * the description, images, contacts, English text and comments written by hand stay as they are.
 * A file that is already there is never replaced.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parseDocument, Scalar } from 'yaml';
import { FRONT_MATTER } from '../content/read.ts';
import type { ImportPlan } from './plan.ts';

/** Dates and decision numbers are quoted, as the sample records write them, so YAML reads them as text. */
function quoted(value: string): Scalar<string> {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

function frontMatter(data: Record<string, unknown>): string {
  const doc = new Document(data);
  for (const field of ['number', 'date'] as const) {
    doc.setIn(['certificate', field], quoted(String(doc.getIn(['certificate', field]))));
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

function writeNew(path: string, text: string): void {
  if (existsSync(path)) throw new Error(`${path} already exists: the import never replaces a file`);
  writeFileSync(path, text, { flag: 'wx' });
}

/** Creates a record folder the contract requires; an empty one keeps a `.gitkeep` so that git keeps it. */
function ensureFolder(root: string, folder: string): void {
  const dir = join(root, folder);
  if (existsSync(dir)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.gitkeep'), '');
}

/** Writes the plan into the content folder at `root`; returns the paths written, relative to it. */
export function writePlan(root: string, plan: ImportPlan): string[] {
  const written: string[] = [];
  for (const folder of ['producers', 'products', 'places']) ensureFolder(root, folder);
  for (const producer of plan.addProducers) {
    const file = `producers/${producer.slug}.json`;
    writeNew(join(root, file), `${JSON.stringify(producer.data, null, 2)}\n`);
    written.push(file);
  }
  for (const product of plan.addProducts) {
    const file = `products/${product.slug}.md`;
    writeNew(join(root, file), frontMatter(product.data));
    written.push(file);
  }
  for (const change of plan.changeProducts) {
    const file = `products/${change.slug}.md`;
    const path = join(root, file);
    const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const match = FRONT_MATTER.exec(source);
    if (!match) throw new Error(`${file} has no front matter: fix it before importing`);
    const doc = parseDocument(match[1] ?? '');
    if (change.stars) doc.set('stars', change.stars.to);
    if (change.certificate) {
      const { number, date, issuer } = change.certificate.to;
      doc.setIn(['certificate', 'number'], quoted(number));
      doc.setIn(['certificate', 'date'], quoted(date));
      doc.setIn(['certificate', 'issuer'], issuer);
    }
    if (change.dropsExpires) doc.deleteIn(['certificate', 'expires']);
    const body = source.slice(match[0].length);
    writeFileSync(path, `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${body}`);
    written.push(file);
  }
  return written;
}
