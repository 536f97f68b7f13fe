import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) glues words of adjacent inline elements together, which the search
  // index then sees as one word; lossless compression keeps them apart.
  compressHTML: true,
  integrations: [contentCheck(), react({ include: ['**/islands/**'] }), securityHeaders()],
  // Styles and scripts are emitted as files, never inlined, so that the Content-Security-Policy of
  // deploy/ and dist/_headers can say `'self'` and nothing else (see src/lib/security-headers.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  prefetch: false,
  devToolbar: { enabled: false },
});
