import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadedSpec } from '@circleci-kit/spec-loader';
import { diskCodeCache } from '../src/disk-cache.ts';
import { createValidators } from '../src/index.ts';
import { pipeline } from './support/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'schema-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const specWith = (fingerprint: string) =>
  ({
    fingerprint,
    operations: new Map([
      [
        'getPipeline',
        {
          operationId: 'getPipeline',
          parameters: { path: [], query: [], header: [], cookie: [] },
          responses: {
            '200': {
              status: '200',
              description: '',
              headers: {},
              content: { 'application/json': { schema: pipeline } },
            },
          },
        },
      ],
    ]),
  }) as unknown as LoadedSpec;

describe('diskCodeCache', () => {
  const valid = {
    id: '5034460f-c7c4-4c43-9457-de07e2029e7b',
    number: 1,
    state: 'created',
    created_at: '2025-01-01T00:00:00Z',
  };

  it('stores standalone code once, atomically, and validates the same with it', () => {
    const cache = diskCodeCache(dir);
    expect(cache.load('disk-1')).toBeUndefined();
    const validate = createValidators(specWith('disk-1'), { codeCache: cache }).response('getPipeline', 200)!;
    expect(readdirSync(dir)).toEqual(['validators-v2-disk-1.cjs']);
    expect(validate(valid)).toEqual({ valid: true });
    expect(validate({ ...valid, id: 'nope' })).toMatchObject({
      valid: false,
      errors: [{ pointer: '/id', keyword: 'format' }],
    });
    expect(validate({ ...valid, count: 2 ** 31 })).toMatchObject({
      valid: false,
      errors: [{ pointer: '/count', keyword: 'format' }],
    });
  });

  it('does not read the files of an older code version (draft-07 code of version 1)', () => {
    writeFileSync(join(dir, 'validators-v1-disk-2.cjs'), 'exports.v0 = () => true;');
    expect(diskCodeCache(dir).load('disk-2')).toBeUndefined();
  });

  it('loads the stored code in a later run without compiling', () => {
    const functions = diskCodeCache(dir).load('disk-1');
    expect(Object.keys(functions ?? {})).toEqual(['v0']);
    expect(functions!.v0!(valid)).toBe(true);
  });
});
