import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import {
  communeInAddress,
  parseDecisionDate,
  parseDecisionNumber,
  parseGroup,
  parseStars,
  producerKey,
  producerKindOf,
} from '../../src/lib/import/cells.ts';
import { findHeader } from '../../src/lib/import/columns.ts';
import { readDecisions } from '../../src/lib/import/decisions.ts';
import { importSpreadsheet } from '../../src/lib/import/index.ts';
import { readSpreadsheet } from '../../src/lib/import/spreadsheet.ts';
import { recordsToFill } from '../../src/lib/office-report.ts';
import { toWindows1258 } from '../fixtures/import/make-fixtures.ts';

const repo = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => resolve(repo, 'tests/fixtures/import', name);
const XLSX = fixture('quyet-dinh-ocop-2025.xlsx');

/** A content folder with a site.json and nothing else, as an office starts. */
function emptyFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'ocop-import-'));
  cpSync(resolve(repo, 'content/site.json'), join(root, 'site.json'));
  return root;
}

const value = <T>(parsed: { ok: true; value: T } | { ok: false; problem: string }) =>
  parsed.ok ? parsed.value : `error: ${parsed.problem}`;

describe('cells as offices write them', () => {
  it('reads star ranks', () => {
    expect(['4 sao', '4*', '4', ' 4  sao ', '4 ★', 4, '04'].map((cell) => value(parseStars(cell)))).toEqual([
      4, 4, 4, 4, 4, 4, 4,
    ]);
    expect(value(parseStars('bốn sao'))).toBe('error: "bốn sao" is not a star rank (write 3, 4 sao or 4*)');
    expect(value(parseStars(6))).toMatch(/not a star rank from 1 to 5/);
    expect(value(parseStars(null))).toBe('error: is empty');
  });

  it('reads decision dates day first, Excel date cells and serial numbers', () => {
    expect(value(parseDecisionDate('15/10/2025'))).toBe('2025-10-15');
    expect(value(parseDecisionDate('5/3/25'))).toBe('2025-03-05');
    expect(value(parseDecisionDate('05-03-2025'))).toBe('2025-03-05');
    expect(value(parseDecisionDate('ngày 15 tháng 10 năm 2025'))).toBe('2025-10-15');
    expect(value(parseDecisionDate('2025-10-15'))).toBe('2025-10-15');
    expect(value(parseDecisionDate(new Date('2025-10-15T00:00:00Z')))).toBe('2025-10-15');
    expect(value(parseDecisionDate(45945))).toBe('2025-10-15');
    expect(value(parseDecisionDate('31/02/2025'))).toBe('error: "31/02/2025" is not a real date (day/month/year)');
    expect(value(parseDecisionDate('10/15/2025'))).toMatch(/not a real date/);
  });

  it('cleans decision numbers: "Số:", a date after the number, spaces, case', () => {
    for (const cell of [
      'Số: 1234/QĐ-UBND',
      'Số1234/QĐ-UBND',
      '1234/QĐ-UBND ngày 02/6/2025',
      'Số: 1234/QĐ-UBND, 02/06/2025',
      '1234 / QĐ - UBND',
      'số 1234/qđ-ubnd',
      'QĐ số 1234/QĐ-UBND',
      '  1234/QĐ-UBND ',
    ]) {
      expect(value(parseDecisionNumber(cell))).toBe('1234/QĐ-UBND');
    }
    expect(value(parseDecisionNumber('Quyết định công nhận'))).toMatch(/is not a decision number like 1234\/QĐ-UBND/);
  });

  it('maps group and product-set names to the six group keys', () => {
    const groups = [
      'Thực phẩm',
      'NHÓM ĐỒ UỐNG',
      'Dược liệu',
      'Thủ công mỹ nghệ',
      'Sinh vật cảnh',
      'Du lịch cộng đồng',
      'Chè',
      'Rượu trắng',
      'Thực phẩm chức năng',
      'Do uong',
    ];
    expect(groups.map((cell) => value(parseGroup(cell)))).toEqual([
      'food',
      'beverage',
      'herbal',
      'handicraft',
      'ornamental',
      'tourism',
      'food',
      'beverage',
      'herbal',
      'beverage',
    ]);
    expect(value(parseGroup('Khác'))).toMatch(/^error: "Khác" is not one of the six OCOP groups/);
  });

  it('matches producers however the name is abbreviated and tells their kind', () => {
    expect(producerKey('HTX  Chè Sà Dề Phìn')).toBe(producerKey('Hợp tác xã chè Sà Dề Phìn'));
    expect(producerKey('Cty CP Chè Tam Đường')).toBe(producerKey('Công ty cổ phần chè Tam Đường'));
    expect(producerKindOf('HTX Miến dong').kind).toBe('cooperative');
    expect(producerKindOf('Công ty TNHH Thảo dược').kind).toBe('enterprise');
    expect(producerKindOf('Hộ kinh doanh Lò Văn Xuân').kind).toBe('household');
    expect(producerKindOf('Lò Văn Xuân')).toEqual({ kind: 'other', guessed: true });
  });

  it('finds the commune an address names', () => {
    expect(communeInAddress('Bản Sà Dề Phìn, xã Khun Há, tỉnh Lai Châu')).toBe('Khun Há');
    expect(communeInAddress('Tổ 2, phường Tân Phong')).toBe('Tân Phong');
    expect(communeInAddress('Bản Hon')).toBeUndefined();
  });
});

