// The floor: the least any static site can do with the same catalogue. A bare Astro project with one
// trivial page per published product in each language, indexed by Pagefind; the full site's build
// time is judged against it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FloorProduct {
  slug: string;
  name: string;
  summary: string;
}

const page = (lang: 'vi' | 'en') => `---
import products from '${lang === 'vi' ? '../../..' : '../../../..'}/products.json';
export function getStaticPaths() {
  return products.map((product) => ({ params: { slug: product.slug }, props: { product } }));
}
const { product } = Astro.props;
---
<html lang="${lang}">
  <head><meta charset="utf-8" /><title>{product.name}</title></head>
  <body><main data-pagefind-body><h1>{product.name}</h1><p lang="vi">{product.summary}</p></main></body>
</html>
`;

const config = `import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    {
      name: 'floor:pagefind',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const started = performance.now();
          const { index } = await pagefind.createIndex({});
          const { page_count } = await index.addDirectory({ path: fileURLToPath(dir) });
          await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          await pagefind.close();
          logger.info(\`pagefind indexed \${page_count} pages in \${Math.round(performance.now() - started)}ms\`);
        },
      },
    },
  ],
});
`;

/** Writes the floor project into `dir`; its `astro` and `pagefind` resolve from the repo's node_modules. */
export function writeFloorProject(dir: string, products: FloorProduct[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/san-pham'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/en/products'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  writeFileSync(join(dir, 'products.json'), JSON.stringify(products));
  writeFileSync(join(dir, 'src/pages/san-pham/[slug].astro'), page('vi'));
  writeFileSync(join(dir, 'src/pages/en/products/[slug].astro'), page('en'));
}
