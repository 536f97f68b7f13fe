// The editor at /admin/ asks for what the build checks: its configuration, generated from the Zod
// schemas, is compared with them field by field, and by behaviour (the same values accepted and refused).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  adminIndexHtml,
  contentPathIn,
  githubRepoOf,
  selfHostFonts,
  sveltiaPackage,
} from '../../src/lib/cms/admin-files.ts';
import { CMS_PATTERNS, cmsConfig, RECORD_SCHEMAS, unwrap, type CmsField } from '../../src/lib/cms/config.ts';
import { detachSitePolicy } from '../../src/integrations/admin.ts';
import {
  ADMIN_CONTENT_SECURITY_POLICY,
  headersFile,
  headersFor,
  nginxConf,
  parseHeadersFile,
} from '../../src/lib/security-headers.ts';
import { OSM_TILES } from '../../src/schemas/site.ts';

const config = cmsConfig({
  contentPath: 'content',
  repo: 'ocop-laichau/catalogue',
  branch: 'main',
  siteUrl: 'https://ocop.tamduong.example',
});
type Collection = (typeof config.collections)[number];
const fieldsOf = (collection: Collection): CmsField[] =>
  'fields' in collection ? collection.fields : collection.files[0]!.fields;
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

/** Values each kind of text pattern is tried with: the editor and the schema must agree on every one. */
const EXAMPLES: Record<keyof typeof CMS_PATTERNS, string[]> = {
  phone: [
    '0213 3875 123',
    '+84 913 456 789',
    '0913.456.789',
    '(0213) 3875 123',
    '+84913456789',
    '02133875123',
    '0213 387',
    '84 913 456 789',
    '+1 212 555 0100',
    'không có',
    '0913 456 789 012 3',
  ],
  zalo: [
    '0912 345 678',
    '+84 912 345 678',
    '(0213) 3875 123',
    'https://zalo.me/0912345678',
    'http://zalo.me/g/abc123',
    'zalo.me/0912345678',
    'Zalo.me/0912345678',
    'https://zalo.me/',
    'https://zalo.me.evil.example/0912345678',
    'https://facebook.com/htx',
    'zalo.me 0912345678',
    '12345',
    'không có',
  ],
  email: ['ocop@laichau.gov.vn', 'a.b@c.vn', 'ocop@', '@laichau.gov.vn', 'ocop laichau@gov.vn', 'ocop@laichau'],
  url: [
    'https://ocop.example/qd/1.pdf',
    'http://x.vn',
    'https://a',
    'ftp://x.vn',
    'www.x.vn',
    'javascript:alert(1)',
    'https://',
    'https://exa mple.vn',
  ],
  https: ['https://ocop.example', 'https://a.b/c', 'http://ocop.example', 'ocop.example', 'https://'],
  tiles: [
    'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    'https://{s}.tile.example.org/{z}/{x}/{y}.png',
    'https://tile.example.org/{z}/{x}/{y}{r}.png?key=abc',
    'https://tile.example.org/{z}/{x}.png',
    'http://tile.openstreetmap.org/{z}/{x}/{y}.png',
    'https://tile.example.org/{s}/{z}/{x}/{y}.png',
    'https://tile.x/{z}/{x}/{y}.png',
    'https://tile.example.org/{z}/{x}/{y}.png?key=a b',
    'https://user@tile.example.org/{z}/{x}/{y}.png',
    'tile.example.org/{z}/{x}/{y}',
  ],
  slug: ['che-shan-tuyet', 'a1-b2', 'Che-Shan', 'che--shan', '-che', 'chè', 'che_shan'],
};

/** Walks a schema and its editor fields together, calling `visit` for each pair with its dotted path. */
function walk(
  schema: z.ZodType,
  fields: CmsField[],
  path: string,
  visit: (path: string, field: CmsField, schema: z.ZodType) => void,
) {
  const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
  const names = fields.map((field) => field.name).filter((name) => !(path === '' && name === 'body'));
  expect(names, `fields of ${path || 'the record'}`).toEqual(Object.keys(shape));
  for (const field of fields) {
    const child = shape[field.name];
    if (!child) continue;
    const here = path ? `${path}.${field.name}` : field.name;
    visit(here, field, child);
    const { inner } = unwrap(child as never);
    const def = (inner as unknown as { _zod: { def: { type: string; element?: z.ZodType } } })._zod.def;
    if (def.type === 'object') walk(inner, field.fields as CmsField[], here, visit);
    if (def.type === 'array' && field.fields)
      walk(unwrap(def.element as never).inner, field.fields as CmsField[], here, visit);
  }
}

