import { locateFixture } from '@circleci-kit/fixtures/locate';
import { loadSpec } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { CodegenError, generate } from '../src/generate.ts';
import { specSource } from '../src/main.ts';

const currentSpec = locateFixture('specs/current/openapi.json');

function tinySpec(operationIds: string[], extra: Record<string, unknown> = {}) {
  const paths = Object.fromEntries(
    operationIds.map((id, i) => [
      `/thing${i}`,
      { get: { operationId: id, responses: { '200': { description: 'ok' } } } },
    ]),
  );
  return { openapi: '3.0.3', info: { title: 't', version: '1' }, paths, ...extra };
}

describe('codegen: generate', () => {
  it('writes the table, the operation types and the openapi-typescript types for the current spec', async () => {
    const spec = await loadSpec(currentSpec);
    const files = await generate(spec, 'current');
    expect(Object.keys(files).sort()).toEqual(['openapi-types.ts', 'operation-types.ts', 'operations.ts']);
    expect(files['operations.ts']).toContain(`export const specFingerprint: string = "${spec.fingerprint}";`);
    expect(files['operations.ts']!.match(/^ {2}"\w+": \{"id"/gm)).toHaveLength(110);
    expect(files['operation-types.ts']).toContain(
      '"triggerPipeline": {\n    /** `project-slug` (path) */\n    projectSlug: ProjectSlugInput;',
    );
    // No parameters: any key is refused; an untyped path value is text or a number, never a boolean.
    expect(files['operation-types.ts']).toContain('"getCurrentUser": Record<string, never>;');
    expect(files['operation-types.ts']).toContain(
      '"getJobDetails": {\n    /** `job-number` (path) */\n    jobNumber: string | number;',
    );
    // x-nullable became nullable, which openapi-typescript writes as `| null`.
    expect(files['openapi-types.ts']).toMatch(/next_page_token: string \| null;/);
  });

  it.each([
    { ids: ['getThing', 'GetThing'], want: /method name getThing is not unique/ },
    { ids: ['request'], want: /method name request is not unique or not plain/ },
    { ids: ['requestUnchecked'], want: /method name requestUnchecked is not unique or not plain/ },
    { ids: ['PaginateUnchecked'], want: /method name paginateUnchecked is not unique or not plain/ },
  ])('refuses operationIds $ids', async ({ ids, want }) => {
    const spec = await loadSpec(tinySpec(ids));
    const error = await generate(spec, 'tiny').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).message).toMatch(want);
  });

  it('refuses two parameters with one camelCase name', async () => {
    const spec = await loadSpec({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/x': {
          get: {
            operationId: 'getX',
            parameters: [
              { name: 'page-token', in: 'query', schema: { type: 'string' } },
              { name: 'page_token', in: 'query', schema: { type: 'string' } },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    });
    await expect(generate(spec, 'tiny')).rejects.toThrow(/two parameters are named pageToken/);
  });
});

describe('codegen: the spec it reads', () => {
  it.each([
    { arg: undefined, env: {}, want: currentSpec },
    { arg: undefined, env: { CIRCLECI_OPENAPI_SPEC: 'specs/a.json' }, want: '/cwd/specs/a.json' },
    { arg: 'b.yaml', env: { CIRCLECI_OPENAPI_SPEC: 'a.json' }, want: '/cwd/b.yaml' },
    { arg: 'https://circleci.com/api/v2/openapi.json', env: {}, want: 'https://circleci.com/api/v2/openapi.json' },
  ])('--spec $arg with $env', ({ arg, env, want }) => {
    expect(specSource(arg, env, '/cwd')).toBe(want);
  });
});
