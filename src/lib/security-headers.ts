/**
 * The HTTP headers a static host sends with every page: one source for dist/_headers (written at
 * build time, see src/integrations/security-headers.ts), deploy/nginx.conf.example and the test
 * server that proves the site works under them.
 */
import { LOOKUP_SHARD_DIRS, withBase } from './routes.ts';

export interface HeaderOptions {
  /** The map's tile URL template from site.json; its host may serve images. */
  tiles: string;
  /** 'sha256-…' sources of inline scripts and <style> elements found in the built pages, if any. */
  scriptHashes?: string[];
  styleHashes?: string[];
  /** The path the site is served under (Astro's `base`, from site.json's url); `/` by default. */
  base?: string;
}

/** The origin of a tile URL template, "{s}" subdomains as a wildcard: https://{s}.tile.x/… → https://*.tile.x */
export function tileSource(template: string): string {
  const origin = /^https?:\/\/[^/]+/.exec(template)?.[0];
  if (!origin) throw new Error(`tile URL template "${template}" has no http(s) origin`);
  return origin.replace(/\{[a-z]+\}/g, '*');
}

export function contentSecurityPolicy({ tiles, scriptHashes = [], styleHashes = [] }: HeaderOptions): string {
  const quote = (hash: string) => `'${hash}'`;
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind's search compiles WebAssembly; that needs 'wasm-unsafe-eval', not 'unsafe-eval'.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashes.map(quote)],
    ['style-src', "'self'", ...styleHashes.map(quote)],
    // data: and blob: for images drawn by scripts (map markers, QR codes); the tile host for the map.
    ['img-src', "'self'", 'data:', 'blob:', tileSource(tiles)],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Headers for every response. */
export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    // OpenStreetMap's tile usage policy needs a Referer: the origin only leaves the site, never the path.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), payment=(), usb=(), geolocation=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * Extra headers for some paths, from the site's root (`headersFile` puts them under the base):
 * fingerprinted assets never change; the lookup's data is not for search engines.
 */
export const PATH_HEADERS: Record<string, Record<string, string>> = {
  '/_astro/*': { 'Cache-Control': 'public, max-age=31536000, immutable' },
  [`${LOOKUP_SHARD_DIRS.number}*`]: { 'X-Robots-Tag': 'noindex' },
  [`${LOOKUP_SHARD_DIRS.name}*`]: { 'X-Robots-Tag': 'noindex' },
};

/** The `_headers` file of Netlify and Cloudflare Pages: a path pattern, then its headers indented. */
export function headersFile(options: HeaderOptions): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  // Every response gets the security headers, whatever its path; the others only under the base.
  const blocks = [
    block('/*', securityHeaders(options)),
    ...Object.entries(PATH_HEADERS).map(([path, headers]) => block(withBase(path, options.base ?? '/'), headers)),
  ];
  return `# Written by the build from site.json (src/lib/security-headers.ts); do not edit.\n${blocks.join('\n\n')}\n`;
}

/** Parses a `_headers` file into its rules, in order. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The headers a `_headers` file gives one path: every matching rule, later ones adding to earlier ones. */
export function headersFor(rules: ReturnType<typeof parseHeadersFile>, path: string): Record<string, string> {
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}
