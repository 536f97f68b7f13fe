// A synthetic content folder in the exact shape of CONTENT-CONTRACT.md, for the benchmark. The same
// options always give the same files (seeded PRNG), so figures from two runs compare like with like.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { foldDiacritics } from '../../src/lib/fold.ts';
import { PRODUCER_KINDS, type ProductGroup } from '../../src/schemas/enums.ts';
import {
  BRAND_SYLLABLES,
  COMMUNES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  GROUP_WEIGHTS,
  KINDS,
  PRODUCER_WORDS,
  PROVINCES,
  SENTENCES,
} from './vocabulary.ts';

/** The reference date the benchmark builds with; the generated certificates are spread around it. */
export const BENCH_AS_OF = '2026-11-29';
/** Distinct base photographs in `--images` mode; each product still gets its own file. */
const BASE_IMAGES = 64;

export interface GenerateOptions {
  out: string;
  products: number;
  producers?: number;
  places?: number;
  images?: boolean;
  seed?: number;
}

export interface GeneratedCounts {
  products: number;
  producers: number;
  places: number;
  images: number;
}

/** mulberry32: small, fast and good enough to spread synthetic records. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Producers and places scale with products as in the issue's default: 10,000 : 1,000 : 2,000. */
export function scaledCounts(options: GenerateOptions): Omit<GeneratedCounts, 'images'> {
  return {
    products: options.products,
    producers: options.producers ?? Math.max(1, Math.round(options.products / 10)),
    places: options.places ?? Math.max(1, Math.round(options.products / 5)),
  };
}

const slugify = (text: string) =>
  foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const pad = (n: number) => String(n).padStart(2, '0');

