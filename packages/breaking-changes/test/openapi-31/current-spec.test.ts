import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import { convertSpec } from '@circleci-kit/spec-loader/convert';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffSpecs, type Change } from '../../src/index.ts';

// CircleCI's spec converted to 3.1 by the loader's converter describes the same API: diffed against
// the 3.0 original it must show nothing that breaks, either way. And a diff of two published versions
// must say the same whether both are 3.0, both 3.1, or one of each.

const history = locateFixture('specs/history');
const options = { releaseDate: '2026-01-01' };

/** The 3.0 document at `path` and its conversion to 3.1, both loaded as `breaking diff` loads them. */
async function bothVersions(path: string): Promise<{ v30: LoadedSpec; v31: LoadedSpec; rewrites: number }> {
  const text = readFileSync(path, 'utf8');
  const converted = await convertSpec(text, { to: '3.1', source: path });
  const [v30, v31] = await Promise.all([
    loadSpec(text, { mode: 'lenient' }),
    loadSpec(converted.text, { mode: 'lenient' }),
  ]);
  return { v30, v31, rewrites: converted.changes.length };
}

const atWarnOrAbove = (changes: Change[]) =>
  changes
    .filter((change) => change.level !== 'info')
    .map((change) => `${change.level} ${change.id}: ${change.message}`);
const described = (changes: Change[]) =>
  changes
    .map(
      (change) => `${change.level} ${change.id} ${change.operation.method} ${change.operation.path}: ${change.message}`,
    )
    .sort();

describe('the current CircleCI spec and its 3.1 conversion', () => {
  let current: Awaited<ReturnType<typeof bothVersions>>;
  beforeAll(async () => {
    current = await bothVersions(locateFixture('specs/current/openapi.json'));
  }, 60_000);

  it('is a real conversion', () => {
    expect(current.v30.openapi).toMatch(/^3\.0\./);
    expect(current.v31.openapi).toMatch(/^3\.1\./);
    expect(current.rewrites).toBeGreaterThan(0);
    expect(current.v31.operations.size).toBe(current.v30.operations.size);
  });

  it('shows no change at warn or above from 3.0 to 3.1', () => {
    expect(atWarnOrAbove(diffSpecs(current.v30, current.v31, options))).toEqual([]);
  });

  it('shows no change at warn or above from 3.1 to 3.0', () => {
    expect(atWarnOrAbove(diffSpecs(current.v31, current.v30, options))).toEqual([]);
  });
});

describe('a diff of two published versions', () => {
  let old: Awaited<ReturnType<typeof bothVersions>>;
  let next: Awaited<ReturnType<typeof bothVersions>>;
  beforeAll(async () => {
    [old, next] = await Promise.all([
      bothVersions(join(history, 'circleci-v2-2025-05-14.json')),
      bothVersions(join(history, 'circleci-v2-2025-10-17.json')),
    ]);
  }, 60_000);

  it('says the same of 3.1 against 3.1, and of 3.0 against 3.1, as of 3.0 against 3.0', () => {
    const expected = described(diffSpecs(old.v30, next.v30, options));
    expect(expected.length).toBeGreaterThan(0);
    expect(described(diffSpecs(old.v31, next.v31, options))).toEqual(expected);
    expect(described(diffSpecs(old.v30, next.v31, options))).toEqual(expected);
    expect(described(diffSpecs(old.v31, next.v30, options))).toEqual(expected);
  });
});
