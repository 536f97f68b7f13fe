// Issue #18: content is data, never code. Each hostile content folder of tests/fixtures/ (written by
// tests/fixtures/make-hostile-fixtures.ts; each has a README) is checked, and built for real where a
// promise is about the build: nothing in a content folder runs, every problem is named in one run
// without a stack trace or a file's contents, a failed build leaves nothing, and nothing of an
// unpublished product reaches the output. The cases that fail the check fail fast; two real builds
// (a late failure, then a valid folder with the same slugs) cover the rest, and issue #19's switch
// of OCOP_CONTENT_DIR between them.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { staleBuildFolders } from '../../src/lib/build-folders.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { CSP_META_PLACEHOLDER, inlineCodeHashes, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { filesUnder } from '../e2e/dist.ts';

const project = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => join(project, 'tests/fixtures', name);
const work = join(project, 'test-results/hostile-content');
const AS_OF = '2026-11-29';
/** A line of a Node stack trace. */
const STACK = /^\s+at .+[:(].*\d+:\d+\)?$/m;
/** The first line of /etc/passwd, which a link to it once printed into the log. */
const PASSWD = /root:x?:0:0|BI-MAT/;

type Run = SpawnSyncReturns<string> & { output: string };

/** `npm run build -- --outDir <outDir>` on a fixture folder: the command every build goes through. */
function build(folder: string, outDir: string, env: Record<string, string> = {}): Run {
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    cwd: project,
    env: { ...process.env, OCOP_AS_OF: AS_OF, OCOP_CONTENT_DIR: fixture(folder), ...env },
    encoding: 'utf8',
  });
  return Object.assign(result, { output: `${result.stdout}\n${result.stderr}` });
}

/** Folders named `.prerender` in the project, outside node_modules and other builds still running. */
function prerenderFolders(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name === '.git') continue;
      const path = join(dir, entry.name);
      if (entry.name === '.prerender') found.push(relative(project, path));
      else if (!/^build-\d+-\d+$/.test(entry.name)) walk(path);
    }
  };
  walk(project);
  return found;
}

/**
 * What builds keep in the project between runs: Astro's folders (data store, generated types) and the
 * image cache. Temporary folders of builds still running are left out (a test file beside this one may
 * be building); those of finished builds must not exist (`leftovers`).
 */
const keptByBuilds = () =>
  [join(project, '.astro'), join(project, 'node_modules/.astro'), join(project, 'node_modules/.cache/ocop-images')]
    .flatMap((dir) => filesUnder(dir))
    .filter((path) => !/[/\\]\.astro[/\\]build-\d+-/.test(path))
    .map((path) => ({ path, bytes: readFileSync(path) }));

/** Temporary build folders (scripts/build.ts) of builds that are over: a build must remove its own. */
const leftovers = () => staleBuildFolders(project);

const checked = await checkContentFolder(fixture('hostile-check'));

