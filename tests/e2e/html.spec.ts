// Checks of the built files themselves, no browser: valid HTML, and no internal link, anchor, image,
// script, stylesheet or font reference that leads nowhere. They run here because Playwright builds dist/.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { contentDir } from '../../src/lib/env.ts';
import { DIST, fileOf, filesUnder, htmlFiles, urlPathOf } from './dist.ts';
import { expect, test } from './fixtures.ts';

// Absolute links to the site's own origin (canonical, hreflang, og:url) must lead to built pages too.
const SITE_ORIGIN = new URL(JSON.parse(readFileSync(join(contentDir(), 'site.json'), 'utf8')).url).origin;

test('every built page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
  // A sweep over every page (170 on the sample): its time grows with the site, and took 22 s of the
  // default 30 s on a loaded machine.
  test.slow();
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  const files = htmlFiles();
  for (const file of files) {
    // <template> content is an inert fragment that a script completes (a result's image gets its src)
    // before it joins the page; it is validated where it is used, not as written.
    const html = readFileSync(file, 'utf8').replace(/(<template\b[^>]*>)[\s\S]*?(<\/template>)/g, '$1$2');
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const message of result.messages) {
        // Astro writes its island bootstrap rule (astro-island{display:contents}) as a <style> beside the
        // first island; it is Astro's output, not ours (our component styles all go to <head>).
        if (message.ruleId === 'element-permitted-content' && message.message.startsWith('<style>')) continue;
        problems.push(
          `${relative(DIST, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
        );
      }
    }
  }
  console.log(`html-validate: ${files.length} pages, ${problems.length} problems`);
  expect(files.length).toBeGreaterThan(0);
  expect(problems, problems.join('\n')).toEqual([]);
});

/** Every URL a page refers to, with what refers to it. */
function references(root: HTMLElement): { url: string; what: string }[] {
  const found: { url: string; what: string }[] = [];
  const add = (url: string | undefined, what: string) => url !== undefined && found.push({ url: url.trim(), what });
  for (const element of root.querySelectorAll('[href], [src], [srcset], [action], [poster], [data]')) {
    const tag = element.tagName.toLowerCase();
    for (const name of ['href', 'src', 'action', 'poster']) add(element.getAttribute(name), `<${tag} ${name}>`);
    if (tag === 'object') add(element.getAttribute('data'), `<object data>`);
    const srcset = element.getAttribute('srcset');
    for (const candidate of srcset ? srcset.split(',') : []) add(candidate.trim().split(/\s+/)[0], `<${tag} srcset>`);
  }
  for (const meta of root.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
    const content = meta.getAttribute('content') ?? '';
    if (content.startsWith(SITE_ORIGIN))
      add(content, `<meta ${meta.getAttribute('property') ?? meta.getAttribute('name')}>`);
  }
  return found;
}

/** The local path a reference leads to, or undefined when it leaves the site (other origin, tel:, mailto:). */
function localTarget(url: string, pagePath: string): URL | undefined {
  if (/^(mailto|tel|sms|geo|data|blob|javascript):/i.test(url)) return undefined;
  const resolved = new URL(url, `${SITE_ORIGIN}${pagePath}`);
  return resolved.origin === SITE_ORIGIN ? resolved : undefined;
}

const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let known = idsOf.get(file);
  if (!known) {
    const root = parse(readFileSync(file, 'utf8'));
    known = new Set(
      root.querySelectorAll('[id], a[name]').map((el) => el.getAttribute('id') ?? el.getAttribute('name')!),
    );
    idsOf.set(file, known);
  }
  return known;
}

test('no internal link, anchor, image, script or stylesheet leads nowhere', async () => {
  const broken = new Set<string>();
  let checked = 0;
  for (const file of htmlFiles()) {
    const page = urlPathOf(file);
    for (const { url, what } of references(parse(readFileSync(file, 'utf8')))) {
      if (url === '') {
        broken.add(`${page}: ${what} is empty`);
        continue;
      }
      const target = localTarget(url, page);
      if (!target) continue;
      checked++;
      const targetFile = fileOf(target.pathname);
      if (!targetFile) {
        // A directory linked without its trailing slash works on some hosts only (trailingSlash: 'always').
        const hint = fileOf(`${target.pathname}/`) ? ' (add the trailing slash)' : '';
        broken.add(`${page}: ${what} ${url} → no such file${hint}`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetFile.endsWith('.html') && !ids(targetFile).has(anchor)) {
        broken.add(`${page}: ${what} ${url} → no element with id "${anchor}"`);
      }
    }
  }
  console.log(`links: ${checked} internal references checked, ${broken.size} broken`);
  expect([...broken], [...broken].join('\n')).toEqual([]);
});

test('every url() in the built CSS (fonts, images) resolves to a file', async () => {
  const broken: string[] = [];
  for (const file of filesUnder(DIST, (name) => name.endsWith('.css'))) {
    const css = readFileSync(file, 'utf8');
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const url = match[2]!;
      if (/^(data|https?):/.test(url) || url.startsWith('#')) continue;
      // Relative to the stylesheet's own URL, as the browser resolves it.
      const base = `${SITE_ORIGIN}/${relative(DIST, dirname(file)).split('\\').join('/')}/`;
      if (!fileOf(new URL(url, base).pathname)) broken.push(`${relative(DIST, file)}: url(${url})`);
    }
  }
  expect(broken, broken.join('\n')).toEqual([]);
});