describe('the editor configuration agrees with the schemas, field by field', () => {
  for (const name of ['products', 'producers', 'places', 'events', 'site'] as const) {
    it(`${name}`, () => {
      const schema = RECORD_SCHEMAS[name];
      const seen: string[] = [];
      walk(schema, fieldsOf(collection(name)), '', (path, field, child) => {
        seen.push(path);
        const { inner, required } = unwrap(child as never);
        expect(field.required, `${path}: required`).toBe(required);
        expect(field.label, `${path}: label`).toBeTruthy();
        // A required field refuses a missing value; an optional one takes it.
        expect(child.safeParse(undefined).success, `${path}: missing`).toBe(!required);
        if (field.widget === 'select') {
          const options = (field.options as { value: string }[]).map((option) => option.value);
          expect(options, `${path}: choices`).toEqual(Object.values((inner as unknown as z.ZodEnum).enum));
          expect(inner.safeParse('not-a-choice').success).toBe(false);
        }
        if (field.widget === 'number') {
          const { min, max, value_type } = field as unknown as { min?: number; max?: number; value_type: string };
          const step = value_type === 'int' ? 1 : 0.001;
          if (min !== undefined)
            expect([inner.safeParse(min).success, inner.safeParse(min - step).success], `${path}: min`).toEqual([
              true,
              false,
            ]);
          if (max !== undefined)
            expect([inner.safeParse(max).success, inner.safeParse(max + step).success], `${path}: max`).toEqual([
              true,
              false,
            ]);
          if (value_type === 'int')
            expect(inner.safeParse((min ?? 0) + 0.5).success, `${path}: whole numbers`).toBe(false);
        }
        if (field.widget === 'string' || field.widget === 'text') {
          const maxlength = field.maxlength as number | undefined;
          if (maxlength) {
            expect(
              [inner.safeParse('ư'.repeat(maxlength)).success, inner.safeParse('ư'.repeat(maxlength + 1)).success],
              `${path}: length`,
            ).toEqual([true, false]);
          } else if (!field.pattern) {
            expect(inner.safeParse('ư'.repeat(2000)).success, `${path}: no hidden length limit`).toBe(true);
          }
          if (field.pattern) {
            const [source] = field.pattern as [string, string];
            const kind = (Object.keys(CMS_PATTERNS) as (keyof typeof CMS_PATTERNS)[]).find(
              (key) => CMS_PATTERNS[key][0] === source,
            )!;
            for (const example of EXAMPLES[kind]) {
              expect(new RegExp(source).test(example), `${path}: "${example}"`).toBe(inner.safeParse(example).success);
            }
          }
        }
        if (field.widget === 'datetime') {
          expect(field).toMatchObject({ type: 'date', format: 'YYYY-MM-DD', time_format: false });
          expect([
            inner.safeParse('2025-10-15').success,
            inner.safeParse('2025-02-30').success,
            inner.safeParse('15/10/2025').success,
          ]).toEqual([true, false, false]);
        }
        if (field.widget === 'relation') {
          const target = field.collection as string;
          expect(
            config.collections.map((c) => c.name),
            `${path}: picks from`,
          ).toContain(target);
          const element = unwrap(
            ((inner as unknown as { _zod: { def: { element?: z.ZodType } } })._zod.def.element ?? inner) as never,
          ).inner;
          expect(
            [element.safeParse('htx-binh-lu').success, element.safeParse('HTX Bình Lư').success],
            `${path}: slugs`,
          ).toEqual([true, false]);
          expect(field.multiple === true, `${path}: many`).toBe(
            (inner as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'array',
          );
        }
      });
      expect(seen.length).toBeGreaterThan(5);
    });
  }

  it('edits Markdown bodies, with images uploaded into the content folder and written relative to the record', () => {
    const products = collection('products') as Collection & { media_folder: string; public_folder: string };
    expect(fieldsOf(products).at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    expect([products.media_folder, products.public_folder]).toEqual(['/content/images', '../images']);
    const images = fieldsOf(products).find((field) => field.name === 'images')!;
    expect((images.fields as CmsField[])[0]).toMatchObject({ name: 'src', widget: 'image' });
  });

  it('follows the content folder: the project’s content/ or another office’s repository', () => {
    const other = cmsConfig({ contentPath: '', repo: 'x/y', branch: 'main', siteUrl: 'https://x.example' });
    expect(other.collections.map((c) => ('folder' in c ? c.folder : c.files[0]!.file))).toEqual([
      'products',
      'producers',
      'places',
      'events',
      'site.json',
    ]);
    const repo = join(import.meta.dirname, '../..');
    expect(contentPathIn(join(repo, 'content'))).toEqual({ root: repo, path: 'content', inRepository: true });
    expect(contentPathIn(join(repo, 'tests/fixtures/minimal')).path).toBe('tests/fixtures/minimal');
    const outside = mkdtempSync(join(tmpdir(), 'ocop-content-'));
    expect(contentPathIn(outside)).toEqual({ root: outside, path: '', inRepository: false });
    expect(githubRepoOf('git@github.com:ocop-laichau/catalogue.git')).toBe('ocop-laichau/catalogue');
    expect(githubRepoOf('https://github.com/ocop-laichau/catalogue')).toBe('ocop-laichau/catalogue');
  });

  it('is a valid Sveltia CMS configuration (the package’s own JSON schema)', () => {
    const { dir } = sveltiaPackage();
    const schema = JSON.parse(readFileSync(join(dir, 'schema/sveltia-cms.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, JSON.parse(JSON.stringify(config)));
    expect(ajv.errorsText(ajv.errors, { separator: '\n' })).toBe('No errors');
    expect(valid).toBe(true);
  });
});

describe('the files of /admin/', () => {
  it('serve the CMS’s fonts from the site, never the CDN', () => {
    const { dir } = sveltiaPackage();
    const { bundle, fonts } = selfHostFonts(
      readFileSync(join(dir, 'dist/sveltia-cms.js'), 'utf8'),
      join(import.meta.dirname, '../../node_modules'),
    );
    expect(bundle).not.toMatch(/cdn\.jsdelivr\.net/);
    expect(fonts.map((font) => font.local).sort()).toEqual([
      'fonts/material-symbols-outlined-latin-wght-normal.woff2',
      'fonts/noto-mono-latin-400-normal.woff2',
      'fonts/source-sans-3-latin-wght-normal.woff2',
    ]);
  });

  it('pin the CMS to an exact version', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies['@sveltia/cms']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(sveltiaPackage().version).toBe(pkg.devDependencies['@sveltia/cms']);
    expect(createRequire(import.meta.url).resolve('@sveltia/cms')).toContain('node_modules/@sveltia/cms/');
  });

  it('keep /admin/ out of search engines, with a policy of its own that leaves the site’s untouched', () => {
    expect(adminIndexHtml('Quản trị')).toContain('<meta name="robots" content="noindex, nofollow">');
    // Hosts that send no headers (GitHub Pages) still apply the editor's policy, as a meta element.
    expect(adminIndexHtml('Quản trị')).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${ADMIN_CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '')}">`,
    );
    const file = headersFile({ tiles: OSM_TILES });
    const rules = parseHeadersFile(file);
    const admin = headersFor(rules, '/admin/');
    expect(admin['Content-Security-Policy']).toBe(ADMIN_CONTENT_SECURITY_POLICY);
    expect(admin['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(ADMIN_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|unpkg|jsdelivr/);
    expect(ADMIN_CONTENT_SECURITY_POLICY).toMatch(/connect-src [^;]*https:\/\/api\.github\.com/);
    const site = headersFor(rules, '/san-pham/')['Content-Security-Policy'];
    expect(site).not.toContain('unsafe-inline');
    expect(site).not.toContain('api.github.com');
    expect(detachSitePolicy(file)).toMatch(
      /^\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: /m,
    );
    // nginx sends /admin/ its own policy only, with the site's other headers.
    const nginx = nginxConf(rules, { serverName: 'ocop.example.vn' });
    const location = nginx.slice(
      nginx.indexOf('location ^~ /admin/ {'),
      nginx.indexOf('}', nginx.indexOf('location ^~ /admin/ {')),
    );
    expect(location.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(location).toContain(`add_header Content-Security-Policy "${ADMIN_CONTENT_SECURITY_POLICY}" always;`);
    expect(location).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(location).not.toContain('include /etc/nginx/snippets/ocop-headers.conf;');
    // Under a sub-path the rule is under the base, and so is the detach.
    const underBase = detachSitePolicy(headersFile({ tiles: OSM_TILES, base: '/ocop/' }));
    expect(underBase).toMatch(/^\/ocop\/admin\/\*\n {2}! Content-Security-Policy\n/m);
  });
});
