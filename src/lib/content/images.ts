// The images of a content folder: which file a record's `images[i].src` names, and whether it may be
// used. One function (`inspectImage`) decides for the content check and the products loader alike.
// An image is only ever read as bytes by sharp: never imported, so never run (issue #18: a link named
// x.jpg to a file holding an ES module was bundled and executed by Vite at build time).
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { readRegularFile, UnreadableFile } from './read.ts';

/** The formats a product photo may be in, by sharp's name for each, with the name people know. */
export const IMAGE_FORMATS = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' } as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** An image file refused unread above this size; phone photos are 2–8 MB. */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
/** And above this many pixels (a 48-megapixel phone photo is 8000×6000). */
export const MAX_IMAGE_PIXELS = 60_000_000;

/** A checked image of a record: where it is in the content folder and its size as shown (EXIF orientation applied). */
export interface ContentImage {
  /** Path relative to the content root, with `/` separators, e.g. `images/che-xanh.jpg`. */
  file: string;
  width: number;
  height: number;
  format: ImageFormat;
  /** The record and field that name it, for messages about it later in the build. */
  usedAt?: { file: string; field: string };
}

type Inspection = { image: ContentImage } | { problem: string };
/** What is wrong with a file, said after its `src`: "does not exist", "is an SVG file; …". */
type FileInspection = { image: ContentImage } | { why: string };

/**
 * The path of `src` relative to the content root, or why it may not be used: it must be a relative
 * path (no URL, no absolute path) that stays inside the root and names no hidden file.
 */
export function imagePath(recordFile: string, src: string): { file: string } | { problem: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return { problem: `"${src}" is not a file in the content folder: give a path such as ../images/photo.jpg` };
  }
  if (isAbsolute(src)) return { problem: `"${src}" is an absolute path: give a path relative to the record's file, such as ../images/photo.jpg` };
  // eslint-disable-next-line no-control-regex
  if (/[\\?#\u0000-\u001f]/.test(src)) return { problem: `"${src}" holds \\, ?, # or a control character: write a plain path with / between folders` };
  const file = relative('/root', resolve('/root', dirname(recordFile), src));
  if (file.startsWith('..') || isAbsolute(file)) {
    return { problem: `"${src}" is outside the content folder; images must be inside it (e.g. ../images/photo.jpg)` };
  }
  if (file.split(sep).some((part) => part.startsWith('.'))) return { problem: `"${src}" names a hidden file or folder` };
  return { file: file.split(sep).join('/') };
}

/**
 * Reads an image of the content folder as bytes after checking that the path and every folder on the
 * way are real (no symbolic link anywhere below the root) and that it is a regular file of at most
 * MAX_IMAGE_BYTES. Throws `UnreadableFile` with the reason otherwise. `root` must be a real path.
 */
export function readContentImage(root: string, file: string): Buffer {
  const path = join(root, file);
  let real: string;
  try {
    lstatSync(path);
    real = realpathSync(path);
  } catch {
    throw new UnreadableFile('does not exist');
  }
  if (real !== path) {
    throw new UnreadableFile('is a symbolic link or inside one; images must be real files inside the content folder');
  }
  return readRegularFile(path, MAX_IMAGE_BYTES);
}

// The check and then the products loader inspect the same images in one build; the second asks again
// only when the file changed in between (same idea as the parse cache in read.ts).
const inspected: Map<string, FileInspection> = ((globalThis as { ocopInspectedImages?: Map<string, FileInspection> })
  .ocopInspectedImages ??= new Map());

function statKey(path: string): string | undefined {
  try {
    const stat = lstatSync(path, { bigint: true });
    return `${path}\0${stat.ino}\0${stat.size}\0${stat.mtimeNs}\0${stat.ctimeNs}`;
  } catch {
    return undefined;
  }
}

async function inspectFile(root: string, file: string): Promise<FileInspection> {
  let bytes: Buffer;
  try {
    bytes = readContentImage(root, file);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    const why = error.message === 'does not exist' ? "does not exist (paths are relative to the record's own file)" : error.message;
    return { why };
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { why: 'is not an image (the file is not a JPEG, PNG, WebP or AVIF picture, whatever its name says)' };
  }
  const format = metadata.format === 'heif' && metadata.compression === 'av1' ? 'avif' : metadata.format;
  if (!(format in IMAGE_FORMATS)) {
    return { why: `is a${/^[aeiosx]/i.test(format) ? 'n' : ''} ${format.toUpperCase()} file; use a JPEG, PNG, WebP or AVIF photo` };
  }
  const { width, height } = metadata.autoOrient ?? metadata;
  if (!width || !height) return { why: 'has no size in its header; save it again as a JPEG, PNG, WebP or AVIF photo' };
  if (width * height > MAX_IMAGE_PIXELS) {
    return { why: `is ${width}×${height} pixels; at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels (make it smaller)` };
  }
  return { image: { file, width, height, format: format as ImageFormat } };
}

/**
 * Checks the image a record names: `src` (as written, relative to the record's file `recordFile`,
 * itself relative to the content root) must name a regular file inside the root, reached through no
 * symbolic link, whose header, read by sharp, says JPEG, PNG, WebP or AVIF. Returns the image, or a
 * problem message that starts with `src` quoted. `root` must be a real path (`realContentRoot`).
 */
export async function inspectImage(root: string, recordFile: string, src: string): Promise<Inspection> {
  const located = imagePath(recordFile, src);
  if ('problem' in located) return located;
  const key = statKey(join(root, located.file));
  let result = key ? inspected.get(key) : undefined;
  if (!result) {
    result = await inspectFile(root, located.file);
    if (key) inspected.set(key, result);
  }
  return 'why' in result ? { problem: `"${src}" ${result.why}` } : result;
}
