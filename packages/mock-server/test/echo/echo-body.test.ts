import type { SchemaObject } from '@circleci-kit/spec-loader';
import { describe, expect, it } from 'vitest';
import { echoBody, mergeSent } from '../../src/echo/echo-body.ts';

const schema: SchemaObject = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    vcs_type: { type: 'string', enum: ['github', 'bitbucket', 'circleci'] },
    value: { type: 'string' },
    type: { type: 'string', enum: ['deploy-key', 'github-user-key'] },
    source: {
      type: 'object',
      properties: {
        provider: { type: 'string' },
        repo: { type: 'object', properties: { full_name: { type: 'string' }, external_id: { type: 'string' } } },
      },
    },
  },
};

describe('echoBody', () => {
  const table: Array<[string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]> = [
    [
      'a sent enum value',
      { vcs_type: 'bitbucket', name: 'x' },
      { vcs_type: 'circleci', name: 'deploy' },
      { vcs_type: 'circleci', name: 'deploy' },
    ],
    ['a masked value is not repeated', { value: 'xxxx1234' }, { value: 'secret-value' }, { value: 'xxxx1234' }],
    ['a value the answer cannot take is left', { type: 'deploy-key' }, { type: 'user-key' }, { type: 'deploy-key' }],
    ['a field the answer does not declare is left out', { name: 'a' }, { colour: 'red' }, { name: 'a' }],
    [
      'objects merge key by key',
      { source: { provider: 'github_app', repo: { full_name: 'acme/widgets', external_id: '1' } } },
      { source: { repo: { external_id: '42' } } },
      { source: { provider: 'github_app', repo: { full_name: 'acme/widgets', external_id: '42' } } },
    ],
  ];
  it.each(table)('%s', (_, answer, sent, expected) => {
    echoBody(answer, sent, schema);
    expect(answer).toEqual(expected);
  });

  it('mergeSent replaces arrays and scalars, merges objects', () => {
    expect(mergeSent({ a: [1, 2], b: { c: 1, d: 2 } }, { a: [3], b: { d: 4 } })).toEqual({ a: [3], b: { c: 1, d: 4 } });
    expect(mergeSent('kept', { a: 1 })).toEqual({ a: 1 });
  });
});
