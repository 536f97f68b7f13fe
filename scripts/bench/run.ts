// `npm run bench`: builds the site from a synthetic national-size catalogue and from a bare floor
// project, and reports where the time, memory and bytes go (issue #9, BENCHMARKS.md).
//
//   npm run bench -- [--products 10000] [--producers N] [--places N] [--images] [--reuse] [--no-floor]
//                    [--search "mat ong"] [--out DIR]
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { describePrecache, gzipBytes, selectPrecache } from '../../src/lib/precache.ts';
import { budgets } from '../../tests/budgets.ts';
import { BENCH_AS_OF, generateContent } from './content.ts';
import { writeFloorProject } from './floor.ts';
import { measure, type Measured } from './measure.ts';
import { parseBuildLog, type BuildPhases } from './phases.ts';
import { parseBenchOptions } from './options.ts';
import { firstSearchBytes, type SearchBytes } from './search-bytes.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4490);
const repo = resolve(import.meta.dirname, '../..');
const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
const options = parseBenchOptions(process.argv.slice(2));
const n = options.products;
const benchDir = join(repo, 'bench-output');
const verbose = process.env.BENCH_VERBOSE === '1';

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/**
 * A cold build: Astro's content and image caches (and the site's own image cache) are removed first.
 * The site builds through `npm run build` (scripts/build.ts, all-or-nothing), the floor with Astro alone.
 */
function build(root: string, outDir: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.cache/ocop-images'), { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const command = root === repo ? [join(repo, 'scripts/build.ts')] : [astro, 'build', '--root', root];
  return measure(process.execPath, [...command, '--outDir', outDir], {
    cwd: repo,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    ...(verbose && { echo: (line: string) => console.log(`  | ${line}`) }),
  });
}

function failed(what: string, run: Measured): never {
  console.error(
    run.lines
      .slice(-40)
      .map(({ text }) => text)
      .join('\n'),
  );
  console.error(`${what} failed with exit code ${run.exitCode}`);
  process.exit(1);
}

// 1. Content.
const started = performance.now();
if (options.reuse && existsSync(join(options.out, 'site.json'))) {
  console.log(`Reusing ${options.out}`);
} else {
  const counts = await generateContent(options);
  console.log(
    `Generated ${counts.products} products, ${counts.producers} producers, ${counts.places} places, ${counts.images} images in ${options.out}`,
  );
}
const checkStarted = performance.now();
const { content, problems } = await checkContentFolder(options.out);
if (!content)
  throw new Error(`the generated content has ${problems.length} problem(s); first: ${JSON.stringify(problems[0])}`);
const catalogue = buildCatalogue({ ...content, asOf: BENCH_AS_OF });
const standaloneCheckMs = performance.now() - checkStarted;
console.log(`${catalogue.products.length} of ${n} products are published on ${BENCH_AS_OF}.`);

// 2. The full site.
const fullOut = join(benchDir, `dist-${n}`);
console.log('Building the full site…');
const full = await build(repo, fullOut, { OCOP_CONTENT_DIR: options.out, OCOP_AS_OF: BENCH_AS_OF });
if (full.exitCode !== 0) failed('The full build', full);
const fullPhases = parseBuildLog(full.lines);
const dist = folderSize(fullOut);
const geojson = join(fullOut, 'data/places.geojson');
// What the service worker downloads on a first visit (issue #15; budget in tests/budgets.ts).
const precache = selectPrecache(fullOut);
const precacheGzip = gzipBytes(fullOut, precache.files);
console.log(describePrecache(precache, precacheGzip));
if (n === 10_000) {
  const met = precache.bytes <= budgets.precacheBytesAt10000;
  console.log(
    `precache budget at 10,000 products: ${budgets.precacheBytesAt10000 / 1e6} MB, ${met ? 'met' : 'MISSED'}`,
  );
}
console.log('Measuring the first search…');
const search = await firstSearchBytes(fullOut, options.search, PORT).catch((error: unknown) => {
  console.warn(`search measurement failed: ${String(error)}`);
  return undefined;
});

// 3. The floor.
let floor: { run: Measured; phases: BuildPhases; dist: { bytes: number; files: number } } | undefined;
if (options.floor) {
  const floorRoot = join(benchDir, `floor-${n}`);
  writeFloorProject(
    floorRoot,
    catalogue.products.map(({ id, data }) => ({ slug: id, name: data.name, summary: data.summary })),
  );
  console.log('Building the floor…');
  const run = await build(floorRoot, join(floorRoot, 'dist'), {});
  if (run.exitCode !== 0) failed('The floor build', run);
  floor = { run, phases: parseBuildLog(run.lines), dist: folderSize(join(floorRoot, 'dist')) };
}

// 4. Report.
const s = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
/** The three largest processes at the peak, e.g. "node 1.2 GB + pagefind 0.9 GB". */
const treeParts = (parts: { name: string; rss: number }[]) =>
  parts
    .slice(0, 3)
    .map(({ name, rss }) => `${name} ${(rss / 2 ** 30).toFixed(2)} GiB`)
    .join(' + ');
