// content/ holds only what an office would publish: realistic, clean, marked as sample. Hostile and
// awkward records live in tests/fixtures/ (awkward/, broken/, …).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/check.ts';

const root = resolve(import.meta.dirname, '../../content');
const records = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(md|json)$/.test(file))
  .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

describe('the sample content folder', () => {
  it('is marked as sample data', () => {
    expect(JSON.parse(readFileSync(join(root, 'site.json'), 'utf8'))).toMatchObject({ sampleData: true });
  });
  it('holds no raw HTML, script or hostile link an office would not publish', () => {
    const hostile = /<\s*\/?\s*(script|img|iframe|object|svg|style)\b|\bon[a-z]+\s*=|javascript:|vbscript:|data:text/i;
    expect(records.filter(({ text }) => hostile.test(text)).map(({ file }) => file)).toEqual([]);
  });
  it('holds no spreadsheet formula, text saved in NFD, or doubled spaces in a field', () => {
    // A value starting with = or @, or + other than a phone number's "+84".
    const formula = /:\s*["']?(?:[=@]|\+(?!\d))/;
    expect(records.filter(({ text }) => formula.test(text)).map(({ file }) => file)).toEqual([]);
    expect(records.filter(({ text }) => text !== text.normalize('NFC')).map(({ file }) => file)).toEqual([]);
    expect(records.filter(({ text }) => /: "?\S[^\n]*\S {2,}\S/.test(text)).map(({ file }) => file)).toEqual([]);
  });
  it('passes the check with no warning', async () => {
    const { problems, warnings } = await checkContentFolder(root);
    expect([...problems, ...warnings]).toEqual([]);
  });
  it('has what the sheet and structured-data tests need, as an office would write it', async () => {
    const { content } = await checkContentFolder(root);
    const products = content!.products.map(({ data }) => data);
    expect(products.some(({ name }) => name.length >= 100)).toBe(true);
    expect(products.some(({ salesPoints }) => (salesPoints?.length ?? 0) >= 4)).toBe(true);
    expect(products.some(({ price }) => price && /\d[–-]\d/.test(price))).toBe(true);
    expect(products.some(({ price }) => price === 'Liên hệ')).toBe(true);
  });
});