describe('hostile-check: every problem of every record in one run, in the office’s words', () => {
  const { problems, content } = checked;
  const lines = problems.map(formatProblem);

  it('publishes nothing and names each file and field', () => {
    expect(content).toBeUndefined();
    expect(lines).toEqual(
      expect.arrayContaining([
        // 3: map.tiles is a problem of site.json.
        expect.stringMatching(/^site\.json: map\.tiles: must be a tile URL without .*";"/),
        // 1: links are refused, as records, as images and on an image's path.
        'places/lien-ket.json: (file): is a symbolic link; content files must be real files inside the content folder, not links',
        expect.stringMatching(
          /^products\/lo-passwd\.md: images\[0\]\.src: "\.\.\/images\/passwd\.jpg" is a symbolic link/,
        ),
        expect.stringMatching(
          /^products\/qua-thu-muc\.md: images\[0\]\.src: "\.\.\/images\/he-thong\/passwd" is a symbolic link/,
        ),
        // 6: not UTF-8.
        expect.stringMatching(/^places\/ansi\.json: \(file\): is not UTF-8 text .*Windows-1258/),
        // 7: outside the folder, a text file renamed .jpg, an SVG.
        expect.stringMatching(
          /^products\/nhieu-loi\.md: images\[1\]\.src: "\.\.\/\.\.\/outside-content\/anh\.jpg" is outside the content folder/,
        ),
        expect.stringMatching(
          /^products\/anh-van-ban\.md: images\[0\]\.src: "\.\.\/images\/van-ban\.jpg" is not an image/,
        ),
        expect.stringMatching(
          /^products\/anh-svg\.md: images\[0\]\.src: "\.\.\/images\/co-script\.svg" is an SVG file/,
        ),
        // 9: a key given twice; timestamps, tagged or not.
        'producers/trung-khoa.json: phone: is given twice; JSON would silently keep the last value: keep one',
        expect.stringMatching(
          /^products\/ngay-gio\.md: certificate\.date: "2025-05-28T01:00:00\+07:00" is a date and time/,
        ),
      ]),
    );
  });

  it('reports all six problems of one record, references included although it fails its schema', () => {
    expect(lines.filter((line) => line.startsWith('products/nhieu-loi.md: '))).toEqual([
      'products/nhieu-loi.md: stars: must be from 1 to 5',
      'products/nhieu-loi.md: certificate.date: "2025-05-28T01:00:00+07:00" is a date and time; write the day alone, YYYY-MM-DD',
      'products/nhieu-loi.md: producer: "khong-co-chu-the" is not a producer: there is no producers/khong-co-chu-the.json',
      'products/nhieu-loi.md: salesPoints[0]: "khong-co-diem-ban" is not a place: there is no places/khong-co-diem-ban.json',
      `products/nhieu-loi.md: images[0].src: "../images/khong-co.jpg" does not exist (paths are relative to the record's own file)`,
      'products/nhieu-loi.md: images[1].src: "../../outside-content/anh.jpg" is outside the content folder; images must be inside it (e.g. ../images/photo.jpg)',
    ]);
  });

  it('says where a file cannot be parsed, never what it says', () => {
    expect(lines).toContain(
      'producers/khong-phai-json.json: (file): is not valid JSON (line 1, column 1): unexpected character',
    );
    expect(lines).toContain(
      'products/yaml-hong.md: (file): the YAML front matter is not valid: a closing quote or bracket is missing',
    );
    expect(lines.join('\n')).not.toMatch(PASSWD);
  });

  it('fails `npm run build` before anything is built, with the same list and no stack trace', () => {
    const outDir = join(work, 'check-dist');
    const run = build('hostile-check', outDir);
    expect(run.status).not.toBe(0);
    for (const line of lines) expect(run.output).toContain(line);
    expect(run.output).toMatch(/Nothing was built/);
    expect(run.output).not.toMatch(STACK);
    expect(run.output).not.toMatch(PASSWD);
    expect(existsSync(outDir)).toBe(false);
  }, 300_000);
});

describe('a reference date that is not a date', () => {
  it('stops `npm run build` before anything is built (pages read it while rendering)', () => {
    const outDir = join(work, 'as-of-dist');
    const run = build('minimal', outDir, { OCOP_AS_OF: '2025-13-45' });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('OCOP_AS_OF: "2025-13-45" is not a date; write it as YYYY-MM-DD');
    expect(run.output).not.toMatch(STACK);
    expect(existsSync(outDir)).toBe(false);
  }, 300_000);
});

describe('hostile-symlink: nothing in a content folder is ever imported or run', () => {
  it('refuses a photo that is a link to a module, and the module never runs', () => {
    const marker = join(work, 'payload-ran');
    rmSync(marker, { force: true });
    const run = build('hostile-symlink', join(work, 'symlink-dist'), { OCOP_PAYLOAD_MARKER: marker });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'products/chay-ma.md: images[0].src: "../images/anh-chay-ma.jpg" is a symbolic link or inside one; images must be real files inside the content folder',
    );
    expect(existsSync(marker)).toBe(false);
    expect(run.output).not.toMatch(STACK);
  }, 300_000);
});

