import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
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
  id?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  steps: Step[];
  container?: string;
  needs?: string | string[];
  outputs?: Record<string, string>;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  'timeout-minutes'?: number;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

/** The oldest major of each action the workflows may use: the current one on 2026-12-05 (Dependabot moves them on). */
const CURRENT_MAJORS: Record<string, number> = {
  'actions/checkout': 6,
  'actions/setup-node': 7,
  'actions/cache': 5,
  'actions/upload-artifact': 7,
  'actions/download-artifact': 8,
  'actions/github-script': 9,
  'actions/configure-pages': 6,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};
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

  it('on a pull request: the content check first, fast (no container, no browser); then check, tests and build in Debian with Chromium and Java', async () => {
    const flow = await workflow('pull-request.yml');
    expect(Object.keys(flow.on)).toContain('pull_request');
    const { innehall, kontroll } = flow.jobs;
    expect(innehall?.container).toBeUndefined();
    const fast = (innehall?.steps ?? []).map((step) => step.run ?? '').join('\n');
    expect(fast).toContain('npm run check:content');
    expect(fast).not.toMatch(/apt-get|chromium|npm test|npm run build/);
    expect(fast.indexOf('npm ci')).toBeLessThan(fast.indexOf('npm run check:content'));
    expect(fast.indexOf('npm run check:content')).toBeLessThan(fast.indexOf('npm run -s changes'));

    expect(kontroll?.needs).toBe('innehall');
    expect(kontroll?.container).toMatch(/^debian:/);
    const full = (kontroll?.steps ?? []).map((step) => step.run ?? '').join('\n');
    expect(full).toMatch(/apt-get install .*chromium/);
    expect(full).toMatch(/apt-get install .*default-jre-headless/);
    const order = ['npm ci', 'npm run check\n', 'npm test', 'npm run build'].map((command) => `${full}\n`.indexOf(command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The tests expect the default settings: no STYRDOK_* variable reaches them.
    const testStep = kontroll?.steps.find((step) => step.run === 'npm test');
    expect(JSON.stringify({ ...flow.env, ...kontroll?.env, ...testStep?.env })).not.toContain('STYRDOK_');
    for (const job of [innehall, kontroll]) {
      expect(job?.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    }
  });

  it('keeps the built site as the preview and links it from the comment, with the change summary', async () => {
    const flow = await workflow('pull-request.yml');
    const upload = flow.jobs.kontroll?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(flow.jobs.kontroll?.outputs).toEqual({ preview: `\${{ steps.${upload?.id}.outputs.artifact-url }}` });
    const comment = flow.jobs.kommentar?.steps.find((step) => step.uses?.startsWith('actions/github-script@'));
    expect(comment?.env?.PREVIEW_URL).toBe(`\${{ needs.kontroll.outputs.preview }}`);
  });

  it("the comment's script posts the summary with the preview's link once, updates it after, and posts nothing without a summary", async () => {
    const flow = await workflow('pull-request.yml');
    const script = String(flow.jobs.kommentar?.steps.find((step) => step.uses?.startsWith('actions/github-script@'))?.with?.script);
    const temp = await mkdtemp(path.join(tmpdir(), 'styrdok-kommentar-'));
    await mkdir(path.join(temp, 'andringar'));
    await writeFile(path.join(temp, 'andringar/andringar.md'), '## Ändringar i innehållet\n');
    const comments: { id: number; body: string }[] = [];
    const calls: string[] = [];
    const github = {
      paginate: async () => comments,
      rest: {
        issues: {
          listComments: () => undefined,
          createComment: async ({ body }: { body: string }) => {
            calls.push('create');
            comments.push({ id: 1, body });
          },
          updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
            calls.push(`update ${comment_id}`);
            comments[0] = { id: comment_id, body };
          },
        },
      },
    };
    const context = { repo: { owner: 'stockholmsstad', repo: 'styrdok' }, payload: { pull_request: { number: 7 } } };
    const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
    const run = new AsyncFunction('require', 'github', 'context', script);
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        RUNNER_TEMP: temp,
        PREVIEW_URL: 'https://github.com/stockholmsstad/styrdok/actions/runs/1/artifacts/2',
        KONTROLL: 'success',
      });
      await run(createRequire(import.meta.url), github, context);
      process.env.PREVIEW_URL = '';
      process.env.KONTROLL = 'failure';
      await run(createRequire(import.meta.url), github, context);
      // No summary (the content job stopped before it): no comment rather than an error.
      await rm(path.join(temp, 'andringar/andringar.md'));
      await run(createRequire(import.meta.url), github, context);
    } finally {
      process.env = saved;
      await rm(temp, { recursive: true, force: true });
    }
    expect(calls).toEqual(['create', 'update 1']);
    expect(comments[0]?.body).toMatch(/^<!-- styrdok-andringar -->\n## Ändringar i innehållet/);
    expect(comments[0]?.body).toContain('ingen, eftersom kontrollen');
  });

  it('may write only where it must: read-only by default, pull-requests only for the comment, Pages only for publishing', async () => {
    for (const file of files) {
      const flow = await workflow(file);
      expect(flow.permissions, file).toEqual({ contents: 'read' });
      for (const [name, job] of Object.entries(flow.jobs)) {
        const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
        if (writes.length === 0) continue;
        expect(`${file} ${name}: ${writes.map(([scope]) => scope).join(', ')}`).toMatch(
          /^(pull-request\.yml kommentar: pull-requests|deploy\.yml deploy: pages, id-token)$/,
        );
        // A job that may write runs no code from the repository: it checks nothing out.
        expect(job.steps.filter((step) => step.run || step.uses?.startsWith('actions/checkout@'))).toEqual([]);
      }
    }
  });

  it('every job has a time limit, every checkout keeps no credentials, and every action is at its current major', async () => {
    for (const file of files) {
      const flow = await workflow(file);
      for (const [name, job] of Object.entries(flow.jobs)) {
        expect(job['timeout-minutes'], `${file} ${name}`).toBeGreaterThan(0);
        for (const step of job.steps.filter((step) => step.uses)) {
          const [action = '', version = ''] = (step.uses as string).split('@');
          expect(Object.keys(CURRENT_MAJORS), `${file}: ${step.uses}`).toContain(action);
          expect(Number(version.replace(/^v/, '').split('.')[0]), `${file}: ${step.uses}`).toBeGreaterThanOrEqual(
            CURRENT_MAJORS[action] ?? 0,
          );
          if (action === 'actions/checkout') expect(step.with?.['persist-credentials'], `${file}: checkout`).toBe(false);
        }
      }
    }
  });

  it('on main: builds under the base path Pages gives and publishes dist/ to GitHub Pages', async () => {
    const flow = await workflow('deploy.yml');
    expect(flow.on.push).toEqual({ branches: ['main'] });
    const build = steps(flow).find((step) => step.run === 'npm run build');
    const pages = steps(flow).find((step) => step.uses?.startsWith('actions/configure-pages@'));
    expect(build?.env).toEqual({
      STYRDOK_SITE: `\${{ steps.${pages?.id}.outputs.base_url }}`,
      STYRDOK_BASE: `\${{ steps.${pages?.id}.outputs.base_path }}`,
    });
    expect(steps(flow).find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(steps(flow).some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('Dependabot watches npm and the actions; content/ has code owners', async () => {
    const dependabot = parse(await readFile(path.join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string }[];
    };
    expect(dependabot.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    const owners = (await readFile(path.join(ROOT, '.github/CODEOWNERS'), 'utf8'))
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    expect(owners).toContainEqual(expect.stringMatching(/^\/content\/\s+@\S+/));
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
