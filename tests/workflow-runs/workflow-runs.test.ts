import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/paths.ts';

// Runs the `run:` steps of each GitHub workflow in order, job after job as `needs` orders them, on a
// fresh clone of the repository's last commit, with the environment the workflow sets and the
// variables GitHub's runner sets. What needs GitHub itself (`uses:` actions, apt-get as root) is
// skipped and reported with the reason; a path an action would upload must exist. About ten minutes
// (three `npm ci`, a check, two builds): `npm run test:workflows`, not part of `npm test`.

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

/** What `${{ … }}` stands for on GitHub, for a pull request against main in stockholmsstad/styrdok. */
function contextValues(temp: string): Record<string, string> {
  return {
    'github.server_url': 'https://github.com',
    'github.repository': 'stockholmsstad/styrdok',
    'github.event.repository.default_branch': 'main',
    'github.event_name': 'pull_request',
    'github.base_ref': 'main',
    'github.ref_name': 'main',
    'runner.temp': temp,
    // Repository variables nobody has set yet.
    'vars.STYRDOK_SITE': '',
    'vars.STYRDOK_BASE': '',
    // What actions/configure-pages gives for a project site.
    'steps.pages.outputs.base_url': 'https://stockholmsstad.github.io/styrdok',
    'steps.pages.outputs.base_path': '/styrdok',
    'needs.innehall.result': 'success',
    'needs.kontroll.result': 'success',
    'needs.kontroll.outputs.preview': 'https://github.com/stockholmsstad/styrdok/actions/runs/1/artifacts/2',
  };
}

/** A text with every `${{ … }}` replaced by its value; an expression this test does not know fails it. */
function substitute(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const value = values[expression];
    if (value === undefined) throw new Error(`The workflow uses \${{ ${expression} }}: give it a value in contextValues().`);
    return value;
  });
}

/** A step's `if:`, with the contexts above, cancelled() false and success() true. */
function condition(expression: string | undefined, values: Record<string, string>): boolean {
  if (expression === undefined) return true;
  const bare = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
  const js = bare
    .replace(/\b(cancelled|failure)\(\)/g, 'false')
    .replace(/\b(always|success)\(\)/g, 'true')
    .replace(/[a-z_]+(\.[a-z_-]+)+/gi, (name) => {
      if (values[name] === undefined) throw new Error(`The workflow tests ${name} in "if:": give it a value in contextValues().`);
      return JSON.stringify(values[name]);
    })
    .replaceAll('==', '===')
    .replaceAll('!===', '!==');
  return Boolean(new Function(`return (${js});`)());
}

/** Why a step does not run here, or undefined when it does. */
function skipReason(step: Step): string | undefined {
  if (step.uses) return `${step.uses.split('@')[0]}: a GitHub action, which only GitHub runs`;
  if (/apt-get/.test(step.run ?? ''))
    return 'apt-get installs as root from the network; this machine has what it installs (the first test checks)';
  if (step.run?.trim() === 'npm test')
    return 'the whole suite, which runs on its own (npm test); in CI it gets no STYRDOK_* setting (the workflow lint checks)';
  return undefined;
}

/** Jobs in an order that respects `needs`. */
function jobOrder(jobs: Record<string, Job>): string[] {
  const order: string[] = [];
  const visit = (name: string) => {
    if (order.includes(name)) return;
    const needs = jobs[name]?.needs;
    for (const need of typeof needs === 'string' ? [needs] : (needs ?? [])) visit(need);
    order.push(name);
  };
  for (const name of Object.keys(jobs)) visit(name);
  return order;
}

function runStep(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    // As GitHub runs a `run:` step on Linux.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A fresh clone of the last commit, with a pull request's branch that changes some content. */
async function freshClone(dir: string): Promise<void> {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, dir]);
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  git('checkout', '--quiet', '-b', 'forslag');
  const [anvisning] = (await readdir(path.join(dir, 'content/anvisningar'))).sort();
  const folder = path.join(dir, 'content/anvisningar', anvisning as string);
  const [version] = (await readdir(folder)).filter((file) => file.endsWith('.md')).sort();
  const file = path.join(folder, version as string);
  await writeFile(file, `${await readFile(file, 'utf8')}\nEn mening till, tillagd i en pull request.\n`);
  git('-c', 'user.name=Redaktör', '-c', 'user.email=redaktor@example.se', 'commit', '--quiet', '-am', 'Ändra en anvisning');
}

