// A quiet, honest install: .npmrc hides npm's engine warnings, which compare packages with the Node
// that runs npm; scripts/postinstall.mjs compares them with the Node the project runs on instead.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version: string }>;
};
const projectNode = lock.packages['node_modules/node']!.version;
const postinstall = (userAgent: string) =>
  spawnSync(process.execPath, ['scripts/postinstall.mjs'], {
    cwd: root,
    env: { ...process.env, npm_config_user_agent: userAgent },
    encoding: 'utf8',
  });

describe('npm install', () => {
  it('hides npm’s warnings only, in .npmrc, saying why', () => {
    const npmrc = readFileSync(resolve(root, '.npmrc'), 'utf8');
    expect(npmrc).toMatch(/^loglevel=error$/m);
    expect(npmrc).toContain('scripts/postinstall.mjs');
  });
  it('runs on the project’s own Node, the one every npm run command uses', () => {
    expect(process.version).toBe(`v${projectNode}`);
  });
  it('checks every package against that Node and, on an older machine Node, says which one ran npm', () => {
    const { status, stdout, stderr } = postinstall('npm/11.19.1 node/v20.20.2 linux x64 workspaces/false');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim()).toBe(
      `Installed for Node ${projectNode} (node_modules/.bin/node), which every \`npm run\` command uses; npm itself ran on Node 20.20.2. Every package supports Node ${projectNode}.`,
    );
  });
  it('prints nothing when npm ran on the project’s Node', () => {
    const { stdout, stderr } = postinstall(`npm/11.19.1 node/v${projectNode} linux x64 workspaces/false`);
    expect(`${stdout}${stderr}`).toBe('');
  });
});

describe('README commands', () => {
  it('run through npm (the project’s Node), never the machine’s node', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/`node scripts\//);
    const scripts = (
      JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    for (const [, name] of readme.matchAll(/`npm run (?:--silent )?([\w:-]+)/g))
      expect(scripts, name).toHaveProperty(name!);
  });
});
