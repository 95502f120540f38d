import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../../support/breaking-fixtures.ts';
import { runInProcess } from '../../support/run-breaking.ts';

const env = { XDG_CACHE_HOME: join(tmpdir(), 'circleci-kit-cli-test-cache') };
const ok = { '200': { description: 'ok' } };

/** A spec with `GET /me` and, when given, `GET /job` written as `job`. */
function specWith(job?: Record<string, unknown>, me: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'fixture', version: '1' },
    paths: {
      '/me': { get: { operationId: 'getMe', responses: ok, ...me } },
      ...(job ? { '/job': { get: { operationId: 'getJob', responses: ok, ...job } } } : {}),
    },
  };
}

const sunsetRemoval = folderWith({
  'old.json': specWith({ deprecated: true, 'x-sunset': '2026-01-01' }),
  'new.json': specWith(),
});
const newDeprecation = folderWith({
  'old.json': specWith(),
  'new.json': specWith(undefined, { deprecated: true, 'x-sunset': '2026-01-20' }),
});
const alphaRemoval = folderWith({
  'old.json': specWith({ 'x-stability-level': 'alpha' }),
  'new.json': specWith(),
});

async function diff(dir: string, ...flags: string[]) {
  const { code, out, err } = await runInProcess(env, [
    'diff',
    join(dir, 'old.json'),
    join(dir, 'new.json'),
    '--format',
    'json',
    ...flags,
  ]);
  const changes = code === 2 ? [] : (JSON.parse(out) as { changes: Array<{ id: string; level: string }> }).changes;
  return { code, err, changes: changes.map((c) => `${c.level} ${c.id}`) };
}

describe('breaking diff lifecycle flags', () => {
  it.each([
    {
      given: 'removed before its sunset',
      dir: sunsetRemoval,
      flags: ['--release-date', '2025-12-01'],
      want: ['error operation-removed-before-sunset'],
      code: 1,
    },
    {
      given: 'removed after its sunset',
      dir: sunsetRemoval,
      flags: ['--release-date', '2026-01-02'],
      want: ['info operation-removed-after-sunset'],
      code: 0,
    },
    {
      given: 'deprecated with 50 days of notice, none required',
      dir: newDeprecation,
      flags: ['--release-date', '2025-12-01'],
      want: ['info operation-deprecated', 'info operation-sunset-changed'],
      code: 0,
    },
    {
      given: 'deprecated with 50 days of notice, 90 required',
      dir: newDeprecation,
      flags: ['--release-date', '2025-12-01', '--deprecation-days', '90'],
      want: ['info operation-deprecated', 'info operation-sunset-changed', 'error operation-sunset-too-soon'],
      code: 1,
    },
    { given: 'an alpha operation removed', dir: alphaRemoval, flags: [], want: ['info operation-removed'], code: 0 },
    {
      given: 'an alpha operation removed, --stability-level draft',
      dir: alphaRemoval,
      flags: ['--stability-level', 'draft'],
      want: ['error operation-removed'],
      code: 1,
    },
    {
      given: 'an alpha operation removed, --stability-level beta',
      dir: alphaRemoval,
      flags: ['--stability-level', 'beta'],
      want: [],
      code: 0,
    },
  ])('$given: $want', async ({ dir, flags, want, code }) => {
    const result = await diff(dir, ...flags);
    expect(result.changes).toEqual(want);
    expect(result.code).toBe(code);
  });

  it.each([
    { flags: ['--deprecation-days', 'soon'], want: /--deprecation-days must be a whole number/ },
    { flags: ['--stability-level', 'gold'], want: /--stability-level/ },
  ])('exits 2 for $flags', async ({ flags, want }) => {
    const { code, err } = await diff(sunsetRemoval, ...flags);
    expect(code).toBe(2);
    expect(err).toMatch(want);
  });
});
