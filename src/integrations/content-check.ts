import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFolder } from '../lib/content/check.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { contentDir } from '../lib/env.ts';
import { siteBase } from '../lib/routes.ts';

/**
 * Checks the whole content folder before Astro loads it, so that every problem is reported in one
 * run (Astro's own loader stops at the first), and nothing is built from a folder that fails.
 * Also sets `site` from `site.json`, the one source of the canonical address, and `base` from its
 * path, so a site whose address has one (a GitHub Pages project site) is served under it.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'ocop:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const root = contentDir(fileURLToPath(config.root));
        const started = performance.now();
        // A build loads the records next: the loader takes the check's parses instead of parsing again.
        const { problems, content } = checkContentFolder(root, { keepParsed: command === 'build' });
        if (problems.length > 0 || !content) {
          logger.error(
            `${problems.length} problem(s) in the content folder ${root}:\n${problems.map(formatProblem).join('\n')}`,
          );
          if (command === 'build') rmSync(config.outDir, { recursive: true, force: true });
          logger.error(
            'Nothing was built. Fix the records above and run the build again (npm run check lists them too).',
          );
          process.exit(1);
        }
        // The benchmark (scripts/bench/) reads this line to split content checking from loading.
        const records = content.products.length + content.producers.length + content.places.length;
        logger.info(`checked ${records} records in ${Math.round(performance.now() - started)}ms`);
        updateConfig({ site: content.site.url, base: siteBase(content.site.url) });
      },
    },
  };
}