export function generateContent(options: GenerateOptions): Promise<GeneratedCounts> {
  const random = seededRandom(options.seed ?? 20261129);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;
  const weighted = <T>(pairs: readonly [T, number][]): T => {
    let r = random() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of pairs) if ((r -= weight) < 0) return value;
    return pairs[pairs.length - 1]![0];
  };
  const near = ({ lat, lng }: { lat: number; lng: number }) => ({
    lat: Math.round((lat + (random() - 0.5) * 0.5) * 1e4) / 1e4,
    lng: Math.round((lng + (random() - 0.5) * 0.5) * 1e4) / 1e4,
  });
  const phone = () => `+84 9${int(10, 99)} ${int(100, 999)} ${int(100, 999)}`;
  const date = (from: number, to: number) => `${int(from, to)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;

  const counts = scaledCounts(options);
  const { out } = options;
  rmSync(out, { recursive: true, force: true });
  for (const folder of ['producers', 'products', 'places', 'images']) mkdirSync(join(out, folder), { recursive: true });

  writeJson(join(out, 'site.json'), {
    name: { vi: 'OCOP Việt Nam (dữ liệu thử)', en: 'Vietnam OCOP (benchmark data)' },
    region: { vi: 'Toàn quốc', en: 'Vietnam' },
    url: 'https://ocop.bench.example',
    office: { name: 'Văn phòng Điều phối nông thôn mới Trung ương', phone: '024 3846 8161' },
    map: { center: [16.0, 106.0], zoom: 6 },
    sampleData: true,
  });

  const producers = Array.from({ length: counts.producers }, (_, i) => {
    const province = pick(PROVINCES);
    const commune = pick(COMMUNES);
    const kind = weighted<(typeof PRODUCER_KINDS)[number]>([
      ['cooperative', 50],
      ['enterprise', 20],
      ['household', 25],
      ['other', 5],
    ]);
    const person = `${pick(FAMILY_NAMES)} ${pick(GIVEN_NAMES)}`;
    const name =
      kind === 'cooperative'
        ? `HTX ${pick(PRODUCER_WORDS)} ${commune}`
        : kind === 'enterprise'
          ? `Công ty TNHH ${pick(PRODUCER_WORDS)} ${province.name}`
          : kind === 'household'
            ? `Hộ kinh doanh ${person}`
            : `Tổ hợp tác ${pick(PRODUCER_WORDS)} ${commune}`;
    const slug = `${slugify(name)}-${i + 1}`;
    writeJson(join(out, 'producers', `${slug}.json`), {
      name,
      kind,
      commune,
      address: `Thôn ${int(1, 12)}, xã ${commune}, tỉnh ${province.name}`,
      representative: person,
      ...(chance(0.8) && { phone: phone() }),
      ...(chance(0.4) && { email: `lienhe${i + 1}@ocop.example.vn` }),
      ...(chance(0.15) && { website: `https://${slug}.example` }),
      ...(chance(0.6) && { location: near(province) }),
    });
    return { slug, commune, province, representative: person };
  });

  const salesPoints: string[] = [];
  for (let i = 0; i < counts.places; i++) {
    const province = pick(PROVINCES);
    const commune = pick(COMMUNES);
    const tourism = chance(0.25);
    const name = tourism ? `Bản du lịch cộng đồng ${commune}` : `Điểm giới thiệu sản phẩm OCOP ${commune}`;
    const slug = `${slugify(name)}-${i + 1}`;
    if (!tourism) salesPoints.push(slug);
    writeJson(join(out, 'places', `${slug}.json`), {
      name,
      kind: tourism ? 'tourism' : 'sales-point',
      location: near(province),
      commune,
      address: `Xã ${commune}, tỉnh ${province.name}`,
      ...(chance(0.6) && { phone: phone() }),
      ...(!tourism && chance(0.5) && { hours: '7:30–17:00, thứ Hai đến Chủ nhật' }),
      ...(chance(0.4) && { description: pick(SENTENCES) }),
      ...(chance(0.5) && {
        en: { name: tourism ? `${commune} community-tourism village` : `${commune} OCOP showroom` },
      }),
    });
  }

  const products = Array.from({ length: counts.products }, (_, i) => {
    const producer = pick(producers);
    const group = weighted<ProductGroup>(GROUP_WEIGHTS);
    const kind = pick(KINDS[group]);
    const brand = chance(0.5) ? ` ${pick(BRAND_SYLLABLES)} ${pick(BRAND_SYLLABLES)}` : '';
    const name = `${kind.vi}${brand} ${producer.commune}`;
    const slug = `${slugify(name)}-${i + 1}`;
    // About 85% published on BENCH_AS_OF: the rest are below 3 stars, expired or revoked.
    const fate = weighted<'published' | 'below' | 'expired' | 'revoked'>([
      ['published', 85],
      ['below', 5],
      ['expired', 7],
      ['revoked', 3],
    ]);
    const stars =
      fate === 'below'
        ? int(1, 2)
        : weighted([
            [3, 60],
            [4, 32],
            [5, 8],
          ] as [number, number][]);
    const certificateDate = fate === 'expired' ? date(2021, 2022) : date(2024, 2026).replace(/^2026-1[12]/, '2026-10');
    const sold = Array.from({ length: int(0, 3) }, () => pick(salesPoints)).filter((s) => s);
    const record = {
      name,
      producer: producer.slug,
      group,
      subgroup: kind.subgroup,
      stars,
      certificate: {
        number: `${int(100, 9999)}/QĐ-UBND`,
        date: certificateDate,
        issuer: stars === 5 ? 'Bộ Nông nghiệp và Môi trường' : `UBND tỉnh ${producer.province.name}`,
        ...(fate === 'published' &&
          chance(0.05) && { expires: `${Number(certificateDate.slice(0, 4)) + 3}${certificateDate.slice(4)}` }),
      },
      ...(fate === 'revoked' && {
        revoked: { date: date(2025, 2025), reason: 'Không duy trì được chất lượng sản phẩm khi kiểm tra định kỳ' },
      }),
      commune: producer.commune,
      ...(chance(0.4) && { formerCommune: pick(COMMUNES) }),
      summary: `${kind.vi} của ${producer.commune}, ${producer.province.name}: ${pick(SENTENCES)}`.slice(0, 200),
      ...(options.images && {
        images: [{ src: `../images/${slug}.jpg`, alt: `${kind.vi} bày trên bàn gỗ` }],
      }),
      ...(group === 'tourism' && { location: near(producer.province) }),
      ...(sold.length > 0 && { salesPoints: [...new Set(sold)] }),
      ...(kind.price && { price: kind.price }),
      ...(chance(0.6) && {
        en: {
          name: `${kind.en}, ${producer.commune}`,
          summary: `${kind.en} from ${producer.commune}, ${producer.province.name}.`,
          ...(chance(0.3) && { description: 'Made in small batches by local families.\n' }),
        },
      }),
    };
    const paragraphs = Array.from({ length: int(1, 3) }, () =>
      Array.from({ length: int(2, 4) }, () => pick(SENTENCES)).join(' '),
    );
    paragraphs.push(
      `Thương hiệu${brand || ` ${producer.commune}`} do ${producer.representative} gây dựng tại xã ${producer.commune}, tỉnh ${producer.province.name}.`,
    );
    if (chance(0.3)) paragraphs.push('- **Cách dùng:** theo hướng dẫn trên bao bì.\n- **Bảo quản:** nơi khô mát.');
    writeFileSync(
      join(out, 'products', `${slug}.md`),
      `---\n${stringify(record, { lineWidth: 0 })}---\n\n${paragraphs.join('\n\n')}\n`,
    );
    return slug;
  });

  return options.images
    ? writeImages(out, products).then((images) => ({ ...counts, images }))
    : Promise.resolve({ ...counts, images: 0 });
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** One 800×600 JPEG per product, copied from a few distinct bases: cheap to make, real to process. */
async function writeImages(out: string, slugs: string[]): Promise<number> {
  const bases: string[] = [];
  for (let k = 0; k < Math.min(BASE_IMAGES, slugs.length); k++) {
    const hue = Math.round((k * 360) / BASE_IMAGES);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
<defs><linearGradient id="g" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},55%,85%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},45%,55%)"/></linearGradient></defs>
<rect width="800" height="600" fill="url(#g)"/><circle cx="${200 + k * 7}" cy="330" r="150" fill="hsl(${(hue + 180) % 360},50%,45%)"/>
<path d="M0 480 Q400 ${380 + k} 800 470 V600 H0z" fill="hsl(${(hue + 90) % 360},40%,35%)"/></svg>`;
    const path = join(out, 'images', `.base-${k}.jpg`);
    await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(path);
    bases.push(path);
  }
  slugs.forEach((slug, i) => copyFileSync(bases[i % bases.length]!, join(out, 'images', `${slug}.jpg`)));
  for (const base of bases) rmSync(base);
  return slugs.length;
}
