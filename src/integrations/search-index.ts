import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_RECORDS_DIR } from '../lib/routes.ts';
import { recordHtml, type SearchRecord } from '../lib/search/record.ts';

// Pagefind writes its own UIs too; the site uses only the search API (pagefind.js), so they go.
const UNUSED_BUNDLE_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

const ENTRY_FILE = 'pagefind-entry.json';

/** `pagefind-entry.json`: what the browser reads first, naming each language's index files. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [key: string]: unknown;
}

/** The entry file of one bundle from those of separate runs over the same folder, one language each. */
export function mergeEntries(entries: PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (!first) throw new Error('Pagefind wrote no index');
  for (const entry of entries) {
    if (entry.version !== first.version)
      throw new Error(`Pagefind entries of versions ${first.version} and ${entry.version}`);
  }
  return {
    ...first,
    languages: Object.assign({}, ...entries.map((entry) => entry.languages)) as PagefindEntry['languages'],
  };
}

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
        const recordsDir = join(out, SEARCH_RECORDS_DIR);
        if (!existsSync(recordsDir)) throw new Error(`No search records in ${recordsDir}`);
        const bundle = join(out, 'pagefind');
        // One Pagefind run per language, one after the other: its memory grows with the text it holds
        // while writing, beside Astro's own, and indexing the languages apart lowered its peak at
        // 10,000 products from 0.99 to 0.80 GiB (the Vietnamese records hold most of the text).
        // Every file of a language's index is named by the language; only the entry file lists
        // them all, so it is merged.
        const entries: PagefindEntry[] = [];
        let count = 0;
        let addingMs = 0;
        for (const file of readdirSync(recordsDir).filter((name) => name.endsWith('.json'))) {
          const records = JSON.parse(readFileSync(join(recordsDir, file), 'utf8')) as SearchRecord[];
          const languageStarted = performance.now();
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          // All at once: Pagefind's service indexes concurrently, where awaiting each record in turn
          // left it idle between round trips (BENCHMARKS.md).
          await Promise.all(
            records.map(async (record) => {
              const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
              if (added.errors.length > 0) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
            }),
          );
          addingMs += performance.now() - languageStarted;
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          await pagefind.close();
          entries.push(JSON.parse(readFileSync(join(bundle, ENTRY_FILE), 'utf8')) as PagefindEntry);
          count += records.length;
        }
        writeFileSync(join(bundle, ENTRY_FILE), JSON.stringify(mergeEntries(entries)));
        for (const name of readdirSync(bundle).filter((name) => UNUSED_BUNDLE_FILES.test(name))) {
          rmSync(join(bundle, name));
        }
        rmSync(recordsDir, { recursive: true, force: true });
        const seconds = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(1);
        // The benchmark (scripts/bench/phases.ts) reads the duration from this line.
        logger.info(
          `Indexed ${count} search records into ${bundle} in ${seconds(started)}s (adding ${(addingMs / 1000).toFixed(1)}s)`,
        );
      },
    },
  };
}
