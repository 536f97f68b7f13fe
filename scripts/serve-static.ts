// Serves a built site from disk as a static host would (files, a folder's index.html, 404.html), for
// the tools and tests that drive a browser against dist/. `headersFor` adds headers per path.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

type HeadersFor = (path: string) => Record<string, string>;

function setAll(response: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}

/** Listens on 127.0.0.1 (`port` 0: any free port) and resolves once it does. */
export function serveStatic(root: string, port = 0, headersFor?: HeadersFor): Promise<Server> {
  // dev: files written after start-up (PDF sheets) are served too, and nothing is cached.
  const files = sirv(root, {
    dev: true,
    ...(headersFor && { setHeaders: (response: ServerResponse, path: string) => setAll(response, headersFor(path)) }),
  });
  const notFound = join(root, '404.html');
  const server = createServer((request, response) =>
    files(request, response, () => {
      if (headersFor) setAll(response, headersFor('/404.html'));
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    }),
  );
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
