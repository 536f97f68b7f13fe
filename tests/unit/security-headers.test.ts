import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSiteFile } from '../../src/lib/content/read.ts';
import { validateRecord } from '../../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problem.ts';
import {
  contentSecurityPolicy,
  headerRules,
  headersFile,
  headersFor,
  inlineCodeHashes,
  metaContentSecurityPolicy,
  nginxConf,
  parseHeadersFile,
  securityHeaders,
  tileSources,
} from '../../src/lib/security-headers.ts';
import { parseTileTemplate } from '../../src/lib/tiles.ts';
import { OSM_TILES, siteSchema } from '../../src/schemas/site.ts';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('the Content-Security-Policy', () => {
  it('allows the map tiles of site.json, {s} as the listed subdomains, never a wildcard', () => {
    expect(tileSources(OSM_TILES)).toEqual(['https://tile.openstreetmap.org']);
    expect(tileSources('https://{s}.tile.example.vn/{z}/{x}/{y}.png')).toEqual([
      'https://a.tile.example.vn',
      'https://b.tile.example.vn',
      'https://c.tile.example.vn',
    ]);
    expect(contentSecurityPolicy({ tiles: OSM_TILES })).toMatch(/img-src [^;]*https:\/\/tile\.openstreetmap\.org/);
    expect(contentSecurityPolicy({ tiles: 'https://{s}.tile.example.vn/{z}/{x}/{y}.png' })).not.toContain('*');
  });
  it('never allows inline code wholesale; inline blocks get their hash', () => {
    const csp = contentSecurityPolicy({ tiles: OSM_TILES, scriptHashes: ['sha256-abc='] });
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='/);
  });
  it('refuses any source that could end a directive or a header', () => {
    for (const bad of ["sha256-a'; script-src *", 'sha256-a\nX-Evil: 1', 'sha256-a b']) {
      expect(() => contentSecurityPolicy({ tiles: OSM_TILES, scriptHashes: [bad] })).toThrow(/refusing the source/);
    }
    expect(() => contentSecurityPolicy({ tiles: 'https://x.org/{z}/{x}/{y}.png; script-src *' })).toThrow(/map\.tiles/);
  });
  it('leaves out of the <meta> policy what only a header can carry', () => {
    const meta = metaContentSecurityPolicy({ tiles: OSM_TILES });
    expect(meta).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ tiles: OSM_TILES })).toBe(`${meta}; frame-ancestors 'none'`);
  });
  it('sends Strict-Transport-Security', () => {
    expect(securityHeaders({ tiles: OSM_TILES })['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });
});

describe('inline code hashes (tests/fixtures/hostile-html/)', () => {
  const page = (name: string) => readFileSync(new URL(`../fixtures/hostile-html/${name}`, import.meta.url));
  it('hashes only real <script> and <style> elements, not record text that looks like them', () => {
    const found = inlineCodeHashes(page('script-in-attributes.html'));
    expect(found.scripts).toEqual([hash('window.realInline = 1;')]);
    expect(found.styles).toEqual([hash('.real{color:red}')]);
    expect(found.scripts).not.toContain(hash('alert(1)'));
  });
  it('needs no hash for data blocks or scripts loaded from a file', () => {
    expect(inlineCodeHashes(page('data-and-external.html'))).toEqual({ scripts: [], styles: [] });
  });
});

describe('site.json map.tiles (tests/fixtures/hostile-tiles/)', () => {
  // One folder per hostile template, each holding a site.json that is valid but for map.tiles, read
  // and validated as the content check does.
  const dir = fileURLToPath(new URL('../fixtures/hostile-tiles/', import.meta.url));
  const cases = readdirSync(dir).filter((name) => !name.includes('.'));
  it.each(cases)('%s is refused as a problem of site.json map.tiles', (name) => {
    const problems: Problem[] = [];
    const record = readSiteFile(`${dir}${name}`, problems);
    expect(record).toBeDefined();
    validateRecord(record!, siteSchema, problems);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^site\.json: map\.tiles: /)]);
  });
  it('accepts an https template with a plain host, {s} as its first label, and a query', () => {
    for (const ok of [
      OSM_TILES,
      'https://{s}.tile.example.vn/{z}/{x}/{y}{r}.png',
      'https://tiles.example.vn:8443/v1/{z}/{x}/{y}.png?key=abc',
    ]) {
      expect(parseTileTemplate(ok)).toHaveProperty('origins');
    }
  });
});

describe('the _headers file', () => {
  const rules = parseHeadersFile(headersFile({ tiles: OSM_TILES }));
  it('gives every page the security headers', () => {
    expect(headersFor(rules, '/tra-cuu/')).toEqual(securityHeaders({ tiles: OSM_TILES }));
  });
  it('adds long caching for fingerprinted assets only', () => {
    expect(headersFor(rules, '/_astro/x.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/')['Cache-Control']).toBeUndefined();
  });
  it('puts the path rules under the base of a site served from a sub-path', () => {
    const under = parseHeadersFile(headersFile({ tiles: OSM_TILES, base: '/ocop-tam-duong/' }));
    expect(headersFor(under, '/ocop-tam-duong/_astro/x.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(under, '/ocop-tam-duong/tra-cuu/so/3.json')['X-Robots-Tag']).toBe('noindex');
    expect(headersFor(under, '/_astro/x.js')['Cache-Control']).toBeUndefined();
    expect(headersFor(under, '/ocop-tam-duong/')).toEqual(securityHeaders({ tiles: OSM_TILES }));
  });
});

describe('the nginx configuration', () => {
  const rules = headerRules({ tiles: OSM_TILES, scriptHashes: ['sha256-abc='] });
  const conf = nginxConf(rules, { serverName: 'ocop.example.vn', notFoundPage: '/404.html' });
  const snippet = conf.slice(conf.indexOf('# /etc/nginx/snippets/ocop-headers.conf'));
  const added = Object.fromEntries(
    [...snippet.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((match) => [match[1], match[2]]),
  );
  it('sends exactly the headers of _headers, hashes included', () => {
    expect(added).toEqual(securityHeaders({ tiles: OSM_TILES, scriptHashes: ['sha256-abc='] }));
  });
  it('gives each path rule its own location, and points "not found" at the page the build wrote', () => {
    expect(conf).toContain('location ^~ /_astro/ {');
    expect(conf).toContain('location ^~ /tra-cuu/so/ {');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(nginxConf(rules, { serverName: 'x.vn' })).not.toContain('error_page');
  });
});
