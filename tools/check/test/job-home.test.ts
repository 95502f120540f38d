import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canMountHome, jobFileSystem } from '../lib/circleci/job-home.mjs';

const hostHome = mkdtempSync(join(tmpdir(), 'circleci-job-home-'));
afterAll(() => {
  rmSync(hostHome, { recursive: true, force: true });
});

describe('jobFileSystem', () => {
  it('maps the job paths under /home/circleci to its folder here, and leaves the others', () => {
    const fs = jobFileSystem(hostHome, { mountHome: true });
    expect(fs.resolve('~/project', '/')).toBe('/home/circleci/project');
    expect(fs.resolve('reports/junit', '/home/circleci/project')).toBe('/home/circleci/project/reports/junit');
    expect(fs.onHost('/home/circleci/.pnpm-store')).toBe(join(hostHome, '.pnpm-store'));
    expect(fs.onHost('/home/circleci2/x')).toBe('/home/circleci2/x');
    expect(fs.onHost('/tmp/x')).toBe('/tmp/x');
  });

  it('without the mount, the job home is the folder itself', () => {
    const fs = jobFileSystem(hostHome, { mountHome: false });
    expect(fs.resolve('~/project', '/')).toBe(join(hostHome, 'project'));
    expect(fs.command(['echo', 'hi'], '/tmp')).toEqual({ file: 'echo', args: ['hi'], cwd: '/tmp' });
  });

  it.runIf(canMountHome())('runs a command that sees the folder as /home/circleci, in its working directory', () => {
    const fs = jobFileSystem(hostHome, { mountHome: true });
    const { file, args, cwd } = fs.command(['/bin/sh', '-c', 'pwd > seen && ls -d /home/*'], '/home/circleci');
    const result = spawnSync(file, args, { cwd, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('/home/circleci\n');
    expect(readFileSync(join(hostHome, 'seen'), 'utf8')).toBe('/home/circleci\n');
  });
});
