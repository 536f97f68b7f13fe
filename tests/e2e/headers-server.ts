// A tiny static server for dist/ that sends the headers of dist/_headers, as Netlify or Cloudflare
// Pages would: the browser test then runs the site under the very policy that is deployed.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { DIST, fileOf } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function startHeadersServer(port: number): Promise<Server> {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = fileOf(path) ?? fileOf('/404.html');
    const status = fileOf(path) ? 200 : 404;
    const type = file ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/plain';
    response.writeHead(status, { ...headersFor(rules, path), 'Content-Type': type });
    response.end(file ? readFileSync(file) : 'Not found');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
