import { describe, it } from 'vitest';
import { statefulStep } from '../../src/index.ts';
import { expectMessage } from '../support/expect-message.ts';

describe('statefulStep', () => {
  const res = (status: number, json?: unknown) => ({
    status,
    headers: {},
    body: JSON.stringify(json ?? {}),
    json,
    elapsedMs: 1,
  });
  it.each([
    { name: '404 after delete', expect: { status: 'gone' as const }, given: res(404), want: undefined },
    {
      name: 'still readable after delete',
      expect: { status: 'gone' as const },
      given: res(200),
      want: /use after free/,
    },
    {
      name: '500 after delete',
      expect: { status: 'gone' as const },
      given: res(500),
      want: /answered 500, expected 404/,
    },
    { name: 'a 2xx step', expect: { status: 'success' as const }, given: res(201), want: undefined },
    { name: 'a failed step', expect: { status: 'success' as const }, given: res(404), want: /expected a 2xx/ },
    {
      name: 'a body condition that fails',
      expect: {
        status: 'success' as const,
        body: { holds: (json: unknown) => (json as { id?: string }).id === 'a', otherwise: 'not the one created' },
      },
      given: res(200, { id: 'b' }),
      want: /not the one created/,
    },
  ])('$name', ({ expect: expectation, given, want }) => {
    expectMessage(statefulStep('step', expectation, given), want);
  });
});
