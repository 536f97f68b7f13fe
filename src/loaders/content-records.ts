import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { inspectImage } from '../lib/content/images.ts';
import { formatProblem, type Problem } from '../lib/content/problem.ts';
import {
  readRecordFolder,
  readSiteFile,
  realContentRoot,
  type RawRecord,
  type RecordFolder,
} from '../lib/content/read.ts';
import { contentDir } from '../lib/env.ts';

/** Thrown when the folder no longer passes what the content check passed (a file changed meanwhile). */
function refuse(problems: Problem[]): never {
  throw new Error(`The content folder changed since it was checked:\n${problems.map(formatProblem).join('\n')}`);
}

/** A product's images as checked images (size, format, where it is used), by the content check's own function. */
async function withImages(root: string, record: RawRecord, problems: Problem[]): Promise<unknown> {
  const data = record.data as { images?: unknown };
  if (!Array.isArray(data.images)) return data;
  const images = await Promise.all(
    data.images.map(async (entry: unknown, index) => {
      const src = (entry as { src?: unknown } | null)?.src;
      if (typeof src !== 'string') return entry;
      const field = `images[${index}].src`;
      const inspection = await inspectImage(root, record.file, src);
      if ('problem' in inspection) {
        problems.push({ file: record.file, field, message: inspection.problem });
        return entry;
      }
      return { ...(entry as object), src: { ...inspection.image, usedAt: { file: record.file, field } } };
    }),
  );
  return { ...data, images };
}

/**
 * Loads one record folder of the content root (`OCOP_CONTENT_DIR`) through `readRecordFolder`, the
 * function the content check reads it with: the same files (hidden files and OS droppings skipped, no
 * link followed), the same parse (in a build, the check's own). Nothing is imported as a module: a
 * Markdown body stays text (rendered by src/lib/markdown.ts) and a product's images become checked
 * images (src/lib/content/images.ts) that src/lib/images.ts reads as bytes. The store is cleared on
 * every load, so no record of another content folder survives a switch of OCOP_CONTENT_DIR.
 */
export function contentRecords(folder: RecordFolder): Loader {
  return {
    name: `ocop:content-records:${folder}`,
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const project = fileURLToPath(config.root);
      const root = realContentRoot(contentDir(project));
      const loadAll = async () => {
        const { records, problems } = readRecordFolder(root, folder);
        const entries = [];
        for (const record of records) {
          const data = folder === 'products' ? await withImages(root, record, problems) : record.data;
          entries.push({ record, data });
        }
        if (problems.length > 0) refuse(problems);
        store.clear();
        for (const { record, data } of entries) {
          const filePath = relative(project, record.path);
          store.set({
            id: record.id,
            data: await parseData({ id: record.id, data: data as Record<string, unknown>, filePath }),
            ...(record.body !== undefined && { body: record.body }),
            filePath,
            digest: generateDigest(record.text),
          });
        }
      };
      await loadAll();
      // `astro dev`: any change in the folder reloads it; a few hundred files reload in well under a second.
      const dir = join(root, folder);
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir)) loadAll().catch((error: unknown) => logger.error(String((error as Error).message)));
      });
    },
  };
}

/** Loads `site.json` of the content root through `readSiteFile`, as the content check reads it. */
export function siteRecord(): Loader {
  return {
    name: 'ocop:site',
    load: async ({ store, parseData, generateDigest, config }) => {
      const project = fileURLToPath(config.root);
      const problems: Problem[] = [];
      const record = readSiteFile(realContentRoot(contentDir(project)), problems);
      if (!record || problems.length > 0) refuse(problems);
      store.clear();
      store.set({
        id: 'site',
        data: await parseData({ id: 'site', data: record.data as Record<string, unknown> }),
        digest: generateDigest(record.text),
      });
    },
  };
}
