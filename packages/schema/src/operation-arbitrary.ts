/**
 * Arbitrary requests (parameters and body) for one operation.
 */
import { appendPointer, type OperationInfo, type ParameterInfo } from '@circleci-kit/spec-loader';
import fc from 'fast-check';
import { InvalidBuilder } from './_internals/invalid-arbitrary.ts';
import { slugArbitraryFor } from './_internals/slug-arbitraries.ts';
import { validArbitrary } from './arbitrary-for.ts';
import { SchemaError } from './schema-error.ts';
import type { InvalidSample, SchemaObject } from './types.ts';

/** The inputs of one request, keyed as the spec names the parameters. */
export interface OperationInput {
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  /** The JSON request body; `undefined` when the operation takes none or it is optional and left out. */
  body: unknown;
}

/** An invalid request: the input and the one constraint it breaks (pointer under `/pathParams`, `/query`, `/headers` or `/body`). */
export interface InvalidOperationInput {
  value: OperationInput;
  violation: { pointer: string; keyword: string };
}

/** Options of {@link operationArbitrary}. */
export interface OperationArbitraryOptions<M extends 'valid' | 'invalid' = 'valid' | 'invalid'> {
  /**
   * `valid`: inputs the spec accepts; `invalid`: inputs with exactly one broken constraint.
   * @default 'valid'
   */
  mode?: M;
  /**
   * The media type of the body.
   * @default 'application/json'
   */
  contentType?: string;
}

const LOCATIONS = [
  ['path', 'pathParams'],
  ['query', 'query'],
  ['header', 'headers'],
] as const;

const paramSchemaCache = new WeakMap<ParameterInfo, SchemaObject>();

/**
 * The schema values are drawn from for a parameter: path segments are never
 * empty, and an untyped parameter is a positive integer when its example is a
 * number or all digits (CircleCI's `job-number`: `"123"`), else a token.
 */
function parameterSchema(parameter: ParameterInfo): SchemaObject {
  let schema = paramSchemaCache.get(parameter);
  if (schema === undefined) {
    schema = parameter.schema;
    const untyped = schema.type === undefined && !schema.enum && !schema.oneOf && !schema.anyOf && !schema.allOf;
    if (untyped) {
      const { example } = parameter;
      const numeric = typeof example === 'number' || (typeof example === 'string' && /^\d+$/.test(example));
      schema = numeric
        ? { type: 'integer', minimum: 1, maximum: 10_000_000 }
        : { type: 'string', pattern: '^[a-z0-9-]{1,12}$' };
    } else if (parameter.in === 'path' && schema.type === 'string' && (schema.minLength ?? 0) < 1)
      schema = { ...schema, minLength: 1 };
    paramSchemaCache.set(parameter, schema);
  }
  return schema;
}

function parameterArbitrary(parameter: ParameterInfo): fc.Arbitrary<unknown> {
  return slugArbitraryFor(parameter.name) ?? validArbitrary(parameterSchema(parameter), 'request');
}

function validInput(operation: OperationInfo, contentType: string, omit?: string): fc.Arbitrary<OperationInput> {
  const groups = LOCATIONS.map(([location]) => {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    const requiredKeys: string[] = [];
    for (const parameter of operation.parameters[location]) {
      if (`${location}:${parameter.name}` === omit) continue;
      shape[parameter.name] = parameterArbitrary(parameter);
      if (parameter.required) requiredKeys.push(parameter.name);
    }
    return fc.record(shape, { requiredKeys, noNullPrototype: true });
  });
  const media = operation.requestBody?.content[contentType];
  let body: fc.Arbitrary<unknown> = fc.constant(undefined);
  if (omit !== 'body' && media?.schema !== undefined) {
    body = validArbitrary(media.schema, 'request');
    if (!operation.requestBody?.required) body = fc.option(body, { nil: undefined, freq: 4 });
  }
  return fc
    .tuple(groups[0]!, groups[1]!, groups[2]!, body)
    .map(([pathParams, query, headers, value]) => ({ pathParams, query, headers, body: value }));
}

function invalidInput(operation: OperationInfo, contentType: string): fc.Arbitrary<InvalidOperationInput> {
  const builder = new InvalidBuilder('request');
  const sites: Array<fc.Arbitrary<InvalidOperationInput>> = [];
  for (const [location, group] of LOCATIONS) {
    for (const parameter of operation.parameters[location]) {
      const prefix = appendPointer(`/${group}`, parameter.name);
      const base = validInput(operation, contentType, `${location}:${parameter.name}`);
      if (parameter.required && location !== 'path') {
        sites.push(base.map((value) => ({ value, violation: { pointer: prefix, keyword: 'required' } })));
      }
      const schema = parameter.schema;
      // On the wire every parameter is text: a number for a string parameter is not a violation.
      const inner = builder.sites(schema).filter((site) => !(site.rootKeyword === 'type' && schema.type === 'string'));
      if (inner.length === 0) continue;
      const broken = fc.oneof(...inner.map((site) => site.arbitrary));
      sites.push(
        fc.tuple(base, broken).map(([value, sample]: [OperationInput, InvalidSample]) => ({
          value: { ...value, [group]: { ...value[group], [parameter.name]: sample.value } },
          violation: { pointer: prefix + sample.violation.pointer, keyword: sample.violation.keyword },
        })),
      );
    }
  }
  const schema = operation.requestBody?.content[contentType]?.schema;
  if (schema !== undefined) {
    const inner = builder.sites(schema);
    if (inner.length > 0) {
      const broken = fc.oneof(...inner.map((site) => site.arbitrary));
      sites.push(
        fc.tuple(validInput(operation, contentType, 'body'), broken).map(([value, sample]) => ({
          value: { ...value, body: sample.value },
          violation: { pointer: `/body${sample.violation.pointer}`, keyword: sample.violation.keyword },
        })),
      );
    }
  }
  if (sites.length === 0) {
    throw new SchemaError(
      'NO_INVALID_VALUE',
      `${operation.operationId} has no parameter or body constraint that an input could break`,
    );
  }
  return fc.oneof(...sites);
}

/**
 * An arbitrary of request inputs for an operation: `{ pathParams, query,
 * headers, body }`, keys spelled as in the spec, ready for the client's
 * request builder. Slug parameters (`project-slug`, `org-slug`, …) are drawn
 * from realistic slug forms (`gh/org/repo`, `bitbucket/org/repo`,
 * `circleci/<org id>/<project id>`, …) written by `@circleci-kit/slug`.
 * In `invalid` mode it yields `{ value, violation }` with exactly one broken
 * constraint: a missing required query or header parameter, a parameter
 * value, or the body.
 *
 * @example
 * ```ts
 * const operation = spec.operations.get('triggerPipeline')!;
 * fc.sample(operationArbitrary(operation), { numRuns: 1, seed: 7 });
 * // → [{ pathParams: { 'project-slug': 'gh/a-0/x' }, query: {}, headers: {}, body: { branch: '…' } }]
 * ```
 */
export function operationArbitrary(
  operation: OperationInfo,
  options: OperationArbitraryOptions<'invalid'> & { mode: 'invalid' },
): fc.Arbitrary<InvalidOperationInput>;
export function operationArbitrary(
  operation: OperationInfo,
  options?: OperationArbitraryOptions<'valid'>,
): fc.Arbitrary<OperationInput>;
export function operationArbitrary(
  operation: OperationInfo,
  options: OperationArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const contentType = options.contentType ?? 'application/json';
  return options.mode === 'invalid' ? invalidInput(operation, contentType) : validInput(operation, contentType);
}
