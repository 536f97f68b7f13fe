import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) glues words of adjacent inline elements together, which the search
  // index then sees as one word; lossless compression keeps them apart.
  compressHTML: true,
  integrations: [contentCheck(), react({ include: ['**/islands/**'] }), searchIndex()],
  build: { format: 'directory' },
  prefetch: false,
  devToolbar: { enabled: false },
});
