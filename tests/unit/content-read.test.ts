// The rules of reading a content folder (src/lib/content/read.ts, images.ts) one by one; the hostile
// folders of tests/fixtures/ prove them together (tests/unit/hostile-content.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { imagePath } from '../../src/lib/content/images.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import {
  decodeText,
  ignoredReason,
  parseJsonRecord,
  parseMarkdownRecord,
  readRecordFolder,
  readRegularFile,
} from '../../src/lib/content/read.ts';
import { isoDate } from '../../src/schemas/fields.ts';

const temp = mkdtempSync(join(tmpdir(), 'ocop-read-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('which files are records', () => {
  it('skips hidden files and what operating systems and editors leave behind', () => {
    for (const name of [
      '.ban-nhap.md',
      '._x.md',
      '.DS_Store',
      '~$bang.xlsx',
      'x.md~',
      '#x.md#',
      'x.md.swp',
      'Thumbs.db',
      'desktop.ini',
    ]) {
      expect(ignoredReason(name), name).toBeTruthy();
    }
    for (const name of ['mat-ong.md', 'htx-binh-lu.json', 'Bad_Slug.md', 'notes.txt'])
      expect(ignoredReason(name), name).toBeUndefined();
  });
  it('never blocks on a named pipe where a record should be', () => {
    const folder = join(temp, 'pipe');
    execFileSync('mkdir', ['-p', join(folder, 'producers')]);
    execFileSync('mkfifo', [join(folder, 'producers/ong.json')]);
    const { problems, records } = readRecordFolder(folder, 'producers');
    expect(records).toEqual([]);
    expect(problems.map(formatProblem)).toEqual(['producers/ong.json: (file): is not a regular file']);
  });
  it('refuses a record too large to be one, unread', () => {
    const path = join(temp, 'big.json');
    writeFileSync(path, Buffer.alloc(2 * 1024 * 1024, 0x20));
    expect(() => readRegularFile(path, 1024 * 1024)).toThrow(/is 2\.0 MB; a file here may be at most 1\.0 MB/);
  });
});

describe('text', () => {
  it('drops a byte-order mark and refuses what is not UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFF{"a":1}'))).toBe('{"a":1}');
    expect(() => decodeText(iconv.encode('Cửa hàng Đặc sản', 'windows-1258'))).toThrow(/not UTF-8.*Windows-1258/);
    expect(() => decodeText(iconv.encode('Cửa hàng', 'utf-16le', { addBOM: true }))).toThrow(/UTF-16/);
  });
  it('names every key given twice in JSON, however deep', () => {
    const { duplicates } = parseJsonRecord('{"name":"a","location":{"lat":22,"lat":23},"name":"b"}');
    expect(duplicates).toEqual(['location.lat', 'name']);
  });
  it('reads no YAML tag: a timestamp stays text, to be refused as a date', () => {
    const { data } = parseMarkdownRecord('---\ndate: !!timestamp 2025-05-28T01:00:00+07:00\nday: 2025-05-28\n---\n');
    expect(data).toEqual({ date: '2025-05-28T01:00:00+07:00', day: '2025-05-28' });
  });
});

describe('dates are days, never moments', () => {
  const date = isoDate();
  it('takes YYYY-MM-DD, and a YAML 1.1 reader’s midnight-UTC date as that day', () => {
    expect(date.parse('2025-05-28')).toBe('2025-05-28');
    expect(date.parse(new Date('2025-05-28T00:00:00Z'))).toBe('2025-05-28');
  });
  it('refuses a timestamp, given as text or as a moment', () => {
    expect(date.safeParse('2025-05-28T01:00:00+07:00').error?.issues[0]?.message).toMatch(/is a date and time/);
    expect(date.safeParse(new Date('2025-05-28T01:00:00+07:00')).success).toBe(false);
  });
});

describe('image paths', () => {
  it('must be relative, plain and inside the content folder', () => {
    expect(imagePath('products/x.md', '../images/a.jpg')).toEqual({ file: 'images/a.jpg' });
    for (const [src, why] of [
      ['/etc/passwd', /absolute path/],
      ['https://example.vn/a.jpg', /not a file in the content folder/],
      ['..\\images\\a.jpg', /holds \\/],
      ['../images/a.jpg?raw', /holds \\, \?/],
      ['../../a.jpg', /outside the content folder/],
      ['../images/.an.jpg', /hidden/],
    ] as const) {
      expect((imagePath('products/x.md', src) as { problem: string }).problem, src).toMatch(why);
    }
  });
});

describe('problem lines', () => {
  it('stay one line whatever a file name or value holds', () => {
    expect(formatProblem({ file: 'products/a\nb.md', field: 'name', message: '"x\r\nOK" \u2028' })).toBe(
      'products/a\\nb.md: name: "x\\r\\nOK" \\u2028',
    );
  });
});
