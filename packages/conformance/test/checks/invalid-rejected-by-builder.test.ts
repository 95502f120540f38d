import { RequestValidationError } from '@circleci-kit/core-client';
import { describe, expect, it } from 'vitest';
import { invalidRejectedByBuilder, violatedParameter } from '../../src/index.ts';
import { expectMessage } from '../support/expect-message.ts';

describe('invalidRejectedByBuilder', () => {
  const sample = {
    value: { pathParams: {}, query: {}, headers: {}, body: undefined },
    violation: { pointer: '/query/page-token', keyword: 'type' },
  };
  const rejection = new RequestValidationError('listContexts', [
    { parameter: 'pageToken', wireName: 'page-token', message: 'expected a string' },
  ]);
  it.each([
    { name: 'rejected, parameter named', outcome: rejection, sent: 0, want: undefined },
    { name: 'rejected after sending', outcome: rejection, sent: 1, want: /went out before/ },
    { name: 'built anyway', outcome: { method: 'GET' }, sent: 0, want: /the builder built a request/ },
    { name: 'another error', outcome: new TypeError('x'), sent: 0, want: /threw TypeError/ },
    {
      name: 'another parameter named',
      outcome: new RequestValidationError('listContexts', [
        { parameter: 'ownerId', wireName: 'owner-id', message: 'x' },
      ]),
      sent: 0,
      want: /does not name page-token/,
    },
  ])('$name', ({ outcome, sent, want }) => {
    expectMessage(invalidRejectedByBuilder(sample, outcome, sent), want);
  });

  it.each([
    { given: '/query/page-token', want: 'page-token' },
    { given: '/pathParams/project-slug/0', want: 'project-slug' },
    { given: '/body/name', want: 'body' },
    { given: '/headers/a~1b', want: 'a/b' },
  ])('names $given as $want', ({ given, want }) => expect(violatedParameter(given)).toBe(want));
});
