import { validArbitrary } from '@circleci-kit/schema';
import { loadSpec, type SchemaObject } from '@circleci-kit/spec-loader';
import {
  checkPactAgainstSpec,
  matchBody,
  responseBodyRules,
  type PactFile,
  type PactMatcher,
  type PactRuleList,
} from '@circleci-kit/pact';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const UUID = '5d8d7a8c-2a3b-4c5d-9e8f-0a1b2c3d4e5f';
const UUID_REGEX = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const rule = (...matchers: PactMatcher[]): PactRuleList => ({ combine: 'AND', matchers });
const NEVER: SchemaObject = { not: {} };
const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const count: SchemaObject = { type: 'integer' };

/** `{ value: schema }`, required. */
const holding = (schema: SchemaObject): SchemaObject => ({
  type: 'object',
  required: ['value'],
  properties: { value: schema },
});

interface Row {
  given: string;
  schema: SchemaObject;
  value: unknown;
  want: { body: unknown; rules: Record<string, PactRuleList> };
}

describe('responseBodyRules: the 2020-12 keywords of the internal form', () => {
  it.each<Row>([
    {
      given: 'a closed tuple: each member matched at its own index, all members kept',
      schema: holding({ type: 'array', prefixItems: [uuid, count], minItems: 2, items: NEVER }),
      value: { value: [UUID, 3] },
      want: {
        body: { value: [UUID, 3] },
        rules: {
          '$.value': rule({ match: 'type', min: 2 }),
          '$.value[0]': rule({ match: 'regex', regex: UUID_REGEX }),
          '$.value[1]': rule({ match: 'integer' }),
        },
      },
    },
    {
      given: 'an open tuple: the prefix by index, one item of items at [*]',
      schema: holding({ type: 'array', prefixItems: [uuid], items: { type: 'boolean' } }),
      value: { value: [UUID, true, false] },
      want: {
        body: { value: [UUID, true] },
        rules: {
          '$.value': rule({ match: 'type', min: 0 }),
          '$.value[0]': rule({ match: 'regex', regex: UUID_REGEX }),
          '$.value[*]': rule({ match: 'boolean' }),
        },
      },
    },
    {
      given: 'a tuple recorded short: the missing member and a tail item are sampled',
      schema: holding({ type: 'array', prefixItems: [uuid, count], items: { type: 'boolean' } }),
      value: { value: [UUID] },
      want: {
        body: { value: [UUID, expect.any(Number), expect.any(Boolean)] },
        rules: {
          '$.value': rule({ match: 'type', min: 0 }),
          '$.value[0]': rule({ match: 'regex', regex: UUID_REGEX }),
          '$.value[1]': rule({ match: 'integer' }),
          '$.value[*]': rule({ match: 'boolean' }),
        },
      },
    },
    {
      given: 'a tuple whose later items may be anything (left out: no rule can say them)',
      schema: holding({ type: 'array', prefixItems: [uuid] }),
      value: { value: [UUID, 'x'] },
      want: { body: {}, rules: {} },
    },
    {
      given: 'members past maxItems are not expected',
      schema: holding({ type: 'array', prefixItems: [uuid, count], maxItems: 1 }),
      value: { value: [UUID] },
      want: {
        body: { value: [UUID] },
        rules: {
          '$.value': rule({ match: 'type', min: 0 }),
          '$.value[0]': rule({ match: 'regex', regex: UUID_REGEX }),
        },
      },
    },
    {
      given: 'a const without type: an enum regex for a string',
      schema: holding({ enum: ['release'] }),
      value: { value: 'release' },
      want: { body: { value: 'release' }, rules: { '$.value': rule({ match: 'regex', regex: '^(release)$' }) } },
    },
    {
      given: 'a const without type: an integer matcher for a number',
      schema: holding({ enum: [3] }),
      value: { value: 3 },
      want: { body: { value: 3 }, rules: { '$.value': rule({ match: 'integer' }) } },
    },
    {
      given: 'dependentRequired: a dependent of a required property is kept, one of an optional one is not',
      schema: {
        type: 'object',
        required: ['branch'],
        properties: { branch: { type: 'string' }, revision: count, tag: { type: 'string' }, signed: count },
        dependentRequired: { branch: ['revision'], tag: ['signed'] },
      },
      value: { branch: 'main', revision: 1, tag: 'v1', signed: 2 },
      want: {
        body: { branch: 'main', revision: 1 },
        rules: { '$.branch': rule({ match: 'type' }), '$.revision': rule({ match: 'integer' }) },
      },
    },
    {
      given: 'a property that admits no value, and additionalProperties that admit none',
      schema: {
        type: 'object',
        required: ['id'],
        properties: { id: uuid, gone: NEVER },
        additionalProperties: NEVER,
      },
      value: { id: UUID },
      want: { body: { id: UUID }, rules: { '$.id': rule({ match: 'regex', regex: UUID_REGEX }) } },
    },
  ])('$given', ({ schema, value, want }) => {
    const got = responseBodyRules(schema, value);
    expect(got).toMatchObject(want);
    expect(Object.keys(got.rules).sort()).toEqual(Object.keys(want.rules).sort());
    expect(matchBody(got.body, value, got.rules)).toEqual([]);
  });

  // Soundness: the rules written from one valid response accept every other valid response.
  it.each<{ given: string; schema: SchemaObject }>([
    { given: 'a closed tuple', schema: holding({ type: 'array', prefixItems: [uuid, count], items: NEVER }) },
    {
      given: 'an open tuple with minItems past the prefix',
      schema: holding({ type: 'array', prefixItems: [count, uuid], minItems: 3, items: { type: 'boolean' } }),
    },
    {
      given: 'a union of a tuple and a list',
      schema: holding({
        anyOf: [
          { type: 'array', prefixItems: [count], items: NEVER },
          { type: 'array', items: { type: 'number' } },
        ],
      }),
    },
    {
      given: 'dependentRequired',
      schema: {
        type: 'object',
        required: ['a'],
        properties: { a: count, b: count, c: { type: 'string' } },
        dependentRequired: { a: ['b'], b: ['c'] },
      },
    },
  ])('rules from one valid response accept any other: $given (seed 7)', ({ schema }) => {
    fc.assert(
      fc.property(validArbitrary(schema, 'response'), validArbitrary(schema, 'response'), (recorded, other) => {
        const { body, rules } = responseBodyRules(schema, recorded);
        expect(matchBody(body, other, rules)).toEqual([]);
      }),
      { seed: 7, numRuns: 40 },
    );
  });
});

