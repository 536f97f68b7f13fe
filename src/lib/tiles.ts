// The map's tile URL template (`site.json` `map.tiles`): what may be written there, and the origins a
// browser fetches tiles from, which the Content-Security-Policy allows (src/lib/security-headers.ts).
// The template comes from a content folder, so it reaches a header only as origins parsed here.

/** Leaflet's default subdomains for `{s}`, given to the tile layer explicitly (src/islands/map/controller.ts). */
export const TILE_SUBDOMAINS = ['a', 'b', 'c'] as const;

/** Placeholders Leaflet fills in a tile URL: zoom, column, row, "@2x" on sharp screens, subdomain. */
const PLACEHOLDERS = new Set(['{z}', '{x}', '{y}', '{r}', '{s}']);
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Characters a tile URL needs; no space, quote, `;`, `,`, `<`, `>` or backslash, which could end a header value or a directive. */
const URL_CHARACTERS = /^[A-Za-z0-9\-._~:/?&=%@!$()*+{}]+$/;

export type TileTemplate = { origins: string[] } | { problem: string };

/**
 * Parses a tile URL template such as `https://tile.openstreetmap.org/{z}/{x}/{y}.png` or
 * `https://{s}.tile.example.vn/{z}/{x}/{y}.png`. It must be https, name a plain host name (letters,
 * digits, hyphens and dots, an optional port; no user name), use `{s}` only as the whole first label
 * of the host, and have `{z}`, `{x}` and `{y}`. Returns the origins tiles come from (one per subdomain
 * of TILE_SUBDOMAINS when `{s}` is used, never a wildcard) or why the template is refused.
 */
export function parseTileTemplate(template: string): TileTemplate {
  if (!URL_CHARACTERS.test(template)) {
    return { problem: 'must be a tile URL without spaces, line breaks, quotes, ";" or ","' };
  }
  const match = /^https:\/\/([^/?#]+)(\/.*)$/.exec(template);
  if (!match)
    return { problem: 'must be an https:// tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png' };
  const [, authority = '', rest = ''] = match;
  const [, subdomain, host = '', port] = /^(\{s\}\.)?([^:]*)(?::(\d{1,5}))?$/.exec(authority) ?? [];
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !/^[a-z]{2,}$/.test(labels.at(-1)!)) {
    return {
      problem: `must name a plain host name after https:// (letters, digits, hyphens and dots${authority.includes('{s}') ? '; {s} only as the first part, as in https://{s}.tile.example.org/…' : ''})`,
    };
  }
  const placeholders: string[] = rest.match(/\{[^}]*\}/g) ?? [];
  const unknown = placeholders.find((placeholder) => !PLACEHOLDERS.has(placeholder) || placeholder === '{s}');
  if (unknown) return { problem: `"${unknown}" may not appear in the path; the path may use {z}, {x}, {y} and {r}` };
  if (!['{z}', '{x}', '{y}'].every((placeholder) => placeholders.includes(placeholder))) {
    return { problem: 'must be a tile URL template with {z}, {x} and {y}' };
  }
  const hostPort = `${labels.join('.')}${port ? `:${port}` : ''}`;
  const origins = subdomain ? TILE_SUBDOMAINS.map((label) => `https://${label}.${hostPort}`) : [`https://${hostPort}`];
  return { origins };
}