const kb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const perSecond = (pages: number | undefined, ms: number | undefined) =>
  pages && ms ? (pages / (ms / 1000)).toFixed(pages / (ms / 1000) < 10 ? 1 : 0) : 'n/a';

const rest = (wallMs: number, p: BuildPhases) =>
  wallMs -
  [p.contentMs, p.bundleMs, p.renderMs, p.imagesMs, p.searchMs].reduce<number>((sum, ms) => sum + (ms ?? 0), 0);

const rows: [string, string, string][] = [
  ['pages built', String(fullPhases.pages ?? 'n/a'), String(floor?.phases.pages ?? 'n/a')],
  ['wall time', s(full.wallMs), s(floor?.run.wallMs)],
  ['  content loading + validation', s(fullPhases.contentMs), s(floor?.phases.contentMs)],
  ['    of which the content check', s(fullPhases.contentCheckMs), '—'],
  ['  bundling (Vite)', s(fullPhases.bundleMs), s(floor?.phases.bundleMs)],
  ['  page rendering', s(fullPhases.renderMs), s(floor?.phases.renderMs)],
  ['  image processing', s(fullPhases.imagesMs), s(floor?.phases.imagesMs)],
  ['  search indexing', s(fullPhases.searchMs), s(floor?.phases.searchMs)],
  [
    '  the rest (start-up, types, build:done hooks)',
    s(rest(full.wallMs, fullPhases)),
    s(floor && rest(floor.run.wallMs, floor.phases)),
  ],
  [
    'pages per second (rendering)',
    perSecond(fullPhases.pages, fullPhases.renderMs),
    perSecond(floor?.phases.pages, floor?.phases.renderMs),
  ],
  [
    'pages per second (wall)',
    perSecond(fullPhases.pages, full.wallMs),
    perSecond(floor?.phases.pages, floor?.run.wallMs),
  ],
  ['peak memory, process tree', mb(full.peakTreeRss), mb(floor?.run.peakTreeRss)],
  ['peak memory, largest process', mb(full.peakProcessHwm), mb(floor?.run.peakProcessHwm)],
  ['  process tree at its peak', treeParts(full.peakTreeParts), floor ? treeParts(floor.run.peakTreeParts) : 'n/a'],
  [
    'dist/ size',
    `${mb(dist.bytes)} (${dist.files} files)`,
    floor ? `${mb(floor.dist.bytes)} (${floor.dist.files} files)` : 'n/a',
  ],
  ['first search: Pagefind bytes', kb(search?.pagefind), '—'],
  ['first search: all bytes', search ? `${kb(search.total)} (${search.requests} requests)` : 'n/a', '—'],
  ['/data/places.geojson', existsSync(geojson) ? kb(statSync(geojson).size) : 'n/a', '—'],
  [
    'service worker precache',
    `${(precache.bytes / 1e6).toFixed(2)} MB (${(precacheGzip / 1e6).toFixed(2)} MB gzip)`,
    '—',
  ],
];
const ratio = floor ? full.wallMs / floor.run.wallMs : undefined;
const width = Math.max(...rows.map(([label]) => label.length));
console.log(
  `\nBenchmark: ${n} products (${catalogue.products.length} published), images ${options.images ? 'on' : 'off'}, ${cpus().length} cores, ${mb(totalmem())} RAM\n`,
);
console.log(`${''.padEnd(width)}  ${'full site'.padStart(22)}  ${'floor'.padStart(22)}`);
for (const [label, a, b] of rows) console.log(`${label.padEnd(width)}  ${a.padStart(22)}  ${b.padStart(22)}`);
console.log(`\nfull / floor wall time: ${ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}x`} (goal: at most 2x)`);
console.log(
  `stand-alone content check + catalogue in this process: ${s(standaloneCheckMs)}; whole bench ${s(performance.now() - started)}`,
);

mkdirSync(benchDir, { recursive: true });
const results = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, memoryBytes: totalmem(), node: process.version },
  options: { ...options, asOf: BENCH_AS_OF },
  published: catalogue.products.length,
  full: {
    wallMs: full.wallMs,
    phases: fullPhases,
    peakTreeRss: full.peakTreeRss,
    peakProcessHwm: full.peakProcessHwm,
    peakTreeParts: full.peakTreeParts,
    dist,
  },
  floor: floor && {
    wallMs: floor.run.wallMs,
    phases: floor.phases,
    peakTreeRss: floor.run.peakTreeRss,
    peakProcessHwm: floor.run.peakProcessHwm,
    peakTreeParts: floor.run.peakTreeParts,
    dist: floor.dist,
  },
  ratio,
  search: search ?? null,
  placesGeojsonBytes: existsSync(geojson) ? statSync(geojson).size : null,
  precache: { files: precache.files.length, bytes: precache.bytes, gzipBytes: precacheGzip, groups: precache.groups },
  standaloneCheckMs,
} satisfies Record<string, unknown> & { search: SearchBytes | null };
const file = join(benchDir, `results-${n}${options.images ? '-images' : ''}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Results written to ${file}`);
