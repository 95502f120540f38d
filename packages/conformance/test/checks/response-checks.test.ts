import { createValidators } from '@circleci-kit/schema';
import { beforeAll, describe, it } from 'vitest';
import { expectMessage } from '../support/expect-message.ts';
import {
  authEnforced,
  contentTypeDeclared,
  negativeRejected,
  notAServerError,
  positiveAccepted,
  responseHeaders,
  responseSchema,
  responseTime,
  statusCodeDeclared,
  type RecordedResponse,
  type ResponseCheck,
  type ResponseCheckContext,
  type ResponseCheckOptions,
} from '../../src/index.ts';
import { currentSpec } from '../support/fixtures.ts';

const PIPELINE = {
  id: '5034460f-c7c4-4c43-9457-de07e2029e7b',
  errors: [],
  project_slug: 'gh/CircleCI-Public/api-preview-docs',
  number: 1,
  state: 'created',
  created_at: '2025-01-01T00:00:00Z',
  trigger: { type: 'api', received_at: '2025-01-01T00:00:00Z', actor: { login: 'a', avatar_url: null } },
};

function response(
  status: number,
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  elapsedMs = 1,
): RecordedResponse {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status, headers, body: text, ...(json === undefined ? {} : { json }), elapsedMs };
}

let context: (operationId: string, res: RecordedResponse, options?: ResponseCheckOptions) => ResponseCheckContext;

beforeAll(async () => {
  const spec = await currentSpec();
  const validators = createValidators(spec);
  context = (operationId, res, options = {}) => ({
    operation: spec.operations.get(operationId)!,
    request: { method: 'GET', url: 'http://127.0.0.1:1/api/v2/x', headers: {}, body: null },
    response: res,
    validators,
    options,
  });
});

interface Row {
  name: string;
  check: ResponseCheck;
  operationId: string;
  given: RecordedResponse;
  options?: ResponseCheckOptions;
  want: RegExp | undefined;
}

