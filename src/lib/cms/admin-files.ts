/**
 * The files of /admin/, the office's editor: Sveltia CMS served from the site's own files (never a
 * CDN), its Vietnamese interface, and the configuration generated from the schemas. Every path in
 * them is relative, so /admin/ works under a sub-path (`base`) too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ADMIN_CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../security-headers.ts';

/** The admin folder inside the built site. */
export const ADMIN_DIR = 'admin';

/** Where the installed Sveltia CMS package lives, and its version (pinned exactly in package.json). */
export function sveltiaPackage(): { dir: string; version: string } {
  // The package exports only its bundle, dist/sveltia-cms.mjs: the package's root is two folders up.
  const dir = dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dir, version: manifest.version };
}

/** The nearest folder at or above `dir` that is a git repository root (`.git` folder or file). */
export function repositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/**
 * Where the editor finds the content: the content folder's path inside its git repository, as
 * Sveltia CMS wants it (forward slashes, no leading slash; "" when the folder is the repository
 * root). The content folder may be the project's own `content/` or another office's repository
 * (`OCOP_CONTENT_DIR`); either way the editor edits that repository. A content folder in no git
 * repository is taken as the root of the one it will be pushed as (`inRepository: false`).
 */
export function contentPathIn(contentDir: string): { root: string; path: string; inRepository: boolean } {
  const repository = repositoryRoot(contentDir);
  const root = repository ?? contentDir;
  return { root, path: relative(root, contentDir).split(sep).join('/'), inRepository: repository !== undefined };
}

/** "owner/name" from a GitHub remote URL (https or ssh), if it is one. */
export function githubRepoOf(remote: string): string | undefined {
  return /github\.com[:/]([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(remote.trim())?.[1];
}

/**
 * The GitHub repository the editor saves to: `OCOP_CMS_REPO`, else `GITHUB_REPOSITORY` (set in
 * GitHub Actions), else the `origin` remote of the content's repository. `undefined` when none says.
 */
export function cmsRepository(root: string, env = process.env): string | undefined {
  const named = env.OCOP_CMS_REPO?.trim() || env.GITHUB_REPOSITORY?.trim();
  if (named) return named;
  try {
    const remote = execFileSync('git', ['-C', root, 'config', '--get', 'remote.origin.url'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return githubRepoOf(remote);
  } catch {
    return undefined;
  }
}

/** /admin/'s policy as a `<meta http-equiv>` (for hosts that send no headers): without what only a header can say. */
export const ADMIN_META_CONTENT_SECURITY_POLICY = ADMIN_CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(directive.split(' ')[0]!))
  .join('; ');

/** The admin page: Vietnamese, noindex, loading only the site's own copy of the CMS, under its own policy. */
export function adminIndexHtml(title: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${ADMIN_META_CONTENT_SECURITY_POLICY}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>${title.replace(/[<&>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>
    <link rel="cms-config-url" type="application/yaml" href="config.yml">
    <script src="setup.js"></script>
    <script src="sveltia-cms.js"></script>
  </head>
  <body></body>
</html>
`;
}

/**
 * A script that runs before the CMS: it makes Vietnamese the interface language for anyone who has
 * not chosen another, and hands the CMS the Vietnamese strings that it would otherwise download from
 * a CDN (Sveltia CMS bundles English only and caches the other languages in localStorage under
 * these keys, checked against its version).
 */
export function adminSetupScript(strings: Record<string, unknown>, version: string): string {
  return `// Written by the build (src/lib/cms/admin-files.ts): Vietnamese for the editor, from the site's own files.
(() => {
  const strings = ${JSON.stringify(strings)};
  try {
    const prefs = JSON.parse(localStorage.getItem('sveltia-cms.prefs') || '{}');
    if (!prefs.locale) {
      prefs.locale = 'vi';
      localStorage.setItem('sveltia-cms.prefs', JSON.stringify(prefs));
    }
    const cached = JSON.parse(localStorage.getItem('sveltia-cms.locale') || '{}');
    if (prefs.locale === 'vi' && (cached._locale !== 'vi' || cached._version !== ${JSON.stringify(version)})) {
      localStorage.setItem('sveltia-cms.locale', JSON.stringify({ _locale: 'vi', _version: ${JSON.stringify(version)}, ...strings }));
    }
  } catch {
    // Storage blocked: the editor still works, in English.
  }
})();
`;
}

/** A font the CMS would load from a CDN, and the file of an npm package that replaces it. */
export interface SelfHostedFont {
  /** The URL in the CMS bundle. */
  cdn: string;
  /** The file's path inside /admin/. */
  local: string;
  /** The font file on disk (from a @fontsource package). */
  source: string;
}

const FONTSOURCE_CDN =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g;

/**
 * Sveltia CMS's own style sheet loads its fonts (Source Sans 3, Noto Mono, Material Symbols) from
 * the Fontsource CDN. The site serves them itself: each URL becomes `fonts/<file>` beside the
 * admin page, from the matching @fontsource package (pinned in package.json to the versions the
 * CMS names). Throws when a font the CMS names is not installed, so a CMS upgrade that changes its
 * fonts fails the build instead of reaching for a CDN.
 */
export function selfHostFonts(bundle: string, nodeModules: string): { bundle: string; fonts: SelfHostedFont[] } {
  const fonts = new Map<string, SelfHostedFont>();
  const rewritten = bundle.replace(
    FONTSOURCE_CDN,
    (cdn, family: string, variable: string | undefined, file: string) => {
      const name = `${family}-${file}`;
      const source = join(nodeModules, variable ? '@fontsource-variable' : '@fontsource', family, 'files', name);
      if (!existsSync(source)) {
        throw new Error(`Sveltia CMS loads ${cdn}: install the font it names (${source} is missing)`);
      }
      fonts.set(cdn, { cdn, local: `fonts/${name}`, source });
      return `fonts/${name}`;
    },
  );
  return { bundle: rewritten, fonts: [...fonts.values()] };
}
