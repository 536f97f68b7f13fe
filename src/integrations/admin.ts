import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import {
  ADMIN_DIR,
  adminIndexHtml,
  adminSetupScript,
  cmsRepository,
  contentPathIn,
  selfHostFonts,
  sveltiaPackage,
} from '../lib/cms/admin-files.ts';
import { cmsConfig } from '../lib/cms/config.ts';
import { readSiteFile } from '../lib/content/read.ts';
import { contentDir } from '../lib/env.ts';
import { siteSchema } from '../schemas/site.ts';

/** Stands in for the repository name when nothing names it; the office sets OCOP_CMS_REPO. */
const UNKNOWN_REPO = 'owner/repository';

/**
 * Writes the files of /admin/ into `out` for the project at `root` and the content folder of this
 * build (`OCOP_CONTENT_DIR`): Sveltia CMS copied from node_modules (no CDN), its Vietnamese strings,
 * and `config.yml` generated from the Zod schemas. Returns a line for the build log.
 */
export function writeAdminFiles(out: string, root: string, warn: (message: string) => void): string {
  const content = contentDir(root);
  const site = siteSchema.parse(readSiteFile(content, [])?.data);
  const repository = contentPathIn(content);
  if (!repository.inRepository) {
    warn(
      `/admin/: the content folder ${content} is in no git repository; the editor takes it as the repository's root`,
    );
  }
  const repo = cmsRepository(repository.root);
  if (!repo) {
    warn(
      `/admin/: no GitHub repository is known (set OCOP_CMS_REPO=owner/name); "${UNKNOWN_REPO}" is written instead, which only "work with local repository" can use`,
    );
  }
  const config = cmsConfig({
    contentPath: repository.path,
    repo: repo ?? UNKNOWN_REPO,
    branch: process.env.OCOP_CMS_BRANCH?.trim() || 'main',
    siteUrl: site.url,
  });
  const { dir: cms, version } = sveltiaPackage();
  mkdirSync(join(out, 'chunks'), { recursive: true });
  writeFileSync(
    join(out, 'config.yml'),
    `# Written by the build from src/schemas (src/lib/cms/config.ts); do not edit.\n${stringify(config, { lineWidth: 0 })}`,
  );
  writeFileSync(join(out, 'index.html'), adminIndexHtml(`Quản trị nội dung | ${site.name.vi}`));
  const strings = JSON.parse(readFileSync(join(cms, 'locales', 'vi.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(out, 'setup.js'), adminSetupScript(strings, version));
  const { bundle, fonts } = selfHostFonts(
    readFileSync(join(cms, 'dist', 'sveltia-cms.js'), 'utf8'),
    join(root, 'node_modules'),
  );
  writeFileSync(join(out, 'sveltia-cms.js'), bundle);
  mkdirSync(join(out, 'fonts'), { recursive: true });
  for (const font of fonts) copyFileSync(font.source, join(out, font.local));
  for (const chunk of readdirSync(join(cms, 'dist', 'chunks')).filter((name) => name.endsWith('.js'))) {
    copyFileSync(join(cms, 'dist', 'chunks', chunk), join(out, 'chunks', chunk));
  }
  return `/admin/ written: Sveltia CMS ${version}, content at "${repository.path || '.'}" of ${repo ?? UNKNOWN_REPO}`;
}

/** Cloudflare Pages' `! Header` line under the /admin/* rule: the site-wide policy does not reach the editor. */
export function detachSitePolicy(headersFile: string): string {
  return headersFile.replace(/^(\S*\/admin\/\*)\n/m, '$1\n  ! Content-Security-Policy\n');
}

/**
 * /admin/, the office's editor, written into the built site after the build. Not an Astro page, so
 * it is in no sitemap or search index.
 */
export function adminEditor(): AstroIntegration {
  let root = '';
  return {
    name: 'ocop:admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        logger.info(writeAdminFiles(join(out, ADMIN_DIR), root, (message) => logger.warn(message)));
        // Cloudflare Pages joins the values of a header that several rules give (two CSPs: both
        // enforced), so /admin/ detaches the site's policy there; Netlify lets the later rule win and
        // rejects the detach syntax, so it is written for Cloudflare Pages builds (CF_PAGES=1) only.
        const headers = join(out, '_headers');
        if (process.env.CF_PAGES && existsSync(headers)) {
          writeFileSync(headers, detachSitePolicy(readFileSync(headers, 'utf8')));
        }
      },
    },
  };
}
