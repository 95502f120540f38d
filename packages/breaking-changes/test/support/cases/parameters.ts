import type { RuleCase } from '../rule-cases.ts';
import { parameterPair, spec } from '../build-spec.ts';
import { directionParameterCases } from './direction.ts';

const q = (name: string, extra: object = {}) => ({ name, in: 'query' as const, ...extra });

export const parameterCases: RuleCase[] = [
  {
    rule: 'parameter-added-required',
    given: 'new required query parameter',
    pair: [spec({}), spec({ parameters: [q('org', { required: true })] })],
    want: 1,
  },
  {
    rule: 'parameter-added-required',
    given: 'new optional one',
    pair: [spec({}), spec({ parameters: [q('org')] })],
    want: 0,
  },
  {
    rule: 'parameter-added-optional',
    given: 'new optional query parameter',
    pair: [spec({}), spec({ parameters: [q('page-token')] })],
    want: 1,
  },
  {
    rule: 'parameter-added-optional',
    given: 'new required one',
    pair: [spec({}), spec({ parameters: [q('org', { required: true })] })],
    want: 0,
  },
  {
    rule: 'parameter-became-required',
    given: 'optional → required',
    pair: parameterPair(q('branch'), q('branch', { required: true })),
    want: 1,
  },
  {
    rule: 'parameter-became-required',
    given: 'required → optional',
    pair: parameterPair(q('branch', { required: true }), q('branch')),
    want: 0,
  },
  {
    rule: 'parameter-became-optional',
    given: 'required → optional',
    pair: parameterPair(q('branch', { required: true }), q('branch')),
    want: 1,
  },
  { rule: 'parameter-became-optional', given: 'unchanged', pair: parameterPair(q('branch'), q('branch')), want: 0 },
  {
    rule: 'parameter-removed',
    given: 'query parameter gone',
    pair: [spec({ parameters: [q('mine')] }), spec({})],
    want: 1,
  },
  {
    rule: 'parameter-removed',
    given: 'renamed, not removed',
    pair: parameterPair(q('page_token'), q('page-token')),
    want: 0,
  },
  {
    rule: 'parameter-renamed',
    given: 'page_token → page-token',
    pair: parameterPair(q('page_token'), q('page-token')),
    want: 1,
  },
  {
    rule: 'parameter-renamed',
    given: 'unrelated names are removal + addition',
    pair: parameterPair(q('branch'), q('reporting-window')),
    want: 0,
  },
  {
    rule: 'path-parameter-renamed',
    given: '/workflow/{id} → /workflow/{workflow-id}',
    pair: [
      spec({ path: '/workflow/{id}', parameters: [{ name: 'id', in: 'path' }] }),
      spec({ path: '/workflow/{workflow-id}', parameters: [{ name: 'workflow-id', in: 'path' }] }),
    ],
    want: 1,
  },
  {
    rule: 'path-parameter-renamed',
    given: 'same names',
    pair: [
      spec({ path: '/workflow/{id}', parameters: [{ name: 'id', in: 'path' }] }),
      spec({ path: '/workflow/{id}', parameters: [{ name: 'id', in: 'path' }] }),
    ],
    want: 0,
  },
  {
    rule: 'parameter-moved',
    given: 'query → header',
    pair: parameterPair(q('circle-token'), { name: 'circle-token', in: 'header' }),
    want: 1,
  },
  {
    rule: 'parameter-moved',
    given: 'path → query on a moved operation',
    pair: [
      spec({ path: '/job/{num}', operationId: 'j', parameters: [{ name: 'num', in: 'path' }] }),
      spec({ path: '/job', operationId: 'j', parameters: [q('num', { required: true })] }),
    ],
    want: 1,
  },
  { rule: 'parameter-moved', given: 'same place', pair: parameterPair(q('x'), q('x')), want: 0 },
  {
    rule: 'parameter-style-changed',
    given: 'explode switched off',
    pair: parameterPair(
      q('ids', { schema: { type: 'array', items: { type: 'string' } } }),
      q('ids', { explode: false, schema: { type: 'array', items: { type: 'string' } } }),
    ),
    want: 1,
  },
  { rule: 'parameter-style-changed', given: 'same style', pair: parameterPair(q('ids'), q('ids')), want: 0 },
  {
    rule: 'parameter-deprecated',
    given: 'marked deprecated',
    pair: parameterPair(q('mine'), q('mine', { deprecated: true })),
    want: 1,
  },
  {
    rule: 'parameter-deprecated',
    given: 'already deprecated',
    pair: parameterPair(q('mine', { deprecated: true }), q('mine', { deprecated: true })),
    want: 0,
  },
  {
    rule: 'parameter-type-changed',
    given: 'string → integer',
    pair: parameterPair(q('n'), q('n', { schema: { type: 'integer' } })),
    want: 1,
  },
  { rule: 'parameter-type-changed', given: 'same type', pair: parameterPair(q('n'), q('n')), want: 0 },
  {
    rule: 'parameter-format-changed',
    given: 'none → uuid',
    pair: parameterPair(q('id'), q('id', { schema: { type: 'string', format: 'uuid' } })),
    want: 1,
  },
  {
    rule: 'parameter-format-changed',
    given: 'uuid → none (widened)',
    pair: parameterPair(q('id', { schema: { type: 'string', format: 'uuid' } }), q('id')),
    want: 0,
  },
  {
    rule: 'parameter-format-changed',
    given: 'same format',
    pair: parameterPair(
      q('id', { schema: { type: 'string', format: 'uuid' } }),
      q('id', { schema: { type: 'string', format: 'uuid' } }),
    ),
    want: 0,
  },
  {
    rule: 'parameter-description-changed',
    given: 'description edited, includeDocs',
    pair: parameterPair(q('x', { description: 'a' }), q('x', { description: 'b' })),
    want: 1,
    includeDocs: true,
  },
  {
    rule: 'parameter-description-changed',
    given: 'description edited, docs ignored',
    pair: parameterPair(q('x', { description: 'a' }), q('x', { description: 'b' })),
    want: 0,
  },
  ...directionParameterCases,
];
