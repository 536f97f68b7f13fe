import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { recordHtml, type SearchRecord } from '../lib/search/record.ts';

/** Where src/pages/search-index/[locale].json.ts writes the records, inside dist/. */
export const RECORDS_DIR = 'search-index';

// Pagefind writes its own UIs too; the site uses only the search API (pagefind.js), so they go.
const UNUSED_BUNDLE_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/**
 * Builds the Pagefind index (one per language, in dist/pagefind/) from the search records the build
 * emitted, as part of `astro build`, so nobody can forget it. The records are then removed: they are
 * an intermediate file, not part of the site.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'ocop:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const recordsDir = join(out, RECORDS_DIR);
        if (!existsSync(recordsDir)) throw new Error(`No search records in ${recordsDir}`);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        let count = 0;
        for (const file of readdirSync(recordsDir).filter((name) => name.endsWith('.json'))) {
          const records = JSON.parse(readFileSync(join(recordsDir, file), 'utf8')) as SearchRecord[];
          // All at once: Pagefind's service indexes concurrently, where awaiting each record in turn
          // left it idle between round trips (BENCHMARKS.md).
          await Promise.all(
            records.map(async (record) => {
              const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
              if (added.errors.length > 0) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
            }),
          );
          count += records.length;
        }
        const added = performance.now();
        const bundle = join(out, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        for (const name of readdirSync(bundle).filter((name) => UNUSED_BUNDLE_FILES.test(name))) {
          rmSync(join(bundle, name));
        }
        rmSync(recordsDir, { recursive: true, force: true });
        const seconds = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(1);
        // The benchmark (scripts/bench/phases.ts) reads the duration from this line.
        logger.info(
          `Indexed ${count} search records into ${bundle} in ${seconds(started)}s (adding ${seconds(started, added)}s, writing ${seconds(added)}s)`,
        );
      },
    },
  };
}