describe('the header row', () => {
  it('is found below title rows, with or without marks, in any order', () => {
    const found = findHeader([
      ['DANH SÁCH SẢN PHẨM OCOP', null],
      [],
      ['Ngay quyet dinh', 'So QD', 'so sao', 'chu the', 'TEN SAN PHAM'],
    ]);
    expect(found).toEqual({
      ok: true,
      headerIndex: 2,
      columns: { date: 0, number: 1, stars: 2, producer: 3, name: 4 },
    });
  });

  it('names the columns found and those still needed when it cannot be found', () => {
    const found = findHeader([['STT', 'Tên sản phẩm', 'Chủ thể', 'Ghi chú']]);
    expect(found.ok).toBe(false);
    expect(!found.ok && found.message).toBe(
      'the header row could not be found (best match: row 1). Columns found: Tên sản phẩm, Chủ thể. ' +
        'Columns needed: Hạng sao, Số quyết định, Ngày quyết định. Name them in one row, e.g. "Tên sản phẩm", ' +
        '"Chủ thể", "Hạng sao", "Số quyết định", "Ngày quyết định"; marks and order do not matter.',
    );
  });
});

describe('reading the fixture spreadsheets', () => {
  it('reads the .xlsx LibreOffice wrote: title rows and merged cells skipped, Excel date cells read', async () => {
    const sheet = await readSpreadsheet(XLSX);
    const decisions = readDecisions(sheet);
    if (!decisions.ok) throw new Error(decisions.message);
    expect(decisions.headerRow).toBe(7);
    expect(decisions.issuer).toBe('UBND tỉnh Lai Châu');
    expect(decisions.productRows).toBe(10);
    const tea = decisions.decisions.find((d) => d.row === 11);
    expect(tea).toMatchObject({
      name: 'Chè Shan tuyết cổ thụ Sà Dề Phìn',
      producer: 'Hợp tác xã Chè Sà Dề Phìn',
      commune: 'Khun Há',
      group: 'food',
      subgroup: 'Chè',
      stars: 4,
      number: '1234/QĐ-UBND',
      date: '2025-10-15',
    });
    // Row 14 has no group of its own: it takes the section row's ("I | NHÓM THỰC PHẨM").
    expect(decisions.decisions.find((d) => d.row === 14)?.group).toBe('food');
    // NFD in the cell, NFC in the record.
    expect(decisions.decisions[0]!.name).toBe('Miến dong Bình Lư'.normalize('NFC'));
  });

  it('reads the same decisions from UTF-8 (BOM) and Windows-1258 CSV exports', async () => {
    const rowsOf = async (file: string) => {
      const decisions = readDecisions(await readSpreadsheet(file));
      if (!decisions.ok) throw new Error(decisions.message);
      return { decisions: decisions.decisions, problems: decisions.problems };
    };
    const xlsx = await rowsOf(XLSX);
    expect(await rowsOf(fixture('quyet-dinh-utf8.csv'))).toEqual(xlsx);
    expect(await rowsOf(fixture('quyet-dinh-windows-1258.csv'))).toEqual(xlsx);
    // The Windows-1258 file really is Windows-1258: not valid UTF-8, tone marks as separate bytes.
    const bytes = readFileSync(fixture('quyet-dinh-windows-1258.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.includes(toWindows1258('Bình'))).toBe(true);
  });

  it('tells the office to save an old .xls as .xlsx', async () => {
    const result = await importSpreadsheet(fixture('quyet-dinh-ocop-2025.xls'), emptyFolder());
    expect(result.ok).toBe(false);
    expect(result.report).toMatch(/is an old Excel file \(\.xls\).*save it as "Excel Workbook \(\.xlsx\)"/);
  });

  it('says which columns a file lacks', async () => {
    const root = emptyFolder();
    const file = join(root, 'list.csv');
    writeFileSync(file, 'STT,Tên sản phẩm,Chủ thể,Số sao\n1,Miến dong,HTX Bình Lư,4 sao\n');
    const result = await importSpreadsheet(file, root);
    expect(result.report).toMatch(
      /Columns found: Tên sản phẩm, Chủ thể, Hạng sao\. Columns needed: Số quyết định, Ngày quyết định\./,
    );
  });
});

describe('importing the fixture into an empty content folder', () => {
  const root = emptyFolder();
  const first = importSpreadsheet(XLSX, root, { write: true });

  it('proposes the products and producers, and rejects rows it cannot complete, each as row: column: problem', async () => {
    const result = await first;
    if (!result.ok) throw new Error(result.report);
    expect(result.plan.addProducts.map((p) => `${p.slug} ${p.data.stars}`)).toEqual([
      'mien-dong-binh-lu 4',
      'che-shan-tuyet-co-thu-sa-de-phin 4',
      'bot-san-day-binh-lu 2',
      'ca-hoi-van-ta-leng 4',
      'ruou-ngo-men-la-nung-nang 3',
      'tinh-dau-sa-ban-bo 3',
    ]);
    // Two rows of one producer make one producer.
    expect(result.plan.addProducers.map((p) => p.slug)).toEqual([
      'htx-mien-dong-binh-lu',
      'htx-che-sa-de-phin',
      'ho-kinh-doanh-vang-a-lu',
      'ho-kinh-doanh-lo-van-xuan',
      'cong-ty-tnhh-thao-duoc-tam-duong',
    ]);
    expect(result.report.split('\n').filter((line) => line.startsWith('  row '))).toEqual([
      '  row 13: Tên sản phẩm: repeats row 10 (same product, producer and decision): skipped',
      '  row 15: Ngày quyết định: "31/02/2025" is not a real date (day/month/year)',
      '  row 21: Xã: is empty, and the address names no commune',
      '  row 21: Địa chỉ: is empty: a new producer needs an address',
      expect.stringMatching(/^ {2}row 22: Nhóm: "Khác" is not one of the six OCOP groups/),
    ]);
    expect(result.report).toContain('below 3 stars: recorded, not published (row 12)');
    const record = readFileSync(join(root, 'products/mien-dong-binh-lu.md'), 'utf8');
    expect(record).toContain('number: "1234/QĐ-UBND"\n  date: "2025-10-15"\n  issuer: UBND tỉnh Lai Châu');
    expect(record).not.toMatch(/Số|\u0300/);
  });

  it('leaves a folder that passes the check, and the check names what the office must still fill', async () => {
    await first;
    const { problems, content } = await checkContentFolder(root);
    expect(problems.map(formatProblem)).toEqual([]);
    const catalogue = buildCatalogue({ ...content!, asOf: '2026-01-01' });
    expect(catalogue.products.map((p) => p.id).sort()).toEqual([
      'ca-hoi-van-ta-leng',
      'che-shan-tuyet-co-thu-sa-de-phin',
      'mien-dong-binh-lu',
      'ruou-ngo-men-la-nung-nang',
      'tinh-dau-sa-ban-bo',
    ]);
    const toFill = recordsToFill(catalogue);
    expect(toFill).toContain(
      "products/mien-dong-binh-lu.md: summary: still the sentence the import wrote; write the product's own one-line pitch",
    );
    expect(toFill).toContain('products/mien-dong-binh-lu.md: images: none; add at least one photo');
    expect(toFill).toContain(
      'producers/htx-mien-dong-binh-lu.json: phone: none, and no e-mail or website; buyers have no way to reach this producer',
    );
  });

  it('changes nothing on a second import of the same file', async () => {
    await first;
    const before = readFileSync(join(root, 'products/mien-dong-binh-lu.md'), 'utf8');
    const second = await importSpreadsheet(XLSX, root, { write: true });
    if (!second.ok) throw new Error(second.report);
    expect(second.plan.addProducts).toEqual([]);
    expect(second.plan.addProducers).toEqual([]);
    expect(second.plan.changeProducts).toEqual([]);
    expect(second.plan.unchanged).toHaveLength(6);
    expect(second.written).toEqual([]);
    expect(readFileSync(join(root, 'products/mien-dong-binh-lu.md'), 'utf8')).toBe(before);
  });

  it('builds', async () => {
    await first;
    const out = mkdtempSync(join(tmpdir(), 'ocop-import-build-'));
    // The one way to build: npm run build (scripts/build.ts), into a folder of its own.
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', join(out, 'dist')], {
      cwd: repo,
      env: { ...process.env, OCOP_CONTENT_DIR: root, OCOP_AS_OF: '2026-01-01' },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const page = readFileSync(join(out, 'dist/san-pham/mien-dong-binh-lu/index.html'), 'utf8');
    expect(page).toContain('1234/QĐ-UBND');
    expect(existsSync(join(out, 'dist/san-pham/bot-san-day-binh-lu/index.html'))).toBe(false);
  }, 600_000);
});

describe('importing into a folder the office already keeps', () => {
  it('raises stars and records a new decision without touching hand-written text', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ocop-import-existing-'));
    cpSync(resolve(repo, 'tests/fixtures/minimal'), root, { recursive: true });
    const recordPath = join(root, 'products/mien-dong-binh-lu.md');
    const before = readFileSync(recordPath, 'utf8');
    const file = join(root, 'list.csv');
    writeFileSync(
      file,
      [
        'Tên sản phẩm,Chủ thể,Hạng sao,Số quyết định,Ngày quyết định',
        // The producer as the fixture names it, written with the abbreviation.
        `Miến dong Bình Lư,${JSON.parse(readFileSync(join(root, 'producers/htx-binh-lu.json'), 'utf8')).name.replace(/^Hợp tác xã/, 'HTX')},5 sao,Số: 999/QĐ-BNN,20/11/2026`,
      ].join('\n'),
    );
    const result = await importSpreadsheet(file, root, { write: true, issuer: 'Bộ Nông nghiệp và Môi trường' });
    if (!result.ok) throw new Error(result.report);
    expect(result.plan.changeProducts).toHaveLength(1);
    expect(result.report).toMatch(
      /~ products\/mien-dong-binh-lu\.md: stars \d → 5; decision .* → 999\/QĐ-BNN of 2026-11-20 \(row 2\)/,
    );
    const after = readFileSync(recordPath, 'utf8');
    // Only stars and certificate changed: the body and every other line are the same.
    const changed = (text: string) =>
      text.split('\n').filter((line) => !/^\s*(stars|number|date|issuer|expires):/.test(line));
    expect(changed(after)).toEqual(changed(before));
    expect(after).toMatch(/stars: 5\n/);
    expect(after).toContain('number: "999/QĐ-BNN"');
    expect((await checkContentFolder(root)).problems.map(formatProblem)).toEqual([]);
    // And once more: nothing to do.
    const again = await importSpreadsheet(file, root);
    expect(again.ok && again.plan.changeProducts).toEqual([]);
  });
});
