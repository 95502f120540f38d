import { join } from 'node:path';
import { describeRun, run, type RunResult } from './run.ts';

/** The verdict of one tool on one tarball. */
export interface ToolVerdict {
  readonly tool: 'publint' | 'attw';
  readonly ok: boolean;
  /** The tool's own output, shown when it complains. */
  readonly output: string;
}

/** The verdicts of publint and attw on one tarball. */
export interface PackageVerdict {
  readonly ok: boolean;
  readonly publint: ToolVerdict;
  readonly attw: ToolVerdict;
  /** The complaints of the failing tools, for an assertion message. */
  readonly report: string;
}

function verdict(tool: ToolVerdict['tool'], result: RunResult, ok: boolean): ToolVerdict {
  return { tool, ok, output: describeRun(result) };
}

/**
 * Runs `publint --strict` and `attw --profile esm-only` on a packed tarball
 * (the file users install, so `files`, the exports map and the license are
 * judged as published).
 *
 * The attw profile is `esm-only`: every package is `"type": "module"` with an
 * `exports` map and `engines.node` from 20 on, so a `require()` resolution
 * (node16-cjs) and the pre-exports `node10` resolution are not supported
 * targets; the `node16` (from ESM) and `bundler` resolutions must be clean.
 * attw exits 0 for a package that ships no types at all; that counts as a
 * failure here, since every package promises types.
 */
export async function checkPackage(tarball: string, root: string): Promise<PackageVerdict> {
  const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
  const [publint, attw] = await Promise.all([
    run(bin('publint'), ['run', tarball, '--strict'], { cwd: root }),
    run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'], {
      cwd: root,
    }),
  ]);
  const publintVerdict = verdict('publint', publint, publint.code === 0 && !/Errors:|Warnings:/.test(publint.stdout));
  const attwVerdict = verdict(
    'attw',
    attw,
    attw.code === 0 && !(attw.stdout + attw.stderr).includes('does not contain types'),
  );
  const failing = [publintVerdict, attwVerdict].filter((v) => !v.ok);
  return {
    ok: failing.length === 0,
    publint: publintVerdict,
    attw: attwVerdict,
    report: failing.map((v) => `${v.tool} complains about ${tarball}:\n${v.output}`).join('\n\n'),
  };
}
