import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/paths.ts';

const WORKFLOWS = path.join(ROOT, '.github/workflows');
const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));

/** GitHub's own workflow parser (as in its VS Code extension): schema, keys, expressions. */
async function lint(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const parseErrors = result.context.errors.getErrors().map((error) => error.message);
  if (!result.value) return parseErrors.length > 0 ? parseErrors : ['the workflow is empty'];
  const template = await convertWorkflowTemplate(result.context, result.value);
  return [...new Set([...parseErrors, ...(template.errors ?? []).map((error) => error.Message)])];
}

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; container?: string }>;
}
const workflow = async (file: string) => parse(await readFile(path.join(WORKFLOWS, file), 'utf8')) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const runs = (flow: Workflow) => steps(flow).map((step) => step.run ?? '');

describe('the GitHub workflows', () => {
  it('exist: one for pull requests, one that publishes', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  for (const file of files) {
    it(`${file} passes GitHub's workflow parser`, async () => {
      expect(await lint(file, await readFile(path.join(WORKFLOWS, file), 'utf8'))).toEqual([]);
    });
  }

  it('the parser catches typos in keys, events and expressions, so the test above means something', async () => {
    const text = await readFile(path.join(WORKFLOWS, 'pull-request.yml'), 'utf8');
    const broken = text
      .replace('runs-on:', 'run-on:')
      .replace('pull_request:\n', 'pull_reqest:\n')
      .replace('github.base_ref }}', 'githb.base_ref }}');
    const errors = await lint('broken.yml', broken);
    expect(errors).toContainEqual(expect.stringContaining("Unexpected value 'run-on'"));
    expect(errors).toContainEqual(expect.stringContaining("Unexpected value 'pull_reqest'"));
    expect(errors).toContainEqual(expect.stringContaining("Unrecognized named-value: 'githb'"));
  });

  it('on a pull request: summarises the changes, installs Debian Chromium, runs check, tests and build with the whole history', async () => {
    const flow = await workflow('pull-request.yml');
    expect(Object.keys(flow.on)).toContain('pull_request');
    expect(Object.values(flow.jobs)[0]?.container).toMatch(/^debian:/);
    const commands = runs(flow).join('\n');
    expect(commands).toMatch(/apt-get install .*chromium/);
    const order = ['npm ci', 'npm run -s changes', 'npm run check', 'npm test', 'npm run build'].map((command) =>
      commands.indexOf(command),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps(flow).find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });

  it('on main: builds and publishes dist/ to GitHub Pages', async () => {
    const flow = await workflow('deploy.yml');
    expect(flow.on.push).toEqual({ branches: ['main'] });
    expect(runs(flow).join('\n')).toContain('npm run build');
    expect(steps(flow).find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(steps(flow).some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('only call npm scripts that exist', async () => {
    const { scripts } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const file of files) {
      for (const [, name] of runs(await workflow(file))
        .join('\n')
        .matchAll(/npm run (?:-s )?([\w:-]+)/g)) {
        expect(Object.keys(scripts), `${file}: npm run ${name}`).toContain(name);
      }
    }
  });
});
