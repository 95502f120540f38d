import type { RuleCase } from '../rule-cases.ts';
import { spec } from '../build-spec.ts';
import { directionOperationCases } from './direction.ts';
import { securityCases } from './security.ts';

const pipeline = {
  path: '/pipeline/{pipeline-id}',
  operationId: 'getPipeline',
  parameters: [{ name: 'pipeline-id', in: 'path' as const }],
};

export const operationCases: RuleCase[] = [
  {
    rule: 'operation-removed',
    given: 'an operation gone',
    pair: [spec(pipeline, { path: '/me' }), spec({ path: '/me' })],
    want: 1,
  },
  { rule: 'operation-removed', given: 'same operation', pair: [spec(pipeline), spec(pipeline)], want: 0 },
  {
    rule: 'operation-removed',
    given: 'a moved operation is not a removal',
    pair: [spec(pipeline), spec({ ...pipeline, path: '/pipelines/{pipeline-id}' })],
    want: 0,
  },
  { rule: 'operation-added', given: 'a new route', pair: [spec(pipeline), spec(pipeline, { path: '/me' })], want: 1 },
  {
    rule: 'operation-added',
    given: 'a renamed path parameter is the same route',
    pair: [
      spec({ path: '/workflow/{id}', operationId: 'a' }),
      spec({ path: '/workflow/{workflow-id}', operationId: 'a' }),
    ],
    want: 0,
  },
  {
    rule: 'operation-moved',
    given: 'same operationId on a new route',
    pair: [
      spec({ path: '/workflow/{id}/jobs', operationId: 'listWorkflowJobs' }),
      spec({ path: '/workflow/{id}/job', operationId: 'listWorkflowJobs' }),
    ],
    want: 1,
  },
  {
    rule: 'operation-moved',
    given: 'method change with same operationId',
    pair: [spec({ method: 'post', operationId: 'cancel' }), spec({ method: 'put', operationId: 'cancel' })],
    want: 1,
  },
  {
    rule: 'operation-moved',
    given: 'other operationId: removal and addition',
    pair: [spec({ path: '/a', operationId: 'a' }), spec({ path: '/b', operationId: 'b' })],
    want: 0,
  },
  {
    rule: 'operation-id-changed',
    given: 'same route, new operationId',
    pair: [spec({ operationId: 'getThing' }), spec({ operationId: 'GetThing' })],
    want: 1,
  },
  {
    rule: 'operation-id-changed',
    given: 'same operationId',
    pair: [spec({ operationId: 'getThing' }), spec({ operationId: 'getThing' })],
    want: 0,
  },
  {
    rule: 'operation-tags-changed',
    given: 'tag renamed',
    pair: [spec({ tags: ['Job'] }), spec({ tags: ['Jobs'] })],
    want: 1,
  },
  {
    rule: 'operation-tags-changed',
    given: 'same tags',
    pair: [spec({ tags: ['Job'] }), spec({ tags: ['Job'] })],
    want: 0,
  },
  { rule: 'operation-deprecated', given: 'marked deprecated', pair: [spec({}), spec({ deprecated: true })], want: 1 },
  {
    rule: 'operation-deprecated',
    given: 'already deprecated',
    pair: [spec({ deprecated: true }), spec({ deprecated: true })],
    want: 0,
  },
  {
    rule: 'operation-undeprecated',
    given: 'deprecation lifted',
    pair: [spec({ deprecated: true }), spec({})],
    want: 1,
  },
  { rule: 'operation-undeprecated', given: 'never deprecated', pair: [spec({}), spec({})], want: 0 },
  {
    rule: 'operation-sunset-changed',
    given: 'x-sunset appears',
    pair: [spec({}), spec({ raw: { 'x-sunset': '2026-01-01' } })],
    want: 1,
  },
  {
    rule: 'operation-sunset-changed',
    given: 'x-sunset moves',
    pair: [spec({ raw: { 'x-sunset': '2026-01-01' } }), spec({ raw: { 'x-sunset': '2026-06-01' } })],
    want: 1,
  },
  {
    rule: 'operation-sunset-changed',
    given: 'same x-sunset',
    pair: [spec({ raw: { 'x-sunset': '2026-01-01' } }), spec({ raw: { 'x-sunset': '2026-01-01' } })],
    want: 0,
  },
  {
    rule: 'security-scheme-removed',
    given: 'basic auth dropped',
    pair: [
      spec({ security: [{ api_key_header: [] }, { basic_auth: [] }] }),
      spec({ security: [{ api_key_header: [] }] }),
    ],
    want: 1,
  },
  { rule: 'security-scheme-removed', given: 'same schemes', pair: [spec({}), spec({})], want: 0 },
  {
    rule: 'security-scheme-added',
    given: 'one more alternative',
    pair: [
      spec({ security: [{ api_key_header: [] }] }),
      spec({ security: [{ api_key_header: [] }, { basic_auth: [] }] }),
    ],
    want: 1,
  },
  {
    rule: 'security-scheme-added',
    given: 'from public (that is security-required-added)',
    pair: [spec({ security: [] }), spec({})],
    want: 0,
  },
  {
    rule: 'security-required-added',
    given: 'public operation now needs a token',
    pair: [spec({ security: [] }), spec({})],
    want: 1,
  },
  {
    rule: 'security-required-added',
    given: 'optional auth ({} alternative) removed',
    pair: [spec({ security: [{}, { api_key_header: [] }] }), spec({})],
    want: 1,
  },
  { rule: 'security-required-added', given: 'still authenticated', pair: [spec({}), spec({})], want: 0 },
  {
    rule: 'security-scope-added',
    given: 'a new scope',
    pair: [spec({ security: [{ oauth: ['read'] }] }), spec({ security: [{ oauth: ['read', 'write'] }] })],
    want: 1,
  },
  {
    rule: 'security-scope-added',
    given: 'scope removed',
    pair: [spec({ security: [{ oauth: ['read', 'write'] }] }), spec({ security: [{ oauth: ['read'] }] })],
    want: 0,
  },
  {
    rule: 'operation-summary-changed',
    given: 'summary edited, includeDocs',
    pair: [spec({ summary: 'Get' }), spec({ summary: 'Get it' })],
    want: 1,
    includeDocs: true,
  },
  {
    rule: 'operation-summary-changed',
    given: 'summary edited, docs ignored',
    pair: [spec({ summary: 'Get' }), spec({ summary: 'Get it' })],
    want: 0,
  },
  {
    rule: 'operation-description-changed',
    given: 'description edited, includeDocs',
    pair: [spec({ description: 'a' }), spec({ description: 'b' })],
    want: 1,
    includeDocs: true,
  },
  {
    rule: 'operation-description-changed',
    given: 'description edited, docs ignored',
    pair: [spec({ description: 'a' }), spec({ description: 'b' })],
    want: 0,
  },
  ...directionOperationCases,
  ...securityCases,
];
