// A tiny static server for dist/ that sends the headers of dist/_headers, as Netlify or Cloudflare
// Pages would: the browser test then runs the site under the very policy that is deployed.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { DIST } from './dist.ts';

export function startHeadersServer(port: number): Promise<Server> {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  return serveStatic(DIST, port, (path) => headersFor(rules, path));
}
