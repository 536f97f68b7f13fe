// Prints the nginx configuration for a built site: its server block and the headers snippet, with the
// exact headers of dist/_headers (inline-code hashes included) and the host name of site.json.
//
//   node scripts/nginx-conf.ts [dist]            (after `npm run build`)
//   node scripts/nginx-conf.ts > deploy/nginx.conf.example   (the example, from a build of content/)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSiteFile, realContentRoot } from '../src/lib/content/read.ts';
import { contentDir } from '../src/lib/env.ts';
import { nginxConf, parseHeadersFile } from '../src/lib/security-headers.ts';
import { siteSchema } from '../src/schemas/site.ts';

/** The nginx configuration for the build in `dist`, made from the content folder `contentRoot`. */
export function nginxConfForBuild(dist: string, contentRoot: string): string {
  const site = siteSchema.parse(readSiteFile(realContentRoot(contentRoot), [])?.data);
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  return nginxConf(rules, {
    serverName: new URL(site.url).hostname,
    ...(existsSync(join(dist, '404.html')) && { notFoundPage: '/404.html' }),
  });
}

if (import.meta.main) process.stdout.write(nginxConfForBuild(resolve(process.argv[2] ?? 'dist'), contentDir()));
