// Serves a built site from disk as a static host would (files, a folder's index.html, 404.html), for
// the tools and tests that drive a browser against dist/. `headersFor` adds headers per path; `base`
// serves the site under a sub-path only, as GitHub Pages serves a project site (src/lib/routes.ts);
// `notFound` chooses which not-found page answers an unknown address, as hosts differ there.
//
// As a command (Playwright's web server):  node scripts/serve-static.ts <dir> --port <n> [--base /x/] [--root-404]
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { dirname, join, relative, resolve, sep } from 'node:path';
import sirv from 'sirv';

type HeadersFor = (path: string) => Record<string, string>;

/**
 * Which not-found page answers an unknown address. `nearest`: the closest `404.html` up the
 * address's folders, as Cloudflare Pages does (and nginx with a `location /en/` block), so `/en/…`
 * gets `en/404.html`. `root`: only `/404.html`, as GitHub Pages and Netlify do.
 */
export type NotFoundMode = 'nearest' | 'root';

function setAll(response: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}

/** The not-found page a host would serve for a path of the site (base removed), as a file under `root`. */
export function notFoundPageFor(root: string, sitePath: string, mode: NotFoundMode = 'nearest'): string | undefined {
  const top = resolve(root);
  let dir = resolve(top, `.${decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/')}`);
  if (!sitePath.endsWith('/')) dir = dirname(dir);
  if (mode === 'root' || !(dir === top || dir.startsWith(top + sep))) dir = top;
  for (;;) {
    const page = join(dir, '404.html');
    if (existsSync(page)) return page;
    if (dir === top) return undefined;
    dir = dirname(dir);
  }
}

/**
 * Listens on 127.0.0.1 (`port` 0: any free port) and resolves once it does. With a `base` such as
 * `/ocop-tam-duong/`, the site's files answer under it and nowhere else: every other path is the
 * 404 page, so a link that misses the base fails as it would on the real host. An unknown address
 * gets a not-found page (`notFound`) with status 404.
 */
export function serveStatic(
  root: string,
  port = 0,
  headersFor?: HeadersFor,
  base = '/',
  notFound: NotFoundMode = 'nearest',
): Promise<Server> {
  // dev: files written after start-up (PDF sheets) are served too, and nothing is cached.
  const files = sirv(root, { dev: true });
  const server = createServer((request, response) => {
    // Headers are chosen by the path asked for, base included, as the host's _headers rules see it.
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const underBase = path.startsWith(base) || `${path}/` === base;
    const send404 = () => {
      const page = notFoundPageFor(root, underBase ? `/${path.slice(base.length)}` : '/', notFound);
      const served = page ? `${base}${relative(root, page).split(sep).join('/')}` : `${base}404.html`;
      if (headersFor) setAll(response, headersFor(served));
      response.writeHead(404, { 'Content-Type': `text/${page ? 'html' : 'plain'}; charset=utf-8` });
      response.end(page ? readFileSync(page) : 'Not found');
    };
    if (!underBase) return send404();
    if (headersFor) setAll(response, headersFor(path));
    request.url = `/${(request.url ?? '/').slice(base.length)}`;
    files(request, response, send404);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const dir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'dist';
  const port = Number(option('--port') ?? 4321);
  const base = option('--base') ?? '/';
  const server = await serveStatic(dir, port, undefined, base, args.includes('--root-404') ? 'root' : 'nearest');
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
