import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { officeReport } from '../../src/lib/office-report.ts';

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures', name);

const broken = await checkContentFolder(fixture('broken'));
const minimal = await checkContentFolder(fixture('minimal'));
const awkward = await checkContentFolder(fixture('awkward'));

describe('content check on the broken fixture', () => {
  const { problems, content } = broken;
  const lines = problems.map(formatProblem);

  it('publishes nothing', () => {
    expect(content).toBeUndefined();
  });

  it('reports every bad record in one run, naming file and field', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^products\/bad-stars\.md: stars: must be from 1 to 5$/),
        expect.stringMatching(/^products\/unknown-producer\.md: producer: "khong-ton-tai" is not a producer/),
        expect.stringMatching(/^products\/bad-date\.md: certificate\.date: "2025-02-30" is not a real date/),
        expect.stringMatching(
          /^products\/missing-image\.md: images\[0\]\.src: "\.\.\/images\/khong-co\.jpg" does not exist/,
        ),
        expect.stringMatching(/^products\/Bad_Slug\.md: \(file name\): "Bad_Slug" is not a valid slug/),
        expect.stringMatching(/^producers\/typo-field\.json: phnoe: is not a field of this record/),
        expect.stringMatching(/^places\/swapped-coordinates\.json: location: lat 103\.5 and lng 22\.4 look swapped/),
      ]),
    );
    expect(lines).toHaveLength(7);
  });

  it('does not blame the valid records', () => {
    expect(lines.join('\n')).not.toMatch(/mien-dong-binh-lu|htx-binh-lu|diem-ocop-binh-lu|site\.json/);
  });
});

describe('content check on the minimal fixture', () => {
  const { problems, content } = minimal;

  it('finds no problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content?.products.length).toBeGreaterThan(0);
  });

  it('reports to the office what is published, what is not and why, and what lapses soon', () => {
    if (!content) throw new Error('minimal fixture did not load');
    const report = officeReport(buildCatalogue({ ...content, asOf: '2026-11-29' }));
    expect(report).toMatch(/Published products: 4/);
    expect(report).toMatch(/Not published: 2/);
    expect(report).toMatch(/expired on \d{4}-\d{2}-\d{2}/);
    expect(report).toMatch(/revoked on \d{4}-\d{2}-\d{2}/);
  });
});

describe('npm run check (content half) as a command', () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, ['scripts/check-content.ts'], {
      env: { ...process.env, OCOP_CONTENT_DIR: fixture(dir), OCOP_AS_OF: '2026-11-29' },
      encoding: 'utf8',
    });

  it('exits non-zero and lists every problem for the broken folder', () => {
    const result = run('broken');
    expect(result.status).toBe(1);
    for (const file of [
      'bad-stars.md',
      'unknown-producer.md',
      'bad-date.md',
      'missing-image.md',
      'Bad_Slug.md',
      'typo-field.json',
      'swapped-coordinates.json',
    ]) {
      expect(result.stderr).toContain(file);
    }
  });

  it('prints the office report for a valid folder', () => {
    const result = run('minimal');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Published products: 4/);
    expect(result.stdout).toMatch(/re-evaluation list/);
  });
});

describe('npm run build on a broken folder', () => {
  it('fails before building anything and names every bad file', () => {
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', 'test-results/broken-build'], {
      env: { ...process.env, OCOP_CONTENT_DIR: fixture('broken') },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    for (const file of [
      'products/bad-stars.md',
      'products/unknown-producer.md',
      'products/bad-date.md',
      'products/missing-image.md',
      'products/Bad_Slug.md',
      'producers/typo-field.json',
      'places/swapped-coordinates.json',
    ]) {
      expect(output).toContain(file);
    }
    expect(output).toMatch(/Nothing was built/);
  }, 60_000);
});

describe('content check on the awkward fixture (records as offices really send them)', () => {
  const { problems, warnings, content } = awkward;
  const communes = (content?.products ?? []).map((product) => product.data.commune);

  it('accepts every record', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content?.products).toHaveLength(10);
  });
  it('reads a record saved in NFD, and a doubled space, as the same commune', () => {
    expect(new Set(communes.filter((commune) => commune.normalize('NFD').startsWith('Ta\u0309')))).toEqual(
      new Set(['Tả Lèng']),
    );
    expect(communes.filter((commune) => /^Bản\s+Bo$/.test(commune))).toEqual(['Bản Bo', 'Bản Bo', 'Bản Bo']);
    expect(communes.every((commune) => commune === commune.normalize('NFC'))).toBe(true);
  });
  it('warns of a commune spelled with the other tone placement, and of retired phone numbers', () => {
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^products\/che-ba-hoa-sac\.md: commune: "Hoà Bình" and "Hòa Bình" .* differ only in tone placement .*"Hòa Bình", the spelling of 3 of its 4 records/,
      ),
      expect.stringMatching(
        /^producers\/hkd-hoa-binh\.json: phone: "01689 123 456" is an 11-digit mobile number; 0168 numbers became 038 in 2018: write "0389 123 456"/,
      ),
      expect.stringMatching(
        /^places\/diem-2\.json: phone: "\(0231\) 3875 123" uses 0231, Lai Châu's area code until 2017; it is now 0213/,
      ),
    ]);
  });
  it('lists the warnings in the office report', () => {
    if (!content) throw new Error('awkward fixture did not load');
    const report = officeReport(buildCatalogue({ ...content, asOf: '2026-11-29' }), warnings);
    expect(report).toContain('Warnings (the site is built; check these records): 3');
    expect(report).toContain('  - products/che-ba-hoa-sac.md: commune: "Hoà Bình"');
  });
});
