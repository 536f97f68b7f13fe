// Writes a synthetic content folder for the benchmark (see content.ts).
//
//   node scripts/bench/generate.ts [--products 10000] [--producers N] [--places N] [--images] [--out DIR]
import { generateContent } from './content.ts';
import { parseBenchOptions } from './options.ts';

const options = parseBenchOptions(process.argv.slice(2));
const started = performance.now();
const counts = await generateContent(options);
console.log(
  `Wrote ${counts.products} products, ${counts.producers} producers, ${counts.places} places, ${counts.images} images to ${options.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