describe('checkPactAgainstSpec: a 3.1 document', () => {
  const spec = loadSpec({
    openapi: '3.1.0',
    info: { title: 'ranges', version: '1' },
    paths: {
      '/range': {
        get: {
          operationId: 'getRange',
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['kind', 'range'],
                    properties: {
                      kind: { const: 'range' },
                      range: { type: 'array', prefixItems: [count, { type: 'string' }], minItems: 2, items: false },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  const pact = (content: unknown, rules: Record<string, PactRuleList>): PactFile => ({
    consumer: { name: 'c' },
    provider: { name: 'p' },
    metadata: { pactSpecification: { version: '4.0' } },
    interactions: [
      {
        type: 'Synchronous/HTTP',
        description: 'a range',
        request: { method: 'GET', path: '/range' },
        response: {
          status: 200,
          body: { content, contentType: 'application/json', encoded: false },
          matchingRules: { body: rules },
        },
      },
    ],
  });

  it('passes the rules responseBodyRules writes', async () => {
    const loaded = await spec;
    const schema = loaded.operations.get('getRange')!.responses['200']!.content['application/json']!.schema!;
    const { body, rules } = responseBodyRules(schema, { kind: 'range', range: [1, 'b'] });
    expect(checkPactAgainstSpec(pact(body, rules), loaded)).toEqual([]);
  });

  const member = '/paths/~1range/get/responses/200/content/application~1json/schema/properties/range/prefixItems/1';
  it.each([
    {
      given: 'a [*] rule the second member breaks',
      content: { kind: 'range', range: [1, 'b'] },
      rules: { '$.range': rule({ match: 'type', min: 2 }), '$.range[*]': rule({ match: 'integer' }) },
      want: [{ kind: 'matching-rule', pointer: '/interactions/0/response/body/content/range/1', specPointer: member }],
    },
    {
      given: "an example whose second member is of the first one's type",
      content: { kind: 'range', range: [1, 2] },
      rules: { '$.range': rule({ match: 'type', min: 2 }), '$.range[0]': rule({ match: 'integer' }) },
      want: [
        { kind: 'response-body', pointer: '/interactions/0/response/body/content/range/1', specPointer: member },
        { kind: 'matching-rule', pointer: '/interactions/0/response/body/content/range/1', specPointer: member },
      ],
    },
  ])('names the tuple member, at its index and its prefixItems schema: $given', async ({ content, rules, want }) => {
    const mismatches = checkPactAgainstSpec(pact(content, rules), await spec);
    expect(mismatches).toEqual(want.map((w) => expect.objectContaining(w)));
  });
});
