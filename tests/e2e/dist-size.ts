// Measures what the built site in dist/ makes a browser download.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(import.meta.dirname, '../../dist');

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`); dynamic imports are lazy. */
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

function moduleClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, specifier] of source.matchAll(STATIC_IMPORT)) {
    if (specifier?.startsWith('.')) moduleClosure(resolve(dirname(file), specifier), seen);
    else if (specifier?.startsWith('/')) moduleClosure(join(DIST, specifier), seen);
  }
  return seen;
}

/** Gzip bytes of the JavaScript a page runs on load: inline scripts and bundled modules with their imports. */
export function pageJsSize(html: string): { bytes: number; parts: string[] } {
  const parts: string[] = [];
  let bytes = 0;
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type=["']?application\/(ld\+)?json/.test(attributes)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attributes)?.[1];
    if (src) {
      for (const file of moduleClosure(join(DIST, src))) {
        bytes += gzipSize(readFileSync(file));
        parts.push(file.slice(DIST.length));
      }
    } else if (body.trim()) {
      bytes += gzipSize(body);
      parts.push('inline script');
    }
  }
  return { bytes, parts };
}

/** Gzip bytes of all CSS: every style sheet once, plus each distinct inline <style> block once. */
export function siteCssSize(): number {
  const inline = new Set<string>();
  for (const file of filesUnder(DIST, '.html')) {
    for (const [, css = ''] of readFileSync(file, 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
      inline.add(css);
  }
  const sheets = filesUnder(DIST, '.css').map((file) => gzipSize(readFileSync(file)));
  return [...sheets, ...[...inline].map(gzipSize)].reduce((sum, size) => sum + size, 0);
}
