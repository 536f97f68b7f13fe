// Draws the illustrative cover images of the SAMPLE content (there are no real photographs).
//
//   node scripts/make-sample-images.ts [contentDir] [width]
//
// Reads every products/*.md in contentDir (default: content), takes `group` and the first image `src`
// from the front matter, and writes a flat, text-free illustration there as JPEG (4:3, default 1200 px).
// A product's motif is chosen from its group and a few keywords in its slug.
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';

const contentDir = path.resolve(process.argv[2] ?? 'content');
const width = Number(process.argv[3] ?? 1200);
const height = Math.round((width * 3) / 4);
const W = 1200;
const H = 900;

type Palette = { sky: [string, string]; hills: [string, string, string]; accent: string; accent2: string };

const palettes: Record<string, Palette> = {
  food: {
    sky: ['#fdf3dc', '#f6d9a8'],
    hills: ['#c9d8a4', '#9fbf7a', '#6f9a55'],
    accent: '#c8742c',
    accent2: '#f2c14e',
  },
  beverage: {
    sky: ['#e6f1f4', '#b9d7e0'],
    hills: ['#a9c9c2', '#7fae9f', '#4f8576'],
    accent: '#8a3b5c',
    accent2: '#f0b429',
  },
  herbal: {
    sky: ['#eef6e4', '#cfe5b8'],
    hills: ['#b3d39a', '#86b46c', '#5a8a48'],
    accent: '#3f7d3a',
    accent2: '#a7c957',
  },
  handicraft: {
    sky: ['#f7ece4', '#e8c9b5'],
    hills: ['#d9b79c', '#bf8f6f', '#8c5a41'],
    accent: '#b0413e',
    accent2: '#2b4c7e',
  },
  ornamental: {
    sky: ['#fcecef', '#f4c6d2'],
    hills: ['#d8c7dc', '#b79cc4', '#8c6f9e'],
    accent: '#e0607e',
    accent2: '#f7d6e0',
  },
  tourism: {
    sky: ['#e3eef9', '#fbe3c4'],
    hills: ['#a7c4b5', '#7ea493', '#557f6c'],
    accent: '#7b4b2a',
    accent2: '#ffffff',
  },
};

// Small deterministic random generator, so the same slug always gives the same picture.
function rng(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h >>>= 0) % 10000) / 10000;
  };
}

function ridge(y: number, amp: number, r: () => number, color: string): string {
  let d = `M0 ${H} L0 ${y}`;
  for (let x = 0; x <= W; x += 150)
    d += ` Q${x + 75} ${y - amp * (0.4 + r())} ${x + 150} ${y + (r() - 0.5) * amp * 0.6}`;
  return `<path d="${d} L${W} ${H} Z" fill="${color}"/>`;
}

