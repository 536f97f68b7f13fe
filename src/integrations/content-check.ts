import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFolder } from '../lib/content/check.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { contentDir, referenceDate } from '../lib/env.ts';
import { siteBase } from '../lib/routes.ts';

/** Set by scripts/build.ts, the only way to build: see `contentCheck`. */
export const BUILD_WRAPPER_ENV = 'OCOP_ATOMIC_BUILD';

/**
 * Checks the whole content folder before Astro loads it, so that every problem is reported in one
 * run (Astro's own loader stops at the first), and nothing is built from a folder that fails; also
 * OCOP_AS_OF, which the pages read. Lists the files it skipped on purpose (hidden files, OS and editor
 * droppings), which the loaders skip too. Sets `site` from `site.json`, the one source of the
 * canonical address, and `base` from its path, so a site whose address has one (a GitHub Pages project
 * site) is served under it. A build must run through `npm run build` (scripts/build.ts), which builds into a
 * temporary folder and replaces dist/ only when everything succeeded.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'ocop:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        function fail(lines: string[]): never {
          for (const line of lines) logger.error(line);
          process.exit(1);
        }
        if (command === 'build' && !process.env[BUILD_WRAPPER_ENV]) {
          fail([
            'Build with `npm run build` (scripts/build.ts): it builds into a temporary folder and replaces dist/ only when the whole build succeeded.',
          ]);
        }
        try {
          referenceDate();
        } catch (error) {
          fail([(error as Error).message, 'Nothing was built.']);
        }
        const root = contentDir(fileURLToPath(config.root));
        const started = performance.now();
        // A build loads the records next: the loaders take the check's parses instead of parsing again.
        const { problems, ignored, warnings, content } = await checkContentFolder(root, {
          keepParsed: command === 'build',
        });
        if (ignored.length > 0) {
          logger.info(
            `not read (${ignored.length}): ${ignored.map(({ file, reason }) => `${file} (${reason})`).join('; ')}`,
          );
        }
        if (problems.length > 0 || !content) {
          fail([
            `${problems.length} problem(s) in the content folder ${root}:\n${problems.map(formatProblem).join('\n')}`,
            'Nothing was built. Fix the records above and run the build again (npm run check lists them too).',
          ]);
        }
        if (warnings.length > 0) {
          logger.warn(
            `${warnings.length} warning(s) in the content folder:\n${warnings.map(formatProblem).join('\n')}`,
          );
        }
        // The benchmark (scripts/bench/) reads this line to split content checking from loading.
        const records = content.products.length + content.producers.length + content.places.length;
        logger.info(`checked ${records} records in ${Math.round(performance.now() - started)}ms`);
        updateConfig({ site: content.site.url, base: siteBase(content.site.url) });
      },
    },
  };
}
