import type { Plugin } from 'vite';

/**
 * Islands are written as React components and rendered to HTML by React at build time
 * (@astrojs/react), but in the browser they run on preact/compat: issue #5 gives the map page 80 KB
 * of JavaScript (gzip), Leaflet included, and React 19's DOM runtime alone is about 65 KB of that.
 * With React the map page loaded 125 KB and the fair pack page 73 KB; with preact/compat (about
 * 7 KB) they load 66 KB and 13 KB (map: measured in the browser by tests/e2e/map-budget.spec.ts;
 * fair pack: tests/e2e/budgets.spec.ts). Only the client environment is aliased, so the server
 * build keeps real React and the HTML it writes is React's, which Preact hydrates. Islands must
 * therefore use only what both support (@astrojs/react's client needs createElement, memo,
 * startTransition, createRoot and hydrateRoot, all in preact/compat); useId is out, as the two
 * number ids differently. Dev keeps React, so that React Fast Refresh works; the e2e tests and the
 * budgets run against the build, where Preact is.
 */
const browserAliases: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

export function preactInBrowser(): Plugin {
  return {
    name: 'ocop:preact-in-browser',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const target = browserAliases[source];
      if (!target || this.environment.config.consumer !== 'client') return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}
