/**
 * The HTTP headers a static host sends with every page: one source for dist/_headers (written at
 * build time, see src/integrations/security-headers.ts), the `<meta http-equiv>` policy of each page
 * (for hosts that send no headers), deploy/nginx.conf.example and the test server that proves the
 * site works under them. Nothing from a content folder reaches a header except origins parsed by
 * src/lib/tiles.ts, and every value is checked to hold no line break (issue #18).
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { LOOKUP_ALL, LOOKUP_SHARD_DIRS, OFFLINE_FILES, withBase } from './routes.ts';
import { parseTileTemplate } from './tiles.ts';

export interface HeaderOptions {
  /** The map's tile URL template from site.json; its hosts may serve images. */
  tiles: string;
  /** 'sha256-…' sources of the inline scripts and <style> elements of the built pages, if any. */
  scriptHashes?: string[];
  styleHashes?: string[];
  /** The path the site is served under (Astro's `base`, from site.json's url); `/` by default. */
  base?: string;
}

/** The origins map tiles come from, parsed from the template (src/lib/tiles.ts). Throws for a template the site schema refuses. */
export function tileSources(template: string): string[] {
  const parsed = parseTileTemplate(template);
  if ('problem' in parsed) throw new Error(`site.json: map.tiles: ${parsed.problem}`);
  return parsed.origins;
}

/** What may stand in a directive: a keyword, a hash, a scheme or an https origin, and nothing that ends one. */
const SOURCE =
  /^(?:'(?:self|none|wasm-unsafe-eval)'|'sha256-[A-Za-z0-9+/]+={0,2}'|data:|blob:|https:\/\/[a-z0-9.-]+(?::\d{1,5})?)$/;

/** What src/layouts/Base.astro writes in its `<meta http-equiv="Content-Security-Policy">`, replaced after the build. */
export const CSP_META_PLACEHOLDER = 'ocop-content-security-policy';

const build = globalThis as { ocopCspMeta?: boolean };
/** Called by the security-headers integration in a build (not in `astro dev`, whose own inline code a policy would block). */
export const fillCspMetaAfterBuild = (): void => {
  build.ocopCspMeta = true;
};
/** The placeholder Base.astro writes as its policy, when a build will fill it in; undefined otherwise. */
export const cspMetaPlaceholder = (): string | undefined => (build.ocopCspMeta ? CSP_META_PLACEHOLDER : undefined);

/** Directives a `<meta http-equiv>` policy cannot carry (CSP 3, §6.1): browsers ignore them there, with a console error. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'] as const;

function directives({ tiles, scriptHashes = [], styleHashes = [] }: HeaderOptions): [string, ...string[]][] {
  const quote = (hash: string) => `'${hash}'`;
  const list: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind's search compiles WebAssembly; that needs 'wasm-unsafe-eval', not 'unsafe-eval'.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashes.map(quote)],
    ['style-src', "'self'", ...styleHashes.map(quote)],
    // data: and blob: for images drawn by scripts (map markers, QR codes); the tile hosts for the map.
    ['img-src', "'self'", 'data:', 'blob:', ...tileSources(tiles)],
    ['font-src', "'self'"],
    // The tile hosts too: the service worker fetches tiles itself, to keep those already seen for use
    // without signal (src/service-worker/), and a worker's requests are connections.
    ['connect-src', "'self'", ...tileSources(tiles)],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  for (const [name, ...sources] of list) {
    const bad = sources.find((source) => !SOURCE.test(source));
    if (bad !== undefined)
      throw new Error(`Content-Security-Policy ${name}: refusing the source ${JSON.stringify(bad)}`);
  }
  return list;
}

const join = (list: [string, ...string[]][]) => list.map((directive) => directive.join(' ')).join('; ');

export function contentSecurityPolicy(options: HeaderOptions): string {
  return join(directives(options));
}

/** The same policy for a `<meta http-equiv="Content-Security-Policy">`, without what only a header can say. */
export function metaContentSecurityPolicy(options: HeaderOptions): string {
  return join(directives(options).filter(([name]) => !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(name)));
}

