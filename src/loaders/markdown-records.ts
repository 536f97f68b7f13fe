import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { takeMarkdownRecord } from '../lib/content/read.ts';

/**
 * Loads `<folder>/*.md` records: front matter as data, the Markdown body kept as text. Unlike Astro's
 * glob loader it never turns a record into a renderable module: descriptions are rendered by
 * src/lib/markdown.ts, and one Vite module per product made bundling grow with the catalogue
 * (BENCHMARKS.md). Front matter is parsed exactly as the content check parses it; in a build, by the check itself.
 */
export function markdownRecords(folder: string): Loader {
  return {
    name: 'ocop:markdown-records',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const loadAll = async () => {
        store.clear();
        for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
          const path = join(folder, name);
          const source = readFileSync(path, 'utf8');
          const { data, body } = takeMarkdownRecord(source);
          const id = name.slice(0, -'.md'.length);
          const filePath = relative(root, path);
          store.set({
            id,
            data: await parseData({ id, data: data as Record<string, unknown>, filePath }),
            body,
            filePath,
            digest: generateDigest(source),
          });
        }
      };
      await loadAll();
      // `astro dev`: any change in the folder reloads it; a few hundred files reload in well under a second.
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(folder) && path.endsWith('.md')) void loadAll();
      });
    },
  };
}
