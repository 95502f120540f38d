import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/index.ts';
import { LIVE_SPEC_URL, resolveSpecSource } from '../src/spec-source.ts';
import { tempDir } from './support/fixtures.ts';

function project(config?: string): { root: string; nested: string } {
  const root = tempDir();
  const nested = join(root, 'a', 'b');
  mkdirSync(nested, { recursive: true });
  if (config !== undefined) writeFileSync(join(root, 'circleci-kit.config.json'), config);
  return { root, nested };
}

describe('resolveSpecSource', () => {
  it.each([
    {
      given: 'the flag, over everything',
      flag: 'flag.json',
      env: { CIRCLECI_OPENAPI_SPEC: 'env.json' },
      want: { spec: 'NESTED/flag.json', from: 'flag' },
    },
    {
      given: 'the environment, over the config',
      flag: undefined,
      env: { CIRCLECI_OPENAPI_SPEC: 'https://example.test/openapi.yaml' },
      want: { spec: 'https://example.test/openapi.yaml', from: 'env' },
    },
    {
      given: 'the nearest config upward, relative to its folder',
      flag: undefined,
      env: {},
      want: { spec: 'ROOT/specs/openapi.json', from: 'config' },
    },
  ])('takes $given', async ({ flag, env, want }) => {
    const { root, nested } = project('{ "spec": "specs/openapi.json" }');
    const config = await loadConfig({ cwd: nested });
    const resolved = resolveSpecSource({ flag, env, cwd: nested, config });
    expect({ spec: resolved.spec.replace(nested, 'NESTED').replace(root, 'ROOT'), from: resolved.from }).toEqual(want);
  });

  it('falls back to the live spec without a config', async () => {
    const { nested } = project();
    const resolved = resolveSpecSource({
      flag: undefined,
      env: {},
      cwd: nested,
      config: await loadConfig({ cwd: nested }),
    });
    // A config file further up (outside the temporary folder) would win; there is none in the system temp dir.
    expect(resolved).toEqual({ spec: LIVE_SPEC_URL, from: 'default' });
  });
});
