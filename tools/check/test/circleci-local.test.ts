import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../circleci-local.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'circleci-local-cli-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs the script on a config; it must stop before cloning anything. */
function checkCi(config: string | undefined, ...args: string[]) {
  const file = join(work, 'config.yml');
  if (config !== undefined) writeFileSync(file, config);
  const result = spawnSync(process.execPath, [script, ...(config === undefined ? [] : ['--config', file]), ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, stderr: result.stderr };
}

const job = "{ docker: [{ image: 'cimg/node:22.21' }], steps: [checkout] }";

describe('pnpm check:ci', () => {
  it('exits 2 on a config feature it does not run, naming it', () => {
    const { code, stderr } = checkCi(
      `version: 2.1\njobs: { a: ${job} }\nworkflows: { ci: { jobs: [{ a: { context: [deploy] } }] } }\n`,
    );
    expect(code).toBe(2);
    expect(stderr).toBe('check:ci: unsupported: context (at workflows.ci.jobs[0])\n');
  });

  it('exits 2 on an image it cannot stand in for', () => {
    const { code, stderr } = checkCi(
      "version: 2.1\njobs: { a: { docker: [{ image: 'cimg/python:3.12' }], steps: [checkout] } }\nworkflows: { ci: { jobs: [a] } }\n",
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^check:ci: unsupported: docker image cimg\/python:3\.12/);
  });

  it('exits 2 on --jobs naming no job, and on a bad flag', () => {
    const unknown = checkCi(`version: 2.1\njobs: { a: ${job} }\nworkflows: { ci: { jobs: [a] } }\n`, '--jobs', 'b');
    expect(unknown).toEqual({ code: 2, stderr: 'check:ci: --jobs: no job b in the workflow (a)\n' });
    const flag = checkCi(undefined, '--no-such-flag');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Unknown option '--no-such-flag'/);
  });
});
