import { checkPactAgainstSpec, type PactFile, type PactInteraction } from '@circleci-kit/pact';
import { describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.ts';

const UUID = '5d8d7a8c-2a3b-4c5d-9e8f-0a1b2c3d4e5f';
const rule = (...matchers: object[]) => ({ combine: 'AND' as const, matchers: matchers as never[] });

function pactOf(interaction: Partial<PactInteraction> & Pick<PactInteraction, 'request' | 'response'>): PactFile {
  return {
    consumer: { name: 'c' },
    provider: { name: 'p' },
    metadata: { pactSpecification: { version: '4.0' } },
    interactions: [{ type: 'Synchronous/HTTP', description: 'the interaction', ...interaction }],
  };
}

const pipeline = (content: unknown, rules: Record<string, ReturnType<typeof rule>> = {}) =>
  pactOf({
    request: { method: 'GET', path: `/api/v2/pipeline/${UUID}` },
    response: {
      status: 200,
      body: { content, contentType: 'application/json', encoded: false },
      matchingRules: { body: rules },
    },
  });

describe('checkPactAgainstSpec', () => {
  it.each([
    {
      given: 'a route no operation answers',
      pact: pactOf({ request: { method: 'GET', path: '/api/v2/nowhere' }, response: { status: 200 } }),
      want: [{ kind: 'route', pointer: '/interactions/0/request/path', specPointer: '/paths' }],
    },
    {
      given: 'a multi-segment slug route with an undeclared query parameter',
      pact: pactOf({
        request: { method: 'GET', path: '/api/v2/project/gh/acme/api/pipeline', query: { nope: ['1'] } },
        response: { status: 200 },
      }),
      want: [{ kind: 'parameter', severity: 'warning', pointer: '/interactions/0/request/query/nope' }],
    },
    {
      given: 'a bad path parameter on a 2xx',
      pact: pactOf({
        request: { method: 'GET', path: '/api/v2/org/not-a-uuid/oidc-custom-claims' },
        response: { status: 200 },
      }),
      want: [{ kind: 'parameter', pointer: '/interactions/0/request/path', message: expect.stringContaining('orgID') }],
    },
    {
      given: 'a bad path parameter answered 404: above 400, nothing of the request is reported',
      pact: pactOf({
        request: { method: 'GET', path: '/api/v2/org/not-a-uuid/oidc-custom-claims', query: { nope: ['1'] } },
        response: { status: 404 },
      }),
      want: [],
    },
    {
      given: 'a JSON body sent to an operation that takes none, answered 404: only the warning',
      pact: pactOf({
        request: {
          method: 'GET',
          path: '/api/v2/org/not-a-uuid/oidc-custom-claims',
          body: { content: { x: 1 }, contentType: 'application/json', encoded: false },
        },
        response: { status: 404 },
      }),
      want: [
        {
          kind: 'request-body',
          severity: 'warning',
          pointer: '/interactions/0/request/body',
          specPointer: '/paths/~1org~1{orgID}~1oidc-custom-claims/get',
          message: 'the operation takes no request body',
        },
      ],
    },
    {
      given: 'an undeclared status',
      pact: pactOf({
        request: { method: 'GET', path: `/api/v2/org/${UUID}/oidc-custom-claims` },
        response: { status: 409 },
      }),
      want: [
        {
          kind: 'status',
          pointer: '/interactions/0/response/status',
          specPointer: '/paths/~1org~1{orgID}~1oidc-custom-claims/get/responses',
        },
      ],
    },
    {
      given: 'an example of the wrong type (no rule)',
      pact: pipeline({ id: UUID, number: 'one' }, { '$.id': rule({ match: 'type' }) }),
      want: [
        {
          kind: 'response-body',
          severity: 'error',
          pointer: '/interactions/0/response/body/content/number',
          specPointer: expect.stringMatching(
            /^\/paths\/~1pipeline~1\{pipeline-id\}\/get\/responses\/200\/.*\/properties\/number$/,
          ),
          message: '/number: expected integer, got "one"',
        },
        { kind: 'response-body', severity: 'warning', message: expect.stringContaining('expected "one"') },
      ],
    },
    {
      given: 'a regex stricter than the uuid format',
      pact: pipeline({ id: UUID }, { '$.id': rule({ match: 'regex', regex: '^5d8d' }) }),
      want: [
        {
          kind: 'matching-rule',
          severity: 'error',
          pointer: '/interactions/0/response/body/content/id',
          message: expect.stringContaining('/^5d8d/'),
        },
      ],
    },
    {
      given: 'a min above what the spec promises',
      pact: pactOf({
        request: { method: 'GET', path: '/api/v2/project/gh/acme/api/pipeline' },
        response: {
          status: 200,
          body: { content: { items: [{ id: UUID }] }, contentType: 'application/json', encoded: false },
          matchingRules: {
            body: { '$.items': rule({ match: 'type', min: 3 }), '$.items[*].id': rule({ match: 'type' }) },
          },
        },
      }),
      want: [
        {
          kind: 'matching-rule',
          pointer: '/interactions/0/response/body/content/items',
          message: expect.stringContaining('at least 3'),
        },
      ],
    },
    {
      given: 'a field the spec does not require',
      pact: pipeline(
        { id: UUID, trigger_parameters: {} },
        { '$.id': rule({ match: 'type' }), '$.trigger_parameters': rule({ match: 'type' }) },
      ),
      want: [
        {
          kind: 'response-body',
          pointer: '/interactions/0/response/body/content/trigger_parameters',
          message: expect.stringContaining('does not require'),
        },
      ],
    },
    {
      given: "an example from one branch of a union (valid, though it expects that branch's field)",
      pact: pactOf({
        request: {
          method: 'PUT',
          path: `/api/v2/context/${UUID}/environment-variable/NAME`,
          body: { content: { value: 'v' }, contentType: 'application/json', encoded: false },
        },
        response: {
          status: 200,
          body: { content: { variable: 'NAME' }, contentType: 'application/json', encoded: false },
          matchingRules: { body: { '$.variable': rule({ match: 'type' }) } },
        },
      }),
      want: [
        {
          kind: 'response-body',
          pointer: '/interactions/0/response/body/content/variable',
          message: expect.stringContaining('missing variable (the spec does not require it)'),
        },
      ],
    },
    {
      given: 'rules the spec honours',
      pact: pipeline(
        { id: UUID, number: 3, state: 'created', created_at: '2025-01-01T00:00:00Z' },
        {
          '$.id': rule({ match: 'regex', regex: '^[0-9a-fA-F-]{36}$' }),
          '$.number': rule({ match: 'integer' }),
          '$.state': rule({ match: 'type' }),
          '$.created_at': rule({ match: 'type' }),
        },
      ),
      want: [],
    },
  ])('$given', async ({ pact, want }) => {
    const got = checkPactAgainstSpec(pact, await currentSpec());
    expect(got).toMatchObject(want);
    expect(got).toHaveLength(want.length);
  });
});

describe('checkPactAgainstSpec: statuses CircleCI answers everywhere', () => {
  const claims = `/api/v2/org/${UUID}/oidc-custom-claims`;
  it.each([
    {
      given: 'a 401 to a request without a token',
      headers: {},
      path: claims,
      status: 401,
      tolerated: true,
    },
    {
      given: 'a 401 to a request with the wrong-token placeholder',
      headers: { 'circle-token': ['invalid-circle-token'] },
      path: claims,
      status: 401,
      tolerated: true,
    },
    {
      given: 'a 401 to a request with a token',
      headers: { 'circle-token': ['${CIRCLE_TOKEN}'] },
      path: claims,
      status: 401,
      tolerated: false,
    },
    { given: 'a 404', headers: { 'circle-token': ['x'] }, path: claims, status: 404, tolerated: true },
  ])('$given: tolerated $tolerated, reported with strictStatus', async ({ headers, path, status, tolerated }) => {
    const pact = pactOf({ request: { method: 'GET', path, headers }, response: { status } });
    const spec = await currentSpec();
    const statuses = (strictStatus: boolean) =>
      checkPactAgainstSpec(pact, spec, { strictStatus }).filter((m) => m.kind === 'status');
    expect(statuses(false)).toHaveLength(tolerated ? 0 : 1);
    expect(statuses(true)).toHaveLength(1);
  });
});
