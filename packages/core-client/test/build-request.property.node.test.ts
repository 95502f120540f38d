/**
 * Property: for valid parameters drawn from @circleci-kit/schema's
 * operationArbitrary, the request buildRequest makes passes the operation's
 * own parameter and body validators once read back from the URL and body.
 * Every operation of the current spec, seeded.
 */
import { createValidators, operationArbitrary, type SpecValidators } from '@circleci-kit/schema';
import { loadSpec, type LoadedSpec } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { CURRENT_SPEC } from './support/current-spec.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRequestUnchecked, operations, type OperationSpec, type ParameterSpec } from '../src/index.ts';

const SEED = 20251017;
const RUNS = 15;
let spec: LoadedSpec;
let validators: SpecValidators;

beforeAll(async () => {
  spec = await loadSpec(CURRENT_SPEC);
  validators = createValidators(spec);
});

const SEGMENT_PATTERN: Record<string, string> = {
  project: '([^/]+/[^/]+/[^/]+)',
  org: '([^/]+/[^/]+)',
  'org-or-id': '(.+)',
};

/** The path parameters read back from a built URL, decoded. */
function readPath(op: OperationSpec, pathname: string): Record<string, string> {
  const names: string[] = [];
  const pattern = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    const slug = op.parameters.path.find((p) => p.name === name)?.slug;
    return slug ? SEGMENT_PATTERN[slug]! : '([^/]+)';
  });
  const match = new RegExp(`^${pattern}$`).exec(pathname);
  expect(match, `${pathname} does not fit ${op.path}`).not.toBeNull();
  return Object.fromEntries(
    names.map((name, i) => [name, match![i + 1]!.split('/').map(decodeURIComponent).join('/')]),
  );
}

function typed(p: ParameterSpec, text: string): unknown {
  const type = p.type === 'array' ? p.itemType : p.type;
  if (type === 'integer' || type === 'number') return Number(text);
  if (type === 'boolean') return text === 'true';
  return text;
}

/** The query parameters read back from a built URL, typed as the spec declares them. */
function readQuery(op: OperationSpec, search: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = new Set(op.parameters.query.map((p) => p.name));
  for (const p of op.parameters.query) {
    const values = search.getAll(p.name);
    if (p.type === 'object') {
      const pairs = [...search.entries()].filter(([name]) => !known.has(name));
      if (pairs.length > 0) out[p.name] = Object.fromEntries(pairs);
    } else if (values.length > 0) {
      out[p.name] =
        p.type === 'array'
          ? values.flatMap((v) => (p.explode ? [v] : v.split(','))).map((v) => typed(p, v))
          : typed(p, values[0]!);
    }
  }
  return out;
}

function camelParams(
  op: OperationSpec,
  input: { pathParams: Record<string, unknown>; query: Record<string, unknown>; body: unknown },
) {
  const params: Record<string, unknown> = {};
  for (const p of op.parameters.path) params[p.key] = input.pathParams[p.name];
  for (const p of op.parameters.query) if (input.query[p.name] !== undefined) params[p.key] = input.query[p.name];
  if (input.body !== undefined) params['body'] = input.body;
  return params;
}

function problems(result: { valid: boolean } & { errors?: unknown }): unknown {
  return result.valid ? [] : result.errors;
}

describe('property: built requests pass the operation validators', () => {
  it.each(Object.keys(operations).sort())('%s', (operationId: string) => {
    const op = operations[operationId]!;
    const info = spec.operations.get(operationId)!;
    fc.assert(
      fc.property(operationArbitrary(info), (input) => {
        const request = buildRequestUnchecked(operationId, camelParams(op, input));
        const url = new URL(request.url);
        const path = readPath(op, url.pathname.slice('/api/v2'.length));
        for (const [name, value] of Object.entries(path)) {
          expect(problems(validators.parameter(operationId, 'path', name)(value)), `path ${name}=${value}`).toEqual([]);
        }
        for (const [name, value] of Object.entries(readQuery(op, url.searchParams))) {
          expect(problems(validators.parameter(operationId, 'query', name)(value)), `query ${name}`).toEqual([]);
        }
        if (request.body !== undefined) {
          const validate = validators.requestBody(operationId)!;
          expect(problems(validate(JSON.parse(request.body))), 'body').toEqual([]);
        }
        expect(request.method).toBe(op.method);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
