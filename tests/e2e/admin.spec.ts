import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { parseMarkdownRecord } from '../../src/lib/content/read.ts';
import { productSchema } from '../../src/schemas/product.ts';
import { DIST } from './dist.ts';
import { expect, test } from './fixtures.ts';
import { startHeadersServer } from './headers-server.ts';

// /admin/ on the built site, served with dist/_headers on its own port (E2E_PORT + 1 is the headers test, + 2 the sub-path site).
const PORT = Number(process.env.E2E_ADMIN_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 3);
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: Server;

test.describe.configure({ mode: 'serial' });
// The office's browser speaks Vietnamese (otherwise the CMS offers to switch to the browser's language).
test.use({ baseURL: ORIGIN, locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
test.beforeAll(async () => {
  server = await startHeadersServer(PORT);
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Collection {
  name: string;
  label: string;
  folder?: string;
  files?: { name: string; file: string; fields: Field[] }[];
  fields?: Field[];
}
interface Field {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  fields?: Field[];
}
const config = parse(readFileSync(join(DIST, 'admin/config.yml'), 'utf8')) as { collections: Collection[] };

/** The content folder as the build read it: the files the editor will find in the "local repository". */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const collection of config.collections) {
    if (collection.folder) {
      for (const name of readdirSync(collection.folder)) {
        files[`${collection.folder}/${name}`] = readFileSync(join(collection.folder, name), 'utf8');
      }
    }
    for (const file of collection.files ?? []) files[file.file] = readFileSync(file.file, 'utf8');
  }
  return files;
}

/**
 * "Work with local repository" uses the File System Access API, whose folder picker a headless
 * browser cannot answer: the picker is replaced by the browser's own private file system (a real
 * FileSystemDirectoryHandle), filled with the content folder and a `.git` folder, as a clone is.
 */
async function openLocalRepository(page: Page) {
  await page.addInitScript((files: Record<string, string>) => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker =
      async () => {
        const root = await navigator.storage.getDirectory();
        await root.getDirectoryHandle('.git', { create: true });
        for (const [path, text] of Object.entries(files)) {
          const parts = path.split('/');
          let dir = root;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          await writable.write(text);
          await writable.close();
        }
        return root;
      };
  }, contentFiles());
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await expect(page.getByRole('treeitem', { name: /Sản phẩm/ })).toBeVisible();
}

/** The text of a file the editor wrote into the "local repository". */
const readLocalFile = (page: Page, path: string) =>
  page.evaluate(async (path) => {
    let dir = await navigator.storage.getDirectory();
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);

/** How the CMS names a field's group for assistive technology: Trường “<label>”, the label isolated. */
const fieldGroupName = (label: string) => `Trường “\u2068${label}\u2069”`;

/** The editor renders fields as they scroll into view: scrolls its form down until `target` is there. */
async function reveal(page: Page, target: Locator) {
  const editor = page.getByRole('group', { name: 'Biên tập nội dung' });
  for (let step = 0; step < 40 && (await target.count()) === 0; step++) {
    const box = await editor.boundingBox();
    await page.mouse.move((box?.x ?? 0) + 100, (box?.y ?? 0) + 300);
    await page.mouse.wheel(0, 300);
  }
  await target.first().scrollIntoViewIfNeeded();
}

const goTo = (page: Page, hash: string) => page.evaluate((hash) => (location.hash = hash), hash);

test('/admin/ is the site’s own copy of the CMS, in Vietnamese, under a policy of its own, and never indexed', async ({
  page,
  request,
}) => {
  const response = await request.get('/admin/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/connect-src 'self' [^;]*https:\/\/api\.github\.com/);
  expect(headers['content-security-policy']).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');

  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(ORIGIN))
      outside.push(new URL(request.url()).origin + new URL(request.url()).pathname);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' })).toBeVisible();
  await page.waitForTimeout(500);
  // Fonts and code come from the site. Only two requests leave it: GitHub's status (the backend warns
  // when GitHub is down; the policy allows it) and the CMS's own update check (the policy refuses it).
  const expected = ['https://www.githubstatus.com/api/v2/status.json', 'https://unpkg.com/@sveltia/cms/package.json'];
  expect(outside.filter((url) => !expected.includes(url))).toEqual([]);
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations.filter((violation) => !violation.includes('unpkg.com/@sveltia/cms/package.json'))).toEqual([]);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return ['Source Sans 3', 'Material Symbols Outlined'].map((family) => document.fonts.check(`16px "${family}"`));
  });
  expect(fonts).toEqual([true, true]);
});

test('with a local repository, the editor shows every collection with its fields', async ({ page }) => {
  test.setTimeout(90_000);
  await openLocalRepository(page);
  const files = contentFiles();
  for (const collection of config.collections) {
    const count = collection.folder
      ? Object.keys(files).filter((path) => path.startsWith(`${collection.folder}/`) && !path.endsWith('/.gitkeep'))
          .length
      : 1;
    // The sidebar names the collection and counts its records.
    await goTo(page, `/collections/${collection.name}`);
    await expect(page.getByRole('treeitem', { name: collection.label, exact: true })).toHaveText(
      new RegExp(`${collection.label}\\s*${count}\\s*$`),
    );
    const fields = collection.fields ?? collection.files![0]!.fields;
    await goTo(
      page,
      collection.folder
        ? `/collections/${collection.name}/new`
        : `/collections/${collection.name}/entries/${collection.files![0]!.name}`,
    );
    const editor = page.getByRole('group', { name: 'Biên tập nội dung' });
    const visible = async (field: Field) => {
      const group = editor.getByRole('group', { name: fieldGroupName(field.label), exact: true }).first();
      await reveal(page, group);
      await expect(group, `${collection.name}: ${field.name}`).toBeVisible();
      // A required object (the decision of a product, the office of the site) shows its own fields too.
      if (field.widget === 'object' && field.required) for (const child of field.fields ?? []) await visible(child);
    };
    for (const field of fields) await visible(field);
  }
  await page.screenshot({ path: test.info().outputPath('admin-site-settings.png') });
});

test('a product edited in the editor is saved as a record the build accepts', async ({ page }) => {
  test.setTimeout(90_000);
  await openLocalRepository(page);
  await goTo(page, '/collections/products/entries/che-xanh-tam-duong');
  const price = page.getByRole('textbox', { name: 'Giá' });
  await expect(page.getByRole('textbox', { name: 'Tên sản phẩm' })).toHaveValue('Chè xanh Tam Đường');
  await reveal(page, price);
  await expect(price).toHaveValue(/đ/);
  await price.fill('95.000 đ / hộp 100 g');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect
    .poll(() => readLocalFile(page, 'content/products/che-xanh-tam-duong.md'))
    .toContain('price: 95.000 đ / hộp 100 g');
  const saved = await readLocalFile(page, 'content/products/che-xanh-tam-duong.md');
  const original = readFileSync('content/products/che-xanh-tam-duong.md', 'utf8');
  const { data, body } = parseMarkdownRecord(saved);
  const result = productSchema(z.string()).safeParse(data);
  expect(result.error?.issues ?? []).toEqual([]);
  // Everything else of the record is as it was written by hand.
  const before = parseMarkdownRecord(original);
  expect({ ...(data as object), price: undefined }).toEqual({ ...(before.data as object), price: undefined });
  expect(body.trim()).toBe(before.body.trim());
});
