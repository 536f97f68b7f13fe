// Responsive images of the content folder, made with sharp instead of astro:assets. Astro can only
// process a local image that Vite imports as a module, and a content folder must never be imported
// (issue #18). So a page asks here for the sizes and formats it shows; each request gets a stable URL
// under /_astro/ at once and is written by src/integrations/content-images.ts after the pages: only
// the images of pages that were built, so only those of published products, re-encoded (EXIF, GPS and
// every other metadata dropped), and never the original file.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { MAX_IMAGE_PIXELS, readContentImage, type ContentImage } from './content/images.ts';

export type OutputFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/** One file to make from a content image. */
export interface ImageRequest {
  image: ContentImage;
  /** Width in pixels; never more than the image's own. */
  width: number;
  /** With a height, the image is cropped to width × height (CSS object-fit: cover). */
  height?: number;
  format: OutputFormat;
  /** Encoder quality 1–100; sharp's default for the format when absent. */
  quality?: number;
}

/** A request with everything needed to write it: the URL's file name, and the hash of the source bytes it was made for. */
export interface ImageJob {
  image: ContentImage;
  /** The size of the file, in pixels. */
  width: number;
  height: number;
  /** Cropped to that size (a height was asked for), rather than scaled. */
  crop: boolean;
  format: OutputFormat;
  quality?: number;
  name: string;
  sourceHash: string;
}

const EXTENSIONS: Record<OutputFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };
export const MIME_TYPES: Record<OutputFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
/** Where the files go, as Astro's own assets: dist/_astro/, served with long caching (src/lib/security-headers.ts). */
export const IMAGE_DIR = '_astro';
// Bump when the encoding changes, so that every URL and cache entry changes with it.
const PIPELINE_VERSION = '1';

interface Registry {
  /** The content root every image is read from (a real path). */
  root?: string;
  jobs: Map<string, ImageJob>;
  sourceHashes: Map<string, string>;
}

// Pages render inside Astro's bundle, the integration that writes the files runs beside it: both see
// this one object on globalThis.
const registry: Registry = ((globalThis as { ocopImages?: Registry }).ocopImages ??= {
  jobs: new Map(),
  sourceHashes: new Map(),
});

/** Sets the content root images are read from; the images integration calls it before any page renders. */
export function setImageRoot(root: string): void {
  if (registry.root !== root) registry.sourceHashes.clear();
  registry.root = root;
}

/** Every image file the pages rendered so far asked for. */
export const imageJobs = (): ImageJob[] => [...registry.jobs.values()];
export const imageJob = (name: string): ImageJob | undefined => registry.jobs.get(name);
/** Forgets the requests of a finished build (astro dev keeps them: the browser may still ask). */
export const clearImageJobs = (): void => registry.jobs.clear();

function sourceHash(image: ContentImage): string {
  const { root } = registry;
  if (!root)
    throw new Error('content images: the content root is not set (is the contentImages integration installed?)');
  let hash = registry.sourceHashes.get(image.file);
  if (!hash) {
    hash = createHash('sha256').update(readContentImage(root, image.file)).digest('hex');
    registry.sourceHashes.set(image.file, hash);
  }
  return hash;
}

/** The size an image is made at: the width asked for (at most the image's own), height to keep its shape unless given. */
function outputSize(image: ContentImage, width: number, height?: number): { width: number; height: number } {
  const scale = Math.min(1, image.width / width, height ? image.height / height : 1);
  if (height) return { width: Math.round(width * scale), height: Math.round(height * scale) };
  const w = Math.min(width, image.width);
  return { width: w, height: Math.round((image.height * w) / image.width) };
}

/** A file-name stem from the image's own name: ASCII letters, digits and hyphens only. */
function stem(file: string): string {
  const base = file
    .split('/')
    .at(-1)!
    .replace(/\.[^.]*$/, '');
  const ascii = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return ascii || 'image';
}

/**
 * The URL path of one image file (e.g. `/_astro/che-xanh.k3J9x0aB1c.avif`), registered to be written
 * after the pages. The name is a hash of the source's bytes and of the request, so it changes when the
 * photo does, and files can be cached for good. `base` is the site's base path (import.meta.env.BASE_URL).
 */
export function imageUrl(request: ImageRequest, base = '/'): { src: string; width: number; height: number } {
  const hash = sourceHash(request.image);
  const size = outputSize(request.image, request.width, request.height);
  const key = JSON.stringify([
    PIPELINE_VERSION,
    hash,
    size,
    request.height ? 'cover' : 'inside',
    request.format,
    request.quality ?? null,
  ]);
  const id = createHash('sha256').update(key).digest('base64url').slice(0, 10);
  const name = `${stem(request.image.file)}.${id}.${EXTENSIONS[request.format]}`;
  if (!registry.jobs.has(name)) {
    const { image, format, quality } = request;
    registry.jobs.set(name, {
      image,
      format,
      ...(quality !== undefined && { quality }),
      ...size,
      crop: request.height !== undefined,
      name,
      sourceHash: hash,
    });
  }
  return { src: `${base.replace(/\/?$/, '/')}${IMAGE_DIR}/${name}`, ...size };
}

export interface PictureSources {
  sources: { type: string; srcset: string }[];
  img: { src: string; srcset: string; width: number; height: number };
}

/**
 * What a `<picture>` needs to offer `widths` of an image in each of `formats`, with a fallback `<img>`
 * in JPEG (PNG for a PNG, which may be transparent). Widths above the image's own are dropped, as
 * astro:assets does; the `<img>` is the widest and carries its size, so that the page reserves room.
 */
export function pictureSources(
  image: ContentImage,
  { widths, formats, base }: { widths: number[]; formats: OutputFormat[]; base?: string },
): PictureSources {
  const fitting = [...new Set(widths.map((width) => Math.min(width, image.width)))].sort((a, b) => a - b);
  const srcset = (format: OutputFormat) =>
    fitting
      .map((width) => imageUrl({ image, width, format }, base))
      .map((file) => `${file.src} ${file.width}w`)
      .join(', ');
  const fallback: OutputFormat = image.format === 'png' ? 'png' : 'jpeg';
  const widest = imageUrl({ image, width: fitting.at(-1)!, format: fallback }, base);
  return {
    sources: formats.map((format) => ({ type: MIME_TYPES[format], srcset: srcset(format) })),
    img: { src: widest.src, srcset: srcset(fallback), width: widest.width, height: widest.height },
  };
}

/**
 * Encodes one image file from the content folder: read again through `readContentImage` (so a file
 * swapped for a link since the check is refused), checked to be the bytes the page was built for,
 * decoded strictly (a truncated photo fails here rather than shipping grey), turned upright from its
 * EXIF orientation, resized, and written without any metadata. Throws with the reason in plain words.
 */
export async function encodeImage(root: string, job: ImageJob): Promise<Buffer> {
  const bytes = readContentImage(root, job.image.file);
  if (createHash('sha256').update(bytes).digest('hex') !== job.sourceHash) {
    throw new Error('changed while the site was being built; build again');
  }
  let pipeline = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
  pipeline = job.crop
    ? pipeline.resize(job.width, job.height, { fit: 'cover', withoutEnlargement: true })
    : pipeline.resize({ width: job.width, withoutEnlargement: true });
  const options = job.quality === undefined ? {} : { quality: job.quality };
  pipeline =
    job.format === 'avif'
      ? pipeline.avif(options)
      : job.format === 'webp'
        ? pipeline.webp(options)
        : job.format === 'png'
          ? pipeline.png(options)
          : pipeline.jpeg({ ...options, mozjpeg: false });
  return pipeline.toBuffer();
}
