import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { realContentRoot } from '../lib/content/read.ts';
import { formatProblem, type Problem } from '../lib/content/problem.ts';
import { contentDir } from '../lib/env.ts';
import {
  clearImageJobs,
  encodeImage,
  IMAGE_DIR,
  imageJob,
  imageJobs,
  MIME_TYPES,
  setImageRoot,
  type ImageJob,
} from '../lib/images.ts';

/** Encoded files are kept here between builds, named as in dist/ (a hash of the source bytes and the request). */
const CACHE_DIR = 'node_modules/.cache/ocop-images';
/** Cached files no build has used for this long are removed. */
const CACHE_DAYS = 30;

function problemOf(job: ImageJob, error: unknown): Problem {
  const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unknown error';
  const { usedAt } = job.image;
  return {
    file: usedAt?.file ?? job.image.file,
    field: usedAt?.field ?? '(file)',
    message: `"${job.image.file}" could not be converted (${job.format.toUpperCase()}): ${reason || 'unknown error'}`,
  };
}

async function writeImages(root: string, out: string, cache: string, jobs: ImageJob[]): Promise<Problem[]> {
  mkdirSync(join(out, IMAGE_DIR), { recursive: true });
  mkdirSync(cache, { recursive: true });
  const problems: Problem[] = [];
  const now = new Date();
  let next = 0;
  // Two at a time: sharp already spreads one image over the cores.
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const cached = join(cache, job.name);
      try {
        if (existsSync(cached)) utimesSync(cached, now, now);
        else {
          // Written aside and renamed: another build sharing the cache never copies half a file.
          const partial = `${cached}.${process.pid}.part`;
          writeFileSync(partial, await encodeImage(root, job));
          renameSync(partial, cached);
        }
        copyFileSync(cached, join(out, IMAGE_DIR, job.name));
      } catch (error) {
        problems.push(problemOf(job, error));
      }
    }
  };
  await Promise.all([worker(), worker()]);
  const stale = now.getTime() - CACHE_DAYS * 24 * 3600 * 1000;
  for (const name of readdirSync(cache)) {
    // Another build may be writing or pruning the same cache: a file gone meanwhile is fine.
    const stat = statSync(join(cache, name), { throwIfNoEntry: false });
    if (stat && stat.mtimeMs < stale) rmSync(join(cache, name), { force: true });
  }
  return problems;
}

/**
 * Writes the images the pages asked for (src/lib/images.ts) into dist/_astro/ once every page is
 * built, and serves them in `astro dev`. Nothing else from the content folder reaches dist/: an
 * unpublished product's photos are never asked for, so never read, and no original is copied. A photo
 * that cannot be converted fails the build, naming the record and field that use it.
 */
export function contentImages(): AstroIntegration {
  let projectRoot = '';
  let root = '';
  return {
    name: 'ocop:content-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        root = realContentRoot(contentDir(projectRoot));
        setImageRoot(root);
      },
      'astro:build:start': () => {
        clearImageJobs();
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = /\/_astro\/([^/?#]+)$/.exec(request.url?.split('?')[0] ?? '')?.[1];
          const job = name && imageJob(decodeURIComponent(name));
          if (!job) return next();
          encodeImage(root, job).then(
            (data) => {
              response.setHeader('Content-Type', MIME_TYPES[job.format]);
              response.end(data);
            },
            (error: unknown) => {
              response.statusCode = 500;
              response.end(formatProblem(problemOf(job, error)));
            },
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const jobs = imageJobs();
        const problems = await writeImages(root, fileURLToPath(dir), join(projectRoot, CACHE_DIR), jobs);
        if (problems.length > 0) {
          // One line per record and photo, not one per size and format made of it.
          const first = new Map<string, Problem>();
          for (const problem of problems) {
            const key = `${problem.file}\0${problem.field}`;
            if (!first.has(key)) first.set(key, problem);
          }
          const lines = [...first.values()].map(formatProblem);
          logger.error(`${lines.length} photo(s) could not be converted:\n${lines.join('\n')}`);
          logger.error(
            'Nothing was published. Replace the photos above (open and save them again as JPEG) and build again.',
          );
          process.exit(1);
        }
        logger.info(`${jobs.length} image files written in ${Math.round(performance.now() - started)}ms`);
        clearImageJobs();
      },
    },
  };
}