const temporary: string[] = [];
afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

describe('the workflows, run step by step on a fresh clone', () => {
  it('this machine has what the apt-get steps install: git, Chromium, Java', () => {
    for (const [tool, args] of [
      ['git', ['--version']],
      [process.env.CHROMIUM_PATH ?? 'chromium', ['--version']],
      ['java', ['-version']],
    ] as const) {
      expect(() => execFileSync(tool, args, { stdio: 'ignore' }), tool).not.toThrow();
    }
  });

  for (const file of ['pull-request.yml', 'deploy.yml']) {
    it(`${file}: every run step succeeds, in order, with the workflow's environment`, async () => {
      const temp = await mkdtemp(path.join(tmpdir(), 'styrdok-workflow-'));
      temporary.push(temp);
      const workspace = path.join(temp, 'arbetskatalog');
      const runnerTemp = path.join(temp, 'runner-temp');
      const home = path.join(temp, 'home');
      await mkdir(runnerTemp);
      await mkdir(home);
      await freshClone(workspace);
      // The workflow as committed, beside the code it runs.
      const flow = parse(await readFile(path.join(workspace, '.github/workflows', file), 'utf8')) as Workflow;
      const values = { ...contextValues(runnerTemp), 'github.event_name': file === 'deploy.yml' ? 'push' : 'pull_request' };
      const report: string[] = [];
      try {
        for (const jobName of jobOrder(flow.jobs)) {
          const job = flow.jobs[jobName] as Job;
          for (const [index, step] of job.steps.entries()) {
            const label = `${jobName} › ${step.name ?? step.uses ?? step.run?.split('\n')[0]}`;
            if (!condition(step.if, values)) {
              report.push(`skipped  ${label}: its if: is false here`);
              continue;
            }
            const reason = skipReason(step);
            if (reason) {
              report.push(`skipped  ${label}: ${reason}`);
              // What an action would upload must be there.
              const upload = step.with?.path;
              if (typeof upload === 'string' && /upload/.test(step.uses ?? '')) {
                expect(existsSync(path.resolve(workspace, substitute(upload, values))), `${label}: ${upload}`).toBe(true);
              }
              continue;
            }
            const stepEnv = Object.fromEntries(
              Object.entries({ ...flow.env, ...job.env, ...step.env }).map(([name, value]) => [name, substitute(String(value), values)]),
            );
            const env: NodeJS.ProcessEnv = {
              // A runner's environment, not this test's: no VITEST, NODE_ENV or STYRDOK_* from here.
              PATH: `${path.dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
              HOME: home,
              LANG: 'C.UTF-8',
              CI: 'true',
              GITHUB_ACTIONS: 'true',
              GITHUB_WORKSPACE: workspace,
              GITHUB_EVENT_NAME: values['github.event_name'],
              GITHUB_REPOSITORY: 'stockholmsstad/styrdok',
              GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'step-summary.md'),
              GITHUB_OUTPUT: path.join(runnerTemp, `output-${jobName}-${index}`),
              GITHUB_ENV: path.join(runnerTemp, `env-${jobName}-${index}`),
              RUNNER_TEMP: runnerTemp,
              // npm's cache of this machine stands in for actions/setup-node's, so npm ci need not download all.
              npm_config_cache: path.join(homedir(), '.npm'),
              npm_config_prefer_offline: 'true',
              ...(process.env.CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.CHROMIUM_PATH } : {}),
              ...stepEnv,
            };
            const started = performance.now();
            const { code, output } = await runStep(substitute(step.run as string, values), workspace, env);
            report.push(`ran      ${label} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
            expect(code, `${label} failed:\n${output.slice(-4000)}`).toBe(0);
          }
        }
      } finally {
        console.log(`${file}:\n${report.map((line) => `  ${line}`).join('\n')}`);
      }
      expect(report.filter((line) => line.startsWith('ran')).length).toBeGreaterThan(2);
    });
  }
});