const rows: Row[] = [
  {
    name: '2xx is not a server error',
    check: notAServerError,
    operationId: 'getCurrentUser',
    given: response(200, {}),
    want: undefined,
  },
  {
    name: '500 is a server error',
    check: notAServerError,
    operationId: 'getCurrentUser',
    given: response(500, { message: 'boom' }),
    want: /status 500/,
  },
  {
    name: 'declared 200',
    check: statusCodeDeclared,
    operationId: 'getPipelineById',
    given: response(200, PIPELINE),
    want: undefined,
  },
  {
    name: 'any status through default',
    check: statusCodeDeclared,
    operationId: 'getPipelineById',
    given: response(418, { message: 'x' }),
    want: undefined,
  },
  {
    name: 'undeclared 418 without default',
    check: statusCodeDeclared,
    operationId: 'getOrganizationGroups',
    given: response(418, { message: 'x' }),
    want: /status 418 is not declared/,
  },
  {
    name: '404 allowed without declaration',
    check: statusCodeDeclared,
    operationId: 'GetOrgClaims',
    given: response(404, { message: 'x' }),
    want: undefined,
  },
  {
    name: '429 refused when strict',
    check: statusCodeDeclared,
    operationId: 'getOrganizationGroups',
    given: response(429, { message: 'x' }),
    options: { strictStatus: true },
    want: /status 429/,
  },
  {
    name: 'json declared',
    check: contentTypeDeclared,
    operationId: 'getPipelineById',
    given: response(200, PIPELINE),
    want: undefined,
  },
  {
    name: 'json with charset',
    check: contentTypeDeclared,
    operationId: 'getPipelineById',
    given: response(200, PIPELINE, { 'content-type': 'application/json; charset=utf-8' }),
    want: undefined,
  },
  {
    name: 'text/html not declared',
    check: contentTypeDeclared,
    operationId: 'getPipelineById',
    given: response(200, '<p>', { 'content-type': 'text/html' }),
    want: /text\/html is not declared/,
  },
  {
    name: 'a body without content type',
    check: contentTypeDeclared,
    operationId: 'getPipelineById',
    given: response(200, PIPELINE, {}),
    want: /no content type/,
  },
  {
    name: 'a valid pipeline',
    check: responseSchema,
    operationId: 'getPipelineById',
    given: response(200, PIPELINE),
    want: undefined,
  },
  {
    name: 'a missing required property',
    check: responseSchema,
    operationId: 'getPipelineById',
    given: response(200, { ...PIPELINE, id: undefined }),
    want: /does not match the 200 schema.*id/,
  },
  {
    name: 'a property of the wrong type',
    check: responseSchema,
    operationId: 'getPipelineById',
    given: response(200, { ...PIPELINE, number: 'one' }),
    want: /number/,
  },
  {
    name: 'a body that is not JSON',
    check: responseSchema,
    operationId: 'getPipelineById',
    given: response(200, 'oops'),
    want: /not JSON/,
  },
  {
    name: 'an undeclared error with a message',
    check: responseSchema,
    operationId: 'GetOrgClaims',
    given: response(404, { message: 'Not found.' }),
    want: undefined,
  },
  {
    name: 'an undeclared error without a message',
    check: responseSchema,
    operationId: 'GetOrgClaims',
    given: response(404, { error: 1 }),
    want: /\{"message": string\}/,
  },
  {
    name: '429 with Retry-After',
    check: responseHeaders,
    operationId: 'getCurrentUser',
    given: response(429, { message: 'x' }, { 'content-type': 'application/json', 'retry-after': '3' }),
    want: undefined,
  },
  {
    name: '429 without Retry-After',
    check: responseHeaders,
    operationId: 'getCurrentUser',
    given: response(429, { message: 'x' }),
    want: /Retry-After/,
  },
  {
    name: '405 without Allow',
    check: responseHeaders,
    operationId: 'getCurrentUser',
    given: response(405, { message: 'x' }),
    want: /Allow/,
  },
  {
    name: '404 on a valid request',
    check: positiveAccepted,
    operationId: 'getPipelineById',
    given: response(404, { message: 'x' }),
    want: undefined,
  },
  {
    name: '400 on a valid request',
    check: positiveAccepted,
    operationId: 'getPipelineById',
    given: response(400, { message: 'bad' }),
    want: /refused with 400/,
  },
  {
    name: '400 on an invalid request',
    check: negativeRejected,
    operationId: 'getPipelineById',
    given: response(400, { message: 'bad' }),
    want: undefined,
  },
  {
    name: '200 on an invalid request',
    check: negativeRejected,
    operationId: 'getPipelineById',
    given: response(200, PIPELINE),
    want: /accepted with 200/,
  },
  {
    name: '500 on an invalid request',
    check: negativeRejected,
    operationId: 'getPipelineById',
    given: response(500, {}),
    want: /got 500 instead of a 4xx/,
  },
  {
    name: '401 without a token',
    check: authEnforced,
    operationId: 'getCurrentUser',
    given: response(401, { message: 'x' }),
    want: undefined,
  },
  {
    name: '403 with a wrong token',
    check: authEnforced,
    operationId: 'getCurrentUser',
    given: response(403, { message: 'x' }),
    want: undefined,
  },
  {
    name: '200 without a token',
    check: authEnforced,
    operationId: 'getCurrentUser',
    given: response(200, {}),
    want: /got 200 instead of 401 or 403/,
  },
  {
    name: 'no budget, no limit',
    check: responseTime,
    operationId: 'getCurrentUser',
    given: response(200, {}, {}, 9999),
    want: undefined,
  },
  {
    name: 'within the budget',
    check: responseTime,
    operationId: 'getCurrentUser',
    given: response(200, {}, {}, 10),
    options: { responseTimeBudgetMs: 50 },
    want: undefined,
  },
  {
    name: 'over the budget',
    check: responseTime,
    operationId: 'getCurrentUser',
    given: response(200, {}, {}, 812),
    options: { responseTimeBudgetMs: 500 },
    want: /812 ms, over the 500 ms budget/,
  },
];

describe('response checks', () => {
  it.each(rows)('$name', ({ check, operationId, given, options, want }) => {
    expectMessage(check(context(operationId, given, options)), want);
  });
});
