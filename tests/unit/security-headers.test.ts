import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  headersFor,
  parseHeadersFile,
  securityHeaders,
  tileSource,
} from '../../src/lib/security-headers.ts';
import { OSM_TILES } from '../../src/schemas/site.ts';

describe('the Content-Security-Policy', () => {
  it('allows the map tiles of site.json, {s} subdomains as a wildcard', () => {
    expect(tileSource(OSM_TILES)).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tile.example.vn/{z}/{x}/{y}.png')).toBe('https://*.tile.example.vn');
    expect(contentSecurityPolicy({ tiles: OSM_TILES })).toContain('img-src ');
    expect(contentSecurityPolicy({ tiles: OSM_TILES })).toMatch(/img-src [^;]*https:\/\/tile\.openstreetmap\.org/);
  });
  it('never allows inline code wholesale; inline blocks get their hash', () => {
    const csp = contentSecurityPolicy({ tiles: OSM_TILES, scriptHashes: ['sha256-abc='] });
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='/);
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

describe('deploy/nginx.conf.example', () => {
  const nginx = readFileSync(new URL('../../deploy/nginx.conf.example', import.meta.url), 'utf8');
  const snippet = nginx.slice(nginx.indexOf('# /etc/nginx/snippets/ocop-headers.conf'));
  const added = Object.fromEntries(
    [...snippet.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((match) => [match[1], match[2]]),
  );
  it('sends exactly the headers of the sample site', () => {
    expect(added).toEqual(securityHeaders({ tiles: OSM_TILES }));
  });
});
