// Splits an `astro build` log into phases. Astro prints no machine-readable timings, so the phases are
// cut at the lines it does print, time-stamped by the harness as they arrive. A phase whose marker
// line never appears (no images, no search integration yet) is `undefined`: reported as "n/a".
import type { LogLine } from './measure.ts';

export interface BuildPhases {
  /** Process start to "[content] Synced content": Node and config start-up, the content check, the loaders. */
  contentMs?: number;
  /** The content check alone, when the integration logs its own duration. */
  contentCheckMs?: number;
  /** "Building static entrypoints" to the first rendered page: Vite bundling. */
  bundleMs?: number;
  renderMs?: number;
  imagesMs?: number;
  searchMs?: number;
  pages?: number;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
// "850ms", "12.3s", "1m 5s" (Astro's own format past a minute).
const DURATION = /(?:(\d+)m\s*)?(\d+(?:\.\d+)?)\s*(ms|s)\b/;

export function durationMs(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2]) * (match[3] === 's' ? 1000 : 1);
}

/** From the line matching `start` to the next "✓ Completed in" line after it. */
function section(lines: LogLine[], start: RegExp): number | undefined {
  const from = lines.findIndex(({ text }) => start.test(text));
  if (from < 0) return undefined;
  const done = lines.slice(from + 1).find(({ text }) => /✓ Completed in/.test(text) && !/\[build\]/.test(text));
  return done ? done.at - lines[from]!.at : undefined;
}

export function parseBuildLog(raw: LogLine[]): BuildPhases {
  const lines = raw.map(({ at, text }) => ({ at, text: text.replace(ANSI, '') }));
  const at = (pattern: RegExp) => lines.find(({ text }) => pattern.test(text))?.at;
  const synced = at(/\[content\] Synced content/);
  const routes = at(/generating static routes/);
  const entrypoints = at(/Building static entrypoints/);
  const check = lines.find(({ text }) => /checked \d+ records in/i.test(text) && DURATION.test(text));
  const search = lines.filter(({ text }) => /pagefind|search index/i.test(text));
  const timedSearch = search.find(({ text }) => DURATION.test(text));
  const built = /(\d+) page\(s\) built/.exec(lines.find(({ text }) => /page\(s\) built/.test(text))?.text ?? '');
  const phases: BuildPhases = {};
  if (synced !== undefined) phases.contentMs = synced;
  if (check) phases.contentCheckMs = durationMs(check.text)!;
  if (entrypoints !== undefined && routes !== undefined) phases.bundleMs = routes - entrypoints;
  const render = section(lines, /generating static routes/);
  if (render !== undefined) phases.renderMs = render;
  // The site's photos are written by its own integration (src/integrations/content-images.ts), which
  // times itself; astro:assets' section is the fallback.
  const photos = lines.find(({ text }) => /image files written in /.test(text));
  const images = photos
    ? durationMs(photos.text.split('written in ')[1]!)
    : section(lines, /generating optimized images/);
  if (images !== undefined) phases.imagesMs = images;
  if (timedSearch) phases.searchMs = durationMs(timedSearch.text)!;
  else if (search.length > 1) phases.searchMs = search[search.length - 1]!.at - search[0]!.at;
  if (built) phases.pages = Number(built[1]);
  return phases;
}