/** Headers for every response. */
export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    // site.json's url is https (the schema says so); browsers remember to use nothing else for a year.
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    // OpenStreetMap's tile usage policy needs a Referer: the origin only leaves the site, never the path.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), payment=(), usb=(), geolocation=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * The policy of /admin/ (Sveltia CMS), which replaces the site's there: the CMS injects its styles
 * ('unsafe-inline' in style-src, for /admin/ only), previews images and uploads as blob: and data:
 * URLs, and talks to GitHub's API and status page; its scripts and fonts are the site's own files.
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://*.githubusercontent.com",
  'media-src blob:',
  'frame-src blob:',
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Extra headers for some paths, from the site's root (`headerRules` puts them under the base):
 * fingerprinted assets never change; the lookup's data is not for search engines.
 */
export const PATH_HEADERS: Record<string, Record<string, string>> = {
  '/_astro/*': { 'Cache-Control': 'public, max-age=31536000, immutable' },
  // The office's editor: its own policy (a later rule's header replaces an earlier one's), never indexed.
  '/admin/*': {
    'Content-Security-Policy': ADMIN_CONTENT_SECURITY_POLICY,
    'X-Robots-Tag': 'noindex, nofollow',
    'Cache-Control': 'no-cache',
  },
  // Every folder of the lookup's data: by number, by name, and the not-found page's slug files.
  ...Object.fromEntries(Object.values(LOOKUP_SHARD_DIRS).map((dir) => [`${dir}*`, { 'X-Robots-Tag': 'noindex' }])),
  [LOOKUP_ALL]: { 'X-Robots-Tag': 'noindex' },
  // The service worker and the list it reads when it updates: always asked again of the server (a CDN
  // or proxy that kept them would hold back a new build, and the truth of stored pages with it).
  [OFFLINE_FILES.serviceWorker]: { 'Cache-Control': 'no-cache' },
  [OFFLINE_FILES.published]: { 'Cache-Control': 'no-cache', 'X-Robots-Tag': 'noindex' },
};

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Every rule of the site: the security headers for every path whatever the base, then the extras of some, under the base. */
export function headerRules(options: HeaderOptions): HeaderRule[] {
  return [
    { pattern: '/*', headers: securityHeaders(options) },
    ...Object.entries(PATH_HEADERS).map(([pattern, headers]) => ({
      pattern: withBase(pattern, options.base ?? '/'),
      headers,
    })),
  ];
}

function checked(rules: HeaderRule[]): HeaderRule[] {
  for (const { pattern, headers } of rules) {
    for (const [name, value] of Object.entries({ [pattern]: '', ...headers })) {
      if (/[\r\n\0]/.test(name + value))
        throw new Error(`header ${JSON.stringify(name)}: a line break would end the header`);
    }
  }
  return rules;
}

/** The `_headers` file of Netlify and Cloudflare Pages: a path pattern, then its headers indented. */
export function headersFile(options: HeaderOptions): string {
  const block = ({ pattern, headers }: HeaderRule) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = checked(headerRules(options)).map(block);
  return `# Written by the build from site.json (src/lib/security-headers.ts); do not edit.\n${blocks.join('\n\n')}\n`;
}

/** Parses a `_headers` file into its rules, in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
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
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}

export interface NginxOptions {
  /** The host name the site is served at (site.json's url). */
  serverName: string;
  /** The page the build wrote for "not found", e.g. `/404.html`, when it wrote one. */
  notFoundPage?: string;
}

/**
 * deploy/nginx.conf.example: the rules of a `_headers` file as an nginx server block and the snippet
 * it includes, byte for byte the same headers (hashes included). scripts/nginx-conf.ts prints it for
 * a build; tests/e2e/headers.spec.ts checks the committed example against the sample build.
 */
