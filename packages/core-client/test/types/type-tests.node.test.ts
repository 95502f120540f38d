/**
 * The type tests (build-request.ts, create-client.ts beside this file)
 * compiled by tsc against the built declarations in `dist`, as a user's
 * TypeScript reads them: under `exactOptionalPropertyTypes`, once with
 * `moduleResolution: nodenext` and once with `bundler`. Every wrong call
 * there carries `@ts-expect-error`, so a wrong call that starts compiling
 * fails the run as surely as a right one that stops compiling.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const root = join(here, '..', '..');
const tsc = join(root, '..', '..', 'node_modules', '.bin', 'tsc');
const declarations = join(root, 'dist', 'src', 'index.d.ts');

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );
}

/** tsc's diagnostics for one config, or '' when it compiles. */
async function typeErrors(config: string): Promise<string> {
  try {
    await promisify(execFile)(tsc, ['--noEmit', '--pretty', 'false', '-p', join(here, config)], { cwd: root });
    return '';
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    const output = `${stdout}${stderr}`.trim() || message;
    const stale =
      Math.max(newest(join(root, 'src')), newest(join(root, 'generated'))) > statSync(declarations).mtimeMs
        ? '\n(dist is older than src or generated: run the build, then this test again)'
        : '';
    return `${output}${stale}`;
  }
}

describe('type tests against the built declarations', () => {
  it.each(['tsconfig.types-nodenext.json', 'tsconfig.types-bundler.json'])('%s', async (config) => {
    expect(existsSync(declarations), `${declarations} is missing: build @circleci-kit/core-client first`).toBe(true);
    expect(await typeErrors(config)).toBe('');
  });
});
