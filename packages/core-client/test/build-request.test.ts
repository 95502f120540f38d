import { describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.ts';
import { buildRequest, buildRequestUnchecked } from '../src/build-request.ts';
import type { OperationSpec, ParameterSpec } from '../src/operation-spec.ts';
import { RequestValidationError } from '../src/request-validation-error.ts';

const UUID = '5034460f-c7c4-4c43-9457-de07e2029e7b';

/** A valid value for a parameter, and the text it must become in the path. */
function sample(p: ParameterSpec): { value: unknown; inPath: string } {
  if (p.slug === 'project')
    return { value: 'github/CircleCI-Public/api-preview-docs', inPath: 'gh/CircleCI-Public/api-preview-docs' };
  if (p.slug) return { value: 'github/CircleCI-Public', inPath: 'gh/CircleCI-Public' };
  if (p.enum) return { value: p.enum[0], inPath: String(p.enum[0]) };
  if (p.format === 'uuid') return { value: UUID, inPath: UUID };
  switch (p.type) {
    case 'integer':
    case 'number':
      return { value: 42, inPath: '42' };
    case 'boolean':
      return { value: true, inPath: 'true' };
    case 'array':
      return { value: ['a'], inPath: 'a' };
    case 'object':
      return { value: { k: 'v' }, inPath: '' };
    case 'any':
      return { value: 123, inPath: '123' };
    case 'string':
      return { value: `${p.key} 1/2`, inPath: encodeURIComponent(`${p.key} 1/2`) };
  }
}

function requiredParams(op: OperationSpec): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of Object.values(op.parameters).flat()) if (p.required) params[p.key] = sample(p).value;
  if (op.body?.required) params['body'] = {};
  return params;
}

const all = Object.values(operations);

describe('the generated operation table', () => {
  it('has the 110 operations of the spec, 29 of them with a project slug in the path', () => {
    expect(all).toHaveLength(110);
    expect(all.filter((op) => op.parameters.path.some((p) => p.slug === 'project'))).toHaveLength(29);
    expect(all.filter((op) => op.paginated).map((op) => op.id)).toContain('listPipelinesForProject');
  });
});

describe('buildRequestUnchecked: every operation', () => {
  it.each(all.map((op) => [op.id, op] as const))('%s', (id: string, op: OperationSpec) => {
    const params = requiredParams(op);
    const request = buildRequestUnchecked(id, params, { baseUrl: 'https://example.test/api/v2' });
    const path = op.path.replace(
      /\{([^}]+)\}/g,
      (_m, name: string) => sample(op.parameters.path.find((p) => p.name === name)!).inPath,
    );
    const query = op.parameters.query.filter((p) => p.required);
    expect(request.method).toBe(op.method);
    expect(request.url.split('?')[0]).toBe(`https://example.test/api/v2${path}`);
    expect(request.url.includes('?')).toBe(query.length > 0);
    for (const p of query) expect(request.url).toContain(`${encodeURIComponent(p.name)}=`);
    expect(request.body).toBe(op.body?.required ? '{}' : undefined);

    for (const missing of Object.keys(params)) {
      const { [missing]: _dropped, ...rest } = params;
      let caught: unknown;
      try {
        buildRequestUnchecked(id, rest);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RequestValidationError);
      const problems = (caught as RequestValidationError).problems;
      expect(problems.map((p) => p.parameter)).toEqual([missing]);
      expect(problems[0]!.message).toMatch(
        missing === 'body' ? /body is required/ : /^required (path|query) parameter is missing$/,
      );
    }
  });
});

describe('buildRequest: the seed examples', () => {
  it('GET /me', () => {
    expect(buildRequest('getCurrentUser')).toEqual({
      method: 'GET',
      url: 'https://circleci.com/api/v2/me',
      headers: { accept: 'application/json' },
      body: undefined,
    });
  });

  it('triggerPipeline with parameters, and the three-segment routes from a slug', () => {
    const body = { parameters: { myparam: './myspecialdir', myspecialversion: '4.8.2' } };
    const trigger = buildRequest('triggerPipeline', { projectSlug: 'gh/CircleCI-Public/api-preview-docs', body });
    expect(trigger.url).toBe('https://circleci.com/api/v2/project/gh/CircleCI-Public/api-preview-docs/pipeline');
    expect(trigger.body).toBe('{"parameters":{"myparam":"./myspecialdir","myspecialversion":"4.8.2"}}');
    const settings = buildRequest('getProjectSettings', { projectSlug: 'github/CircleCI-Public/api-preview-docs' });
    expect(settings.url).toBe('https://circleci.com/api/v2/project/gh/CircleCI-Public/api-preview-docs/settings');
  });

  it('accepts the method name for an operationId and rejects unknown ones (unchecked)', () => {
    expect(buildRequestUnchecked('getOrgClaims', { orgID: UUID }).url).toBe(
      `https://circleci.com/api/v2/org/${UUID}/oidc-custom-claims`,
    );
    expect(() => buildRequestUnchecked('nope')).toThrow(RequestValidationError);
    expect(() => buildRequestUnchecked('nope')).toThrow(/unknown operation/);
  });
});

describe('buildRequestUnchecked: what the types refuse is refused when called', () => {
  const projectSlug = 'gh/acme/api';
  it.each([
    {
      given: ['getJobDetails', { projectSlug, jobNumber: true }],
      parameter: 'jobNumber',
      message: 'expected a string or a finite number, got a boolean',
    },
    {
      given: ['getJobDetails', { projectSlug, jobNumber: null }],
      parameter: 'jobNumber',
      message: 'expected a string or a finite number, got null',
    },
    {
      given: ['getPipelineByNumber', { projectSlug, pipelineNumber: Number.NaN }],
      parameter: 'pipelineNumber',
      message: 'expected a string or a finite number, got a number',
    },
    {
      given: ['listContexts', { owner_slug: 'gh/acme' }],
      parameter: 'owner_slug',
      message: /^unknown parameter; did you mean ownerSlug\?/,
    },
    { given: ['getCurrentUser', { login: 'octocat' }], parameter: 'login', message: /^unknown parameter/ },
    { given: ['getNoSuchThing', {}], parameter: 'operationId', message: 'unknown operation' },
  ] as const)('$given.0 $given.1', ({ given: [id, params], parameter, message }) => {
    let caught: unknown;
    try {
      buildRequestUnchecked(id, params);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RequestValidationError);
    const problems = (caught as RequestValidationError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.parameter).toBe(parameter);
    expect(problems[0]!.message).toMatch(message);
  });

  it('sends a job number given as a number or as text', () => {
    for (const jobNumber of [123, '123']) {
      expect(buildRequestUnchecked('getJobDetails', { projectSlug, jobNumber }).url).toBe(
        'https://circleci.com/api/v2/project/gh/acme/api/job/123',
      );
      expect(buildRequest('getJobDetails', { projectSlug, jobNumber }).url).toBe(
        'https://circleci.com/api/v2/project/gh/acme/api/job/123',
      );
    }
  });
});