export function nginxConf(rules: HeaderRule[], { serverName, notFoundPage }: NginxOptions): string {
  const quoted = (value: string) => {
    if (/["\\$\r\n]/.test(value)) throw new Error(`nginx: cannot quote ${JSON.stringify(value)}`);
    return `"${value}"`;
  };
  const adds = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`);
  const all = checked(rules).filter((rule) => rule.pattern === '/*');
  const some = rules.filter((rule) => rule.pattern !== '/*');
  const shared: Record<string, string> = Object.assign({}, ...all.map((rule) => rule.headers));
  const locations = some.flatMap(({ pattern, headers }) => {
    const location = pattern.endsWith('*') ? `^~ ${pattern.slice(0, -1)}` : `= ${pattern}`;
    // A location that replaces a shared header (/admin/'s own policy) lists the other shared ones
    // itself: nginx would send both values, and two policies are both enforced.
    const replaces = Object.keys(headers).some((name) => name in shared);
    const kept = Object.fromEntries(Object.entries(shared).filter(([name]) => !(name in headers)));
    return [
      '',
      `    location ${location} {`,
      ...(replaces ? adds(kept, '        ') : ['        include /etc/nginx/snippets/ocop-headers.conf;']),
      ...adds(headers, '        '),
      '    }',
    ];
  });
  return [
    '# nginx: serving the built site (dist/) with the headers it is tested under.',
    '#',
    '# Written by `node scripts/nginx-conf.ts` from the dist/_headers of a build of the sample content',
    "# folder; tests/e2e/headers.spec.ts checks it byte for byte against that build's headers, inline",
    '# script and style hashes included. For your own site, run the script after `npm run build`: it',
    '# prints this file for your dist/ and site.json (your tile host, your host name).',
    '#',
    '# nginx drops every add_header of a server block inside a location that has add_header of its own,',
    '# so the shared lines live in a snippet included in each place.',
    '',
    'server {',
    '    listen 443 ssl;',
    '    http2 on;',
    `    server_name ${serverName};`,
    '    root /srv/ocop/dist;',
    '',
    '    include /etc/nginx/snippets/ocop-headers.conf;',
    '',
    '    location / {',
    '        try_files $uri $uri/index.html =404;',
    '    }',
    ...locations,
    ...(notFoundPage ? ['', `    error_page 404 ${notFoundPage};`] : []),
    '}',
    '',
    '# /etc/nginx/snippets/ocop-headers.conf',
    ...all.flatMap(({ headers }) => adds(headers, '')),
    '',
  ].join('\n');
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Elements whose content HTML reads as text, never as tags: a `<script>` inside one is not an element. */
const TEXT_ONLY = Object.fromEntries(
  ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext'].map(
    (tag) => [tag, true],
  ),
);

/** Script types a browser runs, so that CSP's script-src governs them (HTML: "JavaScript MIME type", module, import maps). */
const RUNS =
  /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma|j|live)script(?:1\.[0-5])?)$/;

/**
 * The CSP hashes of the inline scripts and `<style>` elements of one built page: only real elements,
 * as an HTML parser sees them (node-html-parser). Record text that merely looks like a script, such
 * as `<script>` inside an attribute value (a description meta), is not an element and gets no hash
 * (issue #18: it did, and was approved by the policy). Data blocks (`application/ld+json`) and
 * scripts with `src` need none. A page whose bytes hold no `<script` or `<style` with a body is not
 * parsed at all: the parser only confirms or rejects what a byte scan flags.
 */
export function inlineCodeHashes(html: Buffer | string): { scripts: string[]; styles: string[] } {
  const bytes = typeof html === 'string' ? Buffer.from(html) : html;
  if (!mayHoldInlineCode(bytes)) return { scripts: [], styles: [] };
  const root = parse(bytes.toString('utf8'), { comment: false, blockTextElements: TEXT_ONLY });
  const scripts = root
    .querySelectorAll('script')
    .filter(
      (script) => !script.hasAttribute('src') && RUNS.test((script.getAttribute('type') ?? '').trim().toLowerCase()),
    )
    .map((script) => script.rawText)
    .filter((text) => text.length > 0);
  const styles = root.querySelectorAll('style').map((style) => style.rawText);
  return { scripts: [...new Set(scripts.map(sha256))], styles: [...new Set(styles.map(sha256))] };
}

const OPENERS = ['script', 'style'].map((tag) => ({
  tag,
  open: Buffer.from(`<${tag}`),
  close: Buffer.from(`</${tag}>`),
}));
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i;

/**
 * A quick scan over bytes: could this page hold a real inline script or style? Every real one is
 * flagged (an opener whose body is not empty, other than a JSON data block: only the site's own code
 * writes those); text that only looks like one may be flagged too, and the parser then rejects it.
 */
function mayHoldInlineCode(bytes: Buffer): boolean {
  for (const { tag, open, close } of OPENERS) {
    for (let start = bytes.indexOf(open); start !== -1; start = bytes.indexOf(open, start + open.length)) {
      const end = bytes.indexOf(0x3e /* > */, start);
      if (end === -1) return true;
      if (bytes.subarray(end + 1, end + 1 + close.length).equals(close)) continue;
      if (tag === 'script' && DATA_BLOCK.test(bytes.toString('latin1', start, end))) continue;
      return true;
    }
  }
  return false;
}
