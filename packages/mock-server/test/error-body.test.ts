import { startMockServer, type MockServer } from '@circleci-kit/mock-server';
import { createValidators, type SpecValidators } from '@circleci-kit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSpec } from './support/spec.ts';

let mock: MockServer;
let faulty: MockServer;
let validators: SpecValidators;
beforeAll(async () => {
  const spec = await currentSpec();
  specOf = spec;
  validators = createValidators(spec);
  mock = await startMockServer({ spec, seed: 3, tokens: ['good'] });
  faulty = await startMockServer({ spec, seed: 3, faults: { 'server-error': 1 } });
});
afterAll(async () => {
  await mock.close();
  await faulty.close();
});

const declares = (operationId: string, status: number): boolean => {
  const { responses } = specOf!.operations.get(operationId)!;
  return responses[String(status)] !== undefined || responses['default'] !== undefined;
};
let specOf: Awaited<ReturnType<typeof currentSpec>> | undefined;

const ORG = '5e4fd1e0-5a3e-4b5d-9c47-3b1a0e7e2f11';

describe('error bodies follow the declared schema of the operation and status', () => {
  const table: Array<{
    given: string;
    operationId: string;
    method: string;
    path: string;
    token?: string;
    body?: string;
    want: { status: number; body: Record<string, unknown> };
  }> = [
    {
      given: 'MakeDecision (declares 401 as {"error"}) without a token',
      operationId: 'MakeDecision',
      method: 'POST',
      path: '/owner/acme/context/config/decision',
      body: '{"input":"x"}',
      want: { status: 401, body: { error: 'You must log in first.' } },
    },
    {
      given: 'MakeDecision with a body that is not JSON (declares 400 as {"error"})',
      operationId: 'MakeDecision',
      method: 'POST',
      path: '/owner/acme/context/config/decision',
      token: 'good',
      body: '{',
      want: { status: 400, body: { error: expect.stringMatching(/^malformed JSON body/) } },
    },
    {
      given: 'GetOrgClaims (no 401 declared) without a token',
      operationId: 'GetOrgClaims',
      method: 'GET',
      path: `/org/${ORG}/oidc-custom-claims`,
      want: { status: 401, body: { message: 'You must log in first.' } },
    },
    {
      given: 'GetOrgClaims with an orgID that is not a uuid (declares 400 as {"error"})',
      operationId: 'GetOrgClaims',
      method: 'GET',
      path: '/org/not-a-uuid/oidc-custom-claims',
      token: 'good',
      want: { status: 400, body: { error: expect.stringContaining('orgID') } },
    },
    {
      given: 'getCurrentUser (default is {"message"}) without a token',
      operationId: 'getCurrentUser',
      method: 'GET',
      path: '/me',
      want: { status: 401, body: { message: 'You must log in first.' } },
    },
    {
      given: 'getContext (declares 404 as {"message"}) for an unknown context',
      operationId: 'getContext',
      method: 'GET',
      path: `/context/${ORG}`,
      token: 'good',
      want: { status: 404, body: { message: 'Context not found' } },
    },
  ];
  it.each(table)('$given → $want.status', async ({ operationId, method, path, token, body, want }) => {
    const response = await fetch(`${mock.url}${path}`, {
      method,
      headers: { ...(token ? { 'Circle-Token': token } : {}), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body }),
    });
    expect(response.status).toBe(want.status);
    const json = await response.json();
    expect(json).toEqual(want.body);
    if (declares(operationId, want.status))
      expect(validators.response(operationId, want.status)?.(json).valid).toBe(true);
  });

  it('a 5xx fault answers with the routed operation’s declared 500 body', async () => {
    const decision = await fetch(`${faulty.url}/owner/acme/context/config/decision`, { method: 'POST' });
    expect(decision.status).toBeGreaterThanOrEqual(500);
    const json = await decision.json();
    if (decision.status === 500) expect(json).toEqual({ error: 'Internal server error.' });
    else expect(json).toEqual({ message: 'Service unavailable.' });
    const unknown = await fetch(`${faulty.url}/no/such/route`);
    expect(await unknown.json()).toEqual({ message: expect.any(String) });
  });
});
