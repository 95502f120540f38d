import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createValidators, operationArbitrary, sample, SchemaError } from '../src/index.ts';
import type { SchemaObject } from '../src/index.ts';
import type { LoadedSpec, OperationInfo } from '@circleci-kit/spec-loader';
import { merged, pipeline } from './support/fixtures.ts';

const message: SchemaObject = { type: 'object', required: ['message'], properties: { message: { type: 'string' } } };

const triggerPipeline: OperationInfo = {
  operationId: 'triggerPipeline',
  method: 'post',
  path: '/project/{project-slug}/pipeline',
  tags: [],
  deprecated: false,
  security: [],
  pointer: '/paths/~1project~1{project-slug}~1pipeline/post',
  parameters: {
    path: [
      {
        name: 'project-slug',
        in: 'path',
        required: true,
        style: 'simple',
        explode: false,
        deprecated: false,
        schema: { type: 'string' },
      },
    ],
    query: [
      {
        name: 'page-token',
        in: 'query',
        required: false,
        style: 'form',
        explode: true,
        deprecated: false,
        schema: { type: 'string' },
      },
      {
        name: 'limit',
        in: 'query',
        required: true,
        style: 'form',
        explode: true,
        deprecated: false,
        schema: { type: 'integer', minimum: 1, maximum: 100 },
      },
    ],
    header: [],
    cookie: [],
  },
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          additionalProperties: false,
          properties: {
            branch: { type: 'string' },
            parameters: { type: 'object', additionalProperties: { type: 'string' } },
          },
        },
      },
    },
  },
  responses: {
    '201': { status: '201', description: '', headers: {}, content: { 'application/json': { schema: pipeline } } },
    default: { status: 'default', description: '', headers: {}, content: { 'application/json': { schema: message } } },
  },
};

const spec = {
  fingerprint: 'test-fingerprint-1',
  operations: new Map([['triggerPipeline', triggerPipeline]]),
} as unknown as LoadedSpec;

describe('createValidators', () => {
  const validators = createValidators(spec);

  it('is made once per spec, and once per known fingerprint', () => {
    expect(createValidators(spec)).toBe(validators);
    expect(createValidators({ ...spec })).toBe(validators);
    expect(validators.size).toBe(6);
  });

  it("leaves a fresh load's fingerprint unread (working it out costs a hash of the whole document)", () => {
    let reads = 0;
    const fresh = { ...spec };
    Object.defineProperty(fresh, 'fingerprint', {
      get: () => {
        reads += 1;
        return 'test-fingerprint-2';
      },
      enumerable: true,
      configurable: true,
    });
    const made = createValidators(fresh);
    expect(made === validators).toBe(false);
    expect(createValidators(fresh)).toBe(made);
    expect(made.response('triggerPipeline', 404)!({ message: 'Not found.' }).valid).toBe(true);
    expect(reads).toBe(0);
    expect(made.fingerprint).toBe('test-fingerprint-2');
    expect(reads).toBe(1);
  });

  it.each([
    { status: 201, given: { id: 'x' }, want: false },
    { status: 404, given: { message: 'Not found.' }, want: true },
    { status: '500', given: {}, want: false },
  ])('validates a $status response $given: valid=$want', ({ status, given, want }) => {
    expect(validators.response('triggerPipeline', status)!(given).valid).toBe(want);
  });

  it.each([
    { given: () => validators.response('nope', 200), want: 'UNKNOWN_OPERATION' },
    { given: () => validators.parameter('triggerPipeline', 'query', 'nope'), want: 'UNKNOWN_OPERATION' },
  ])('throws $want', ({ given, want }) => {
    expect(given).toThrow(SchemaError);
    expect(() => {
      try {
        given();
      } catch (error) {
        throw new Error((error as SchemaError).code);
      }
    }).toThrow(want);
  });

  it('validates parameters by the names the spec gives them', () => {
    expect(validators.parameter('triggerPipeline', 'query', 'limit')(0)).toMatchObject({
      valid: false,
      errors: [{ keyword: 'minimum' }],
    });
  });
});

describe('operationArbitrary', () => {
  const validators = createValidators(spec);

  it('draws inputs that pass every validator, with realistic slugs', () => {
    fc.assert(
      fc.property(operationArbitrary(triggerPipeline), (input) => {
        expect(String(input.pathParams['project-slug'])).toMatch(/^(gh|bb|github|bitbucket|circleci)\/[^/]+\/[^/]+$/);
        expect(validators.parameter('triggerPipeline', 'query', 'limit')(input.query.limit)).toEqual({ valid: true });
        expect(validators.requestBody('triggerPipeline')!(input.body)).toEqual({ valid: true });
      }),
      { seed: 4, numRuns: 200 },
    );
  });

  it('draws inputs with exactly one broken constraint, and says which', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(operationArbitrary(triggerPipeline, { mode: 'invalid' }), ({ value, violation }) => {
        seen.add(violation.pointer.split('/')[1]!);
        const limit =
          value.query.limit === undefined
            ? undefined
            : validators.parameter('triggerPipeline', 'query', 'limit')(value.query.limit);
        const body = validators.requestBody('triggerPipeline')!(value.body);
        const errors = [
          ...(value.query.limit === undefined ? [{ pointer: '/query/limit', keyword: 'required' }] : []),
          ...(limit && !limit.valid
            ? limit.errors.map((e) => ({ pointer: `/query/limit${e.pointer}`, keyword: e.keyword }))
            : []),
          ...(!body.valid ? body.errors.map((e) => ({ pointer: `/body${e.pointer}`, keyword: e.keyword })) : []),
        ];
        expect(errors).toEqual([violation]);
      }),
      { seed: 4, numRuns: 200 },
    );
    expect([...seen].sort()).toEqual(['body', 'query']);
  });
});

describe('sample', () => {
  it.each([
    { given: { ...merged, example: { message: 'Accepted.', code: 404 } }, want: { message: 'Accepted.', code: 404 } },
    { given: { type: 'integer', minimum: 1, example: 0 } as SchemaObject, want: 'drawn' },
  ])('uses the example only when it validates: $given', ({ given, want }) => {
    const value = sample(given, 7);
    if (want === 'drawn') expect(value).not.toEqual(given.example);
    else expect(value).toEqual(want);
  });

  it('is deterministic for a seed', () => {
    expect(sample(pipeline, 11)).toEqual(sample(pipeline, 11));
    expect(sample(pipeline, 11)).not.toEqual(sample(pipeline, 12));
  });
});

describe('operationArbitrary for untyped path parameters', () => {
  const jobNumber = {
    ...triggerPipeline,
    operationId: 'getJobDetails',
    requestBody: undefined,
    parameters: {
      ...triggerPipeline.parameters,
      query: [],
      path: [
        {
          name: 'job-number',
          in: 'path',
          required: true,
          style: 'simple',
          explode: false,
          deprecated: false,
          schema: {},
          example: '123',
        },
      ],
    },
  } as unknown as OperationInfo;

  it('draws positive integers when the example is all digits', () => {
    const values = fc
      .sample(operationArbitrary(jobNumber), { numRuns: 100, seed: 2 })
      .map((input) => input.pathParams['job-number']);
    expect(values.every((value) => Number.isInteger(value) && (value as number) >= 1)).toBe(true);
  });
});
