/**
 * The web app manifest (issue #15): what makes the site installable, one file per language so that
 * the installed app is named, and opens, in the visitor's language. Colours come from the design
 * tokens (src/styles/tokens.css), the icons from the site's own artwork (public/favicon.svg, rendered
 * to PNG by the build: src/integrations/offline.ts).
 */
import type { Locale } from '../schemas/enums.ts';
import type { Site } from '../schemas/site.ts';
import { OFFLINE_FILES, PAGES, withBase } from './routes.ts';

/** The value of a custom property in a stylesheet: `--color-brand-dark: #154d29;` → `#154d29`. Throws when absent. */
export function cssCustomProperty(css: string, name: string): string {
  const escaped = name.replace(/[-]/g, '\\-');
  const value = new RegExp(`${escaped}\\s*:\\s*([^;]+);`).exec(css)?.[1]?.trim();
  if (!value) throw new Error(`src/styles/tokens.css: no ${name}`);
  return value;
}

/** The design tokens the browser paints the installed app with: its bar (theme) and its splash screen. */
export function appColours(tokensCss: string): { theme: string; background: string } {
  return {
    theme: cssCustomProperty(tokensCss, '--color-brand-dark'),
    background: cssCustomProperty(tokensCss, '--color-bg'),
  };
}

/** The icon files the build renders from the favicon: size in pixels, and Android's maskable kind. */
export const APP_ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'apple' },
] as const;

/** An icon's path from the site's root (put it under the base with `withBase`). */
export const iconPath = (file: string) => `${OFFLINE_FILES.icons}${file}`;

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: Locale;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/**
 * The manifest of one language. `description` is the site's one-line summary in that language; `base`
 * the path the site is served under (src/lib/routes.ts `siteBase`).
 */
export function webManifest(
  site: Pick<Site, 'name'>,
  locale: Locale,
  colours: { theme: string; background: string },
  description: string,
  base = '/',
): WebManifest {
  const home = withBase(PAGES.home[locale], base);
  return {
    id: home,
    name: site.name[locale],
    short_name: site.name[locale],
    description,
    lang: locale,
    dir: 'ltr',
    start_url: home,
    scope: base,
    display: 'standalone',
    theme_color: colours.theme,
    background_color: colours.background,
    icons: [
      ...APP_ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({
        src: withBase(iconPath(icon.file), base),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
      { src: withBase('/favicon.svg', base), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
