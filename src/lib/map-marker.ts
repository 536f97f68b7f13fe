import type { MapPointKind } from '../schemas/enums.ts';

/**
 * One marker per kind, told apart by shape and glyph as well as colour (WCAG 1.4.1): a square with a
 * shopping bag for sales points, a triangle with mountains for tourism, a circle with a leaf for
 * producers. Plain strings, so the server-rendered list and the island share them.
 */
const COLOURS: Record<MapPointKind, string> = {
  'sales-point': '#1f6b3a',
  tourism: '#b3541e',
  producer: '#2d4f8a',
};

const SHAPES: Record<MapPointKind, (colour: string) => string> = {
  'sales-point': (c) =>
    `<rect x="3" y="3" width="26" height="26" rx="4" fill="${c}" stroke="#fff" stroke-width="2"/>` +
    `<path d="M10 13h12l-1.2 10H11.2z" fill="#fff"/><path d="M13 13v-2a3 3 0 0 1 6 0v2" fill="none" stroke="#fff" stroke-width="2"/>`,
  tourism: (c) =>
    `<path d="M16 2 30.5 28.5H1.5z" fill="${c}" stroke="#fff" stroke-width="2" stroke-linejoin="round"/>` +
    `<path d="m8.5 25 5.5-8 3.5 4.5 2.2-2.5 4.8 6z" fill="#fff"/>`,
  producer: (c) =>
    `<circle cx="16" cy="16" r="13.5" fill="${c}" stroke="#fff" stroke-width="2"/>` +
    `<path d="M9.5 22.5c0-7.5 5-12.5 13-12.5 0 7.5-5 12.5-13 12.5z" fill="#fff"/><path d="m10 22 7.5-7.5" stroke="${c}" stroke-width="1.6"/>`,
};

/** The marker as SVG markup, decorative: the name is given by the surrounding element's text. */
export function markerSvg(kind: MapPointKind, size = 32): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}" aria-hidden="true" focusable="false">${SHAPES[kind](COLOURS[kind])}</svg>`;
}
