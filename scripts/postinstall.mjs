// The last step of `npm install`: the honest half of a quiet install. npm checks every package's
// `engines` against the Node that runs npm itself; this project runs on its own Node (the npm `node`
// package, put first on the PATH of every `npm run` command), so on a machine whose Node is older npm
// warned once per package, and none of those warnings applied. .npmrc hides npm's warnings; this
// script repeats the engine check against the Node the project runs on and prints what is really
// wrong. Plain JavaScript, so that it runs on whatever Node there is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const projectNode = lock.packages?.['node_modules/node']?.version;
const npmNode = /\bnode\/v?(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];

let semver;
try {
  semver = require('semver');
} catch {
  process.exit(0); // An install without dev dependencies: nothing of this project runs here.
}
if (!projectNode) {
  console.warn('postinstall: package-lock.json names no `node` package; the project runs on the machine’s own Node.');
  process.exit(0);
}

const problems = Object.entries(lock.packages ?? {})
  .filter(([path, entry]) => path && !entry.optional && entry.engines?.node)
  .filter(([, entry]) => !semver.satisfies(projectNode, entry.engines.node, { includePrerelease: true }))
  .map(
    ([path, entry]) => `  ${path.replace(/^.*node_modules\//, '')}@${entry.version} needs Node ${entry.engines.node}`,
  );

if (problems.length > 0) {
  console.warn(
    `postinstall: ${problems.length} package(s) do not support Node ${projectNode}, the Node this project runs on:`,
  );
  for (const line of problems) console.warn(line);
} else if (npmNode && npmNode !== projectNode) {
  console.log(
    `Installed for Node ${projectNode} (node_modules/.bin/node), which every \`npm run\` command uses; ` +
      `npm itself ran on Node ${npmNode}. Every package supports Node ${projectNode}.`,
  );
}