function background(p: Palette, r: () => number): string {
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="${860 + r() * 200}" cy="${150 + r() * 60}" r="70" fill="#fff" opacity="0.55"/>
${ridge(420, 120, r, p.hills[0])}${ridge(540, 100, r, p.hills[1])}`;
}

// ---- motifs: each returns SVG drawn on a 1200 x 900 canvas over the background ----

function teaTerraces(p: Palette, r: () => number): string {
  let s = ridge(600, 80, r, p.hills[2]);
  for (let i = 0; i < 6; i++) {
    const y = 630 + i * 50;
    s += `<path d="M-20 ${y} Q600 ${y - 60 - r() * 30} 1220 ${y}" stroke="#3d6b35" stroke-width="26" fill="none" stroke-linecap="round" opacity="${0.75 + i * 0.04}"/>`;
  }
  return s;
}

const oldTree = `<path d="M860 640 q-20 -120 10 -220 M870 470 q-60 -40 -110 -50 M880 440 q50 -40 100 -30" stroke="#5b3b1a" stroke-width="26" fill="none" stroke-linecap="round"/>
<g fill="#4d7a3c"><circle cx="760" cy="400" r="60"/><circle cx="870" cy="350" r="85"/><circle cx="980" cy="400" r="60"/><circle cx="900" cy="420" r="55"/></g>
<g fill="#ffffff" opacity="0.7"><circle cx="820" cy="330" r="8"/><circle cx="930" cy="310" r="8"/><circle cx="970" cy="380" r="8"/><circle cx="780" cy="390" r="8"/></g>`;

function bowl(p: Palette, fill: string): string {
  let strands = '';
  for (let i = 0; i < 9; i++)
    strands += `<path d="M${470 + i * 30} 560 q20 -70 -10 -130" stroke="${fill}" stroke-width="7" fill="none" stroke-linecap="round"/>`;
  return `${ridge(640, 40, () => 0.5, p.hills[2])}<ellipse cx="600" cy="790" rx="330" ry="40" fill="#000" opacity="0.08"/>
${strands}<path d="M340 560 h520 a260 220 0 0 1 -520 0 z" fill="${p.accent}"/><ellipse cx="600" cy="560" rx="260" ry="38" fill="${fill}"/>
<path d="M380 620 h440" stroke="#fff" stroke-width="10" opacity="0.35"/>`;
}

function fruits(p: Palette, r: () => number, color: string, shape: 'round' | 'pear' | 'banana'): string {
  let s = `${ridge(640, 40, r, p.hills[2])}<path d="M330 640 h540 l-50 180 h-440 z" fill="#a9743f"/><path d="M330 640 h540" stroke="#7a4f27" stroke-width="14"/>`;
  for (let i = 0; i < 5; i++) {
    const x = 400 + i * 100;
    const y = 600 - (i % 2) * 40;
    if (shape === 'banana')
      s += `<path d="M${x - 60} ${y} q70 -110 150 -40 q-70 -30 -150 40 z" fill="${color}" stroke="#9c7b1e" stroke-width="4"/>`;
    else if (shape === 'pear')
      s += `<path d="M${x} ${y - 120} c-30 0 -25 50 -50 80 c-40 50 0 90 50 90 c50 0 90 -40 50 -90 c-25 -30 -20 -80 -50 -80 z" fill="${color}"/><path d="M${x} ${y - 120} l6 -24" stroke="#5b3b1a" stroke-width="6"/>`;
    else
      s += `<circle cx="${x}" cy="${y - 40}" r="58" fill="${color}"/><circle cx="${x - 18}" cy="${y - 60}" r="14" fill="#fff" opacity="0.35"/>`;
  }
  return s;
}

function fish(_palette: Palette, r: () => number, color: string): string {
  let s = `<rect y="520" width="${W}" height="380" fill="#5d9ab8"/>`;
  for (let i = 0; i < 5; i++)
    s += `<path d="M0 ${560 + i * 70} q150 -25 300 0 t300 0 t300 0 t300 0" stroke="#fff" stroke-width="5" fill="none" opacity="0.3"/>`;
  for (let i = 0; i < 3; i++) {
    const x = 250 + i * 320 + r() * 40;
    const y = 640 + (i % 2) * 110;
    s += `<g transform="translate(${x} ${y})"><path d="M-130 0 q110 -80 220 0 q-110 80 -220 0 z" fill="${color}"/><path d="M85 0 l70 -45 v90 z" fill="${color}"/><circle cx="-90" cy="-8" r="8" fill="#203040"/></g>`;
  }
  return s;
}

function honey(p: Palette): string {
  let s = ridge(640, 40, () => 0.5, p.hills[2]);
  for (let row = 0; row < 3; row++)
    for (let col = 0; col < 4; col++) {
      const cx = 200 + col * 104 + (row % 2) * 52;
      const cy = 560 + row * 90;
      s += `<polygon points="${[0, 60, 120, 180, 240, 300].map((a) => `${cx + 55 * Math.cos(((a + 30) * Math.PI) / 180)},${cy + 55 * Math.sin(((a + 30) * Math.PI) / 180)}`).join(' ')}" fill="${p.accent2}" stroke="#c98a14" stroke-width="6"/>`;
    }
  return `${s}<rect x="730" y="470" width="240" height="300" rx="40" fill="#e39b1f"/><rect x="750" y="430" width="200" height="56" rx="12" fill="${p.accent}"/><rect x="760" y="520" width="40" height="200" rx="20" fill="#fff" opacity="0.3"/>`;
}

function jar(p: Palette, r: () => number, content: string, decor: string): string {
  return `${ridge(640, 40, r, p.hills[2])}<ellipse cx="600" cy="800" rx="300" ry="34" fill="#000" opacity="0.08"/>
<rect x="470" y="470" width="260" height="320" rx="50" fill="${content}"/><rect x="490" y="430" width="220" height="60" rx="14" fill="#7a4f27"/>
<rect x="500" y="540" width="36" height="200" rx="18" fill="#fff" opacity="0.3"/>${decor}`;
}

function chilies(color: string): string {
  let s = '';
  for (let i = 0; i < 4; i++)
    s += `<path d="M${800 + i * 60} 720 q40 -120 -20 -200 q10 70 -30 200 z" fill="${color}"/><path d="M${788 + i * 60} 520 l10 -30" stroke="#3f7d3a" stroke-width="10"/>`;
  return s;
}

function bottle(p: Palette, r: () => number, color: string, side: string): string {
  return `${ridge(640, 40, r, p.hills[2])}<ellipse cx="560" cy="800" rx="320" ry="34" fill="#000" opacity="0.08"/>
<path d="M420 800 v-300 q0 -60 50 -90 v-110 h80 v110 q50 30 50 90 v300 z" fill="${color}"/><rect x="465" y="280" width="90" height="40" rx="8" fill="#7a4f27"/>
<rect x="440" y="520" width="30" height="240" rx="15" fill="#fff" opacity="0.25"/>${side}`;
}

function cup(color: string): string {
  return `<path d="M700 800 h170 l-20 -170 h-130 z" fill="${color}" opacity="0.9"/><path d="M690 630 h190" stroke="#fff" stroke-width="8" opacity="0.6"/>`;
}

function jug(p: Palette, r: () => number): string {
  return `${ridge(640, 40, r, p.hills[2])}<ellipse cx="600" cy="800" rx="320" ry="34" fill="#000" opacity="0.08"/>
<path d="M540 330 h120 v60 q150 60 150 230 q0 180 -210 180 q-210 0 -210 -180 q0 -170 150 -230 z" fill="#8c5a3c"/>
<path d="M420 600 q180 50 360 0" stroke="#f0c987" stroke-width="14" fill="none"/><rect x="530" y="300" width="140" height="44" rx="10" fill="#c0392b"/>
<ellipse cx="300" cy="780" rx="140" ry="30" fill="#e3c16f"/><ellipse cx="300" cy="765" rx="110" ry="22" fill="#f2d98c"/>`;
}

function leaves(p: Palette, r: () => number, fan: number, extra: string): string {
  let s = ridge(640, 40, r, p.hills[2]);
  for (let i = 0; i < fan; i++) {
    const a = -70 + (i * 140) / (fan - 1);
    s += `<g transform="translate(${fan > 9 ? 380 : 600} 840) rotate(${a}) scale(${fan > 9 ? 0.8 : 1})"><path d="M0 0 q${fan > 9 ? 25 : 70} -220 0 -420 q-${fan > 9 ? 25 : 70} 200 0 420 z" fill="${i % 2 ? p.accent : p.accent2}"/><path d="M0 -10 v-390" stroke="#2f5d2c" stroke-width="5"/></g>`;
  }
  return s + extra;
}

const tub = `<path d="M640 620 h380 l-40 200 h-300 z" fill="#a9743f"/><path d="M650 680 h360 M665 760 h330" stroke="#7a4f27" stroke-width="14"/><ellipse cx="830" cy="620" rx="190" ry="26" fill="#8fae5a"/>`;
const vial = `<rect x="760" y="560" width="140" height="230" rx="30" fill="#e8d27a" opacity="0.9"/><rect x="790" y="500" width="80" height="70" rx="10" fill="#5b3b1a"/><rect x="780" y="600" width="22" height="150" rx="11" fill="#fff" opacity="0.4"/>`;
const teaCup = `<path d="M720 660 h240 q0 150 -120 150 q-120 0 -120 -150 z" fill="#f5f1e6"/><ellipse cx="840" cy="660" rx="120" ry="20" fill="#d9b44a"/>`;

function weave(p: Palette): string {
  let s = `<rect y="520" width="${W}" height="380" fill="${p.hills[2]}"/>`;
  for (let i = 0; i < 14; i++) {
    const x = i * 90;
    s += `<path d="M${x} 520 l90 90 l-90 90 l90 90 l-90 90" stroke="${i % 2 ? p.accent : p.accent2}" stroke-width="20" fill="none"/>`;
  }
  return s;
}

function chair(p: Palette): string {
  const legs = `<g stroke="#7a4f27" stroke-width="20" stroke-linecap="round"><path d="M470 640 l-20 190 M730 640 l20 190 M520 660 l-5 160 M680 660 l5 160"/></g>`;
  const hatch = `<pattern id="rattan" width="28" height="28" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="28" height="28" fill="#e2b676"/><path d="M0 14 h28 M14 0 v28" stroke="#b07d3f" stroke-width="6"/></pattern>`;
  return `${weave(p)}<defs>${hatch}</defs>${legs}
<path d="M450 630 v-250 q0 -120 150 -120 q150 0 150 120 v250 z" fill="url(#rattan)" stroke="#7a4f27" stroke-width="14"/>
<ellipse cx="600" cy="635" rx="190" ry="50" fill="url(#rattan)" stroke="#7a4f27" stroke-width="14"/>`;
}

function bracelets(p: Palette): string {
  return `${weave(p)}<ellipse cx="600" cy="640" rx="260" ry="130" fill="none" stroke="#e6e9ee" stroke-width="42"/>
<ellipse cx="600" cy="640" rx="260" ry="130" fill="none" stroke="#9aa3ad" stroke-width="6" stroke-dasharray="18 14"/>
<ellipse cx="640" cy="600" rx="200" ry="100" fill="none" stroke="#cfd4da" stroke-width="30"/>`;
}

function flowers(p: Palette, r: () => number, orchid: boolean): string {
  let s = `${ridge(640, 40, r, p.hills[2])}<path d="M200 880 q150 -250 380 -380 q140 -80 260 -60" stroke="#5b3b1a" stroke-width="22" fill="none" stroke-linecap="round"/>`;
  for (let i = 0; i < 9; i++) {
    const x = 240 + i * 90 + r() * 40;
    const y = 420 + r() * 260;
    let petals = '';
    for (let k = 0; k < 5; k++)
      petals += `<ellipse cx="0" cy="-34" rx="${orchid ? 16 : 24}" ry="${orchid ? 42 : 32}" transform="rotate(${k * 72})" fill="${k % 2 && orchid ? '#ffffff' : p.accent}"/>`;
    s += `<g transform="translate(${x} ${y})">${petals}<circle r="14" fill="${orchid ? '#8c4fa8' : '#f7d774'}"/></g>`;
  }
  return s;
}

function village(p: Palette, r: () => number, waterfall: boolean, field: string): string {
  let s = '';
  if (waterfall)
    s += `<path d="M880 250 q-20 200 10 420" stroke="#ffffff" stroke-width="60" fill="none" opacity="0.85"/><path d="M870 260 q-20 200 10 410" stroke="#cfe8f5" stroke-width="18" fill="none"/>`;
  s += ridge(620, 70, r, p.hills[2]);
  for (let i = 0; i < 5; i++)
    s += `<path d="M-20 ${700 + i * 45} Q600 ${670 + i * 45 - r() * 30} 1220 ${700 + i * 45}" stroke="${field}" stroke-width="22" fill="none" opacity="0.8"/>`;
  const house = (x: number, y: number, k: number) =>
    `<g transform="translate(${x} ${y}) scale(${k})"><path d="M-10 0 v90 M60 0 v90 M130 0 v90 M200 0 v90" stroke="${p.accent}" stroke-width="12"/>
<rect x="-20" y="-90" width="230" height="100" fill="#c99a6b"/><path d="M-70 -80 L95 -200 L260 -80 z" fill="#6b4a32"/><rect x="70" y="-65" width="50" height="60" fill="#5b3b1a"/></g>`;
  const x = 120 + r() * 250;
  return (
    s +
    house(x, 560, 1) +
    house(x + 300 + r() * 120, 600, 0.7) +
    (waterfall ? '' : house(x + 560 + r() * 80, 585, 0.55))
  );
}

function motif(slug: string, group: string, p: Palette, r: () => number): string {
  const has = (...words: string[]) => words.some((w) => slug.includes(w));
  switch (group) {
    case 'food':
      if (has('shan-tuyet')) return teaTerraces(p, r) + oldTree;
      if (has('che-')) return teaTerraces(p, r);
      if (has('ca-')) return fish(p, r, has('hoi') ? '#e8906a' : '#6f7f8f');
      if (has('mat-ong')) return honey(p);
      if (has('le-')) return fruits(p, r, '#d8c25a', 'pear');
      if (has('chuoi')) return fruits(p, r, '#f2d049', 'banana');
      if (has('chanh-leo')) return fruits(p, r, '#6b2d5c', 'round');
      if (has('toi')) return fruits(p, r, '#3b3030', 'round');
      if (has('cham-cheo')) return jar(p, r, '#b8452a', chilies('#d6342b'));
      if (has('gao')) return bowl(p, '#fbf8ee');
      if (has('mang')) return jar(p, r, '#c9a36a', '');
      return bowl(p, '#e9e1cf');
    case 'beverage':
      if (has('thoc')) return jug(p, r);
      if (has('chanh-leo')) return bottle(p, r, '#e8a317', cup('#f4c84a'));
      if (has('tao-meo')) return bottle(p, r, '#a4452b', cup('#c0392b'));
      return bottle(p, r, p.accent, cup('#f1e3b0'));
    case 'herbal':
      if (has('thuoc-tam')) return leaves(p, r, 9, tub);
      if (has('dau-sa')) return leaves(p, r, 13, vial);
      return leaves(p, r, 7, teaCup);
    case 'handicraft':
      if (has('ghe')) return chair(p);
      if (has('vong', 'bac')) return bracelets(p);
      return weave(p);
    case 'ornamental':
      return flowers(p, r, has('lan'));
    default:
      return village(p, r, has('si-thau-chai'), has('lao-chai') ? '#e3c45c' : '#9cc26b');
  }
}

const productsDir = path.join(contentDir, 'products');
const done = new Set<string>();
for (const file of readdirSync(productsDir).filter((f) => f.endsWith('.md'))) {
  const slug = file.replace(/\.md$/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(productsDir, file), 'utf8'));
  const data = match ? (parse(match[1]) as { group?: string; images?: { src?: string }[] }) : {};
  const src = data.images?.[0]?.src;
  if (!src) continue;
  const out = path.resolve(productsDir, src);
  if (done.has(out)) continue;
  done.add(out);
  const p = palettes[data.group ?? ''] ?? palettes.food;
  const r = rng(slug);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}">${background(p, r)}${motif(slug, data.group ?? '', p, r)}</svg>`;
  mkdirSync(path.dirname(out), { recursive: true });
  await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toFile(out);
  console.log(path.relative(process.cwd(), out));
}