describe('a failed build publishes nothing, and the next content folder sees nothing of it', () => {
  const outDir = join(work, 'dist');
  let late: Run;
  let built: Run;
  /** What the failed build left, looked at before the next build. */
  let afterLate: { dist: boolean; prerender: string[]; leftovers: string[] };

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    // A previous site: a failed build must not leave it to be deployed.
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'an earlier build');
    late = build('hostile-late', outDir);
    afterLate = { dist: existsSync(outDir), prerender: prerenderFolders(), leftovers: leftovers() };
    built = build('hostile-build', outDir);
  }, 900_000);

  describe('hostile-late: a photo that passes the check and cannot be converted', () => {
    it('fails the build naming the record and field, without a stack trace', () => {
      expect(late.status).not.toBe(0);
      expect(late.output).toMatch(
        /products\/mat-ong-cong-khai\.md: images\[0\]\.src: "images\/hong\.jpg" could not be converted \([A-Z]+\): /,
      );
      expect(late.output).not.toMatch(STACK);
    });
    it('leaves no dist/ (not the earlier one either), no .prerender/ chunk and no temporary folder', () => {
      expect(late.output).toMatch(/nothing was published/);
      expect(afterLate).toEqual({ dist: false, prerender: [], leftovers: [] });
    });
  });

  describe('hostile-build: a valid folder built for real', () => {
    const file = (path: string) => join(outDir, path);
    const page = (path: string) => readFileSync(file(path), 'utf8');
    const everything = () => filesUnder(outDir).map((path) => ({ path, bytes: readFileSync(path) }));

    it('builds, skipping and listing hidden files and OS droppings as the check does', () => {
      expect(built.status, built.output).toBe(0);
      expect(built.output).toMatch(/not read \(4\): .*products\/\._mat-ong-cong-khai\.md .*products\/\.ban-nhap\.md/);
      expect(leftovers()).toEqual([]);
      expect(prerenderFolders()).toEqual([]);
    });

    it('reads byte-order marks in site.json, a producer, a place and a product', () => {
      expect(page('san-pham/mat-ong-cong-khai/index.html')).toContain(
        '<title>Mật ong rừng Bình Lư | OCOP thử nghiệm</title>',
      );
      expect(page('chu-the/htx-cong-khai/index.html')).toContain('Hợp tác xã Mật ong Bình Lư');
    });

    it('holds nothing of the other content folder built before it (#19), and no warning names its files', () => {
      expect(built.status, built.output).toBe(0);
      expect(built.output).not.toMatch(/hostile-late|same slug|Duplicate id/i);
      for (const { path, bytes } of [...everything(), ...keptByBuilds()]) {
        expect(bytes.includes('TEN-CUA-THU-MUC-KHAC'), path).toBe(false);
        expect(bytes.includes('MO-TA-CUA-THU-MUC-KHAC'), path).toBe(false);
        expect(bytes.includes('CHU-THE-CUA-THU-MUC-KHAC'), path).toBe(false);
      }
    });

    it('writes nothing of an unpublished product or a hidden producer: text, contacts, photo bytes', () => {
      const hidden = readFileSync(fixture('hostile-build/images/an.jpg'));
      const slice = hidden.subarray(hidden.length / 2, hidden.length / 2 + 64);
      const secrets = [
        '0219 8641 357',
        '02198641357',
        'Ẩn Danh',
        'TOM-TAT-KHONG-CONG-BO',
        'GIA-KHONG-CONG-BO',
        'NOI-DUNG-KHONG-CONG-BO',
        'BAN-NHAP-AN',
      ];
      const files = everything();
      expect(files.length).toBeGreaterThan(50);
      // The output, and what builds keep between runs: Astro's data store held every record.
      for (const { path, bytes } of [...files, ...keptByBuilds()]) {
        for (const secret of secrets) expect(bytes.includes(secret), `${secret} in ${path}`).toBe(false);
        expect(bytes.includes(slice), `the unpublished photo in ${path}`).toBe(false);
        expect(bytes.includes('OCOP-HIDDEN-EXIF'), path).toBe(false);
      }
      expect(existsSync(file('san-pham/.ban-nhap'))).toBe(false);
    });

    it('strips EXIF (GPS included) from every published photo', async () => {
      const images = filesUnder(file('_astro')).filter((path) => /\.(?:jpg|webp|avif|png)$/.test(path));
      expect(images.length).toBeGreaterThan(5);
      for (const path of images) {
        const bytes = readFileSync(path);
        expect(bytes.includes('OCOP-PUBLISHED-EXIF'), path).toBe(false);
        const metadata = await sharp(bytes).metadata();
        expect(metadata.exif, path).toBeUndefined();
      }
    });

    it('allows by hash only the real inline scripts and styles, never record text that looks like one', () => {
      const product = page('san-pham/mat-ong-cong-khai/index.html');
      // The hostile text did reach an attribute of the page (escaped by Astro as an attribute value).
      expect(product).toMatch(/<meta name="description" content="Mật ong <script>alert\(1\)<\/script>/);
      const pages = filesUnder(outDir).filter((path) => path.endsWith('.html'));
      const real = new Set(pages.flatMap((path) => inlineCodeHashes(readFileSync(path)).scripts));
      const csp = parseHeadersFile(page('_headers'))[0]!.headers['Content-Security-Policy']!;
      const allowed = [...csp.matchAll(/'(sha256-[^']+)'/g)].map((match) => match[1]);
      const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src '))!;
      expect(scriptSrc.match(/sha256-[^']+/g) ?? []).toEqual([...real].sort());
      const alert = `sha256-${createHash('sha256').update('alert(1)').digest('base64')}`;
      expect(allowed).not.toContain(alert);
      for (const path of pages) {
        const html = readFileSync(path, 'utf8');
        expect(html, path).not.toContain(CSP_META_PLACEHOLDER);
        expect(html.slice(0, html.indexOf('<title>')), path).toMatch(
          /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]*">/,
        );
      }
    });
  });
});
