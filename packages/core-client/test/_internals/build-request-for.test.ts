import { describe, expect, it } from 'vitest';
import { buildRequestFor } from '../../src/_internals/build-request-for.ts';
import { RequestValidationError } from '../../src/request-validation-error.ts';
import { table } from '../support/table.ts';

const base = { baseUrl: 'http://127.0.0.1:9/api/v2' };

function build(id: string, params: Record<string, unknown>, options = {}) {
  return buildRequestFor(table[id]!, params, { ...base, ...options });
}

function problemsOf(id: string, params: Record<string, unknown>): string[] {
  try {
    build(id, params);
  } catch (error) {
    if (error instanceof RequestValidationError) return error.problems.map((p) => `${p.parameter}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a RequestValidationError');
}

describe('buildRequestFor: urls', () => {
  it.each([
    { given: ['getCurrentUser', {}], want: 'GET http://127.0.0.1:9/api/v2/me' },
    {
      given: ['listPipelinesForProject', { projectSlug: 'gh/CircleCI-Public/circleci-cli', branch: 'main' }],
      want: 'GET http://127.0.0.1:9/api/v2/project/gh/CircleCI-Public/circleci-cli/pipeline?branch=main',
    },
    {
      given: ['listPipelinesForProject', { projectSlug: 'github/acme/api.git', branch: undefined }],
      want: 'GET http://127.0.0.1:9/api/v2/project/gh/acme/api/pipeline',
    },
    {
      given: ['listPipelinesForProject', { projectSlug: { vcs: 'bitbucket', org: 'a', project: 'b' } }],
      want: 'GET http://127.0.0.1:9/api/v2/project/bb/a/b/pipeline',
    },
    {
      given: ['listPipelinesForProject', { projectSlug: 'circleci/43G3lM5RtfFE7v5sa4nWAU/44n9wujWcTnVZ2b5S8Fnat' }],
      want: 'GET http://127.0.0.1:9/api/v2/project/circleci/43G3lM5RtfFE7v5sa4nWAU/44n9wujWcTnVZ2b5S8Fnat/pipeline',
    },
    {
      given: ['getJobDetails', { projectSlug: 'gh/a/b', jobNumber: 123 }],
      want: 'GET http://127.0.0.1:9/api/v2/project/gh/a/b/job/123',
    },
    {
      given: [
        'getOrgSummaryData',
        { orgSlug: 'github/acme', reportingWindow: 'last-7-days', projectNames: ['a b', 'c'] },
      ],
      want: 'GET http://127.0.0.1:9/api/v2/insights/gh/acme/summary?reporting-window=last-7-days&project-names=a%20b&project-names=c',
    },
    {
      given: ['GetDecisionLogs', { ownerID: 'o/1', context: 'config', offset: 0 }],
      want: 'GET http://127.0.0.1:9/api/v2/owner/o%2F1/context/config/decision?offset=0',
    },
    {
      given: ['getProjectSettings', { projectSlug: 'github/acme/api' }],
      want: 'GET http://127.0.0.1:9/api/v2/project/gh/acme/api/settings',
    },
    {
      given: ['getProjectSettings', { provider: 'bb', organization: 'acme', project: 'api' }],
      want: 'GET http://127.0.0.1:9/api/v2/project/bb/acme/api/settings',
    },
    {
      given: ['search', { tags: ['a', 'b&c'], ids: [1, 2], filter: { state: 'on', n: 2 } }],
      want: 'GET http://127.0.0.1:9/api/v2/search?tags=a,b%26c&ids=1&ids=2&filter%5Bstate%5D=on&filter%5Bn%5D=2',
    },
    {
      given: ['listPipelines', { orgSlug: 'gh/acme', mine: false, pageToken: 'n/x=' }],
      want: 'GET http://127.0.0.1:9/api/v2/pipeline?org-slug=gh%2Facme&page-token=n%2Fx%3D&mine=false',
    },
  ])('$want', ({ given, want }) => {
    const [id, params] = given as [string, Record<string, unknown>];
    const request = build(id, params);
    expect(`${request.method} ${request.url}`).toBe(want);
  });

  it('defaults to the CircleCI base url and drops a trailing slash of a given one', () => {
    expect(buildRequestFor(table['getCurrentUser']!).url).toBe('https://circleci.com/api/v2/me');
    expect(build('getCurrentUser', {}, { baseUrl: 'http://x/api/v2/' }).url).toBe('http://x/api/v2/me');
  });
});

describe('buildRequestFor: headers and body', () => {
  it('sends JSON with its content type, accept and user agent', () => {
    const request = build('triggerPipeline', { projectSlug: 'gh/a/b', body: { branch: 'dev' } }, { userAgent: 'ua/1' });
    expect(request).toEqual({
      method: 'POST',
      url: 'http://127.0.0.1:9/api/v2/project/gh/a/b/pipeline',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'user-agent': 'ua/1' },
      body: '{"branch":"dev"}',
    });
  });

  it.each([
    { auth: 'header', want: { 'circle-token': 'tok' }, url: 'http://127.0.0.1:9/api/v2/me' },
    { auth: 'basic', want: { authorization: 'Basic dG9rOg==' }, url: 'http://127.0.0.1:9/api/v2/me' },
    { auth: 'query', want: {}, url: 'http://127.0.0.1:9/api/v2/me?circle-token=tok' },
  ])('auth $auth', ({ auth, want, url }) => {
    const request = build('getCurrentUser', {}, { token: 'tok', auth });
    expect(request.headers).toEqual({ accept: 'application/json', ...want });
    expect(request.url).toBe(url);
  });

  it('adds header parameters and extra headers, lower-cased', () => {
    const request = build('search', { xTrace: 't1' }, { headers: { 'X-Extra': 'e', 'X-None': undefined } });
    expect(request.headers).toEqual({ accept: 'application/json', 'x-trace': 't1', 'x-extra': 'e' });
  });
});

describe('buildRequestFor: every problem at once', () => {
  it.each([
    { given: ['triggerPipeline', {}], want: ['projectSlug: required path parameter is missing'] },
    {
      given: ['triggerPipeline', { projectSlug: 'gl/a/b', 'project-slug': 'gh/a/b', body: 1n }],
      want: [
        'project-slug: unknown parameter; did you mean projectSlug? Parameters are given by camelCase name',
        expect.stringMatching(/^projectSlug: .*circleci\/<orgId>\/<projectId>/),
        expect.stringMatching(/^body: cannot be encoded as JSON/),
      ],
    },
    { given: ['createOrganization', {}], want: ['body: a request body is required'] },
    { given: ['getCurrentUser', { body: {} }], want: ['body: getCurrentUser takes no body'] },
    {
      given: ['listPipelines', { mine: 'yes', orgSlug: 5 }],
      want: ['orgSlug: expected a string, got an integer', 'mine: expected a boolean, got a string'],
    },
    {
      given: ['getOrgSummaryData', { orgSlug: 'gh/acme', reportingWindow: 'last-year' }],
      want: [expect.stringMatching(/^reportingWindow: expected one of "last-7-days", /)],
    },
    {
      given: ['search', { ids: [1, 1.5], tags: 'a' }],
      want: ['tags: expected an array, got a string', 'ids: item 1: expected an integer, got a number'],
    },
    {
      given: ['getProjectSettings', { projectSlug: 'gh/a/b', provider: 'gh' }],
      want: [
        'projectSlug: give either projectSlug or provider, organization and project, not both',
        'organization: required path parameter is missing',
        'project: required path parameter is missing',
      ],
    },
    {
      given: ['getJobDetails', { projectSlug: 'gh/a/b', jobNumber: {} }],
      want: ['jobNumber: expected a string or a finite number, got an object'],
    },
    { given: ['getCurrentUser', { nope: 1 }], want: ['nope: unknown parameter; expected one of: (no parameters)'] },
  ])('$given.0 $given.1', ({ given, want }) => {
    const [id, params] = given as [string, Record<string, unknown>];
    expect(problemsOf(id, params)).toEqual(want);
  });

  it('names the operation and never echoes a value', () => {
    const secret = 'sekrit-value-123';
    let caught: unknown;
    try {
      build('listPipelines', { mine: secret });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RequestValidationError);
    expect((caught as RequestValidationError).code).toBe('REQUEST_VALIDATION');
    expect(String(caught)).toContain('invalid parameters for listPipelines (1 problem)');
    expect(JSON.stringify(caught) + String(caught)).not.toContain(secret);
  });
});
