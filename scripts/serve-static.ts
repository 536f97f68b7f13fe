// Serves a built site from disk as a static host would (files, a folder's index.html, 404.html), for
// the tools and tests that drive a browser against dist/. `headersFor` adds headers per path; `base`
// serves the site under a sub-path only, as GitHub Pages serves a project site (src/lib/routes.ts).
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

type HeadersFor = (path: string) => Record<string, string>;

function setAll(response: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}

/**
 * Listens on 127.0.0.1 (`port` 0: any free port) and resolves once it does. With a `base` such as
 * `/ocop-tam-duong/`, the site's files answer under it and nowhere else: every other path is the
 * 404 page, so a link that misses the base fails as it would on the real host.
 */
export function serveStatic(root: string, port = 0, headersFor?: HeadersFor, base = '/'): Promise<Server> {
  // dev: files written after start-up (PDF sheets) are served too, and nothing is cached.
  const files = sirv(root, { dev: true });
  const notFound = join(root, '404.html');
  const server = createServer((request, response) => {
    // Headers are chosen by the path asked for, base included, as the host's _headers rules see it.
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send404 = () => {
      if (headersFor) setAll(response, headersFor(`${base}404.html`));
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    };
    if (!path.startsWith(base) && `${path}/` !== base) return send404();
    if (headersFor) setAll(response, headersFor(path));
    request.url = `/${(request.url ?? '/').slice(base.length)}`;
    files(request, response, send404);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
